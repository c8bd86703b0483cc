/// <reference types="office-js" />
import { address, columnLetter, parseRange } from '../layout/a1';
import type { BorderStyle, CellStyle, HeaderFooterParts, LayoutCell, SheetLayout, TableLayout } from '../layout/workbook-layout';
import { formatKey, formulaInput, numberFormatOf } from './cell-input';
import { rectangles, rowBands, type Rectangle } from './cell-rectangles';
import { MAX_WRITE_BYTES, STATEMENT_OVERHEAD_BYTES, utf8Length, writeBytes, type Batch } from './request-budget';

/**
 * Transcribes one SheetLayout into a worksheet, through a Batch so that
 * requests stay within the payload budget. Each function queues one part;
 * the generation (write-layout.ts) calls them in an order that lets every
 * formula find what it refers to: tables before formulas that name them.
 */

type Range = { top: number; left: number; bottom: number; right: number };

const rangeOf = (r: Range): string => (r.top === r.bottom && r.left === r.right ? address(r.left, r.top) : `${address(r.left, r.top)}:${address(r.right, r.bottom)}`);

/** Cells of a table's calculated columns below the header: written as one uniform column formula after the table exists. */
export function calculatedCells(sheet: SheetLayout): Set<string> {
  const refs = new Set<string>();
  for (const table of sheet.tables) {
    const range = parseRange(table.ref);
    if (!range) continue;
    table.columns.forEach((column, i) => {
      if (column.formula === undefined) return;
      for (let row = range.from.row + 1; row <= range.to.row; row++) refs.add(address(range.from.column + i, row));
    });
  }
  return refs;
}

/**
 * A rectangle cut into bands of rows whose write (JSON with its commas and
 * brackets, and the statement around it) stays within MAX_WRITE_BYTES, so
 * that every request the Batch closes early holds more than 3 MB.
 */
function writeBands<T>(rect: Rectangle<T>): Array<Rectangle<T>> {
  return rowBands(rect, (row) => writeBytes(row, 0) + 1, MAX_WRITE_BYTES - STATEMENT_OVERHEAD_BYTES - 2);
}

/** The cell values, one `formulas` write per rectangle of adjacent cells (cut into bands of rows to stay within a write's size). */
export async function writeValues(batch: Batch, ws: Excel.Worksheet, cells: readonly LayoutCell[]): Promise<void> {
  for (const rect of rectangles(cells)) {
    const inputs = rect.items.map((row) => row.map((cell) => formulaInput(cell.value)));
    for (const band of writeBands({ ...rect, items: inputs })) {
      await batch.queue(writeBytes(band.items), () => {
        ws.getRange(rangeOf(band)).formulas = band.items;
      });
    }
  }
}

/** Number formats, as 2-D arrays over the same rectangles (cells without one get General). */
export async function writeNumberFormats(batch: Batch, ws: Excel.Worksheet, cells: readonly LayoutCell[]): Promise<void> {
  const formatted = cells.filter((cell) => cell.style?.numberFormat !== undefined);
  for (const rect of rectangles(formatted)) {
    const formats = rect.items.map((row) => row.map((cell) => numberFormatOf(cell.style)));
    for (const band of writeBands({ ...rect, items: formats })) {
      await batch.queue(writeBytes(band.items), () => {
        ws.getRange(rangeOf(band)).numberFormat = band.items;
      });
    }
  }
}

/** Formatting, grouped by distinct style: one range per rectangle of cells with an equal style, never one per cell. */
export async function writeStyles(batch: Batch, ws: Excel.Worksheet, cells: readonly LayoutCell[]): Promise<void> {
  const groups = new Map<string, { style: CellStyle; cells: LayoutCell[] }>();
  for (const cell of cells) {
    const key = formatKey(cell.style);
    if (key === null || !cell.style) continue;
    const group = groups.get(key) ?? { style: cell.style, cells: [] };
    group.cells.push(cell);
    groups.set(key, group);
  }
  for (const { style, cells: members } of groups.values()) {
    for (const rect of rectangles(members).flatMap((r) => borderBands(r, style))) {
      await batch.queue(STATEMENT_OVERHEAD_BYTES * 12, () => applyStyle(ws.getRange(rangeOf(rect)), style));
    }
  }
}

/**
 * A border is every cell's: a rectangle is cut into its rows when the cells
 * have a top or bottom border, into its columns for a left or right one, so
 * that the edges of each part are the cells' edges (no inside borders).
 */
function borderBands(rect: Range, style: CellStyle): Range[] {
  const border = style.border;
  if (!border) return [rect];
  const rows = border.top || border.bottom ? Array.from({ length: rect.bottom - rect.top + 1 }, (_, i) => ({ ...rect, top: rect.top + i, bottom: rect.top + i })) : [rect];
  if (!border.left && !border.right) return rows;
  return rows.flatMap((row) => Array.from({ length: row.right - row.left + 1 }, (_, i) => ({ ...row, left: row.left + i, right: row.left + i })));
}

function applyStyle(range: Excel.Range, style: CellStyle): void {
  const format = range.format;
  if (style.bold !== undefined) format.font.bold = style.bold;
  if (style.italic !== undefined) format.font.italic = style.italic;
  if (style.fontSize !== undefined) format.font.size = style.fontSize;
  if (style.fontColor !== undefined) format.font.color = `#${style.fontColor}`;
  if (style.fill !== undefined) format.fill.color = `#${style.fill}`;
  if (style.wrap !== undefined) format.wrapText = style.wrap;
  if (style.horizontal !== undefined) format.horizontalAlignment = ({ left: 'Left', center: 'Center', right: 'Right' } as const)[style.horizontal];
  if (style.vertical !== undefined) format.verticalAlignment = ({ top: 'Top', middle: 'Center', bottom: 'Bottom' } as const)[style.vertical];
  if (style.indent !== undefined) format.indentLevel = style.indent;
  if (style.locked !== undefined) format.protection.locked = style.locked;
  const border = style.border;
  if (border) {
    const side = (index: Excel.BorderIndex | `${Excel.BorderIndex}`, weight: BorderStyle): void => {
      const item = format.borders.getItem(index);
      item.style = 'Continuous';
      item.weight = weight === 'medium' ? 'Medium' : 'Thin';
    };
    if (border.top) side('EdgeTop', border.top);
    if (border.bottom) side('EdgeBottom', border.bottom);
    if (border.left) side('EdgeLeft', border.left);
    if (border.right) side('EdgeRight', border.right);
  }
}

/** Adds a table over its header and values (written first), names and styles it. */
export async function addTable(batch: Batch, ws: Excel.Worksheet, table: TableLayout): Promise<void> {
  await batch.queue(STATEMENT_OVERHEAD_BYTES * 4, () => {
    const added = ws.tables.add(table.ref, true);
    added.name = table.name;
    styleTable(added, table);
  });
}

export function styleTable(target: Excel.Table, table: TableLayout): void {
  if (table.style !== undefined) target.style = table.style;
  if (table.showRowStripes !== undefined) target.showBandedRows = table.showRowStripes;
}

/** Calculated columns: the column's one formula down its whole data body (Excel has no API for a calculated column as such). */
export async function writeCalculatedColumns(batch: Batch, ws: Excel.Worksheet, table: TableLayout): Promise<void> {
  const range = parseRange(table.ref);
  if (!range) return;
  for (const [i, column] of table.columns.entries()) {
    if (column.formula === undefined) continue;
    if (range.to.row <= range.from.row) continue;
    const formula = `=${column.formula.replace(/^=/, '')}`;
    const col = range.from.column + i;
    const items = Array.from({ length: range.to.row - range.from.row }, () => [formula]);
    for (const band of writeBands({ top: range.from.row + 1, bottom: range.to.row, left: col, right: col, items })) {
      await batch.queue(writeBytes(band.items), () => {
        ws.getRange(rangeOf(band)).formulas = band.items;
      });
    }
  }
}

export async function writeMerges(batch: Batch, ws: Excel.Worksheet, sheet: SheetLayout): Promise<void> {
  for (const merge of sheet.merges) await batch.queue(STATEMENT_OVERHEAD_BYTES * 2, () => ws.getRange(merge).merge(false));
}

/** Column widths and row heights in points (the layout's unit and office-js's), runs of equal sizes as one range. */
export async function writeDimensions(batch: Batch, ws: Excel.Worksheet, sheet: SheetLayout): Promise<void> {
  const columns = [...sheet.columns].sort((a, b) => a.index - b.index);
  for (const run of runs(columns, (c) => c.index, (c) => `${c.width}|${c.hidden ?? false}`)) {
    const first = run[0] as (typeof columns)[number];
    const last = run[run.length - 1] as (typeof columns)[number];
    await batch.queue(STATEMENT_OVERHEAD_BYTES * 3, () => {
      const range = ws.getRange(`${columnLetter(first.index)}:${columnLetter(last.index)}`);
      range.format.columnWidth = first.width;
      if (first.hidden) range.columnHidden = true;
    });
  }
  const rows = [...sheet.rows].sort((a, b) => a.index - b.index).filter((r) => r.height !== undefined || r.hidden);
  for (const run of runs(rows, (r) => r.index, (r) => `${r.height ?? ''}|${r.hidden ?? false}`)) {
    const first = run[0] as (typeof rows)[number];
    const last = run[run.length - 1] as (typeof rows)[number];
    await batch.queue(STATEMENT_OVERHEAD_BYTES * 3, () => {
      const range = ws.getRange(`${first.index}:${last.index}`);
      if (first.height !== undefined) range.format.rowHeight = first.height;
      if (first.hidden) range.rowHidden = true;
    });
  }
}

function runs<T>(items: readonly T[], index: (item: T) => number, key: (item: T) => string): T[][] {
  const out: T[][] = [];
  for (const item of items) {
    const last = out[out.length - 1];
    const prev = last?.[last.length - 1];
    if (last && prev !== undefined && index(prev) + 1 === index(item) && key(prev) === key(item)) last.push(item);
    else out.push([item]);
  }
  return out;
}

/** Data validation lists (ExcelApi 1.8) and conditional formats with a custom formula (1.6). */
export async function writeRules(batch: Batch, ws: Excel.Worksheet, sheet: SheetLayout): Promise<void> {
  for (const validation of sheet.dataValidations) {
    const source = 'formula' in validation.list ? `=${validation.list.formula.replace(/^=/, '')}` : validation.list.values.join(',');
    await batch.queue(writeBytes(source, 3) + writeBytes(validation.error ?? null), () => {
      const range = ws.getRange(validation.range);
      range.dataValidation.rule = { list: { inCellDropDown: true, source } };
      range.dataValidation.ignoreBlanks = validation.allowBlank;
      if (validation.error) range.dataValidation.errorAlert = { showAlert: true, style: 'Stop', title: validation.error.title, message: validation.error.message };
    });
  }
  for (const format of sheet.conditionalFormats) {
    await batch.queue(writeBytes(format.formula, 6), () => {
      const added = ws.getRange(format.range).conditionalFormats.add('Custom');
      added.custom.rule.formula = `=${format.formula.replace(/^=/, '')}`;
      if (format.style.fill !== undefined) added.custom.format.fill.color = `#${format.style.fill}`;
      if (format.style.fontColor !== undefined) added.custom.format.font.color = `#${format.style.fontColor}`;
      if (format.style.bold !== undefined) added.custom.format.font.bold = format.style.bold;
    });
  }
}

/** Freeze panes, tab colour. */
export async function writeView(batch: Batch, ws: Excel.Worksheet, sheet: SheetLayout): Promise<void> {
  const freeze = sheet.freeze;
  if (freeze && (freeze.rows > 0 || freeze.columns > 0)) {
    await batch.queue(STATEMENT_OVERHEAD_BYTES * 2, () => {
      if (freeze.columns === 0) ws.freezePanes.freezeRows(freeze.rows);
      else if (freeze.rows === 0) ws.freezePanes.freezeColumns(freeze.columns);
      else ws.freezePanes.freezeAt(`A1:${address(freeze.columns, freeze.rows)}`);
    });
  }
  if (sheet.tabColor !== undefined) {
    const color = `#${sheet.tabColor}`;
    await batch.queue(STATEMENT_OVERHEAD_BYTES, () => {
      ws.tabColor = color;
    });
  }
}

/** Page layout (ExcelApi 1.9): orientation, A4, fit to width, margins, headers and footers, print area and titles, page breaks. */
export async function writePageLayout(batch: Batch, ws: Excel.Worksheet, sheet: SheetLayout): Promise<void> {
  const { print } = sheet;
  await batch.queue(STATEMENT_OVERHEAD_BYTES * 20 + writeBytes(print.headerFooter, 0), () => {
    const page = ws.pageLayout;
    page.orientation = print.orientation === 'landscape' ? 'Landscape' : 'Portrait';
    page.paperSize = 'A4';
    page.zoom = print.fitToWidth ? { horizontalFitToPages: 1, verticalFitToPages: print.fitToHeight ? 1 : 0 } : { scale: 100 };
    if (print.margins) {
      page.leftMargin = print.margins.left;
      page.rightMargin = print.margins.right;
      page.topMargin = print.margins.top;
      page.bottomMargin = print.margins.bottom;
      page.headerMargin = print.margins.header;
      page.footerMargin = print.margins.footer;
    }
    const group = page.headersFooters;
    const { first, even, odd } = print.headerFooter;
    group.state = first && even ? 'FirstOddAndEven' : first ? 'FirstAndDefault' : even ? 'OddAndEven' : 'Default';
    setHeaderFooter(even ? group.oddPages : group.defaultForAllPages, odd);
    if (first) setHeaderFooter(group.firstPage, first);
    if (even) setHeaderFooter(group.evenPages, even);
    if (print.printArea) page.setPrintArea(print.printArea);
    if (print.printTitleRows) page.setPrintTitleRows(absoluteRows(print.printTitleRows));
    if (print.printTitleColumns) page.setPrintTitleColumns(absoluteColumns(print.printTitleColumns));
  });
  for (const row of print.hints?.rowBreaks ?? []) {
    // A break after row n stands above row n + 1.
    await batch.queue(STATEMENT_OVERHEAD_BYTES, () => ws.horizontalPageBreaks.add(`A${row + 1}`));
  }
}

function absoluteRows(rows: string): string {
  const match = /^\$?(\d+):\$?(\d+)$/.exec(rows);
  return match ? `$${match[1]}:$${match[2]}` : rows;
}

function absoluteColumns(columns: string): string {
  const match = /^\$?([A-Z]{1,3}):\$?([A-Z]{1,3})$/.exec(columns);
  return match ? `$${match[1]}:$${match[2]}` : columns;
}

function setHeaderFooter(target: Excel.HeaderFooter, page: { header: HeaderFooterParts; footer: HeaderFooterParts }): void {
  target.leftHeader = page.header.left ?? '';
  target.centerHeader = page.header.center ?? '';
  target.rightHeader = page.header.right ?? '';
  target.leftFooter = page.footer.left ?? '';
  target.centerFooter = page.footer.center ?? '';
  target.rightFooter = page.footer.right ?? '';
}

const CHART_TYPES = { column: 'ColumnClustered', bar: 'BarClustered', line: 'Line' } as const;

/**
 * Charts from the layout's series references: added over the first
 * series' values, then each series given its values, categories and name
 * (ChartSeries.setValues / setXAxisValues, ExcelApi 1.7), so that nothing
 * between the referenced columns is plotted; named, titled and placed
 * over its cells. A series named by a cell takes that cell's text, as
 * the layout has it (`nameOf`).
 */
export async function writeCharts(batch: Batch, workbook: Excel.Workbook, ws: Excel.Worksheet, sheet: SheetLayout, nameOf: (ref: string) => string): Promise<void> {
  for (const [i, chart] of sheet.charts.entries()) {
    const first = chart.series[0];
    if (!first) continue;
    await batch.queue(STATEMENT_OVERHEAD_BYTES * (6 + 4 * chart.series.length) + utf8Length(chart.title), () => {
      const rangeOf = (ref: string): Excel.Range => {
        const { sheet: name, range } = sheetRange(ref);
        return workbook.worksheets.getItem(name).getRange(range);
      };
      const added = ws.charts.add(CHART_TYPES[chart.kind], rangeOf(first.values), 'Columns');
      added.name = `PlanSheets ${sheet.role} ${i + 1}`;
      added.title.text = chart.title;
      chart.series.forEach((series, s) => {
        const target = s === 0 ? added.series.getItemAt(0) : added.series.add();
        if (s > 0) target.setValues(rangeOf(series.values));
        target.setXAxisValues(rangeOf(series.categories));
        target.name = 'text' in series.name ? series.name.text : nameOf(series.name.ref);
      });
      added.setPosition(chart.from, chart.to);
    });
  }
}

/** "'Kuntaosuudet'!$A$4:$A$8" as its sheet and its range "A4:A8". */
export function sheetRange(ref: string): { sheet: string; range: string } {
  const bang = ref.lastIndexOf('!');
  const sheet = ref.slice(0, bang).replace(/^'(.*)'$/, '$1').replace(/''/g, "'");
  return { sheet, range: ref.slice(bang + 1).replace(/\$/g, '') };
}

/** Protection last, once everything is written: without a password, so nobody overwrites a formula by accident. */
export async function writeProtection(batch: Batch, ws: Excel.Worksheet, sheet: SheetLayout): Promise<void> {
  if (sheet.protected) await batch.queue(STATEMENT_OVERHEAD_BYTES, () => ws.protection.protect());
}

export type { Rectangle };
