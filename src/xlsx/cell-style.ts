import type { Borders, Fill, Font, Style } from 'exceljs';
import type { CellStyle, ConditionalFormatLayout } from '../layout/workbook-layout';

/** The workbook's default font; a cell font must name it, or Excel falls back to an odd one. */
const BASE_FONT: Partial<Font> = { name: 'Calibri', family: 2, size: 11 };

const argb = (rgb: string): { argb: string } => ({ argb: `FF${rgb.replace(/^#/, '').toUpperCase()}` });

/** A layout cell style as an ExcelJS style; properties the layout leaves out stay Excel's defaults. */
export function toExcelStyle(style: CellStyle): Partial<Style> {
  const result: Partial<Style> = {};
  if (style.numberFormat !== undefined) result.numFmt = style.numberFormat;
  if (style.bold !== undefined || style.italic !== undefined || style.fontSize !== undefined || style.fontColor !== undefined) {
    result.font = {
      ...BASE_FONT,
      ...(style.fontSize !== undefined ? { size: style.fontSize } : {}),
      ...(style.bold ? { bold: true } : {}),
      ...(style.italic ? { italic: true } : {}),
      ...(style.fontColor !== undefined ? { color: argb(style.fontColor) } : {}),
    };
  }
  if (style.fill !== undefined) result.fill = solidFill(style.fill);
  if (style.wrap !== undefined || style.horizontal !== undefined || style.vertical !== undefined || style.indent !== undefined) {
    result.alignment = {
      ...(style.wrap !== undefined ? { wrapText: style.wrap } : {}),
      ...(style.horizontal !== undefined ? { horizontal: style.horizontal } : {}),
      ...(style.vertical !== undefined ? { vertical: style.vertical } : {}),
      ...(style.indent !== undefined ? { indent: style.indent } : {}),
    };
  }
  if (style.border !== undefined) {
    const border: Partial<Borders> = {};
    for (const side of ['top', 'bottom', 'left', 'right'] as const) {
      const edge = style.border[side];
      if (edge !== undefined) border[side] = { style: edge };
    }
    result.border = border;
  }
  if (style.locked !== undefined) result.protection = { locked: style.locked };
  return result;
}

function solidFill(rgb: string): Fill {
  return { type: 'pattern', pattern: 'solid', fgColor: argb(rgb), bgColor: argb(rgb) };
}

/** The differential style of a conditional format (only what it changes). */
export function toConditionalStyle(style: ConditionalFormatLayout['style']): Partial<Style> {
  const result: Partial<Style> = {};
  if (style.fill !== undefined) result.fill = solidFill(style.fill);
  if (style.fontColor !== undefined || style.bold !== undefined) {
    result.font = {
      ...(style.bold !== undefined ? { bold: style.bold } : {}),
      ...(style.fontColor !== undefined ? { color: argb(style.fontColor) } : {}),
    };
  }
  return result;
}
