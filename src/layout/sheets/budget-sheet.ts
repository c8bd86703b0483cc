import type { BudgetLine, Language, Plan } from '../../model/plan';
import { layoutMessages } from '../layout.messages';
import { formula, SheetBuilder, text } from '../sheet-builder';
import { columnRef, thisRowRef } from '../structured-ref';
import { COLOURS, FORMATS, STYLES } from '../styles';
import { BUDGET_LINES_TABLE, BUDGET_YEARS_TABLE, SECTIONS_TABLE } from '../tables';
import type { SheetLayout } from '../workbook-layout';
import {
  columnStyles,
  enumCell,
  enumValidation,
  header,
  HEADER_STYLE,
  moneyCell,
  moneyFormat,
  referenceValidation,
  sheetName,
  tablePrint,
  tableRow,
  textCell,
  TITLE_ROW,
} from './sheet-common';

/**
 * Talousarvio: BudgetYears (total and funding per year, with derived check,
 * municipal share and change from the year before) and, beside it,
 * BudgetLines (one amount column per year, headed by the year).
 *
 * The two tables stand side by side, not one above the other: inserting a
 * table row shifts cells down in the table's own columns only, and Excel
 * refuses the insert when that would cut through another table below.
 * Side by side they also share one frozen header row.
 *
 * The change columns look the previous year up by year (SUMIFS on Year - 1),
 * so reordering rows never breaks them, and show blank, not 0, when a figure
 * is missing.
 */

const SUBTITLE_ROW = 2;
const LINES_TOTAL_ROW = 3;
export const BUDGET_HEADER_ROW = 4;

export function budgetSheet(plan: Plan, language: Language = plan.language): SheetLayout {
  const b = new SheetBuilder('budget', sheetName('budget', language), 'editable');
  b.set(1, TITLE_ROW, text(layoutMessages['budget.title'][language]), STYLES.title);

  const years = BUDGET_YEARS_TABLE;
  const yearsMoney = moneyFormat(plan.budget.years.flatMap((y) => [y.total, y.municipalFunding, y.externalFunding]));
  b.set(1, SUBTITLE_ROW, text(layoutMessages['budget.yearsTitle'][language]), STYLES.subtitle);
  const yearRows = plan.budget.years.map((y) =>
    tableRow(years, {
      year: { kind: 'number', value: String(y.year) },
      kind: enumCell('budgetYearKind', y.kind, language),
      total: moneyCell(y.total),
      municipalFunding: moneyCell(y.municipalFunding),
      externalFunding: moneyCell(y.externalFunding),
      note: textCell(y.note),
    }),
  );
  const yearStyles = columnStyles(years, yearsMoney);
  yearStyles.municipalShare = { ...yearStyles.municipalShare, numberFormat: FORMATS.percent1 };
  yearStyles.totalChangePercent = { ...yearStyles.totalChangePercent, numberFormat: FORMATS.percent1 };
  const yearsTable = b.table(years, language, { column: 1, row: BUDGET_HEADER_ROW }, yearRows, {
    headerStyle: HEADER_STYLE,
    styles: yearStyles,
    formulas: budgetYearFormulas(language),
  });
  b.dataValidations.push(enumValidation(yearsTable.dataRange('kind'), 'budgetYearKind', language, false));

  const lines = BUDGET_LINES_TABLE;
  const lineYears = budgetLineYears(plan);
  const linesOrigin = { column: years.columns.length + 2, row: BUDGET_HEADER_ROW };
  const linesMoney = moneyFormat((plan.budget.lines ?? []).flatMap((l) => l.amounts.map((a) => a.amount)));
  b.set(linesOrigin.column, SUBTITLE_ROW, text(layoutMessages['budget.linesTitle'][language]), STYLES.subtitle);
  const lineRows = (plan.budget.lines ?? []).map((line) => [
    ...tableRow(lines, {
      id: textCell(line.id),
      name: textCell(line.name),
      section: textCell(line.sectionId),
      note: textCell(line.note),
    }),
    ...lineYears.map((year) => moneyCell(amountIn(line, year))),
  ]);
  const lineStyles = columnStyles(lines, linesMoney);
  for (const year of lineYears) lineStyles[String(year)] = { numberFormat: linesMoney };
  const linesTable = b.table(lines, language, linesOrigin, lineRows, {
    headerStyle: HEADER_STYLE,
    styles: lineStyles,
    extraColumns: lineYears.map((year) => ({ name: String(year), width: 14 })),
  });
  b.dataValidations.push(referenceValidation(linesTable.dataRange('section'), SECTIONS_TABLE, language, true));

  const totalStyle = { bold: true, fill: COLOURS.derivedFill, border: { bottom: 'thin' as const } };
  if (lineYears.length > 0) {
    b.set(linesTable.column('name'), LINES_TOTAL_ROW, text(layoutMessages['budget.linesTotal'][language]), totalStyle);
  }
  for (const year of lineYears) {
    b.set(linesTable.column(String(year)), LINES_TOTAL_ROW, formula(`SUM(${columnRef(lines.name, String(year))})`), {
      ...totalStyle,
      numberFormat: linesMoney,
    });
  }

  b.freeze = { rows: BUDGET_HEADER_ROW, columns: 0 };
  return b.build(tablePrint(plan, language, BUDGET_HEADER_ROW, 'landscape'), { protected: false });
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

function budgetYearFormulas(language: Language): Record<string, () => string> {
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
  return {
    // Rounded to the cent: binary floats would leave a check of 0 as -1E-10.
    balance: () => `IF(OR(${total}="",${municipal}="",${external}=""),"",ROUND(${total}-${municipal}-${external},2))`,
    municipalShare: () => `IF(OR(${total}="",${municipal}="",${total}=0),"",${municipal}/${total})`,
    totalChange: () => `IF(OR(${total}="",${hasPrevious}=0),"",ROUND(${total}-${previousTotal},2))`,
    totalChangePercent: () =>
      `IF(OR(${row('totalChange')}="",${previousTotal}=0),"",${row('totalChange')}/${previousTotal})`,
  };
}
