import { extname } from 'node:path';
import type { WorkbookReading } from '../app/read-workbook-grid';
import type { SheetGrid } from '../layout/sheet-grid';
import type { Finding } from '../model/finding';
import { localise, localiseEach } from '../model/messages/catalogue';
import type { Plan } from '../model/plan';
import { cliMessages } from './cli.messages';
import { loadPlanFile, problemList, readInputFile } from './load-plan-file';
import { UsageError } from './usage-error';

export type LoadedInput =
  | { kind: 'plan'; plan: Plan }
  | { kind: 'workbook'; plan: Plan; grid: SheetGrid; reading: Extract<WorkbookReading, { ok: true }> };

/** A macro-enabled workbook (.xlsm) is read as its .xlsx content; its macros are not. */
const WORKBOOK_EXTENSIONS = ['.xlsx', '.xlsm'];

/** A plan file (.json) or a PlanSheets workbook (.xlsx, .xlsm); anything unusable is a one-line usage error. */
export async function loadInput(file: string): Promise<LoadedInput> {
  if (!WORKBOOK_EXTENSIONS.includes(extname(file).toLowerCase())) return { kind: 'plan', plan: await loadPlanFile(file) };
  const grid = await loadGrid(file);
  // Loaded only for a workbook: reading one needs the layout, which a plan file's validation does not.
  const { readWorkbookGrid } = await import('../app/read-workbook-grid');
  const reading = readWorkbookGrid(grid);
  if (!reading.ok) throw problemsError('workbook.no-plan', file, reading.findings.filter((f) => f.severity === 'error'));
  return { kind: 'workbook', plan: reading.plan, grid, reading };
}

/** A workbook file's grid; a file that is no readable workbook is a one-line usage error. */
export async function loadGrid(file: string): Promise<SheetGrid> {
  // ExcelJS takes most of a second to load: only for a workbook.
  const { readWorkbook } = await import('../xlsx/read-workbook');
  const read = await readWorkbook(await readInputFile(file));
  if (read.ok) return read.grid;
  const reason = localise(cliMessages, `workbook.${read.reason}`, { detail: read.detail, ...read.params });
  throw new UsageError(localiseEach(cliMessages, 'workbook.unreadable', (lang) => ({ file, detail: reason[lang] })));
}

/** A usage error that names the first problems, each at its cell, in both languages. */
export function problemsError(key: 'workbook.no-plan' | 'build.unsafe-rebuild', file: string, problems: readonly Finding[]): UsageError {
  return new UsageError(localiseEach(cliMessages, key, (lang) => ({ file, problems: problemList(problems, lang) })));
}
