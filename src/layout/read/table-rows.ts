import { address } from '../a1';
import type { GridCell, SheetGrid } from '../sheet-grid';
import { EDITABLE_TABLES, ENUM_LABELS, SHEET_NAMES, type ColumnSpec, type EnumName, type TableSpec } from '../schema/tables';
import {
  isBlankCell,
  normaliseLabel,
  readDate,
  readDecimal,
  readEnum,
  readId,
  readInteger,
  readMoney,
  readText,
  readYear,
  fullValue,
  type CellRead,
} from './cell-values';
import { cellAt, findSheet, findTableByHeaders, findTableByName, type TableArea } from './grid-tables';
import type { Outcome, ReadContext } from './read-context';
import type { ReadMessageKey } from './read.messages';
import { rowKey, rowKeyColumns } from '../schema/placement';
import { WORKBOOK_RULES } from './workbook-rules';

/** One editable table as found in the workbook: its place, its columns by key, its non-blank rows. */
export interface TableRows {
  spec: TableSpec;
  area: TableArea;
  /** Sheet column of each spec column found, by key. */
  columns: Map<string, number>;
  /** Header text (as in the workbook) of each column found, by key. */
  headers: Map<string, string>;
  /** Columns whose header is not in the spec: header and sheet column. */
  extra: Array<{ header: string; column: number }>;
  /** Non-blank data rows in sheet order (1-based sheet row numbers). */
  rows: number[];
}

/**
 * Finds a table (by name, else by its header row on its sheet), maps its
 * columns by header in either language, and lists its non-blank rows. Null,
 * with a finding, when the table or one of its required columns is missing.
 */
export function tableRows(grid: SheetGrid, spec: TableSpec, context: ReadContext): TableRows | null {
  const language = context.language;
  let area = findTableByName(grid, spec.name);
  if (!area) {
    const sheet = findSheet(grid, spec.role);
    const sheetName = sheet?.name ?? SHEET_NAMES[spec.role][language];
    if (!sheet) {
      if (!context.missingSheets.has(sheetName)) {
        context.missingSheets.add(sheetName);
        const tables = EDITABLE_TABLES.filter((t) => t.role === spec.role).map((t) => t.name);
        context.report(WORKBOOK_RULES.sheetMissing, 'sheet-missing', { table: tables.join(', ') }, sheetName, 'A1', {
          key: 'outcome.plan-unread',
        });
      }
      context.complete = false;
      return null;
    }
    area = findTableByHeaders(sheet, spec);
    if (!area) {
      context.report(WORKBOOK_RULES.tableMissing, 'table-missing', { table: spec.name }, sheetName, 'A1', {
        key: 'outcome.plan-unread',
      });
      context.complete = false;
      return null;
    }
    context.report(WORKBOOK_RULES.tableByHeader, 'table-by-header', { table: spec.name }, area.sheet.name, address(area.left, area.top), {
      key: 'outcome.read-as-range',
    });
  }

  const columns = new Map<string, number>();
  const headers = new Map<string, string>();
  const byHeader = new Map<string, number>();
  area.headers.forEach((h, i) => {
    const key = normaliseLabel(h);
    if (!byHeader.has(key)) byHeader.set(key, area.left + i);
  });
  let usable = true;
  for (const column of spec.columns) {
    const found = [column.header[language], column.header.fi, column.header.en]
      .map((name) => byHeader.get(normaliseLabel(name)))
      .find((c) => c !== undefined);
    if (found !== undefined) {
      columns.set(column.key, found);
      headers.set(column.key, area.headers[found - area.left] ?? column.header[language]);
      continue;
    }
    const outcome: ReadMessageKey = column.derived
      ? 'outcome.derived-column'
      : column.required
        ? 'outcome.table-unread'
        : 'outcome.column-left-out';
    context.report(
      WORKBOOK_RULES.columnMissing,
      'column-missing',
      { table: spec.name, column: column.header[language] },
      area.sheet.name,
      address(area.left, area.top),
      { key: outcome },
    );
    if (column.required) usable = false;
  }
  if (!usable) {
    context.complete = false;
    return null;
  }
  const known = new Set(columns.values());
  const extra = area.headers
    .map((header, i) => ({ header, column: area.left + i }))
    .filter((c) => !known.has(c.column));

  // A row is blank when every column people fill is empty (derived formulas do not count).
  const inputColumns = [
    ...spec.columns.filter((c) => !c.derived && columns.has(c.key)).map((c) => columns.get(c.key) as number),
    ...extra.map((c) => c.column),
  ];
  const rows: number[] = [];
  for (let row = area.top + 1; row <= area.bottom; row += 1) {
    if (inputColumns.some((column) => !isBlankCell(cellAt(area.sheet, column, row)))) rows.push(row);
  }
  return { spec, area, columns, headers, extra, rows };
}

/**
 * Reads the cells of one table row by column kind, reporting every problem at
 * its cell. A required value that is missing or unreadable makes the row
 * unusable (it is left out of the plan, and the finding says so); an optional
 * one is left out on its own. A required text that is empty is kept as "",
 * since the row is still meaningful (the engine's text rules report it too).
 */
export class RowReader {
  usable = true;

  constructor(
    private readonly context: ReadContext,
    readonly table: TableRows,
    readonly row: number,
  ) {}

  get sheet(): string {
    return this.table.area.sheet.name;
  }

  cell(key: string): GridCell | undefined {
    const column = this.table.columns.get(key);
    return column === undefined ? undefined : cellAt(this.table.area.sheet, column, this.row);
  }

  /** The cell's address, or the row's first cell when the column is missing. */
  address(key: string): string {
    return address(this.table.columns.get(key) ?? this.table.area.left, this.row);
  }

  id(key: string): string | undefined {
    return this.value(key, readId);
  }

  text(key: string): string | undefined {
    return this.value(key, readText);
  }

  /** A required text: an empty cell is reported and read as "". */
  requiredText(key: string): string {
    const read = readText(this.cell(key));
    if (read.kind === 'ok') return read.value;
    if (read.kind === 'empty') this.problem(key, 'required', {}, { key: 'outcome.empty-text-kept' });
    else this.problem(key, read.key, read.params, { key: 'outcome.empty-text-kept' }, read.rule);
    return '';
  }

  integer(key: string, minimum?: number): number | undefined {
    return this.value(key, (cell) => readInteger(cell, minimum));
  }

  year(key: string): number | undefined {
    return this.value(key, readYear);
  }

  money(key: string): string | undefined {
    return this.value(key, readMoney);
  }

  decimal(key: string): string | undefined {
    return this.value(key, readDecimal);
  }

  date(key: string): string | undefined {
    return this.value(key, readDate);
  }

  enum<E extends EnumName>(key: string, name: E): (keyof (typeof ENUM_LABELS)[E] & string) | undefined {
    return this.value(key, (cell) => readEnum(cell, name, this.context.language));
  }

  /**
   * An id that must be in `known`. A dangling structural reference (the goal
   * of an action, the parent of a sub-action) makes the row unusable; a
   * dangling plain reference (a scope's or a pool's municipality, a budget
   * line's team) is kept, so no data is lost, and reported.
   */
  reference(key: string, known: KnownIds | null, dangling: ReadMessageKey, structural: boolean): string | undefined {
    const id = this.id(key);
    if (id === undefined || known === null || known.usable.has(id)) return id;
    this.reportDangling(key, id, known.inTable.has(id) ? 'dangling.left-out' : dangling, structural);
    return structural ? undefined : id;
  }

  reportDangling(key: string, id: string, dangling: ReadMessageKey, structural: boolean): void {
    this.context.report(
      WORKBOOK_RULES.danglingReference,
      dangling,
      { column: this.header(key), value: id },
      this.sheet,
      this.address(key),
      structural ? this.skip() : { key: 'outcome.value-kept' },
    );
  }

  /** Reports a bad value found while interpreting a cell (e.g. one id of a list); the row stays usable. */
  badValue(key: string, message: ReadMessageKey, params: Record<string, string | number>, outcome: Outcome): void {
    this.context.report(WORKBOOK_RULES.badValue, message, { column: this.header(key), ...params }, this.sheet, this.address(key), outcome);
  }

  /**
   * A cell of a column the spec does not name (a BudgetLines year column),
   * read by `read`; a problem leaves just that value out.
   */
  extra<T>(column: number, header: string, read: (cell: GridCell | undefined) => CellRead<T>): T | undefined {
    const result = read(cellAt(this.table.area.sheet, column, this.row));
    if (result.kind === 'ok') return result.value;
    if (result.kind === 'bad') {
      this.context.report(
        WORKBOOK_RULES[result.rule],
        result.key,
        { column: header, ...result.params },
        this.sheet,
        address(column, this.row),
        { key: 'outcome.value-left-out' },
      );
    }
    return undefined;
  }

  /** Marks the row unusable and gives the outcome sentence saying so. */
  skip(): Outcome {
    this.usable = false;
    return { key: 'outcome.row-skipped', params: { row: this.row } };
  }

  private value<T>(key: string, read: (cell: GridCell | undefined) => CellRead<T>): T | undefined {
    if (!this.table.columns.has(key)) return undefined;
    const spec = this.spec(key);
    const result = read(this.cell(key));
    if (result.kind === 'ok') return result.value;
    if (result.kind === 'empty') {
      if (spec.required) this.problem(key, 'required', {}, this.skip());
      return undefined;
    }
    this.problem(key, result.key, result.params, spec.required ? this.skip() : { key: 'outcome.value-left-out' }, result.rule);
    return undefined;
  }

  private problem(
    key: string,
    message: ReadMessageKey,
    params: Record<string, string | number>,
    outcome: Outcome,
    rule: 'notANumber' | 'badValue' | 'required' = 'required',
  ): void {
    this.context.report(WORKBOOK_RULES[rule], message, { column: this.header(key), ...params }, this.sheet, this.address(key), outcome);
  }

  private header(key: string): string {
    return this.table.headers.get(key) ?? this.spec(key).header[this.context.language];
  }

  private spec(key: string): ColumnSpec {
    const spec = this.table.spec.columns.find((c) => c.key === key);
    if (!spec) throw new Error(`table ${this.table.spec.name} has no column ${key}`);
    return spec;
  }
}

/**
 * The ids a reference may name: those of usable rows, and those of every
 * row in the table (so that a reference to a row that was itself left out
 * says so, rather than that the id does not exist).
 */
export interface KnownIds {
  usable: ReadonlySet<string>;
  inTable: ReadonlySet<string>;
}

export function knownIds(table: TableRows | null, usable: Iterable<string>): KnownIds | null {
  if (!table) return null;
  const inTable = new Set<string>();
  const column = table.columns.get('id');
  if (column !== undefined) {
    for (const row of table.rows) {
      const read = readId(cellAt(table.area.sheet, column, row));
      if (read.kind === 'ok') inTable.add(read.value);
    }
  }
  return { usable: new Set(usable), inTable };
}

/** Every usable row of a table, read by `read` in sheet order; each one's place is recorded in the context. */
export function readRows<T>(context: ReadContext, table: TableRows | null, read: (row: RowReader) => T): Array<{ row: RowReader; value: T }> {
  if (!table) return [];
  const result: Array<{ row: RowReader; value: T }> = [];
  for (const sheetRow of table.rows) {
    const row = new RowReader(context, table, sheetRow);
    const value = read(row);
    if (!row.usable) continue;
    result.push({ row, value });
    const key = rowKeyColumns(table.spec.name);
    context.placements.push({
      table: table.spec.name,
      key: rowKey(key.map((k) => fullValue(row.cell(k)))),
      sheet: row.sheet,
      row: sheetRow,
      columns: table.columns,
    });
  }
  return result;
}
