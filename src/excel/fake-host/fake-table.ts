/// <reference types="office-js" />
/**
 * Tables (ExcelApi 1.1; resize 1.13).
 *
 * Excel's rules reproduced: a table can't overlap another table; its name is
 * unique among tables and defined names and follows the name rules; header
 * cells hold unique non-empty text (blank → "ColumnN", repeats → "Name2");
 * rows.add grows the table, shifting cells below it down within its columns.
 *
 * ASSUMPTIONS: adding a table on a protected sheet fails with InvalidArgument
 * (the project's FACTS); a one-row range with headers gets one empty data
 * row; hasHeaders=false inserts a header row above the data, shifting the
 * range's columns down one row; a workbook-level add with an unqualified
 * address uses the active sheet; delete() also clears the table's cells;
 * resize keeps the header row where it is; structured references in formulas
 * are not rewritten when a table is renamed or deleted.
 */
import { CellRect, parseAddress, rectsOverlap } from './a1-address';
import { writeContents, clearRect } from './cell-values';
import { FakeClientObject, FakeLoadableObject, FakeClientResult, FakeRequestContextLike, ProxyDescriptor, callForResult, coreOf, notFound } from './client-object';
import { fail } from './errors';
import { FakeRange } from './fake-range';
import { FakeWorksheet } from './fake-worksheet';
import type { HostContext } from './host-context';
import { assertCellsEditable } from './range-binding';
import { rectOnSheet } from './range-argument';
import { columnNames, normaliseHeaderRow } from './table-headers';
import { SheetModel, TableModel, WorkbookModel, isValidDefinedName } from './workbook-model';

export interface TableScope {
  readonly model: WorkbookModel;
  /** Null for workbook.tables. */
  readonly sheet: SheetModel | null;
}

function checkTableName(model: WorkbookModel, name: string, except: TableModel | null, location: string): void {
  if (!isValidDefinedName(name)) fail('InvalidArgument', `The name '${name}' is not a valid table name.`, location);
  const clash = model.findTable(name);
  if ((clash && clash !== except) || model.names.some((n) => n.name.toLowerCase() === name.toLowerCase())) {
    fail('InvalidArgument', 'A table with this name already exists, or the name is used by a defined name.', location);
  }
}

function checkNoOverlap(model: WorkbookModel, sheet: SheetModel, rect: CellRect, except: TableModel | null, location: string): void {
  if (model.tablesOverlapping(sheet, rect).some((t) => t !== except)) fail('InvalidArgument', "A table can't overlap another table.", location);
}

function createTable(host: HostContext, scope: TableScope, address: unknown, hasHeaders: boolean): TableModel {
  const model = host.model;
  let sheet: SheetModel;
  let rect: CellRect;
  if (address instanceof FakeClientObject || scope.sheet) {
    sheet = scope.sheet ?? (address instanceof FakeRange ? coreOf(address).binding().sheet : fail('InvalidArgument', undefined, 'TableCollection.add'));
    rect = rectOnSheet(address, sheet, 'TableCollection.add');
  } else {
    const parsed = typeof address === 'string' ? parseAddress(address) : undefined;
    if (!parsed) fail('InvalidArgument', undefined, 'TableCollection.add');
    const named = parsed.sheetName === undefined ? model.activeSheet : model.findSheet(parsed.sheetName);
    if (!named) fail('InvalidArgument', undefined, 'TableCollection.add');
    sheet = named;
    rect = parsed.rect;
  }
  if (sheet.protection.protected) fail('InvalidArgument', 'A table cannot be added on a protected sheet.', 'TableCollection.add');
  checkNoOverlap(model, sheet, rect, null, 'TableCollection.add');
  if (sheet.merges.some((m) => rectsOverlap(m, rect))) fail('InvalidArgument', 'A table cannot contain merged cells.', 'TableCollection.add');
  if (!hasHeaders) {
    sheet.shiftCellsDown(rect.row, rect.column, rect.columnCount, 1);
    rect = { ...rect, rowCount: rect.rowCount + 1 };
  } else if (rect.rowCount === 1) {
    rect = { ...rect, rowCount: 2 };
  }
  let n = 1;
  while (model.findTable(`Table${n}`) || model.findName(`Table${n}`, null)) n++;
  const table: TableModel = { id: model.newId(), name: `Table${n}`, sheet, rect, style: 'TableStyleMedium2', showBandedRows: true, showHeaders: true };
  normaliseHeaderRow(table, host.locale);
  model.tables.push(table);
  return table;
}

function tableRange(table: TableModel, part: 'all' | 'header' | 'body'): CellRect {
  const { rect } = table;
  if (part === 'header') return { ...rect, rowCount: 1 };
  if (part === 'body') return { ...rect, row: rect.row + 1, rowCount: rect.rowCount - 1 };
  return rect;
}

const tableDescriptor: ProxyDescriptor<TableModel> = {
  typeName: 'Table',
  defaultProps: ['name', 'id', 'style', 'showBandedRows', 'showHeaders', 'showTotals'],
  propMinor: { showBandedRows: 3, showTotals: 1 },
  readProperty(table, name) {
    switch (name) {
      case 'name':
        return table.name;
      case 'id':
        return `table-${table.id}`;
      case 'style':
        return table.style;
      case 'showBandedRows':
        return table.showBandedRows;
      case 'showHeaders':
        return table.showHeaders;
      case 'showTotals':
        return false;
    }
    return undefined;
  },
  navigation(owner, name) {
    const table = owner as FakeTable;
    if (name === 'columns') return table.columns;
    if (name === 'rows') return table.rows;
    if (name === 'worksheet') return table.worksheet;
    return undefined;
  },
};

export class FakeTable extends FakeLoadableObject<TableModel> {
  constructor(context: FakeRequestContextLike, path: string, resolve: () => TableModel | null, instantiate?: { minor: number; nullable: boolean }, bound?: TableModel) {
    super(context, path, tableDescriptor, { resolve, ...(instantiate ? { instantiate } : {}), ...(bound ? { bound } : {}) });
  }

  get name(): string {
    return coreOf(this).get('name');
  }
  set name(name: string) {
    coreOf(this).set('name', name, (table) => {
      checkTableName(coreOf(this).host.model, name, table, 'Table.name');
      table.name = name;
    });
  }
  get id(): string {
    return coreOf(this).get('id');
  }
  get style(): string {
    return coreOf(this).get('style');
  }
  set style(style: string) {
    coreOf(this).set('style', style, (table) => {
      if (typeof style !== 'string' || !/^TableStyle(Light([1-9]|1[0-9]|2[01])|Medium([1-9]|1[0-9]|2[0-8])|Dark([1-9]|1[01]))$/.test(style)) fail('InvalidArgument', undefined, 'Table.style');
      table.style = style;
    });
  }
  get showBandedRows(): boolean {
    return coreOf(this).get('showBandedRows');
  }
  set showBandedRows(value: boolean) {
    coreOf(this).set('showBandedRows', value, (table) => (table.showBandedRows = Boolean(value)));
  }
  get showHeaders(): boolean {
    return coreOf(this).get('showHeaders');
  }
  get showTotals(): boolean {
    return coreOf(this).get('showTotals');
  }

  get columns(): FakeTableColumnCollection {
    const core = coreOf(this);
    return new FakeTableColumnCollection(core.context, `${core.path}.columns`, () => core.binding());
  }
  get rows(): FakeTableRowCollection {
    const core = coreOf(this);
    return new FakeTableRowCollection(core.context, `${core.path}.rows`, () => core.binding());
  }
  get worksheet(): FakeWorksheet {
    const core = coreOf(this);
    return new FakeWorksheet(core.context, `${core.path}.worksheet`, () => core.binding().sheet);
  }

  getRange(): FakeRange {
    return this.part('getRange()', 'all');
  }
  getHeaderRowRange(): FakeRange {
    return this.part('getHeaderRowRange()', 'header');
  }
  getDataBodyRange(): FakeRange {
    return this.part('getDataBodyRange()', 'body');
  }

  private part(call: string, part: 'all' | 'header' | 'body'): FakeRange {
    const core = coreOf(this);
    return new FakeRange(
      core.context,
      `${core.path}.${call}`,
      () => {
        const table = core.binding();
        return { sheet: table.sheet, rect: tableRange(table, part) };
      },
      { minor: 1, nullable: false },
    );
  }

  delete(): void {
    coreOf(this).call('delete', [], 1, (table) => {
      const model = coreOf(this).host.model;
      assertCellsEditable({ sheet: table.sheet, rect: table.rect }, 'Table.delete');
      clearRect(table.sheet, table.rect, 'All');
      model.tables = model.tables.filter((t) => t !== table);
    });
  }

  convertToRange(): FakeRange {
    const core = coreOf(this);
    let rect: { sheet: SheetModel; rect: CellRect } | null = null;
    core.call('convertToRange', [], 2, (table) => {
      core.host.model.tables = core.host.model.tables.filter((t) => t !== table);
      rect = { sheet: table.sheet, rect: table.rect };
    });
    return new FakeRange(core.context, `${core.path}.convertToRange()`, () => rect);
  }

  /** ExcelApi 1.13. */
  resize(newRange: Excel.Range | string): void {
    coreOf(this).call('resize', [newRange], 13, (table) => {
      const model = coreOf(this).host.model;
      const rect = rectOnSheet(newRange, table.sheet, 'Table.resize');
      if (rect.row !== table.rect.row || !rectsOverlap(rect, table.rect) || rect.rowCount < 2) fail('InvalidArgument', 'The header row must stay in the same row and the new range must overlap the table.', 'Table.resize');
      checkNoOverlap(model, table.sheet, rect, table, 'Table.resize');
      table.rect = rect;
      normaliseHeaderRow(table, model.options.locale);
    });
  }
}

interface ColumnBinding {
  readonly table: TableModel;
  readonly index: number;
}

const columnDescriptor: ProxyDescriptor<ColumnBinding> = {
  typeName: 'TableColumn',
  defaultProps: ['name', 'index', 'id'],
  readProperty: ({ table, index }, name) => (name === 'name' ? columnNames(table)[index] : name === 'index' ? index : name === 'id' ? index + 1 : undefined),
};

export class FakeTableColumn extends FakeLoadableObject<ColumnBinding> {
  constructor(context: FakeRequestContextLike, path: string, resolve: () => ColumnBinding | null, instantiate?: { minor: number; nullable: boolean }, bound?: ColumnBinding) {
    super(context, path, columnDescriptor, { resolve, ...(instantiate ? { instantiate } : {}), ...(bound ? { bound } : {}) });
  }
  get name(): string {
    return coreOf(this).get('name');
  }
  get index(): number {
    return coreOf(this).get('index');
  }
  get id(): number {
    return coreOf(this).get('id');
  }
  getRange(): FakeRange {
    return this.part('getRange()', 0, 0);
  }
  getHeaderRowRange(): FakeRange {
    return this.part('getHeaderRowRange()', 0, -1);
  }
  getDataBodyRange(): FakeRange {
    return this.part('getDataBodyRange()', 1, 0);
  }
  private part(call: string, skipTop: number, onlyHeader: number): FakeRange {
    const core = coreOf(this);
    return new FakeRange(
      core.context,
      `${core.path}.${call}`,
      () => {
        const { table, index } = core.binding();
        const rowCount = onlyHeader === -1 ? 1 : table.rect.rowCount - skipTop;
        return { sheet: table.sheet, rect: { row: table.rect.row + skipTop, column: table.rect.column + index, rowCount, columnCount: 1 } };
      },
      { minor: 1, nullable: false },
    );
  }
}

export class FakeTableColumnCollection extends FakeLoadableObject<TableModel> {
  constructor(context: FakeRequestContextLike, path: string, resolve: () => TableModel) {
    super(context, path, { typeName: 'TableColumnCollection', defaultProps: ['count'], readProperty: (t, n) => (n === 'count' ? t.rect.columnCount : undefined) }, { resolve });
    coreOf(this).collection = {
      items: (table) => Array.from({ length: table.rect.columnCount }, (_, index) => ({ table, index })),
      proxyFor: (owner, item) => new FakeTableColumn(coreOf(owner).context, `${coreOf(owner).path}.getItemAt(${(item as ColumnBinding).index})`, () => item as ColumnBinding, undefined, item as ColumnBinding),
    };
  }
  get items(): FakeTableColumn[] {
    return coreOf(this).get('items');
  }
  get count(): number {
    return coreOf(this).get('count');
  }
  getItemAt(index: number): FakeTableColumn {
    const core = coreOf(this);
    return new FakeTableColumn(
      core.context,
      `${core.path}.getItemAt(${index})`,
      () => {
        const table = core.binding();
        if (!Number.isInteger(index) || index < 0 || index >= table.rect.columnCount) fail('InvalidArgument', undefined, 'TableColumnCollection.getItemAt');
        return { table, index };
      },
      { minor: 1, nullable: false },
    );
  }
  getItem(key: number | string): FakeTableColumn {
    const core = coreOf(this);
    return new FakeTableColumn(
      core.context,
      `${core.path}.getItem(${JSON.stringify(key)})`,
      () => {
        const table = core.binding();
        const index = typeof key === 'number' ? key - 1 : columnNames(table).findIndex((n) => n.toLowerCase() === key.toLowerCase());
        if (index < 0 || index >= table.rect.columnCount) notFound('TableColumn', String(key));
        return { table, index };
      },
      { minor: 1, nullable: false },
    );
  }
  getCount(): FakeClientResult<number> {
    return callForResult(this, 'getCount', [], 4, (table) => table.rect.columnCount);
  }
}

export class FakeTableRowCollection extends FakeLoadableObject<TableModel> {
  constructor(context: FakeRequestContextLike, path: string, resolve: () => TableModel) {
    super(context, path, { typeName: 'TableRowCollection', defaultProps: ['count'], readProperty: (t, n) => (n === 'count' ? t.rect.rowCount - 1 : undefined) }, { resolve });
  }
  get count(): number {
    return coreOf(this).get('count');
  }
  /** Adds rows at the end (index null/undefined) or before data row `index`; values is a 2-D array, one row per new row. */
  add(index?: number | null, values?: unknown[][] | boolean | string | number, alwaysInsert?: boolean): void {
    const core = coreOf(this);
    core.call('add', [index ?? null, values ?? null, alwaysInsert ?? null], 1, (table) => {
      const model = core.host.model;
      const dataRows = table.rect.rowCount - 1;
      const at = index === undefined || index === null ? dataRows : index;
      if (!Number.isInteger(at) || at < 0 || at > dataRows) fail('InvalidArgument', undefined, 'TableRowCollection.add');
      const matrix = Array.isArray(values) ? values : values === undefined ? [Array.from({ length: table.rect.columnCount }, () => null)] : [Array.from({ length: table.rect.columnCount }, () => values)];
      const count = matrix.length;
      if (count === 0) fail('InvalidArgument', undefined, 'TableRowCollection.add');
      const firstNewRow = table.rect.row + 1 + at;
      const newRows: CellRect = { row: firstNewRow, column: table.rect.column, rowCount: count, columnCount: table.rect.columnCount };
      if (table.sheet.protection.protected) fail('AccessDenied', undefined, 'TableRowCollection.add');
      // Check the values' shape before anything moves.
      if (matrix.some((row) => !Array.isArray(row) || row.length !== table.rect.columnCount)) {
        fail('InvalidArgument', "The number of rows or columns in the input array doesn't match the size or dimensions of the range.", 'TableRowCollection.add');
      }
      // Tables lower down in the same columns move with the shifted cells.
      const below = model.tablesOn(table.sheet).filter((t) => t !== table && t.rect.row >= firstNewRow && t.rect.column < newRows.column + newRows.columnCount && newRows.column < t.rect.column + t.rect.columnCount);
      table.sheet.shiftCellsDown(firstNewRow, table.rect.column, table.rect.columnCount, count);
      for (const t of below) t.rect = { ...t.rect, row: t.rect.row + count };
      table.rect = { ...table.rect, rowCount: table.rect.rowCount + count };
      writeContents(table.sheet, newRows, matrix, core.host, 'TableRowCollection.add');
    });
  }
  getCount(): FakeClientResult<number> {
    return callForResult(this, 'getCount', [], 4, (table) => table.rect.rowCount - 1);
  }
  /** Data row `index` (0-based). */
  getItemAt(index: number): FakeTableRow {
    const core = coreOf(this);
    return new FakeTableRow(
      core.context,
      `${core.path}.getItemAt(${index})`,
      () => {
        const table = core.binding();
        if (!Number.isInteger(index) || index < 0 || index >= table.rect.rowCount - 1) fail('InvalidArgument', undefined, 'TableRowCollection.getItemAt');
        return { table, index };
      },
      { minor: 1, nullable: false },
    );
  }
}

interface RowBinding {
  readonly table: TableModel;
  readonly index: number;
}

/**
 * Excel.TableRow (ExcelApi 1.1). delete() removes the row from the table and
 * moves the cells below it up within the table's columns, tables lower down
 * in those columns with them. ASSUMPTION: deleting the only data row fails
 * with InvalidArgument (Excel keeps one data row; the real API clears it).
 */
export class FakeTableRow extends FakeLoadableObject<RowBinding> {
  constructor(context: FakeRequestContextLike, path: string, resolve: () => RowBinding | null, instantiate?: { minor: number; nullable: boolean }) {
    super(context, path, { typeName: 'TableRow', defaultProps: ['index'], readProperty: ({ index }, name) => (name === 'index' ? index : undefined) }, { resolve, ...(instantiate ? { instantiate } : {}) });
  }
  get index(): number {
    return coreOf(this).get('index');
  }
  delete(): void {
    const core = coreOf(this);
    core.call('delete', [], 1, ({ table, index }) => {
      const model = core.host.model;
      if (table.sheet.protection.protected) fail('AccessDenied', undefined, 'TableRow.delete');
      if (table.rect.rowCount <= 2) fail('InvalidArgument', undefined, 'TableRow.delete');
      const row = table.rect.row + 1 + index;
      const below = model.tablesOn(table.sheet).filter((t) => t !== table && t.rect.row > row && t.rect.column < table.rect.column + table.rect.columnCount && table.rect.column < t.rect.column + t.rect.columnCount);
      table.sheet.shiftCellsUp(row, table.rect.column, table.rect.columnCount, 1);
      for (const t of below) t.rect = { ...t.rect, row: t.rect.row - 1 };
      table.rect = { ...table.rect, rowCount: table.rect.rowCount - 1 };
    });
  }
}

export class FakeTableCollection extends FakeLoadableObject<TableScope> {
  constructor(context: FakeRequestContextLike, path: string, resolve: () => TableScope) {
    super(context, path, { typeName: 'TableCollection', defaultProps: ['count'], readProperty: (s, n) => (n === 'count' ? tablesIn(s).length : undefined) }, { resolve });
    coreOf(this).collection = {
      items: (scope) => tablesIn(scope),
      proxyFor: (owner, table) => new FakeTable(coreOf(owner).context, `${coreOf(owner).path}.getItem("${(table as TableModel).name}")`, () => table as TableModel, undefined, table as TableModel),
    };
  }
  get items(): FakeTable[] {
    return coreOf(this).get('items');
  }
  get count(): number {
    return coreOf(this).get('count');
  }
  add(address: Excel.Range | string, hasHeaders: boolean): FakeTable {
    const core = coreOf(this);
    let created: TableModel | null = null;
    core.call('add', [address, hasHeaders], 1, (scope) => {
      created = createTable(core.host, scope, address, hasHeaders);
    });
    return new FakeTable(core.context, `${core.path}.add(${JSON.stringify(typeof address === 'string' ? address : 'range')})`, () => created);
  }
  getItem(key: string): FakeTable {
    const core = coreOf(this);
    return new FakeTable(core.context, `${core.path}.getItem(${JSON.stringify(key)})`, () => findTable(core.binding(), key) ?? notFound('Table', key), { minor: 1, nullable: false });
  }
  getItemOrNullObject(key: string): FakeTable {
    const core = coreOf(this);
    return new FakeTable(core.context, `${core.path}.getItemOrNullObject(${JSON.stringify(key)})`, () => findTable(core.binding(), key) ?? null, { minor: 4, nullable: true });
  }
  getItemAt(index: number): FakeTable {
    const core = coreOf(this);
    return new FakeTable(core.context, `${core.path}.getItemAt(${index})`, () => tablesIn(core.binding())[index] ?? notFound('Table', String(index)), { minor: 1, nullable: false });
  }
  getCount(): FakeClientResult<number> {
    return callForResult(this, 'getCount', [], 4, (scope) => tablesIn(scope).length);
  }
}

function tablesIn(scope: TableScope): TableModel[] {
  return scope.sheet ? scope.model.tablesOn(scope.sheet) : scope.model.tables;
}

function findTable(scope: TableScope, key: string): TableModel | undefined {
  return tablesIn(scope).find((t) => t.name.toLowerCase() === key.toLowerCase() || `table-${t.id}` === key);
}

