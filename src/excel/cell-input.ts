import { isoToSerial } from '../layout/excel-date';
import type { CellStyle, CellValue } from '../layout/workbook-layout';

/**
 * A layout value as the entry of a `formulas` array: what Excel takes as
 * typed input, so every kind is written so that Excel cannot read it as
 * anything else in any locale.
 * - text: a leading apostrophe, so "=A1", "+1", "1.2", "1,5", "12 %",
 *   "TRUE" or "3/4" stay text (the apostrophe is not part of the value);
 *   an empty text clears the cell;
 * - numbers: JS numbers from the layout's decimal strings;
 * - dates: serial numbers (their format comes with the cell's number format);
 * - booleans: JS booleans;
 * - formulas: "=" and the formula (English names, "," separators).
 */
export function formulaInput(value: CellValue): string | number | boolean {
  switch (value.kind) {
    case 'text':
      return value.text === '' ? '' : `'${value.text}`;
    case 'number': {
      const number = Number(value.value);
      if (!Number.isFinite(number)) throw new Error(`"${value.value}" is not a number`);
      return number;
    }
    case 'date': {
      const serial = isoToSerial(value.iso);
      if (serial === null) throw new Error(`"${value.iso}" is not a date Excel can hold`);
      return serial;
    }
    case 'boolean':
      return value.value;
    case 'formula':
      return `=${value.formula.replace(/^=/, '')}`;
  }
}

/** The number format a cell is written with: its style's, else General. */
export function numberFormatOf(style: CellStyle | undefined): string {
  return style?.numberFormat ?? 'General';
}

/** A style without its number format (written with the values), as a key for grouping equal styles. */
export function formatKey(style: CellStyle | undefined): string | null {
  if (!style) return null;
  const { numberFormat: _numberFormat, ...rest } = style;
  void _numberFormat;
  if (Object.keys(rest).length === 0) return null;
  return JSON.stringify(rest, Object.keys(rest).sort());
}
