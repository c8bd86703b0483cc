// Runs the webpack CLI (as npm scripts do) into a folder, for tests that
// check what a build emits or serve it.
import { spawn } from 'node:child_process';
import * as path from 'node:path';

export const REPO = path.resolve(__dirname, '../..');

/**
 * Builds with webpack's CLI; resolves when it succeeded, rejects with its
 * output otherwise. `config` is a webpack config file of the repository
 * (default webpack.config.js, the production pane).
 */
export function webpackBuild(options: {
  config?: string;
  mode: 'production' | 'development';
  outputPath: string;
  env?: NodeJS.ProcessEnv;
  /** Extra webpack CLI arguments. */
  args?: string[];
}): Promise<void> {
  const cli = require.resolve('webpack-cli/bin/cli.js');
  const args = [cli, '--config', path.join(REPO, options.config ?? 'webpack.config.js'), '--mode', options.mode, '--output-path', options.outputPath, ...(options.args ?? [])];
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { cwd: REPO, env: { ...process.env, ...options.env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code === 0) resolve();
      else reject(new Error(`webpack ${args.slice(1).join(' ')} failed (${code}):\n${output}`));
    });
  });
}
