import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { TEMPORARY_SUFFIX } from '../../src/xlsx/write-file-atomically';
import { EXAMPLE, runCli } from './cli';
import { minimalPlan } from './plan-builder';
import { sameWorkbook } from './workbook-parts';

const BIN = join(__dirname, '..', '..', 'bin', 'plansheets.js');

export interface InterruptionTally {
  /** Runs killed (SIGKILL) at a random moment. */
  tried: number;
  /** Of those, the ones whose process was still running when killed. */
  killedRunning: number;
  /** After the kill the target was: the whole new workbook, the old one untouched, absent as before; or anything else. */
  whole: number;
  old: number;
  absent: number;
  halfWritten: number;
  /** Source files (plan or workbook) whose bytes changed. */
  sourcesChanged: number;
  /** Temporary files seen beside the target right after a kill (a crashed run may leave them). */
  temporariesSeen: number;
  /** Temporary files left after one more, uninterrupted, build of the same target (must be none). */
  temporariesAfterNextWrite: number;
  /** How long an uninterrupted build took, from a plan and from a workbook (ms). */
  buildMs: { plan: number; workbook: number };
}

/** A small deterministic generator, so that a run can be repeated from its seed. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function hash(file: string): string {
  return createHash('sha256').update(readFileSync(file)).digest('hex');
}

/** Runs `plansheets build` as its own process; kills it after `killAfterMs` unless it ended first. */
function build(source: string, target: string, killAfterMs?: number): Promise<{ ms: number; killed: boolean; code: number | null }> {
  const started = Date.now();
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, 'build', source, '-o', target], { stdio: 'ignore' });
    let killed = false;
    const timer =
      killAfterMs === undefined
        ? undefined
        : setTimeout(() => {
            killed = child.kill('SIGKILL');
          }, killAfterMs);
    child.on('error', reject);
    child.on('exit', (code) => {
      clearTimeout(timer);
      resolve({ ms: Date.now() - started, killed, code });
    });
  });
}

function temporaries(folder: string): string[] {
  return readdirSync(folder).filter((name) => name.endsWith(TEMPORARY_SUFFIX));
}

/**
 * Builds the Kaustinen example, from its plan and from a workbook, and kills
 * the build at random moments, over an older workbook or where there was
 * none; then looks at what the target holds. Needs `npm run build` (it runs
 * bin/plansheets.js, as people do).
 */
export async function interruptBuilds(runs: number, seed: number): Promise<InterruptionTally> {
  if (!existsSync(join(__dirname, '..', '..', 'dist', 'cli', 'main.js'))) throw new Error('dist/ is missing: run `npm run build` first');
  const dir = mkdtempSync(join(tmpdir(), 'plansheets-interrupted-'));
  try {
    const plan = join(dir, 'plan.json');
    copyFileSync(EXAMPLE, plan);
    const workbook = join(dir, 'source.xlsx');
    const made = await runCli('build', plan, '-o', workbook);
    if (made.code !== 0) throw new Error(made.stderr);
    const older = join(dir, 'older.xlsx');
    writeFileSync(join(dir, 'small.json'), JSON.stringify(minimalPlan()));
    await runCli('build', join(dir, 'small.json'), '-o', older);
    const sources = { plan: hash(plan), workbook: hash(workbook) };

    const reference = { plan: join(dir, 'ref-plan.xlsx'), workbook: join(dir, 'ref-workbook.xlsx') };
    const buildMs = { plan: (await build(plan, reference.plan)).ms, workbook: (await build(workbook, reference.workbook)).ms };
    const expected = { plan: readFileSync(reference.plan), workbook: readFileSync(reference.workbook) };
    const oldBytes = readFileSync(older);

    const tally: InterruptionTally = {
      tried: 0,
      killedRunning: 0,
      whole: 0,
      old: 0,
      absent: 0,
      halfWritten: 0,
      sourcesChanged: 0,
      temporariesSeen: 0,
      temporariesAfterNextWrite: 0,
      buildMs,
    };
    const next = random(seed);
    const folder = join(dir, 'out');
    mkdirSync(folder);
    const target = join(folder, 'plan.xlsx');
    for (let run = 0; run < runs; run += 1) {
      const kind = run % 2 === 0 ? 'plan' : 'workbook';
      const hadOld = run % 3 !== 0;
      if (hadOld) copyFileSync(older, target);
      else rmSync(target, { force: true });
      // Anywhere from start-up to a little past the usual end, most of them in the last third, where the writing is.
      const span = buildMs[kind] * 1.15;
      const delay = Math.round(next() < 0.5 ? next() * span : span * (0.66 + next() * 0.34));
      const result = await build(kind === 'plan' ? plan : workbook, target, delay);
      tally.tried += 1;
      if (result.killed) tally.killedRunning += 1;
      if (!existsSync(target)) {
        if (hadOld) tally.halfWritten += 1;
        else tally.absent += 1;
      } else {
        const bytes = readFileSync(target);
        if (hadOld && bytes.equals(oldBytes)) tally.old += 1;
        else if (await sameWorkbook(bytes, expected[kind])) tally.whole += 1;
        else tally.halfWritten += 1;
      }
      tally.temporariesSeen += temporaries(folder).length;
    }
    if (hash(plan) !== sources.plan) tally.sourcesChanged += 1;
    if (hash(workbook) !== sources.workbook) tally.sourcesChanged += 1;
    await build(plan, target);
    tally.temporariesAfterNextWrite = temporaries(folder).length;
    return tally;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
