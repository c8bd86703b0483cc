import { address, parseAddress, parseRange, rangeAddress } from '../../src/layout/a1';
import { gridFromLayout } from '../../src/layout/layout-grid';
import type { GridCell, GridSheet, GridTable, SheetGrid } from '../../src/layout/sheet-grid';

export { gridFromLayout };

type Value = GridCell['value'];

function clone(grid: SheetGrid): SheetGrid {
  return JSON.parse(JSON.stringify(grid)) as SheetGrid;
}

function sheetOf(grid: SheetGrid, name: string): GridSheet {
  const sheet = grid.sheets.find((s) => s.name === name);
  if (!sheet) throw new Error(`no sheet ${name}`);
  return sheet;
}

export interface LocatedGridTable {
  sheet: GridSheet;
  table: GridTable;
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export function locateTable(grid: SheetGrid, name: string): LocatedGridTable {
  for (const sheet of grid.sheets) {
    const table = sheet.tables.find((t) => t.name === name);
    if (!table) continue;
    const range = parseRange(table.ref)!;
    return { sheet, table, top: range.from.row, left: range.from.column, bottom: range.to.row, right: range.to.column };
  }
  throw new Error(`no table ${name}`);
}

/** The address of a table's data cell: `index` counts data rows from 0. */
export function tableCell(grid: SheetGrid, table: string, header: string, index: number): { sheet: string; cell: string } {
  const t = locateTable(grid, table);
  const i = t.table.columns.indexOf(header);
  if (i < 0) throw new Error(`table ${table} has no column ${header}`);
  return { sheet: t.sheet.name, cell: address(t.left + i, t.top + 1 + index) };
}

export function setCell(grid: SheetGrid, sheet: string, ref: string, value: Value | GridCell): SheetGrid {
  const next = clone(grid);
  const cell: GridCell = value !== null && typeof value === 'object' ? value : { value };
  sheetOf(next, sheet).cells[ref] = cell;
  return next;
}

export function clearCell(grid: SheetGrid, sheet: string, ref: string): SheetGrid {
  const next = clone(grid);
  delete sheetOf(next, sheet).cells[ref];
  return next;
}

/** Types a value into a table's data cell (by header), replacing whatever was there. */
export function setTableCell(grid: SheetGrid, table: string, header: string, index: number, value: Value): SheetGrid {
  const { sheet, cell } = tableCell(grid, table, header, index);
  return value === null ? clearCell(grid, sheet, cell) : setCell(grid, sheet, cell, value);
}

/** Moves the cells in columns left..right whose row is ≥ fromRow by `by` rows (negative: up). */
function shiftRows(sheet: GridSheet, left: number, right: number, fromRow: number, by: number): void {
  const moved: Record<string, GridCell> = {};
  for (const [ref, cell] of Object.entries(sheet.cells)) {
    const p = parseAddress(ref)!;
    if (p.column >= left && p.column <= right && p.row >= fromRow) {
      delete sheet.cells[ref];
      moved[address(p.column, p.row + by)] = cell;
    }
  }
  Object.assign(sheet.cells, moved);
}

function shiftTablesBelow(sheet: GridSheet, except: string, left: number, right: number, fromRow: number, by: number): void {
  for (const table of sheet.tables) {
    if (table.name === except) continue;
    const r = parseRange(table.ref)!;
    if (r.from.column >= left && r.to.column <= right && r.from.row >= fromRow) {
      table.ref = rangeAddress(r.from.column, r.from.row + by, r.to.column, r.to.row + by);
    }
  }
}

/** The calculated columns' formulas, taken from the first data row that has one in each column. */
function calculatedFormulas(t: LocatedGridTable): Map<number, string> {
  const formulas = new Map<number, string>();
  for (let column = t.left; column <= t.right; column += 1) {
    for (let row = t.top + 1; row <= t.bottom; row += 1) {
      const formula = t.sheet.cells[address(column, row)]?.formula;
      if (formula !== undefined) {
        formulas.set(column, formula);
        break;
      }
    }
  }
  return formulas;
}

function writeRow(t: LocatedGridTable, row: number, values: Record<string, Value>, formulas: Map<number, string>): void {
  for (const [column, formula] of formulas) t.sheet.cells[address(column, row)] = { value: null, formula };
  for (const [header, value] of Object.entries(values)) {
    const i = t.table.columns.indexOf(header);
    if (i < 0) throw new Error(`table ${t.table.name} has no column ${header}`);
    if (value === null) delete t.sheet.cells[address(t.left + i, row)];
    else t.sheet.cells[address(t.left + i, row)] = { value };
  }
}

/**
 * "Insert table row above" at data row `index` (or at the end): cells below
 * in the table's columns move down, calculated columns fill the new row.
 */
export function insertTableRow(grid: SheetGrid, table: string, index: number, values: Record<string, Value> = {}): SheetGrid {
  const next = clone(grid);
  const t = locateTable(next, table);
  const formulas = calculatedFormulas(t);
  const row = t.top + 1 + index;
  shiftRows(t.sheet, t.left, t.right, row, 1);
  shiftTablesBelow(t.sheet, table, t.left, t.right, row, 1);
  t.table.ref = rangeAddress(t.left, t.top, t.right, t.bottom + 1);
  writeRow(t, row, values, formulas);
  return next;
}

/** Typing into the row just below a table: the table grows by that row (nothing moves). */
export function appendTableRow(grid: SheetGrid, table: string, values: Record<string, Value>): SheetGrid {
  const next = clone(grid);
  const t = locateTable(next, table);
  const formulas = calculatedFormulas(t);
  t.table.ref = rangeAddress(t.left, t.top, t.right, t.bottom + 1);
  writeRow(t, t.bottom + 1, values, formulas);
  return next;
}

/** "Delete table row" of data row `index`: cells below in the table's columns move up. */
export function deleteTableRow(grid: SheetGrid, table: string, index: number): SheetGrid {
  const next = clone(grid);
  const t = locateTable(next, table);
  const row = t.top + 1 + index;
  for (let column = t.left; column <= t.right; column += 1) delete t.sheet.cells[address(column, row)];
  shiftRows(t.sheet, t.left, t.right, row + 1, -1);
  shiftTablesBelow(t.sheet, table, t.left, t.right, row + 1, -1);
  t.table.ref = rangeAddress(t.left, t.top, t.right, Math.max(t.bottom - 1, t.top + 1));
  return next;
}

/** Sorts a table's data rows: `order[i]` is the old index of the row that ends up at index i. */
export function reorderTableRows(grid: SheetGrid, table: string, order: readonly number[]): SheetGrid {
  const next = clone(grid);
  const t = locateTable(next, table);
  const rows = order.map((old) => {
    const cells: Array<GridCell | undefined> = [];
    for (let column = t.left; column <= t.right; column += 1) cells.push(t.sheet.cells[address(column, t.top + 1 + old)]);
    return cells;
  });
  rows.forEach((cells, i) => {
    cells.forEach((cell, c) => {
      const ref = address(t.left + c, t.top + 1 + i);
      if (cell) t.sheet.cells[ref] = cell;
      else delete t.sheet.cells[ref];
    });
  });
  return next;
}

/** Types a new header over a column's header cell. */
export function renameTableColumn(grid: SheetGrid, table: string, from: string, to: string): SheetGrid {
  const next = clone(grid);
  const t = locateTable(next, table);
  const i = t.table.columns.indexOf(from);
  if (i < 0) throw new Error(`table ${table} has no column ${from}`);
  t.table.columns[i] = to;
  t.sheet.cells[address(t.left + i, t.top)] = { value: to };
  return next;
}

/** Drags a column (header and data) to position `to` within its table. */
export function moveTableColumn(grid: SheetGrid, table: string, header: string, to: number): SheetGrid {
  const next = clone(grid);
  const t = locateTable(next, table);
  const from = t.table.columns.indexOf(header);
  if (from < 0) throw new Error(`table ${table} has no column ${header}`);
  const columns: Array<Array<GridCell | undefined>> = [];
  for (let c = 0; c <= t.right - t.left; c += 1) {
    const cells: Array<GridCell | undefined> = [];
    for (let row = t.top; row <= t.bottom; row += 1) cells.push(t.sheet.cells[address(t.left + c, row)]);
    columns.push(cells);
  }
  const [moved] = columns.splice(from, 1);
  columns.splice(to, 0, moved!);
  const [name] = t.table.columns.splice(from, 1);
  t.table.columns.splice(to, 0, name!);
  columns.forEach((cells, c) =>
    cells.forEach((cell, r) => {
      const ref = address(t.left + c, t.top + r);
      if (cell) t.sheet.cells[ref] = cell;
      else delete t.sheet.cells[ref];
    }),
  );
  return next;
}

/** Adds a column at the table's right edge, with a value per data row (missing ones empty). */
export function addTableColumn(grid: SheetGrid, table: string, header: string, values: Value[] = []): SheetGrid {
  const next = clone(grid);
  const t = locateTable(next, table);
  const column = t.right + 1;
  t.sheet.cells[address(column, t.top)] = { value: header };
  values.forEach((value, i) => {
    if (value !== null) t.sheet.cells[address(column, t.top + 1 + i)] = { value };
  });
  t.table.columns.push(header);
  t.table.ref = rangeAddress(t.left, t.top, column, t.bottom);
  return next;
}

/** Table Design → Convert to Range: the cells stay, the ListObject goes. */
export function convertTableToRange(grid: SheetGrid, table: string): SheetGrid {
  const next = clone(grid);
  const t = locateTable(next, table);
  t.sheet.tables = t.sheet.tables.filter((x) => x.name !== table);
  return next;
}

/** Deletes a table with all its cells. */
export function deleteTable(grid: SheetGrid, table: string): SheetGrid {
  const next = clone(grid);
  const t = locateTable(next, table);
  for (let column = t.left; column <= t.right; column += 1) {
    for (let row = t.top; row <= t.bottom; row += 1) delete t.sheet.cells[address(column, row)];
  }
  t.sheet.tables = t.sheet.tables.filter((x) => x.name !== table);
  return next;
}

export function deleteSheet(grid: SheetGrid, name: string): SheetGrid {
  sheetOf(grid, name);
  return { sheets: clone(grid).sheets.filter((s) => s.name !== name) };
}

export function renameSheet(grid: SheetGrid, from: string, to: string): SheetGrid {
  const next = clone(grid);
  sheetOf(next, from).name = to;
  return next;
}

/** Inserts whole sheet rows above `row` (everything below moves down, tables too). */
export function insertSheetRows(grid: SheetGrid, sheet: string, row: number, count: number): SheetGrid {
  const next = clone(grid);
  const s = sheetOf(next, sheet);
  shiftRows(s, 1, 16384, row, count);
  for (const table of s.tables) {
    const r = parseRange(table.ref)!;
    if (r.from.row >= row) table.ref = rangeAddress(r.from.column, r.from.row + count, r.to.column, r.to.row + count);
  }
  return next;
}
