import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { layOutWorkbook } from '../../src/layout/lay-out-workbook';
import { actionPlanSheet } from '../../src/layout/sheets/action-plan-sheet';
import { contributionsLayout } from '../../src/layout/sheets/contributions-sheet';
import { costPoolsLayout } from '../../src/layout/sheets/cost-pools-sheet';
import { editableSheets } from '../../src/layout/sheets/editable-sheets';
import { findingsSheet } from '../../src/layout/sheets/findings-sheet';
import { summarySheet } from '../../src/layout/sheets/summary-sheet';
import { EXAMPLE, runCli } from '../support/cli';

/**
 * A generation lays the workbook out once: every sheet of it once, whether
 * the CLI builds from a plan file, rebuilds from a workbook, or exports the
 * appendices of a plan file. The layout functions are wrapped so that the
 * test counts their calls through the real pipeline.
 */

/** The module at `path` with the named functions wrapped in jest.fn, so their calls are counted. */
function counted(path: string, names: string[]): Record<string, unknown> {
  const actual = jest.requireActual<Record<string, unknown>>(path);
  const wrapped: Record<string, unknown> = { ...actual };
  for (const name of names) wrapped[name] = jest.fn(actual[name] as (...args: unknown[]) => unknown);
  return wrapped;
}

jest.mock('../../src/layout/lay-out-workbook', () => counted('../../src/layout/lay-out-workbook', ['layOutWorkbook']));
jest.mock('../../src/layout/sheets/action-plan-sheet', () => counted('../../src/layout/sheets/action-plan-sheet', ['actionPlanSheet']));
jest.mock('../../src/layout/sheets/contributions-sheet', () => counted('../../src/layout/sheets/contributions-sheet', ['contributionsLayout']));
jest.mock('../../src/layout/sheets/cost-pools-sheet', () => counted('../../src/layout/sheets/cost-pools-sheet', ['costPoolsLayout']));
jest.mock('../../src/layout/sheets/editable-sheets', () => counted('../../src/layout/sheets/editable-sheets', ['editableSheets']));
jest.mock('../../src/layout/sheets/findings-sheet', () => counted('../../src/layout/sheets/findings-sheet', ['findingsSheet']));
jest.mock('../../src/layout/sheets/summary-sheet', () => counted('../../src/layout/sheets/summary-sheet', ['summarySheet']));

const LAYOUT_STEPS = {
  layOutWorkbook,
  editableSheets,
  costPoolsLayout,
  contributionsLayout,
  summarySheet,
  actionPlanSheet,
  findingsSheet,
} as const;

function calls(): Record<string, number> {
  return Object.fromEntries(Object.entries(LAYOUT_STEPS).map(([name, fn]) => [name, (fn as unknown as jest.Mock).mock.calls.length]));
}

const ONCE = Object.fromEntries(Object.keys(LAYOUT_STEPS).map((name) => [name, 1]));

jest.setTimeout(120_000);

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'plansheets-one-pass-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));
beforeEach(() => jest.clearAllMocks());

describe('one layout pass per generation', () => {
  it('build from a plan file: every sheet laid out once', async () => {
    const result = await runCli('build', EXAMPLE, '-o', join(dir, 'built.xlsx'));
    expect(result.code).toBe(0);
    expect(calls()).toEqual(ONCE);
  });

  it('rebuild from a workbook: every sheet laid out once (the read plan\'s layout is the one written)', async () => {
    await runCli('build', EXAMPLE, '-o', join(dir, 'source.xlsx'));
    jest.clearAllMocks();
    const result = await runCli('build', join(dir, 'source.xlsx'), '-o', join(dir, 'rebuilt.xlsx'));
    expect(result.code).toBe(0);
    expect(calls()).toEqual(ONCE);
  });

  it('validate a workbook: laid out once, to know which cells must hold formulas', async () => {
    await runCli('build', EXAMPLE, '-o', join(dir, 'validated.xlsx'));
    jest.clearAllMocks();
    expect((await runCli('validate', join(dir, 'validated.xlsx'))).code).toBe(0);
    expect(calls()).toEqual(ONCE);
  });

  it('validate a plan file: no layout at all', async () => {
    expect((await runCli('validate', EXAMPLE)).code).toBe(0);
    expect(Object.values(calls())).toEqual(Object.values(LAYOUT_STEPS).map(() => 0));
  });

  it('export the appendices of a plan file: every sheet laid out once', async () => {
    const result = await runCli('export', EXAMPLE, '--pdf', join(dir, 'appendices.pdf'));
    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect(calls()).toEqual(ONCE);
  });
});
