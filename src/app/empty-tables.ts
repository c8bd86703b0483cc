import { address, parseRange } from '../layout/a1';
import type { SheetGrid } from '../layout/sheet-grid';
import { TABLES_WITH_NONE_LINE } from '../layout/sheets/budget-sheet';

/** Rows of one sheet to leave out of a printed copy. */
export interface RowsLeftOut {
  sheet: string;
  rows: number[];
}

/**
 * The rows of every empty table on the sheets to be printed: its header and
 * its data rows. A table is empty when no data cell holds anything typed
 * (derived cells, which hold formulas, do not count). Printed, an empty table
 * is only a header over a blank row, so it is left out of the printed copy;
 * the line above it (the layout's "nothing to show" line) says why. Only
 * the tables the layout gives such a line are left out.
 */
export function emptyTableRows(grid: SheetGrid, sheets: readonly string[], tables: readonly string[] = TABLES_WITH_NONE_LINE): RowsLeftOut[] {
  const result: RowsLeftOut[] = [];
  for (const sheet of grid.sheets.filter((s) => sheets.includes(s.name))) {
    const rows = new Set<number>();
    for (const table of sheet.tables.filter((t) => tables.includes(t.name))) {
      const range = parseRange(table.ref);
      if (!range) continue;
      let empty = true;
      for (let row = range.from.row + 1; row <= range.to.row && empty; row += 1) {
        for (let column = range.from.column; column <= range.to.column && empty; column += 1) {
          const cell = sheet.cells[address(column, row)];
          if (cell && cell.formula === undefined && cell.value !== null && cell.value !== '') empty = false;
        }
      }
      if (empty) for (let row = range.from.row; row <= range.to.row; row += 1) rows.add(row);
    }
    if (rows.size > 0) result.push({ sheet: sheet.name, rows: [...rows].sort((a, b) => a - b) });
  }
  return result;
}

