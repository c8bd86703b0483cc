import { changeLines, type ChangeLine } from '../../engine/plan-diff/change-lines';
import type { PlanComparison } from '../../engine/plan-diff/compare-plans';
import { planDiffMessages } from '../../engine/plan-diff/plan-diff.messages';
import { localise } from '../../model/messages/catalogue';
import type { Language, Plan } from '../../model/plan';
import { rangeAddress } from '../a1';
import { layoutMessages } from '../layout.messages';
import { printSetup } from '../print-setup';
import { num, SheetBuilder, text } from '../sheet-builder';
import { COLOURS, FORMATS, STYLES } from '../styles';
import type { CellStyle, CellValue, SheetLayout } from '../workbook-layout';
import { changesSheetMessages, type ChangesSheetMessageKey } from './changes-sheet.messages';
import { HEADER_STYLE, sheetName, TITLE_ROW } from './sheet-common';

/**
 * Muutokset: what changed since an earlier version of the plan, one line per
 * change, grouped as the command line's `diff` groups them (teams, goals,
 * actions, metrics, budget, municipalities, pools, contributions). Laid out
 * only when the workbook is built with --compare <old>. The figures are
 * values, not formulas: the old version is not in the workbook, so nothing
 * here could follow an edit. Derived and protected; the reader takes nothing
 * from it. Every text is written as text.
 */

export const CHANGES_HEADER_ROW = 4;
export const CHANGES_FIRST_ROW = CHANGES_HEADER_ROW + 1;
export const CHANGES_COLUMNS = { group: 1, what: 2, subject: 3, before: 4, after: 5, change: 6 } as const;
// Character units; together within LANDSCAPE_PRINT_WIDTH (165) so a page prints at 70 % or more.
const WIDTHS = { group: 20, what: 16, subject: 48, before: 28, after: 28, change: 14 } as const;

/** What the sheet compares with: the comparison and a label of the old version (its file name). */
export interface ComparedVersion {
  label: string;
  comparison: PlanComparison;
}

export function changesSheet(plan: Plan, compared: ComparedVersion, language: Language): SheetLayout {
  const m = (key: ChangesSheetMessageKey, params: Record<string, string> = {}): string => localise(changesSheetMessages, key, params)[language];
  const b = new SheetBuilder('changes', sheetName('changes', language), 'derived');
  for (const key of Object.keys(CHANGES_COLUMNS) as Array<keyof typeof CHANGES_COLUMNS>) b.width(CHANGES_COLUMNS[key], WIDTHS[key]);
  b.set(1, TITLE_ROW, text(m('changes.title')), STYLES.title);
  b.set(1, TITLE_ROW + 1, text(m('changes.intro', { old: compared.label })), { italic: true });
  for (const key of Object.keys(CHANGES_COLUMNS) as Array<keyof typeof CHANGES_COLUMNS>) {
    b.set(CHANGES_COLUMNS[key], CHANGES_HEADER_ROW, text(m(`changes.column.${key}`)), HEADER_STYLE);
  }

  const lines = changeLines(compared.comparison, language);
  lines.forEach((line, i) => writeLine(b, CHANGES_FIRST_ROW + i, line, language));
  if (lines.length === 0) b.set(1, CHANGES_FIRST_ROW, text(m('changes.none')), { italic: true });
  const last = CHANGES_FIRST_ROW + Math.max(lines.length, 1) - 1;
  b.fitRowHeights(CHANGES_FIRST_ROW, last);
  b.freeze = { rows: CHANGES_HEADER_ROW, columns: 0 };
  const print = printSetup(plan, {
    orientation: 'landscape',
    printTitleRows: `${CHANGES_HEADER_ROW}:${CHANGES_HEADER_ROW}`,
    printArea: rangeAddress(1, 1, CHANGES_COLUMNS.change, last),
    pageLabel: layoutMessages['print.pageLabel'][language],
  });
  return b.build(print, { protected: true });
}

const FILLS: Record<ChangeLine['change'], string | undefined> = {
  added: COLOURS.okFill,
  removed: COLOURS.errorFill,
  changed: undefined,
};

function writeLine(b: SheetBuilder, row: number, line: ChangeLine, language: Language): void {
  const base: CellStyle = { wrap: true, vertical: 'top', border: { bottom: 'thin' }, ...(line.total ? { bold: true } : {}) };
  const fill = FILLS[line.change];
  const written = new Set<number>();
  const set = (column: number, value: CellValue, style: CellStyle): void => {
    b.set(column, row, value, style);
    written.add(column);
  };
  set(CHANGES_COLUMNS.group, text(planDiffMessages[`group.${line.group}`][language]), base);
  set(CHANGES_COLUMNS.what, text(line.what), fill === undefined ? base : { ...base, fill });
  set(CHANGES_COLUMNS.subject, text(line.subject + (line.context === null ? '' : ` (${line.context})`)), base);
  const money: CellStyle = { ...base, wrap: false, numberFormat: FORMATS.moneyCents };
  if (line.money) {
    if (line.money.old !== null) set(CHANGES_COLUMNS.before, num(line.money.old.toFixed(2)), money);
    if (line.money.new !== null) set(CHANGES_COLUMNS.after, num(line.money.new.toFixed(2)), money);
    set(CHANGES_COLUMNS.change, num(line.money.change.toFixed(2)), money);
  } else {
    if (line.before !== null) set(CHANGES_COLUMNS.before, text(line.before), base);
    if (line.after !== null) set(CHANGES_COLUMNS.after, text(line.after), base);
  }
  // A cell left empty still carries the row's rule, so each change reads as one line across the page.
  for (const column of Object.values(CHANGES_COLUMNS)) {
    if (!written.has(column)) b.set(column, row, text(''), base);
  }
}
