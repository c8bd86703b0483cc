import { join } from 'node:path';
import { main } from '../../src/cli/main';

/** The example plan file, the CLI's main job. */
export const EXAMPLE = join(__dirname, '..', '..', 'examples', 'kaustinen-2026.plan.json');

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs `plansheets …` in this process, capturing what it prints and its exit code. */
export async function runCli(...argv: string[]): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) });
  return { code, stdout, stderr };
}
