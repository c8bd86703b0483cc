import type { Finding } from '../../model/finding';
import { address, parseAddress, parseRange, type CellPosition } from '../a1';
import type { GridSheet, SheetGrid } from '../sheet-grid';
import type { SheetLayout, SheetRole, TableLayout, WorkbookLayout } from '../workbook-layout';
import { isBlankCell, normaliseLabel, shownValue } from './cell-values';
import { cellAt, findTableByName, type TableArea } from './grid-tables';
import { ReadContext } from './read-context';
import { WORKBOOK_RULES } from './workbook-rules';

type CellRange = { from: CellPosition; to: CellPosition };

/** A cell the layout fills with a formula. */
export interface ExpectedFormulaCell {
  sheet: string;
  role: SheetRole;
  cell: string;
  formula: string;
  /** For a cell of a table's calculated column: the table and the column's header. */
  table?: { name: string; column: string };
  /**
   * For a cell outside tables on a sheet with tables: the table it moves
   * with and that table's place in the layout. That is the nearest table
   * below it in its column (rows inserted or deleted above move both alike,
   * as the totals row above a table), else a table whose columns hold it,
   * else the sheet's first table.
   */
  anchor?: { table: string; ref: string };
}

/** Every formula cell of a layout, derived sheets included. */
export function expectedFormulaCells(layout: Pick<WorkbookLayout, 'sheets'>): ExpectedFormulaCell[] {
  return layout.sheets.flatMap((sheet) => sheetFormulaCells(sheet));
}

function sheetFormulaCells(sheet: SheetLayout): ExpectedFormulaCell[] {
  const cells: ExpectedFormulaCell[] = [];
  // Each table's range parsed once for the sheet, not once per cell.
  const tables = sheet.tables.flatMap((table) => {
    const range = parseRange(table.ref);
    return range ? [{ table, range }] : [];
  });
  const byTop = [...tables].sort((a, b) => a.range.from.row - b.range.from.row);
  const spans = (range: CellRange, column: number): boolean => column >= range.from.column && column <= range.to.column;
  for (const cell of sheet.cells) {
    if (cell.value.kind !== 'formula') continue;
    const position = parseAddress(cell.ref);
    if (!position) continue;
    const base = { sheet: sheet.name, role: sheet.role, cell: cell.ref, formula: cell.value.formula };
    const inTable = tables.find(({ range }) => spans(range, position.column) && position.row >= range.from.row && position.row <= range.to.row);
    if (inTable) {
      const column = inTable.table.columns[position.column - inTable.range.from.column];
      if (column && position.row > inTable.range.from.row) {
        cells.push({ ...base, table: { name: inTable.table.name, column: column.name } });
        continue;
      }
    }
    // The table whose header is the nearest below the cell, in the cell's column.
    const below = byTop.find(({ range }) => spans(range, position.column) && range.from.row > position.row);
    const anchor = below?.table ?? tables.find(({ range }) => spans(range, position.column))?.table ?? sheet.tables[0];
    cells.push(anchor ? { ...base, anchor: { table: anchor.name, ref: anchor.ref } } : base);
  }
  return cells;
}

/**
 * Formula cells of `layout` that hold a constant, or nothing, in the
 * workbook. A table's calculated column is checked on every non-blank row
 * the table has in the workbook, wherever the table now stands; a cell
 * outside tables is looked for where its anchor table's move has taken it.
 * Sheets and tables that are missing are reported elsewhere, not here.
 */
export function overwrittenFormulas(grid: SheetGrid, layout: Pick<WorkbookLayout, 'sheets' | 'language'>): Finding[] {
  const context = new ReadContext(layout.language);
  const expected = expectedFormulaCells(layout);
  const place = workbookPlaces(grid);
  const checkedColumns = new Set<string>();
  for (const item of expected) {
    if (item.table) {
      const key = `${item.table.name}\u0000${item.table.column}`;
      if (checkedColumns.has(key)) continue;
      checkedColumns.add(key);
      const layoutTable = tableOf(layout, item.sheet, item.table.name);
      if (layoutTable) checkColumn(context, grid, layoutTable, item.table.column, item.formula);
      continue;
    }
    const target = place(item);
    if (target) checkCell(context, target.sheet, target.cell, item.formula, null);
  }
  return context.findings;
}

/**
 * The same check on the sheets PlanSheets makes anew (Yhteenveto, the
 * derived part of Kuntaosuudet), against the layout of the plan just read.
 * Their shape follows the plan (a pool more, a year more moves everything),
 * so a sheet is checked only while it still has the shape of that layout:
 * when more than a few of its formula cells are not formulas, the plan has
 * changed under it, the rebuild will redraw it whole, and a report would
 * only list cells that moved.
 */
export function overwrittenDerivedFormulas(grid: SheetGrid, layout: Pick<WorkbookLayout, 'sheets' | 'language'>): Finding[] {
  const findings: Finding[] = [];
  const place = workbookPlaces(grid);
  for (const sheet of layout.sheets) {
    const cells = sheetFormulaCells(sheet).filter((item) => !item.table);
    const placed = cells.map((item) => ({ item, target: place(item) }));
    const context = new ReadContext(layout.language);
    // A reference broken where the cell stands is reported whatever the sheet's shape: it shows an error now.
    for (const { item, target } of placed) if (target && isBroken(target.sheet.cells[target.cell]?.formula)) checkCell(context, target.sheet, target.cell, item.formula, null);
    const notFormulas = placed.filter(({ target }) => target !== null && target.sheet.cells[target.cell]?.formula === undefined);
    if (notFormulas.length > 0 && notFormulas.length <= Math.max(3, Math.floor(cells.length * 0.02))) {
      for (const { item, target } of notFormulas) if (target) checkCell(context, target.sheet, target.cell, item.formula, null);
    }
    findings.push(...context.findings);
  }
  return findings;
}

function checkColumn(context: ReadContext, grid: SheetGrid, layoutTable: TableLayout, header: string, formula: string): void {
  const area = findTableByName(grid, layoutTable.name);
  if (!area) return;
  const column = columnOf(area, header);
  if (column === undefined) return;
  // Blank rows are skipped, as the reader skips them: the columns people fill are all empty.
  const inputColumns = layoutTable.columns
    .filter((c) => c.formula === undefined)
    .map((c) => columnOf(area, c.name))
    .filter((c): c is number => c !== undefined);
  for (let row = area.top + 1; row <= area.bottom; row += 1) {
    if (inputColumns.every((c) => isBlankCell(cellAt(area.sheet, c, row)))) continue;
    checkCell(context, area.sheet, address(column, row), formula, area.headers[column - area.left] ?? header);
  }
}

function checkCell(context: ReadContext, sheet: GridSheet, cell: string, formula: string, column: string | null): void {
  const found = sheet.cells[cell];
  const outcome = { key: 'outcome.formula-restore' as const, params: { formula } };
  if (found?.formula !== undefined) {
    if (isBroken(found.formula)) context.report(WORKBOOK_RULES.formulaBroken, 'formula-broken', { found: found.formula }, sheet.name, cell, outcome);
    return;
  }
  const empty = isBlankCell(found);
  const key = empty ? (column === null ? 'formula-cleared.cell' : 'formula-cleared') : column === null ? 'formula-overwritten.cell' : 'formula-overwritten';
  context.report(WORKBOOK_RULES.formulaOverwritten, key, { column: column ?? '', value: shownValue(found) }, sheet.name, cell, outcome);
}

/** A formula whose reference was deleted: Excel writes #REF! where the reference stood. */
function isBroken(formula: string | undefined): boolean {
  return formula !== undefined && formula.toUpperCase().includes('#REF!');
}

/**
 * Where an expected cell stands in the workbook: at its own address on its
 * sheet, or moved as its anchor table moved. Sheets and tables are looked up
 * once per name, since every formula cell of a sheet asks for the same few.
 */
function workbookPlaces(grid: SheetGrid): (item: ExpectedFormulaCell) => { sheet: GridSheet; cell: string } | null {
  const sheets = new Map<string, GridSheet | undefined>();
  const areas = new Map<string, TableArea | undefined>();
  const plannedRanges = new Map<string, CellRange | null>();
  const memo = <K, V>(cache: Map<K, V>, key: K, make: () => V): V => {
    if (!cache.has(key)) cache.set(key, make());
    return cache.get(key) as V;
  };
  return (item) => {
    const position = parseAddress(item.cell)!;
    if (!item.anchor) {
      const sheet = memo(sheets, item.sheet, () => grid.sheets.find((s) => normaliseLabel(s.name) === normaliseLabel(item.sheet)));
      return sheet ? { sheet, cell: item.cell } : null;
    }
    const anchor = item.anchor;
    const area = memo(areas, anchor.table, () => findTableByName(grid, anchor.table));
    const planned = memo(plannedRanges, anchor.ref, () => parseRange(anchor.ref));
    if (!area || !planned) return null;
    const column = position.column + (area.left - planned.from.column);
    const row = position.row + (area.top - planned.from.row);
    // A cell over a column the table has in the layout but not in the workbook (a year the plan
    // read has gained) never existed there: nothing was typed over it.
    const overColumn = position.column >= planned.from.column && position.column <= planned.to.column;
    if (overColumn && (column < area.left || column > area.right)) return null;
    return column >= 1 && row >= 1 ? { sheet: area.sheet, cell: address(column, row) } : null;
  };
}

function tableOf(layout: Pick<WorkbookLayout, 'sheets'>, sheet: string, name: string): TableLayout | undefined {
  return layout.sheets.find((s) => s.name === sheet)?.tables.find((t) => t.name === name);
}

function columnOf(area: TableArea, header: string): number | undefined {
  const i = area.headers.findIndex((h) => normaliseLabel(h) === normaliseLabel(header));
  return i < 0 ? undefined : area.left + i;
}

