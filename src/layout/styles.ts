import type { CellStyle } from './workbook-layout';

/** Locale-independent number format codes; Finnish Excel shows its own separators. */
export const FORMATS = {
  moneyCents: '#,##0.00 "€"',
  moneyEuros: '#,##0 "€"',
  percent1: '0.0 %',
  percent0: '0 %',
  integer: '#,##0',
  year: '0',
  decimal: '0.######',
  date: 'd.m.yyyy',
} as const;

/** The workbook's default font size (Calibri 11): the size of every cell that sets none. */
export const DEFAULT_FONT_SIZE = 11;

export const COLOURS = {
  headerFill: 'DCE6F1',
  titleFont: '1F3864',
  editableFill: 'FFFFFF',
  derivedFill: 'F2F2F2',
  errorFill: 'F8CBAD',
  warningFill: 'FFE699',
  infoFill: 'DDEBF7',
  okFill: 'C6EFCE',
} as const;

export const STYLES = {
  title: { bold: true, fontSize: 14, fontColor: COLOURS.titleFont } satisfies CellStyle,
  subtitle: { bold: true, fontSize: 11, fontColor: COLOURS.titleFont } satisfies CellStyle,
  header: { bold: true, fill: COLOURS.headerFill, wrap: true, vertical: 'top', border: { bottom: 'thin' } } satisfies CellStyle,
  label: { bold: true } satisfies CellStyle,
  wrapTop: { wrap: true, vertical: 'top' } satisfies CellStyle,
  money: { numberFormat: FORMATS.moneyCents } satisfies CellStyle,
  moneyEuros: { numberFormat: FORMATS.moneyEuros } satisfies CellStyle,
  percent: { numberFormat: FORMATS.percent1 } satisfies CellStyle,
  integer: { numberFormat: FORMATS.integer } satisfies CellStyle,
  date: { numberFormat: FORMATS.date } satisfies CellStyle,
  /** Cells people may edit on an otherwise protected sheet. */
  editable: { locked: false } satisfies CellStyle,
} as const;
