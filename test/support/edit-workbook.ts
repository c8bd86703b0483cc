import { readFile, writeFile } from 'node:fs/promises';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { columnLetter, parseRange, sheetRef } from '../../src/layout/a1';
import { escapeXml, findElements } from '../../src/xlsx/xml';

/**
 * Edits a PlanSheets .xlsx the way a person does in Excel, for tests: rows
 * inserted into a table (the table grows), table rows deleted, rows moved,
 * values typed, a table column deleted, a sheet renamed.
 *
 * ExcelJS changes the cells. The table parts are carried over from the
 * source file with the refs the edits gave them: ExcelJS writes back the
 * tables it read without their header row (headerRowCount="0") and with
 * their columns cut at the first calculated column, which Excel would not
 * open as the same table.
 *
 * Rows are inserted and deleted as whole sheet rows; the test workbooks
 * have nothing beside the edited rows but the table itself.
 */
export class WorkbookEditor {
  private readonly tables: Map<string, EditedTable>;

  constructor(
    readonly workbook: ExcelJS.Workbook,
    tables: readonly EditedTable[],
  ) {
    this.tables = new Map(tables.map((t) => [t.name, t]));
  }

  worksheet(name: string): ExcelJS.Worksheet {
    const sheet = this.workbook.getWorksheet(name);
    if (!sheet) throw new Error(`no sheet ${name}`);
    return sheet;
  }

  /** The table's place: header row `top`, data rows below it down to `bottom`. */
  table(name: string): { sheet: ExcelJS.Worksheet; top: number; bottom: number; left: number; right: number; headers: string[] } {
    const table = this.tableOf(name);
    const sheet = this.worksheet(table.sheet);
    const headers: string[] = [];
    for (let column = table.left; column <= table.right; column += 1) headers.push(String(sheet.getCell(table.top, column).value ?? ''));
    return { sheet, top: table.top, bottom: table.bottom, left: table.left, right: table.right, headers };
  }

  /** The sheet column of a table column, by its header. */
  column(tableName: string, header: string): number {
    const table = this.table(tableName);
    const i = table.headers.indexOf(header);
    if (i < 0) throw new Error(`table ${tableName} has no column ${header}`);
    return table.left + i;
  }

  /** The sheet row of the table row whose `header` cell holds `value`. */
  rowWhere(tableName: string, header: string, value: string | number): number {
    const rows = this.rowsWhere(tableName, header, value);
    if (rows.length === 0) throw new Error(`table ${tableName} has no row with ${header} = ${value}`);
    return rows[0] as number;
  }

  /** Every sheet row of the table whose `header` cell holds `value`, top down. */
  rowsWhere(tableName: string, header: string, value: string | number): number[] {
    const table = this.table(tableName);
    const column = this.column(tableName, header);
    const rows: number[] = [];
    for (let row = table.top + 1; row <= table.bottom; row += 1) {
      if (table.sheet.getCell(row, column).value === value) rows.push(row);
    }
    return rows;
  }

  /** A table row's cells from the table's first column, as values (a formula cell as its ExcelJS value). */
  rowValues(tableName: string, row: number): ExcelJS.CellValue[] {
    const table = this.table(tableName);
    const values: ExcelJS.CellValue[] = [];
    for (let column = table.left; column <= table.right; column += 1) values.push(table.sheet.getCell(row, column).value);
    return values;
  }

  /**
   * Inserts rows at sheet row `at` inside the table (or just below it, where
   * Excel extends the table as one types), values given by header. Cells of
   * calculated columns get the formula of the row above, as Excel fills them.
   */
  insertTableRows(tableName: string, at: number, rows: ReadonlyArray<Record<string, ExcelJS.CellValue>>): void {
    const table = this.table(tableName);
    if (at <= table.top || at > table.bottom + 1) throw new Error(`row ${at} is not inside table ${tableName}`);
    table.sheet.spliceRows(at, 0, ...rows.map(() => []));
    // The row above within the table gives the new rows their formats and calculated formulas (the one below for a first row).
    const model = at - 1 > table.top ? at - 1 : at + rows.length;
    rows.forEach((values, k) => {
      table.headers.forEach((header, i) => {
        const column = table.left + i;
        const source = table.sheet.getCell(model, column);
        const cell = table.sheet.getCell(at + k, column);
        cell.style = { ...source.style };
        const formula = source.value !== null && typeof source.value === 'object' && 'formula' in source.value ? source.value.formula : undefined;
        if (header in values) cell.value = values[header] ?? null;
        else if (formula !== undefined) cell.value = { formula } as ExcelJS.CellFormulaValue;
      });
    });
    this.shiftTables(table.sheet.name, at, rows.length);
  }

  /** Deletes `count` table rows from sheet row `at` ("Delete > Table Rows"). */
  deleteTableRows(tableName: string, at: number, count = 1): void {
    const table = this.table(tableName);
    if (at <= table.top || at + count - 1 > table.bottom) throw new Error(`rows ${at}..${at + count - 1} are not inside table ${tableName}`);
    table.sheet.spliceRows(at, count);
    this.shiftTables(table.sheet.name, at, -count);
  }

  /** Moves a table row above the row that stands at `to` (numbered before the move), as Cut and Insert Cut Cells do. */
  moveTableRow(tableName: string, from: number, to: number): void {
    const table = this.table(tableName);
    const values = this.rowValues(tableName, from);
    this.deleteTableRows(tableName, from);
    const at = to > from ? to - 1 : to;
    const record = Object.fromEntries(table.headers.map((header, i) => [header, values[i] ?? null]));
    this.insertTableRows(tableName, at, [record]);
  }

  /** Types a value into a cell. */
  set(sheetName: string, cell: string, value: ExcelJS.CellValue): void {
    this.worksheet(sheetName).getCell(cell).value = value;
  }

  /**
   * Deletes a table column ("Delete > Table Columns"): the table's cells to
   * its right move left; what stands beside the table stays.
   */
  deleteTableColumn(tableName: string, header: string): void {
    const table = this.table(tableName);
    const column = this.column(tableName, header);
    for (let row = table.top; row <= table.bottom; row += 1) {
      for (let c = column; c < table.right; c += 1) {
        const from = table.sheet.getCell(row, c + 1);
        const to = table.sheet.getCell(row, c);
        to.value = from.value;
        to.style = { ...from.style };
      }
      table.sheet.getCell(row, table.right).value = null;
    }
    const edited = this.tableOf(tableName);
    edited.right -= 1;
    edited.deletedColumns.push(header);
  }

  /** Adds a column at the table's right edge, as typing a header just right of a table does in Excel. */
  addTableColumn(tableName: string, header: string, values: Readonly<Record<number, ExcelJS.CellValue>> = {}): void {
    const table = this.table(tableName);
    const column = table.right + 1;
    table.sheet.getCell(table.top, column).value = header;
    table.sheet.getCell(table.top, column).style = { ...table.sheet.getCell(table.top, table.right).style };
    for (const [row, value] of Object.entries(values)) table.sheet.getCell(Number(row), column).value = value;
    const edited = this.tableOf(tableName);
    edited.right += 1;
    edited.addedColumns.push(header);
  }

  /** Renames a sheet; like Excel, the names and formulas that refer to it follow. */
  renameSheet(from: string, to: string): void {
    this.worksheet(from).name = to;
    const refersTo = new RegExp(`(^|[^\\w'])(?:'${escapeRegExp(from.replace(/'/g, "''"))}'|${escapeRegExp(from)})!`, 'g');
    const follow = (text: string): string => text.replace(refersTo, (_, before: string) => `${before}${sheetRef(to, '')}`);
    const names = this.workbook.definedNames as unknown as { model: Array<{ name: string; ranges: string[] }> };
    names.model = names.model.map((n) => ({ ...n, ranges: n.ranges.map(follow) }));
    for (const sheet of this.workbook.worksheets) {
      sheet.eachRow((row) =>
        row.eachCell((cell) => {
          const value = cell.value;
          if (value !== null && typeof value === 'object' && 'formula' in value && typeof value.formula === 'string') {
            cell.value = { ...value, formula: follow(value.formula) } as ExcelJS.CellFormulaValue;
          }
        }),
      );
    }
    for (const table of this.tables.values()) if (table.sheet === from) table.sheet = to;
  }

  private tableOf(name: string): EditedTable {
    const table = this.tables.get(name);
    if (!table) throw new Error(`no table ${name}`);
    return table;
  }

  /** Whole rows inserted (count > 0) or deleted (count < 0) at `at`: tables below move, tables across it grow or shrink. */
  private shiftTables(sheet: string, at: number, count: number): void {
    for (const table of this.tables.values()) {
      if (table.sheet !== sheet) continue;
      if (table.top >= at) {
        table.top += count;
        table.bottom += count;
      } else if (table.bottom + 1 >= at) {
        table.bottom += count;
      }
    }
  }
}

interface EditedTable {
  name: string;
  sheet: string;
  top: number;
  bottom: number;
  left: number;
  right: number;
  deletedColumns: string[];
  addedColumns: string[];
}

/** Opens `source`, applies `edit`, and saves the result as `target`. */
export async function editWorkbook(source: string, target: string, edit: (editor: WorkbookEditor) => void): Promise<void> {
  const original = await readFile(source);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(original as unknown as ExcelJS.Buffer);
  const parts = await tableParts(await JSZip.loadAsync(original));
  const tables: EditedTable[] = parts.map((part) => {
    const range = parseRange(part.ref);
    if (!range) throw new Error(`table ${part.name} has ref ${part.ref}`);
    return {
      name: part.name,
      sheet: part.sheet,
      top: range.from.row,
      bottom: range.to.row,
      left: range.from.column,
      right: range.to.column,
      deletedColumns: [],
      addedColumns: [],
    };
  });
  const editor = new WorkbookEditor(workbook, tables);
  edit(editor);
  const saved = Buffer.from(await workbook.xlsx.writeBuffer());
  await writeFile(target, await withTables(saved, parts, tables));
}

interface TablePart {
  name: string;
  sheet: string;
  ref: string;
  xml: string;
}

/** Every table part of a package with the name of its sheet. */
async function tableParts(zip: JSZip): Promise<TablePart[]> {
  const workbookXml = await text(zip, 'xl/workbook.xml');
  const workbookRels = await text(zip, 'xl/_rels/workbook.xml.rels');
  const targets = new Map(findElements(workbookRels, 'Relationship').map((r) => [r.attributes.Id, r.attributes.Target]));
  const parts: TablePart[] = [];
  for (const sheet of findElements(workbookXml, 'sheet')) {
    const target = targets.get(sheet.attributes['r:id']);
    if (!target) continue;
    const sheetPath = target.startsWith('/') ? target.slice(1) : `xl/${target}`;
    const relsPath = sheetPath.replace(/([^/]+)$/, '_rels/$1.rels');
    const rels = zip.file(relsPath) ? await text(zip, relsPath) : '';
    for (const rel of findElements(rels, 'Relationship').filter((r) => r.attributes.Type?.endsWith('/table'))) {
      const path = resolvePath(sheetPath, rel.attributes.Target ?? '');
      const xml = await text(zip, path);
      const attributes = findElements(xml, 'table')[0]?.attributes ?? {};
      parts.push({ name: attributes.displayName ?? attributes.name ?? '', sheet: sheet.attributes.name ?? '', ref: attributes.ref ?? '', xml });
    }
  }
  return parts;
}

/** The saved package with each table part replaced by the source's, at its edited place and without its deleted columns. */
async function withTables(saved: Buffer, originals: readonly TablePart[], edited: readonly EditedTable[]): Promise<Buffer> {
  const zip = await JSZip.loadAsync(saved);
  for (const path of Object.keys(zip.files).filter((p) => /^xl\/tables\/[^/]+\.xml$/.test(p))) {
    const attributes = findElements(await text(zip, path), 'table')[0]?.attributes ?? {};
    const name = attributes.displayName ?? attributes.name;
    const original = originals.find((t) => t.name === name);
    const table = edited.find((t) => t.name === name);
    if (!original || !table) throw new Error(`table part ${path} (${name}) is not in the source`);
    const ref = `${columnLetter(table.left)}${table.top}:${columnLetter(table.right)}${table.bottom}`;
    let xml = original.xml.replace(/(<(?:\w+:)?(?:table|autoFilter)\b[^>]*?\sref=")[^"]*"/g, `$1${ref}"`);
    for (const header of table.deletedColumns) {
      xml = xml.replace(new RegExp(`<tableColumn\\b[^>]*\\sname="${escapeRegExp(header)}"[^>]*?(?:/>|>[\\s\\S]*?</tableColumn>)`), '');
    }
    for (const header of table.addedColumns) {
      const ids = findElements(xml, 'tableColumn').map((c) => Number(c.attributes.id));
      xml = xml.replace(/<\/tableColumns>/, `<tableColumn id="${Math.max(0, ...ids) + 1}" name="${escapeXml(header)}"/></tableColumns>`);
    }
    const count = findElements(xml, 'tableColumn').length;
    xml = xml.replace(/(<tableColumns\b[^>]*\scount=")\d+"/, `$1${count}"`);
    zip.file(path, xml);
  }
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}

async function text(zip: JSZip, path: string): Promise<string> {
  const file = zip.file(path);
  if (!file) throw new Error(`no part ${path}`);
  return file.async('string');
}

function resolvePath(from: string, target: string): string {
  if (target.startsWith('/')) return target.slice(1);
  const parts = from.split('/').slice(0, -1);
  for (const segment of target.split('/')) {
    if (segment === '..') parts.pop();
    else if (segment !== '.') parts.push(segment);
  }
  return parts.join('/');
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
