/**
 * A1 addresses: parsing, formatting and sheet-name quoting, Excel's grid size.
 * Pure and browser-safe.
 */

export const MAX_ROWS = 1_048_576;
export const MAX_COLUMNS = 16_384;

/** A rectangle of cells, zero-based. */
export interface CellRect {
  readonly row: number;
  readonly column: number;
  readonly rowCount: number;
  readonly columnCount: number;
}

export interface ParsedAddress {
  /** Sheet name without quotes, if the address named one. */
  readonly sheetName?: string;
  readonly rect: CellRect;
}

export function columnLetters(columnIndex: number): string {
  let n = columnIndex + 1;
  let letters = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    letters = String.fromCharCode(65 + rem) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

export function columnIndexOf(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

export function cellA1(row: number, column: number): string {
  return `${columnLetters(column)}${row + 1}`;
}

/** "A1" for one cell, "A1:B2" otherwise; whole columns/rows keep Excel's "A:B" / "1:2" forms. */
export function rectA1(rect: CellRect): string {
  if (rect.row === 0 && rect.rowCount === MAX_ROWS) {
    return `${columnLetters(rect.column)}:${columnLetters(rect.column + rect.columnCount - 1)}`;
  }
  if (rect.column === 0 && rect.columnCount === MAX_COLUMNS) {
    return `${rect.row + 1}:${rect.row + rect.rowCount}`;
  }
  const start = cellA1(rect.row, rect.column);
  if (rect.rowCount === 1 && rect.columnCount === 1) return start;
  return `${start}:${cellA1(rect.row + rect.rowCount - 1, rect.column + rect.columnCount - 1)}`;
}

/**
 * Excel quotes a sheet name in a reference unless it is a plain identifier
 * (letters, digits, underscore, dot, not starting with a digit) that cannot be
 * read as a cell reference. A quote inside the name is doubled.
 */
export function quoteSheetName(name: string): string {
  const plain = /^[A-Za-z_\u00C0-\u024F][A-Za-z0-9_.\u00C0-\u024F]*$/.test(name) && !/^[A-Za-z]{1,3}[0-9]+$/.test(name) && !/^(R|C|RC)([0-9]*)$/i.test(name);
  return plain ? name : `'${name.replace(/'/g, "''")}'`;
}

export function qualifiedA1(sheetName: string, rect: CellRect): string {
  return `${quoteSheetName(sheetName)}!${rectA1(rect)}`;
}

const cellPattern = /^\$?([A-Za-z]{1,3})\$?([0-9]{1,7})$/;
const columnPattern = /^\$?([A-Za-z]{1,3})$/;
const rowPattern = /^\$?([0-9]{1,7})$/;

function splitSheet(address: string): { sheetName?: string; local: string } | undefined {
  const bang = address.lastIndexOf('!');
  if (bang < 0) return { local: address };
  let sheet = address.slice(0, bang);
  const local = address.slice(bang + 1);
  if (sheet.startsWith("'")) {
    if (!sheet.endsWith("'") || sheet.length < 3) return undefined;
    sheet = sheet.slice(1, -1).replace(/''/g, "'");
  }
  if (sheet.length === 0) return undefined;
  return { sheetName: sheet, local };
}

/** Parses "A1", "A1:C3", "A:C", "2:4", "$A$1", "Sheet1!A1", "'Action plan'!A1:B2". Undefined if it is not an address. */
export function parseAddress(address: string): ParsedAddress | undefined {
  const split = splitSheet(address.trim());
  if (!split) return undefined;
  const parts = split.local.split(':');
  if (parts.length < 1 || parts.length > 2) return undefined;
  const first = parts[0] ?? '';
  const last = parts[1] ?? first;

  const c1 = cellPattern.exec(first);
  const c2 = cellPattern.exec(last);
  let rect: CellRect | undefined;
  if (c1 && c2) {
    const r1 = Number(c1[2]) - 1;
    const r2 = Number(c2[2]) - 1;
    const k1 = columnIndexOf(c1[1] ?? '');
    const k2 = columnIndexOf(c2[1] ?? '');
    rect = {
      row: Math.min(r1, r2),
      column: Math.min(k1, k2),
      rowCount: Math.abs(r2 - r1) + 1,
      columnCount: Math.abs(k2 - k1) + 1,
    };
  } else if (parts.length === 2 && columnPattern.test(first) && columnPattern.test(last)) {
    const k1 = columnIndexOf(first.replace('$', ''));
    const k2 = columnIndexOf(last.replace('$', ''));
    rect = { row: 0, column: Math.min(k1, k2), rowCount: MAX_ROWS, columnCount: Math.abs(k2 - k1) + 1 };
  } else if (parts.length === 2 && rowPattern.test(first) && rowPattern.test(last)) {
    const r1 = Number(first.replace('$', '')) - 1;
    const r2 = Number(last.replace('$', '')) - 1;
    rect = { row: Math.min(r1, r2), column: 0, rowCount: Math.abs(r2 - r1) + 1, columnCount: MAX_COLUMNS };
  }
  if (!rect || !insideGrid(rect)) return undefined;
  return split.sheetName === undefined ? { rect } : { sheetName: split.sheetName, rect };
}

export function insideGrid(rect: CellRect): boolean {
  return (
    rect.row >= 0 &&
    rect.column >= 0 &&
    rect.rowCount >= 1 &&
    rect.columnCount >= 1 &&
    rect.row + rect.rowCount <= MAX_ROWS &&
    rect.column + rect.columnCount <= MAX_COLUMNS
  );
}

export function rectsOverlap(a: CellRect, b: CellRect): boolean {
  return (
    a.row < b.row + b.rowCount &&
    b.row < a.row + a.rowCount &&
    a.column < b.column + b.columnCount &&
    b.column < a.column + a.columnCount
  );
}

export function rectContains(outer: CellRect, row: number, column: number): boolean {
  return row >= outer.row && row < outer.row + outer.rowCount && column >= outer.column && column < outer.column + outer.columnCount;
}

export function rectEquals(a: CellRect, b: CellRect): boolean {
  return a.row === b.row && a.column === b.column && a.rowCount === b.rowCount && a.columnCount === b.columnCount;
}

export function cellCount(rect: CellRect): number {
  return rect.rowCount * rect.columnCount;
}
