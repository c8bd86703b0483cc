/**
 * Writing and reading cell contents with Excel's rules: typed strings go
 * through the locale parser, null leaves a cell alone, "" clears it; formulas
 * are never calculated here (see FormulaEvaluator).
 */
import { CellRect, cellA1 } from './a1-address';
import { fail } from './errors';
import type { HostContext } from './host-context';
import { ERROR_LITERALS, parseTypedInput } from './locale-input';
import { CellContent, CellData, SheetModel } from './workbook-model';

/** The error value a formula cell shows when no evaluator supplied its value. Not a real Excel error: it cannot be mistaken for one. */
export const UNCALCULATED = '#UNCALCULATED!';

export type CellScalar = number | string | boolean;

export const MAX_CELL_TEXT = 32_767;
export const MAX_FORMULA_LENGTH = 8_192;

/** Checks a 2-D array against the range's shape; Excel rejects any other size with InvalidArgument. */
export function checkShape(matrix: unknown, rect: CellRect, location: string): unknown[][] {
  if (!Array.isArray(matrix) || matrix.length !== rect.rowCount) {
    fail('InvalidArgument', 'The number of rows or columns in the input array doesn\'t match the size or dimensions of the range.', location);
  }
  for (const row of matrix) {
    if (!Array.isArray(row) || row.length !== rect.columnCount) {
      fail('InvalidArgument', 'The number of rows or columns in the input array doesn\'t match the size or dimensions of the range.', location);
    }
  }
  return matrix as unknown[][];
}

/**
 * Excel also takes a single value (not an array) for a multi-cell range and
 * writes it to every cell. ASSUMPTION: same for values, formulas and numberFormat.
 */
export function toMatrix(input: unknown, rect: CellRect, location: string): unknown[][] {
  if (!Array.isArray(input)) {
    return Array.from({ length: rect.rowCount }, () => Array.from({ length: rect.columnCount }, () => input));
  }
  return checkShape(input, rect, location);
}

function contentFromInput(input: unknown, host: HostContext, location: string): { content: CellContent | undefined; numberFormat?: string } {
  if (typeof input === 'number') {
    if (!Number.isFinite(input)) fail('InvalidArgument', undefined, location);
    return { content: { type: 'constant', value: input } };
  }
  if (typeof input === 'boolean') return { content: { type: 'constant', value: input } };
  if (typeof input !== 'string') fail('InvalidArgument', undefined, location);
  const typed = parseTypedInput(input, { locale: host.locale, today: host.today() });
  // Excel's specifications: a cell holds at most 32 767 characters; a formula is at most 8 192 characters long.
  if (typed.kind === 'text' && typed.text.length > MAX_CELL_TEXT) fail('InvalidArgument', 'Text values in a cell are limited to 32767 characters.', location);
  if (typed.kind === 'formula' && typed.formula.length > MAX_FORMULA_LENGTH) fail('InvalidArgument', 'Formulas are limited to 8192 characters.', location);
  switch (typed.kind) {
    case 'empty':
      return { content: undefined };
    case 'text':
      return { content: { type: 'constant', value: typed.text } };
    case 'boolean':
      return { content: { type: 'constant', value: typed.value } };
    case 'error':
      return { content: { type: 'error', text: typed.text } };
    case 'formula':
      return { content: { type: 'formula', formula: typed.formula } };
    case 'number':
      return typed.numberFormat === undefined ? { content: { type: 'constant', value: typed.value } } : { content: { type: 'constant', value: typed.value }, numberFormat: typed.numberFormat };
  }
}

/** Writes `values` or `formulas` (both behave like typing). A null entry leaves its cell unchanged. */
export function writeContents(sheet: SheetModel, rect: CellRect, input: unknown, host: HostContext, location: string): void {
  const matrix = toMatrix(input, rect, location);
  // Parse everything first so a bad entry fails the action before any cell changes.
  const parsed = matrix.map((row) => row.map((cell) => (cell === null || cell === undefined ? null : contentFromInput(cell, host, location))));
  parsed.forEach((row, r) =>
    row.forEach((entry, c) => {
      if (entry === null) return;
      const data = sheet.cellForWrite(rect.row + r, rect.column + c);
      data.content = entry.content;
      if (entry.numberFormat !== undefined) data.numberFormat = entry.numberFormat;
    }),
  );
}

export function writeNumberFormats(sheet: SheetModel, rect: CellRect, input: unknown, location: string): void {
  const matrix = toMatrix(input, rect, location);
  matrix.forEach((row, r) =>
    row.forEach((format, c) => {
      if (format === null || format === undefined) return;
      if (typeof format !== 'string') fail('InvalidArgument', undefined, location);
      sheet.cellForWrite(rect.row + r, rect.column + c).numberFormat = format === '' ? 'General' : format;
    }),
  );
}

/** A cell's value: constants as stored, errors as their text, formulas through the evaluator. */
export function cellValue(sheet: SheetModel, row: number, column: number, host: HostContext): CellScalar {
  const content = sheet.cell(row, column)?.content;
  if (!content) return '';
  if (content.type === 'constant') return content.value;
  if (content.type === 'error') return content.text;
  const computed = host.evaluate?.(sheet.name, cellA1(row, column), content.formula);
  return computed === undefined ? UNCALCULATED : computed;
}

export function cellFormula(data: CellData | undefined): CellScalar {
  const content = data?.content;
  if (!content) return '';
  if (content.type === 'formula') return content.formula;
  if (content.type === 'error') return content.text;
  return content.value;
}

export function cellValueType(sheet: SheetModel, row: number, column: number, host: HostContext): string {
  const content = sheet.cell(row, column)?.content;
  if (!content) return 'Empty';
  if (content.type === 'error') return 'Error';
  const value = cellValue(sheet, row, column, host);
  if (content.type === 'formula' && typeof value === 'string' && (value === UNCALCULATED || ERROR_LITERALS.includes(value))) return 'Error';
  if (typeof value === 'number') return 'Double';
  if (typeof value === 'boolean') return 'Boolean';
  return value === '' ? 'Empty' : 'String';
}

export function mapRect<T>(rect: CellRect, fn: (row: number, column: number) => T): T[][] {
  return Array.from({ length: rect.rowCount }, (_, r) => Array.from({ length: rect.columnCount }, (_, c) => fn(rect.row + r, rect.column + c)));
}

/** Clears contents and/or formats in a rectangle. */
export function clearRect(sheet: SheetModel, rect: CellRect, applyTo: string): void {
  const contents = applyTo === 'All' || applyTo === 'Contents' || applyTo === 'ResetContents';
  const formats = applyTo === 'All' || applyTo === 'Formats';
  for (const [key, data] of [...sheet.cells]) {
    const [r, c] = key.split(',').map(Number) as [number, number];
    if (r < rect.row || r >= rect.row + rect.rowCount || c < rect.column || c >= rect.column + rect.columnCount) continue;
    if (contents) data.content = undefined;
    if (formats) {
      // ASSUMPTION: the locked flag is part of the cell format, so clearing formats locks the cell again.
      data.numberFormat = 'General';
      data.format = {};
    }
    if (!data.content && data.numberFormat === 'General' && Object.keys(data.format).length === 0) sheet.cells.delete(key);
  }
}
