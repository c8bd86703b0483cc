import { Decimal, ZERO } from '../../engine/money';
import type { BudgetLine, Language, Plan } from '../../model/plan';
import { layoutMessages } from '../layout.messages';
import { DEFAULT_ROW_HEIGHT, orphanBreak, PageFlow, pageHeights } from '../page-flow';
import { printSetup } from '../print-setup';
import { type CalculatedColumn, EMPTY_TEXT, formula, numberResult, SheetBuilder, text, textResult } from '../sheet-builder';
import { columnRef, formulaString, thisRowRef } from '../structured-ref';
import { COLOURS, FORMATS, STYLES } from '../styles';
import { BUDGET_LINES_TABLE, BUDGET_YEARS_TABLE, SECTIONS_TABLE } from '../schema/tables';
import type { PrintLayout, SheetLayout } from '../workbook-layout';
import {
  columnStyles,
  enumCell,
  enumValidation,
  header,
  HEADER_STYLE,
  LANDSCAPE_PRINT_WIDTH,
  moneyCell,
  moneyFormat,
  referenceValidation,
  sheetName,
  tableRow,
  noteCell,
  textCell,
  TITLE_ROW,
} from './sheet-common';

/**
 * Talousarvio: BudgetYears (total and funding per year, with derived check,
 * municipal share and change from the year before) and BudgetLines (one
 * amount column per year, headed by the year), one above the other in the
 * same columns, so that the sheet prints on landscape A4 at a readable scale.
 *
 * Which table stands on top: inserting a table row shifts the cells below it
 * in the table's own columns only. A table below that lies within the upper
 * table's columns moves down whole, which Excel allows; one that reaches
 * further right would be split, and Excel refuses the insert. So both tables
 * start in column A and the one with more columns stands on top: BudgetYears,
 * unless BudgetLines has more columns (more than six years). A blank row
 * separates them, so that typing just below the upper table extends it
 * without touching the lower one.
 *
 * Each table has its title above it, then a row that holds the lines' totals
 * above BudgetLines (a row directly above a table stays put whatever happens
 * to the table, and moves with it when the table above grows), then its
 * header. The shared columns are narrower than tables.ts gives: names and
 * notes wrap, and every row is as high as its text needs (text-lines.ts).
 *
 * The change columns look the previous year up by year (SUMIFS on Year - 1),
 * so reordering rows never breaks them, and show blank, not 0, when a figure
 * is missing.
 */

/** The tables that, empty, print a line saying so instead of themselves (the export leaves them out). */
export const TABLES_WITH_NONE_LINE: readonly string[] = [BUDGET_YEARS_TABLE.name, BUDGET_LINES_TABLE.name];

/** The header row of the upper table (the lower one's follows from the upper's length). */
export const BUDGET_HEADER_ROW = 4;
const UPPER_TOP_ROW = BUDGET_HEADER_ROW - 2;

/** The years' note takes what is left of LANDSCAPE_PRINT_WIDTH, within these bounds. */
const YEARS_NOTE_WIDTH = { min: 24, max: 50 } as const;
/** Column widths (character units) on the shared columns: enough for the headers' longest words and seven-figure amounts. */
const YEARS_WIDTHS: Readonly<Record<string, number>> = {
  year: 8,
  kind: 7,
  total: 14,
  municipalFunding: 14,
  externalFunding: 14,
  balance: 11,
  municipalShare: 14,
  totalChange: 13,
  totalChangePercent: 10,
  note: YEARS_NOTE_WIDTH.min,
};
const LINES_WIDTHS: Readonly<Record<string, number>> = { id: 10, name: 18, section: 12, note: 16 };

export function budgetSheet(plan: Plan, language: Language = plan.language): SheetLayout {
  const b = new SheetBuilder('budget', sheetName('budget', language), 'editable');
  b.set(1, TITLE_ROW, text(layoutMessages['budget.title'][language]), STYLES.title);

  const lineYears = budgetLineYears(plan);
  const yearsMoney = moneyFormat(plan.budget.years.flatMap((y) => [y.total, y.municipalFunding, y.externalFunding]));
  const linesMoney = moneyFormat((plan.budget.lines ?? []).flatMap((l) => l.amounts.map((a) => a.amount)));
  const linesOnTop = BUDGET_LINES_TABLE.columns.length + lineYears.length > BUDGET_YEARS_TABLE.columns.length;
  // Seven-figure amounts with cents take a little more room than whole euros.
  const lineYearWidth = linesMoney === FORMATS.moneyCents ? 14 : 13;
  setColumnWidths(b, lineYears.length, lineYearWidth);

  const years = (top: number): number => {
    const spec = BUDGET_YEARS_TABLE;
    b.set(1, top, text(layoutMessages['budget.yearsTitle'][language]), STYLES.subtitle);
    const rows = plan.budget.years.map((y) =>
      tableRow(spec, {
        year: { kind: 'number', value: String(y.year) },
        kind: enumCell('budgetYearKind', y.kind, language),
        total: moneyCell(y.total),
        municipalFunding: moneyCell(y.municipalFunding),
        externalFunding: moneyCell(y.externalFunding),
        note: noteCell(y.note, language),
      }),
    );
    const styles = columnStyles(spec, yearsMoney);
    styles.municipalShare = { ...styles.municipalShare, numberFormat: FORMATS.percent1 };
    styles.totalChangePercent = { ...styles.totalChangePercent, numberFormat: FORMATS.percent1 };
    const table = b.table(spec, language, { column: 1, row: top + 2 }, rows, {
      headerStyle: HEADER_STYLE,
      styles,
      formulas: budgetYearFormulas(plan, language),
    });
    b.dataValidations.push(enumValidation(table.dataRange('kind'), 'budgetYearKind', language, false));
    // The line an empty table prints instead of itself (the export leaves the table out).
    const none = layoutMessages['budget.yearsNone'][language];
    const noYears = plan.budget.years.length === 0;
    b.set(1, top + 1, formula(`IF(COUNTA(${columnRef(spec.name, header(spec, 'year', language))})=0,${formulaString(none)},"")`, noYears ? textResult(none) : EMPTY_TEXT), { italic: true });
    return table.lastDataRow;
  };

  const lines = (top: number): number => {
    const spec = BUDGET_LINES_TABLE;
    b.set(1, top, text(layoutMessages['budget.linesTitle'][language]), STYLES.subtitle);
    const rows = (plan.budget.lines ?? []).map((line) => [
      ...tableRow(spec, {
        id: textCell(line.id),
        name: textCell(line.name),
        section: textCell(line.sectionId),
        note: noteCell(line.note, language),
      }),
      ...lineYears.map((year) => moneyCell(amountIn(line, year))),
    ]);
    const styles = columnStyles(spec, linesMoney);
    for (const year of lineYears) styles[String(year)] = { numberFormat: linesMoney, vertical: 'top' };
    const table = b.table(spec, language, { column: 1, row: top + 2 }, rows, {
      headerStyle: HEADER_STYLE,
      styles,
      extraColumns: lineYears.map((year) => ({ name: String(year), width: lineYearWidth })),
    });
    b.dataValidations.push(referenceValidation(table.dataRange('section'), SECTIONS_TABLE, language, true));

    // The totals row says so when there are no lines, the line an empty table prints
    // instead of itself (the export leaves the table out), and a year no line has an
    // amount for is blank rather than 0 €.
    const totalRow = top + 1;
    const totalStyle = { bold: true, fill: COLOURS.derivedFill, border: { bottom: 'thin' as const } };
    const planLines = plan.budget.lines ?? [];
    const [none, total] = [layoutMessages['budget.linesNone'][language], layoutMessages['budget.linesTotal'][language]];
    const ids = columnRef(spec.name, header(spec, 'id', language));
    b.set(
      table.column('name'),
      totalRow,
      formula(`IF(COUNTA(${ids})=0,${formulaString(none)},${formulaString(total)})`, textResult(planLines.length === 0 ? none : total)),
      totalStyle,
    );
    for (const year of lineYears) {
      const amounts = planLines.flatMap((line) => amountIn(line, year) ?? []);
      const lineTotal = amounts.reduce((sum, amount) => sum.plus(amount), ZERO);
      const column = columnRef(spec.name, String(year));
      b.set(table.column(String(year)), totalRow, formula(`IF(COUNT(${column})=0,"",SUM(${column}))`, amounts.length === 0 ? EMPTY_TEXT : numberResult(lineTotal)), {
        ...totalStyle,
        numberFormat: linesMoney,
      });
    }
    return table.lastDataRow;
  };

  const [placeUpper, placeLower] = linesOnTop ? [lines, years] : [years, lines];
  const noLines = (plan.budget.lines ?? []).length === 0;
  const noYears = plan.budget.years.length === 0;
  const [upperEmpty, lowerEmpty] = linesOnTop ? [noLines, noYears] : [noYears, noLines];
  const upper = { top: UPPER_TOP_ROW, header: UPPER_TOP_ROW + 2, last: placeUpper(UPPER_TOP_ROW), empty: upperEmpty };
  const lowerTop = upper.last + 2;
  const lower = { top: lowerTop, header: lowerTop + 2, last: placeLower(lowerTop), empty: lowerEmpty };
  b.fitRowHeights(upper.header, lower.last);
  return b.build(budgetPrint(b, plan, language, upper, lower), { protected: false });
}

/**
 * One width per column for both tables: the wider of the two tables' wants,
 * and the years' note whatever keeps the sheet within LANDSCAPE_PRINT_WIDTH.
 */
function setColumnWidths(b: SheetBuilder, lineYears: number, yearWidth: number): void {
  const years = BUDGET_YEARS_TABLE.columns.map((c) => YEARS_WIDTHS[c.key] ?? c.width);
  const lines = [...BUDGET_LINES_TABLE.columns.map((c) => LINES_WIDTHS[c.key] ?? c.width), ...new Array<number>(lineYears).fill(yearWidth)];
  const widths = Array.from({ length: Math.max(years.length, lines.length) }, (_, i) => Math.max(years[i] ?? 0, lines[i] ?? 0));
  const note = BUDGET_YEARS_TABLE.columns.findIndex((c) => c.key === 'note');
  const others = widths.reduce((sum, width, i) => (i === note ? sum : sum + width), 0);
  const left = Math.min(YEARS_NOTE_WIDTH.max, Math.max(YEARS_NOTE_WIDTH.min, LANDSCAPE_PRINT_WIDTH - others));
  widths[note] = Math.max(widths[note] ?? 0, left);
  widths.forEach((width, i) => b.width(i + 1, width));
}

/** Where a table stands: its title row, header row and last data row, and whether it has no rows (then it is not printed). */
interface TableRows {
  top: number;
  header: number;
  last: number;
  empty: boolean;
}

/**
 * Landscape A4 without a fixed title row, since the two tables have different
 * headers. Following the rows onto the estimated pages (page-flow.ts), it
 * starts a new page before the lower table when its title, header and first
 * row would otherwise be split, moves a break up so that no page holds fewer
 * than MIN_ROWS_ON_A_PAGE rows of a table on their own, and repeats the
 * header of the table that runs on from one page to the next (the lower
 * one's, if both do). An empty table's header and blank row take no room:
 * the export leaves them out, and its title and "none" line print instead.
 */
function budgetPrint(b: SheetBuilder, plan: Plan, language: Language, upper: TableRows, lower: TableRows): PrintLayout {
  const print = printSetup(plan, { orientation: 'landscape', pageLabel: layoutMessages['print.pageLabel'][language] });
  const leftOut = (row: number): boolean => [upper, lower].some((t) => t.empty && row >= t.header && row <= t.last);
  const height = (row: number): number => (leftOut(row) ? 0 : (b.rowHeight(row) ?? DEFAULT_ROW_HEIGHT));
  const pages = pageHeights(print, b.columnLayouts());
  const moved = new Set<number>();
  for (;;) {
    const flow = new PageFlow(pages, Math.max(height(upper.header), height(lower.header)));
    const breaks: number[] = [];
    let repeated: number | undefined;
    for (let row = 1; row <= lower.last; row += 1) {
      if (moved.has(row)) {
        breaks.push(row - 1);
        flow.breakPage();
      } else if (row === lower.top) {
        const opening = Array.from({ length: lower.header - lower.top + 2 }, (_, i) => height(lower.top + i));
        if (!flow.fits(opening)) {
          breaks.push(row - 1);
          flow.breakPage();
        }
      } else if (!flow.fits([height(row)])) {
        if (row > lower.header) repeated = lower.header;
        else if (row > upper.header && row <= upper.last) repeated ??= upper.header;
      }
      flow.place(height(row), row);
    }
    const orphan = [upper, lower]
      .filter((t) => !t.empty)
      .map((t) => orphanBreak(flow.pageStarts, t.header + 1, t.last))
      .find((row) => row !== null && !moved.has(row));
    if (orphan !== undefined && orphan !== null) {
      moved.add(orphan);
      continue;
    }
    b.rowBreaks.push(...breaks);
    return repeated === undefined ? print : { ...print, printTitleRows: `${repeated}:${repeated}` };
  }
}

/** The year columns of BudgetLines: every year of the budget or of any line, ascending. */
export function budgetLineYears(plan: Plan): number[] {
  const years = new Set<number>(plan.budget.years.map((y) => y.year));
  for (const line of plan.budget.lines ?? []) for (const amount of line.amounts) years.add(amount.year);
  return [...years].sort((a, b) => a - b);
}

/** A line's amount in a year; a second amount for the same year has no cell (the first is written). */
function amountIn(line: BudgetLine, year: number): string | undefined {
  return line.amounts.find((a) => a.year === year)?.amount;
}

function budgetYearFormulas(plan: Plan, language: Language): Record<string, CalculatedColumn> {
  const spec = BUDGET_YEARS_TABLE;
  const h = (key: string): string => header(spec, key, language);
  const row = (key: string): string => thisRowRef(spec.name, h(key));
  const all = (key: string): string => columnRef(spec.name, h(key));
  const total = row('total');
  const municipal = row('municipalFunding');
  const external = row('externalFunding');
  const previousTotal = `SUMIFS(${all('total')},${all('year')},${row('year')}-1)`;
  // Counts only numeric totals: a total typed as text must not pass for a previous year's figure.
  const hasPrevious = `SUMPRODUCT((${all('year')}=${row('year')}-1)*ISNUMBER(${all('total')}))`;
  // What they give in each data row (a table without years has one empty row: every figure blank).
  const years = plan.budget.years;
  const figure = (value: string | undefined): Decimal | null => (value === undefined ? null : new Decimal(value));
  const at = (index: number) => {
    const entry = years[index];
    const year = entry?.year ?? 0;
    const before = years.filter((y) => y.year === year - 1 && y.total !== undefined);
    const totalValue = figure(entry?.total);
    const change = totalValue === null || before.length === 0 ? null : totalValue.minus(before.reduce((sum, y) => sum.plus(y.total ?? 0), ZERO)).toDecimalPlaces(2, Decimal.ROUND_HALF_UP);
    return {
      total: totalValue,
      municipal: figure(entry?.municipalFunding),
      external: figure(entry?.externalFunding),
      previousTotal: before.reduce((sum, y) => sum.plus(y.total ?? 0), ZERO),
      change,
    };
  };
  return {
    // Rounded to the cent: binary floats would leave a check of 0 as -1E-10.
    balance: {
      formula: () => `IF(OR(${total}="",${municipal}="",${external}=""),"",ROUND(${total}-${municipal}-${external},2))`,
      result: (index) => {
        const f = at(index);
        return f.total === null || f.municipal === null || f.external === null
          ? EMPTY_TEXT
          : numberResult(f.total.minus(f.municipal).minus(f.external).toDecimalPlaces(2, Decimal.ROUND_HALF_UP));
      },
    },
    municipalShare: {
      formula: () => `IF(OR(${total}="",${municipal}="",${total}=0),"",${municipal}/${total})`,
      result: (index) => {
        const f = at(index);
        return f.total === null || f.municipal === null || f.total.isZero() ? EMPTY_TEXT : numberResult(f.municipal.div(f.total));
      },
    },
    totalChange: {
      formula: () => `IF(OR(${total}="",${hasPrevious}=0),"",ROUND(${total}-${previousTotal},2))`,
      result: (index) => {
        const { change } = at(index);
        return change === null ? EMPTY_TEXT : numberResult(change);
      },
    },
    totalChangePercent: {
      formula: () => `IF(OR(${row('totalChange')}="",${previousTotal}=0),"",${row('totalChange')}/${previousTotal})`,
      result: (index) => {
        const f = at(index);
        return f.change === null || f.previousTotal.isZero() ? EMPTY_TEXT : numberResult(f.change.div(f.previousTotal));
      },
    },
  };
}
