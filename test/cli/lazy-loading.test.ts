import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CliRun } from '../support/cli';

/**
 * The command line loads what a command needs when it is asked for: ExcelJS
 * and the layout take most of a second to load (docs/benchmarks.md), and
 * `--help`, `rules`, `schema` and `validate plan.json` need neither. Each
 * module that must stay unloaded is replaced by one that records that it
 * was loaded: a count, not a time, so a busy machine cannot make this flaky.
 */
const loaded: string[] = [];
// Not from ../support/cli: importing it would load the command line before the modules are watched.
const EXAMPLE = join(__dirname, '..', '..', 'examples', 'kaustinen-2026.plan.json');

/** The command line loaded afresh, so that what it loads is seen. */
async function runCli(...argv: string[]): Promise<CliRun> {
  loaded.length = 0;
  jest.resetModules();
  const { runCli: run } = await import('../support/cli');
  return run(...argv);
}

jest.mock('exceljs', () => {
  loaded.push('exceljs');
  return jest.requireActual('exceljs');
});
jest.mock('jszip', () => {
  loaded.push('jszip');
  return jest.requireActual('jszip');
});
jest.mock('../../src/layout/lay-out-workbook', () => {
  loaded.push('layout');
  return jest.requireActual('../../src/layout/lay-out-workbook');
});

describe.each([
  ['--help', ['--help'], 0],
  ['rules', ['rules'], 0],
  ['validate plan.json', ['validate', EXAMPLE], 0],
])('plansheets %s', (_name, argv, exit) => {
  it('loads neither ExcelJS, JSZip nor the layout', async () => {
    const { code } = await runCli(...argv);
    expect(code).toBe(exit);
    expect(loaded).toEqual([]);
  }, 30_000);
});

describe('plansheets build', () => {
  it('loads ExcelJS and the layout, the modules the guard above watches', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'plansheets-lazy-')), 'plan.xlsx');
    const { code } = await runCli('build', EXAMPLE, '-o', out);
    expect(code).toBe(0);
    expect([...new Set(loaded)].sort()).toEqual(['exceljs', 'jszip', 'layout']);
  }, 60_000);
});
