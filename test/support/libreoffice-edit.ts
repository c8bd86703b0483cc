import { spawn, spawnSync } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * Edits an .xlsx with LibreOffice itself, as a person does in Calc: rows
 * inserted into tables, values typed, calculated columns filled, everything
 * recalculated and saved as .xlsx. The work is done over UNO by
 * test/support/libreoffice-insert-rows.py (see its docstring), run with
 * Debian's python3, the one with the UNO bridge.
 */

/** The python that has `import uno` (Debian's python3-uno); a pyenv python on PATH has not. */
export const UNO_PYTHON = '/usr/bin/python3';
const SCRIPT = join(__dirname, 'libreoffice-insert-rows.py');
const DEFAULT_TIMEOUT_MS = 150_000;

/** A value typed into a cell: a number, text, or a date (typed as 31.12.2024 would be). */
export type TypedValue = number | string | { date: string };

export interface RowInsertion {
  sheet: string;
  /** The Excel table's name (a database range of the same name in LibreOffice). */
  table: string;
  /**
   * end: a sheet row inserted above the last data row (inside the range, so
   * LibreOffice grows it); middle: above the middle data row; append: a row
   * inserted below the table and the range extended over it, as Excel's
   * table does by itself when a person types under it; below: a row
   * inserted below the table and typed into, nothing more (LibreOffice
   * leaves it outside the table).
   */
  at: 'end' | 'middle' | 'append' | 'below';
  /** rows (default): whole sheet rows; cells: only the table's columns shift down. */
  shift?: 'rows' | 'cells';
  /** By header text, as on the sheet. */
  values: Record<string, TypedValue>;
}

/** What LibreOffice did for one insertion. */
export interface InsertionReport {
  sheet: string;
  table: string;
  at: RowInsertion['at'];
  shift: 'rows' | 'cells';
  /** The database range (header row included) before and after the insertion, e.g. "A8:G13". */
  rangeBefore: string;
  rangeAfter: string;
  /** The sheet row typed into (1-based). */
  row: number;
  /** Formulas copied into the new row from the neighbouring row, as LibreOffice shows them. */
  copiedFormulas: Array<{ column: string; formula: string }>;
}

export interface LibreOfficeEdit {
  /** The .xlsx as LibreOffice saved it, recalculated. */
  file: Buffer;
  report: InsertionReport[];
  elapsedMs: number;
}

/** Throws, saying what to install, when Debian's python3 cannot import uno. */
export function assertUnoPython(): void {
  const probe = spawnSync(UNO_PYTHON, ['-c', 'import uno'], { encoding: 'utf8', timeout: 30_000 });
  if (probe.error || probe.status !== 0) {
    throw new Error(
      `${UNO_PYTHON} cannot import uno (${probe.error?.message ?? probe.stderr.trim()}): ` +
        'install the Debian packages python3-uno and libreoffice-calc-nogui (apt-get install -y python3-uno libreoffice-calc-nogui).',
    );
  }
}

/** Inserts the rows into a copy of `input` with headless LibreOffice and returns the saved workbook. */
export async function insertRowsWithLibreOffice(
  input: Buffer,
  insertions: RowInsertion[],
  timeoutMs: number = DEFAULT_TIMEOUT_MS,
): Promise<LibreOfficeEdit> {
  const started = performance.now();
  const dir = await mkdtemp(join(tmpdir(), 'plansheets-lo-edit-'));
  try {
    const paths = {
      input: join(dir, 'in.xlsx'),
      output: join(dir, 'out.xlsx'),
      insertions: join(dir, 'insertions.json'),
      report: join(dir, 'report.json'),
    };
    await writeFile(paths.input, input);
    await writeFile(paths.insertions, JSON.stringify(insertions, null, 2));
    const run = await runPython([SCRIPT, paths.input, paths.output, paths.insertions, paths.report], timeoutMs);
    if (run.code !== 0) {
      throw new Error(`LibreOffice could not insert the rows (exit code ${run.code}): ${(run.stderr || run.stdout).trim() || '(nothing said)'}`);
    }
    const report = JSON.parse(await readFile(paths.report, 'utf8')) as InsertionReport[];
    return { file: await readFile(paths.output), report, elapsedMs: Math.round(performance.now() - started) };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

function runPython(args: string[], timeoutMs: number): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    // Its own process group; the script says soffice's process group on stdout, so a timeout can stop both.
    const child = spawn(UNO_PYTHON, args, { detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const killAll = () => {
      const groups = [child.pid, Number(/soffice process group: (\d+)/.exec(stdout)?.[1])];
      for (const group of groups) {
        if (group === undefined || !Number.isInteger(group) || group <= 1) continue;
        try {
          process.kill(-group, 'SIGKILL');
        } catch {
          // already gone
        }
      }
    };
    const timer = setTimeout(() => {
      killAll();
      reject(new Error(`LibreOffice did not finish the row insertions within ${timeoutMs / 1000} s. ${stderr.trim()}`));
    }, timeoutMs);
    child.on('error', (error) => {
      clearTimeout(timer);
      reject(new Error(`${UNO_PYTHON} could not be started: ${error.message}. Install python3-uno and libreoffice-calc-nogui.`));
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      // The script stops soffice itself; after a crash, nothing may be left running.
      if (code !== 0) killAll();
      resolve({ code, stdout, stderr });
    });
  });
}
