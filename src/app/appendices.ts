import { detectLanguage } from '../layout/read/grid-tables';
import { SHEET_NAMES } from '../layout/schema/tables';
import type { SheetGrid } from '../layout/sheet-grid';
import type { SheetRole } from '../layout/workbook-layout';
import { everyLanguage, type Language } from '../model/language';

/** The council appendices printed when no sheets are named: the chapters (I–III), the action plan, the budget, the contributions. */
export const APPENDIX_ROLES: readonly SheetRole[] = ['chapters', 'actionPlan', 'budget', 'contributions'];

/**
 * The locale a document prints in, so that a Finnish or Swedish plan's
 * numbers read "1 003 733,00 €" and its dates "11.12.2025" (Swedish as
 * written in Finland, not in Sweden).
 */
export const PRINT_LOCALES: Readonly<Record<Language, string>> = { fi: 'fi-FI', sv: 'sv-FI', en: 'en-GB' };

export type AppendixChoice = { ok: true; sheets: string[] } | { ok: false; unknown: string; available: string[] };

/**
 * Which of a workbook's visible sheets to print: the council appendices by
 * default, every sheet for "all", or the sheets named (in any letter case).
 */
export function chooseAppendices(available: readonly string[], requested: 'all' | readonly string[] | undefined): AppendixChoice {
  if (requested === 'all') return { ok: true, sheets: [...available] };
  if (requested === undefined) {
    const names = APPENDIX_ROLES.flatMap((role) => everyLanguage(SHEET_NAMES[role]));
    return { ok: true, sheets: available.filter((name) => names.includes(name)) };
  }
  const sheets: string[] = [];
  for (const name of requested) {
    const match = available.find((sheet) => sheet.toLocaleLowerCase('fi') === name.toLocaleLowerCase('fi'));
    if (!match) return { ok: false, unknown: name, available: [...available] };
    sheets.push(match);
  }
  return { ok: true, sheets };
}

/** The language a workbook was made in, by its sheet names: the language its appendices print in. */
export function workbookLanguage(grid: SheetGrid): Language {
  return detectLanguage(grid);
}
