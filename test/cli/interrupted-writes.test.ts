import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { EXAMPLE } from '../support/cli';
import { fakeSoffice, fakeSofficePids, runningAfter } from '../support/fake-soffice';
import { interruptBuilds } from '../support/interrupted-builds';

/**
 * A build killed at any moment leaves the target as it was or whole, and
 * never touches its source. These run bin/plansheets.js: `npm run build`
 * first. KILL_RUNS sets how many kills (10 here; `npm run fuzz` tries more).
 */
const RUNS = Number(process.env.KILL_RUNS ?? 10);
const SEED = Number(process.env.KILL_SEED ?? 20261204);

describe('a build killed at a random moment', () => {
  it(`leaves the old workbook or the whole new one, never a part, and the source as it was (${RUNS} kills, seed ${SEED})`, async () => {
    const tally = await interruptBuilds(RUNS, SEED);
    process.stderr.write(`interrupted builds: ${JSON.stringify(tally)}\n`);
    expect(tally).toMatchObject({ tried: RUNS, halfWritten: 0, sourcesChanged: 0, temporariesAfterNextWrite: 0 });
    expect(tally.whole + tally.old + tally.absent).toBe(RUNS);
    // Most kills land while the build runs (the rest after it finished, which is fine).
    expect(tally.killedRunning).toBeGreaterThan(0);
  }, Math.max(300_000, RUNS * 20_000));
});

describe('an export interrupted while LibreOffice runs', () => {
  it('stops LibreOffice with it and leaves no PDF', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'plansheets-export-term-'));
    const fake = fakeSoffice(dir, 'hangs');
    const out = join(dir, 'out');
    mkdirSync(out);
    const pdf = join(out, 'appendices.pdf');
    writeFileSync(pdf, '%PDF-1.4 an older export\n');
    const child = spawn(process.execPath, [join(__dirname, '..', '..', 'bin', 'plansheets.js'), 'export', EXAMPLE, '--pdf', pdf], {
      env: { ...process.env, PATH: `${fake.folder}${delimiter}${process.env.PATH}` },
      stdio: 'ignore',
    });
    const exited = new Promise<NodeJS.Signals | null>((resolve) => child.on('exit', (_code, signal) => resolve(signal)));
    // Wait until the fake soffice has started its child.
    const deadline = Date.now() + 60_000;
    while ((!existsSync(fake.pidFile) || fakeSofficePids(fake.pidFile).length < 2) && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    expect(fakeSofficePids(fake.pidFile)).toHaveLength(2);
    child.kill('SIGTERM');
    expect(await exited).toBe('SIGTERM');
    expect(await runningAfter(fakeSofficePids(fake.pidFile))).toEqual([]);
    expect(readFileSync(pdf, 'utf8')).toBe('%PDF-1.4 an older export\n');
    expect(readdirSync(out)).toEqual(['appendices.pdf']);
  }, 90_000);
});
