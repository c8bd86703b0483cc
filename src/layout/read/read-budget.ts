import type { BudgetLine, BudgetYear } from '../../model/plan';
import { withoutUndefined } from '../schema/plan-metadata';
import { readMoney, YEAR_RANGE } from './cell-values';
import type { ReadContext } from './read-context';
import { readRows, type KnownIds, type TableRows } from './table-rows';

export function readBudgetYears(context: ReadContext, table: TableRows | null): BudgetYear[] {
  return readRows(context, table, (row) =>
    withoutUndefined({
      year: row.year('year') as number,
      kind: row.enum('kind', 'budgetYearKind') as BudgetYear['kind'],
      total: row.money('total'),
      municipalFunding: row.money('municipalFunding'),
      externalFunding: row.money('externalFunding'),
      note: row.note(),
    }),
  ).map((r) => r.value);
}

/**
 * Budget lines with their amounts from the year columns: every column headed
 * by a year (other extra columns are ignored). Amounts come in year order, the
 * order the layout writes its columns in. Undefined when there are no lines.
 */
export function readBudgetLines(context: ReadContext, table: TableRows | null, sectionIds: KnownIds | null): BudgetLine[] | undefined {
  if (!table) return undefined;
  const yearColumns = table.extra
    .map((c) => ({ ...c, year: yearHeader(c.header) }))
    .filter((c): c is { header: string; column: number; year: number } => c.year !== null)
    .sort((a, b) => a.year - b.year);
  const lines = readRows(context, table, (row) => {
    const amounts = yearColumns.flatMap(({ column, header, year }) => {
      const amount = row.extra(column, header, readMoney);
      return amount === undefined ? [] : [{ year, amount }];
    });
    return withoutUndefined({
      id: row.id('id') as string,
      name: row.requiredText('name'),
      sectionId: row.reference('section', sectionIds, 'dangling.section', false),
      amounts,
      note: row.note(),
    });
  }).map((r) => r.value);
  return lines.length > 0 ? lines : undefined;
}

/** The year a BudgetLines column header names, or null when it is not a year column. */
export function yearHeader(header: string): number | null {
  const match = /^\s*(\d{4})\s*$/.exec(header);
  if (!match) return null;
  const year = Number(match[1]);
  return year >= YEAR_RANGE.minimum && year <= YEAR_RANGE.maximum ? year : null;
}
