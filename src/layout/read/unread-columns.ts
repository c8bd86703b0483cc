import type { Language } from '../../model/plan';
import { address } from '../a1';
import type { SheetGrid } from '../sheet-grid';
import { BUDGET_LINES_TABLE, EDITABLE_TABLES } from '../schema/tables';
import { isBlankCell } from './cell-values';
import { cellAt } from './grid-tables';
import { yearHeader } from './read-budget';
import { ReadContext } from './read-context';
import { tableRows, type TableRows } from './table-rows';

/** A column someone added to an editable table, with values in it. */
export interface UnreadColumn {
  table: string;
  header: string;
  /** The column's header cell. */
  sheet: string;
  cell: string;
}

/**
 * Columns added to the editable tables that hold values the plan has no
 * place for. The reader leaves them out of the plan by design, and the
 * live workbook keeps them; but a rebuild writes the tables from the plan
 * and would drop them. A column with a header alone is not listed (nothing
 * typed under it would be lost), nor are the year columns of BudgetLines,
 * which are read.
 */
export function unreadColumns(grid: SheetGrid, language: Language): UnreadColumn[] {
  // The problems of finding the tables are readPlan's to report; this pass only looks.
  const context = new ReadContext(language);
  const tables = EDITABLE_TABLES.map((spec) => tableRows(grid, spec, context)).filter((t): t is TableRows => t !== null);
  // A table found by its header row can run into a neighbour's columns; those are the neighbour's.
  const inOtherTable = (table: TableRows, column: number): boolean =>
    tables.some(
      (other) =>
        other !== table &&
        other.area.sheet === table.area.sheet &&
        column >= other.area.left &&
        column <= other.area.right &&
        table.area.top >= other.area.top &&
        table.area.top <= other.area.bottom,
    );
  const columns: UnreadColumn[] = [];
  for (const table of tables) {
    for (const { header, column } of table.extra) {
      if (table.spec.name === BUDGET_LINES_TABLE.name && yearHeader(header) !== null) continue;
      if (inOtherTable(table, column)) continue;
      if (table.rows.every((row) => isBlankCell(cellAt(table.area.sheet, column, row)))) continue;
      columns.push({ table: table.spec.name, header, sheet: table.area.sheet.name, cell: address(column, table.area.top) });
    }
  }
  return columns;
}
