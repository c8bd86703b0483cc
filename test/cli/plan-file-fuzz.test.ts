import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import type { ValidationReport } from '../../src/cli/validation-report';
import { EXAMPLE, runCli, type CliRun } from '../support/cli';
import { anyJsonText, mutatedPlanText } from '../support/plan-file-mutations';

/**
 * Whatever a plan file holds, `plansheets validate` answers with exit code
 * 0, 1 or 2, never a stack trace, and every message says what is wrong and
 * where (a JSON path). FUZZ_RUNS sets the number of cases (1 000 here;
 * `npm run fuzz` runs 20 000).
 */
const RUNS = Number(process.env.FUZZ_RUNS ?? 1000);
const SEED = Number(process.env.FUZZ_SEED ?? 20261204);
const MINIMAL = readFileSync(join(__dirname, '../fixtures/plans/minimal.plan.json'), 'utf8');
// The small plan most of the time, because validating the example takes longer.
const BASES = [MINIMAL, MINIMAL, MINIMAL, readFileSync(EXAMPLE, 'utf8')];

const dir = mkdtempSync(join(tmpdir(), 'plansheets-fuzz-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const CRASH = /\n\s+at |\b(TypeError|ReferenceError|RangeError|SyntaxError|InternalError)\b|sisäinen virhe|internal error|\[object Object\]|undefined|NaN/;
/** A JSON path at the start of a problem: "$", "$.sections[0].title", '$["a b"]'. */
const LOCATED = /(^|[\s(;:])\$(\.[A-Za-z_$][\w$]*|\[\d+\]|\["(?:[^"\\]|\\.)*"\])*: \S/;

interface Tally {
  cases: number;
  exitCodes: Record<string, number>;
  crashes: number;
}

/** What is wrong with a run's answer, or null when it is as it must be. */
function faultOf(run: CliRun, file: string): string | null {
  const output = run.stdout + run.stderr;
  if (![0, 1, 2].includes(run.code)) return `exit code ${run.code}`;
  if (CRASH.test(run.stderr)) return `a crash or a hole in a message: ${run.stderr}`;
  if (run.code === 2) {
    if (run.stdout !== '') return 'exit 2 with output on stdout';
    const lines = run.stderr.trimEnd().split('\n');
    if (lines.length !== 1 || !lines[0]?.startsWith('plansheets: ')) return `not one line: ${run.stderr}`;
    if (!run.stderr.includes(file)) return `the file is not named: ${run.stderr}`;
    if (!LOCATED.test(run.stderr)) return `no JSON path: ${run.stderr}`;
    return null;
  }
  if (run.stderr !== '') return `exit ${run.code} with stderr: ${run.stderr}`;
  let report: ValidationReport;
  try {
    report = JSON.parse(run.stdout) as ValidationReport;
  } catch {
    return `stdout is not one JSON report: ${output.slice(0, 200)}`;
  }
  for (const finding of report.findings) {
    const path = (finding.location as { path?: string }).path;
    if (typeof path !== 'string' || !path.startsWith('$')) return `a finding without a JSON path: ${JSON.stringify(finding)}`;
    if (finding.message.trim() === '' || CRASH.test(finding.message)) return `a finding without a proper message: ${JSON.stringify(finding)}`;
  }
  if ((run.code === 1) !== report.findings.some((f) => f.severity === 'error')) return `exit ${run.code} does not match the findings`;
  return null;
}

const PROTOTYPE_NAMES = Object.getOwnPropertyNames(Object.prototype).sort().join();

/** Nothing a plan file held has reached Object.prototype. */
function prototypeIsClean(): boolean {
  return Object.getOwnPropertyNames(Object.prototype).sort().join() === PROTOTYPE_NAMES && !('polluted' in {});
}

describe('plan file fuzzing', () => {
  it(`answers every plan file with 0, 1 or 2 and a located message, never a stack trace (${RUNS} cases, seed ${SEED})`, async () => {
    const tally: Tally = { cases: 0, exitCodes: {}, crashes: 0 };
    const file = join(dir, 'plan.json');
    const lang = fc.constantFrom('fi', 'en');
    await fc.assert(
      fc.asyncProperty(fc.oneof({ weight: 2, arbitrary: anyJsonText }, { weight: 3, arbitrary: mutatedPlanText(BASES) }), lang, async (text, language) => {
        writeFileSync(file, text);
        const run = await runCli('validate', file, '--format', 'json', '--lang', language);
        tally.cases += 1;
        tally.exitCodes[run.code] = (tally.exitCodes[run.code] ?? 0) + 1;
        const fault = faultOf(run, file) ?? (prototypeIsClean() ? null : 'Object.prototype was changed');
        if (fault !== null) tally.crashes += 1;
        expect(fault).toBeNull();
      }),
      { numRuns: RUNS, seed: SEED, endOnFailure: true },
    );
    process.stderr.write(`plan file fuzzing: ${JSON.stringify(tally)}\n`);
    expect(tally.cases).toBe(RUNS);
    // Both kinds of answer were exercised: plans that parse and files that do not.
    expect(tally.exitCodes[2]).toBeGreaterThan(0);
    expect((tally.exitCodes[0] ?? 0) + (tally.exitCodes[1] ?? 0)).toBeGreaterThan(0);
  }, 600_000);
});
