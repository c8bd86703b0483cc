import { extname } from 'node:path';
import type { Finding } from '../model/finding';
import { localise, localiseEach } from '../model/messages/catalogue';
import type { Plan } from '../model/plan';
import type { CellLocator } from '../layout/read/locate-path';
import { readPlan } from '../layout/read/read-plan';
import type { SheetGrid } from '../layout/sheet-grid';
import { readWorkbook } from '../xlsx/read-workbook';
import { cliMessages } from './cli.messages';
import { loadPlanFile, problemList, readInputFile } from './load-plan-file';
import { UsageError } from './usage-error';

export type LoadedInput =
  | { kind: 'plan'; plan: Plan }
  | { kind: 'workbook'; plan: Plan; grid: SheetGrid; readFindings: Finding[]; locate: CellLocator };

/** A plan file (.json) or a PlanSheets workbook (.xlsx); anything unusable is a one-line usage error. */
export async function loadInput(file: string): Promise<LoadedInput> {
  if (extname(file).toLowerCase() !== '.xlsx') return { kind: 'plan', plan: await loadPlanFile(file) };
  const buffer = await readInputFile(file);
  const read = await readWorkbook(buffer);
  if (!read.ok) {
    const reason = localise(cliMessages, `workbook.${read.reason}`, { detail: read.detail });
    throw new UsageError(localiseEach(cliMessages, 'workbook.unreadable', (lang) => ({ file, detail: reason[lang] })));
  }
  const result = readPlan(read.grid);
  if (result.plan === null) throw problemsError('workbook.no-plan', file, result.findings.filter((f) => f.severity === 'error'));
  return { kind: 'workbook', plan: result.plan, grid: read.grid, readFindings: result.findings, locate: result.locate };
}

/** A usage error that names the first problems, each at its cell, in both languages. */
export function problemsError(key: 'workbook.no-plan' | 'build.unsafe-rebuild', file: string, problems: readonly Finding[]): UsageError {
  return new UsageError(localiseEach(cliMessages, key, (lang) => ({ file, problems: problemList(problems, lang) })));
}
