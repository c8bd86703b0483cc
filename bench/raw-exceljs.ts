import ExcelJS from 'exceljs';
import type { CellStyle, CellValue, WorkbookLayout } from '../src/layout/workbook-layout';

/**
 * The baseline the .xlsx writer is measured against: the same cells (values,
 * formulas with their cached results), number formats, styles, column
 * widths, row heights and merges written straight with ExcelJS, with none
 * of the writer's checks, tables, charts or defined names. Its time is what
 * ExcelJS alone needs for the workbook; the writer's over it is overhead.
 */
export async function writeRawExcelJs(layout: WorkbookLayout): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  for (const sheet of layout.sheets) {
    const ws = workbook.addWorksheet(sheet.name);
    for (const cell of sheet.cells) {
      const target = ws.getCell(cell.ref);
      target.value = rawValue(cell.value);
      if (cell.style) target.style = rawStyle(cell.style);
    }
    for (const column of sheet.columns) ws.getColumn(column.index).width = column.width / 5.25;
    for (const row of sheet.rows) if (row.height !== undefined) ws.getRow(row.index).height = row.height;
    for (const merge of sheet.merges) ws.mergeCellsWithoutStyle(merge);
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

function rawValue(value: CellValue): ExcelJS.CellValue {
  switch (value.kind) {
    case 'text':
      return value.text;
    case 'number':
      return Number(value.value);
    case 'date':
      return new Date(`${value.iso}T00:00:00Z`);
    case 'boolean':
      return value.value;
    case 'formula': {
      const r = value.result;
      const result = r.kind === 'number' ? Number(r.value) : r.kind === 'text' ? r.text : r.kind === 'boolean' ? r.value : { error: r.error as ExcelJS.CellErrorValue['error'] };
      return { formula: value.formula, result } as ExcelJS.CellFormulaValue;
    }
  }
}

function rawStyle(style: CellStyle): Partial<ExcelJS.Style> {
  const color = (rgb: string): { argb: string } => ({ argb: `FF${rgb}` });
  const result: Partial<ExcelJS.Style> = {};
  if (style.numberFormat !== undefined) result.numFmt = style.numberFormat;
  if (style.bold || style.italic || style.fontSize !== undefined || style.fontColor !== undefined) {
    result.font = { name: 'Calibri', size: style.fontSize ?? 11, bold: style.bold, italic: style.italic, ...(style.fontColor ? { color: color(style.fontColor) } : {}) };
  }
  if (style.fill !== undefined) result.fill = { type: 'pattern', pattern: 'solid', fgColor: color(style.fill) };
  if (style.wrap !== undefined || style.horizontal !== undefined || style.vertical !== undefined || style.indent !== undefined) {
    result.alignment = { wrapText: style.wrap, horizontal: style.horizontal, vertical: style.vertical, indent: style.indent };
  }
  if (style.border !== undefined) {
    const b = style.border;
    result.border = {
      ...(b.top ? { top: { style: b.top } } : {}),
      ...(b.bottom ? { bottom: { style: b.bottom } } : {}),
      ...(b.left ? { left: { style: b.left } } : {}),
      ...(b.right ? { right: { style: b.right } } : {}),
    };
  }
  if (style.locked !== undefined) result.protection = { locked: style.locked };
  return result;
}
