import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CliRun } from '../support/cli';

/**
 * Regression guards for the work a command does, by counting it rather
 * than timing it, so a busy machine cannot make them flaky (the times are in
 * docs/benchmarks.md, from `npm run bench`): how often a command lays the
 * workbook out and validates the plan, and that validation's naming work
 * grows linearly with the plan.
 */
const calls = { layout: 0, validate: 0, shortTitle: 0 };

jest.mock('../../src/layout/lay-out-workbook', () => {
  const actual = jest.requireActual('../../src/layout/lay-out-workbook');
  return { ...actual, layOutWorkbook: (...args: unknown[]) => (calls.layout++, actual.layOutWorkbook(...args)) };
});
jest.mock('../../src/engine/validate', () => {
  const actual = jest.requireActual('../../src/engine/validate');
  return { ...actual, validatePlan: (...args: unknown[]) => (calls.validate++, actual.validatePlan(...args)) };
});
jest.mock('../../src/engine/validate/object-names', () => {
  const actual = jest.requireActual('../../src/engine/validate/object-names');
  return { ...actual, shortTitle: (...args: unknown[]) => (calls.shortTitle++, actual.shortTitle(...args)) };
});

const EXAMPLE = join(__dirname, '..', '..', 'examples', 'kaustinen-2026.plan.json');

async function runCli(...argv: string[]): Promise<CliRun> {
  const { runCli: run } = await import('../support/cli');
  return run(...argv);
}

beforeEach(() => {
  calls.layout = 0;
  calls.validate = 0;
  calls.shortTitle = 0;
});

describe('the work of a command', () => {
  it('build plan.json lays the workbook out once and validates the plan once', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'plansheets-counts-')), 'plan.xlsx');
    expect((await runCli('build', EXAMPLE, '-o', out)).code).toBe(0);
    expect(calls).toMatchObject({ layout: 1, validate: 1 });
  }, 60_000);

  it('validate plan.json validates once and lays nothing out', async () => {
    expect((await runCli('validate', EXAMPLE)).code).toBe(0);
    expect(calls).toMatchObject({ layout: 0, validate: 1 });
  }, 30_000);
});

describe("validation's naming work", () => {
  it('grows no faster than the plan (10× the plan, at most 10× the titles shortened)', async () => {
    const { parsePlanText } = await import('../../src/model/parse-plan');
    const { validatePlan } = await import('../../src/engine/validate');
    const { scaledPlan } = await import('../support/scaled-plan');
    const parsed = parsePlanText(readFileSync(EXAMPLE, 'utf8'));
    if (!parsed.ok) throw new Error('the example does not parse');
    const counted = (times: number): number => {
      calls.shortTitle = 0;
      validatePlan(scaledPlan(parsed.plan, times));
      return calls.shortTitle;
    };
    const one = counted(1);
    const ten = counted(10);
    expect(one).toBeGreaterThan(0);
    expect(ten / one).toBeLessThanOrEqual(10);
  });
});
