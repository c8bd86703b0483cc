// The fake Excel host (src/excel/fake-host) is for tests and the browser
// preview only: the production pane must not carry it. Builds both bundles
// (production mode, into temporary folders) and looks for a string only the
// fake host has: the error value it shows for a formula it did not
// calculate. The preview must contain it, or this test would prove nothing.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { UNCALCULATED } from '../../src/excel/fake-host';
import { REPO, webpackBuild } from './webpack-build';

const MARKER = UNCALCULATED;

let addinDir = '';
let previewDir = '';

function emittedFiles(dir: string): string[] {
  return fs.readdirSync(dir, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile()).map((entry) => path.join(entry.parentPath, entry.name));
}

function filesContaining(dir: string, marker: string): string[] {
  return emittedFiles(dir)
    .filter((file) => fs.readFileSync(file).includes(marker))
    .map((file) => path.relative(dir, file));
}

beforeAll(async () => {
  addinDir = fs.mkdtempSync(path.join(os.tmpdir(), 'plansheets-addin-'));
  previewDir = fs.mkdtempSync(path.join(os.tmpdir(), 'plansheets-preview-'));
  await Promise.all([
    // The size budget is test/addin/taskpane-build.test.ts's to check; here only what the bundle holds counts.
    webpackBuild({ mode: 'production', outputPath: addinDir, env: { PLANSHEETS_URL: 'https://plansheets.example.fi/addin/' }, args: ['--performance-hints', 'false'] }),
    webpackBuild({ config: 'webpack.preview.config.js', mode: 'production', outputPath: previewDir }),
  ]);
}, 180_000);

afterAll(() => {
  for (const dir of [addinDir, previewDir]) if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

test('the marker is the fake host’s own: no source outside the fake host and the preview has it', () => {
  const sources = fs
    .readdirSync(path.join(REPO, 'src'), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.join(entry.parentPath, entry.name))
    .filter((file) => !file.includes(`${path.sep}fake-host${path.sep}`) && !file.includes(`${path.sep}preview${path.sep}`));
  expect(sources.filter((file) => fs.readFileSync(file, 'utf8').includes(MARKER))).toEqual([]);
});

test('the production pane (dist/addin) does not contain the fake host', () => {
  const files = emittedFiles(addinDir);
  expect(files.some((file) => file.endsWith('.js'))).toBe(true);
  expect(filesContaining(addinDir, MARKER)).toEqual([]);
});

test('the preview bundle does contain it', () => {
  expect(filesContaining(previewDir, MARKER).filter((file) => file.endsWith('.js')).length).toBeGreaterThan(0);
});
