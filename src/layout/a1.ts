/** A1 addresses: column letters and row numbers, 1-based. */

/** Letters already worked out, by column index: every cell address of a layout asks for them. */
const LETTERS: string[] = [];
/** Excel's last column (XFD): the cache holds no more. */
const CACHED_COLUMNS = 16_384;

export function columnLetter(index: number): string {
  const cached = LETTERS[index];
  if (cached !== undefined) return cached;
  if (!Number.isInteger(index) || index < 1) throw new RangeError(`column index must be a positive integer, got ${index}`);
  const letters = lettersOf(index);
  if (index <= CACHED_COLUMNS) LETTERS[index] = letters;
  return letters;
}

function lettersOf(index: number): string {
  let letters = '';
  let n = index;
  while (n > 0) {
    const rem = (n - 1) % 26;
    letters = String.fromCharCode(65 + rem) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

export function columnIndex(letters: string): number {
  let index = 0;
  for (const ch of letters.toUpperCase()) index = index * 26 + (ch.charCodeAt(0) - 64);
  return index;
}

export function address(column: number, row: number): string {
  return `${columnLetter(column)}${row}`;
}

export function absoluteAddress(column: number, row: number): string {
  return `$${columnLetter(column)}$${row}`;
}

export function rangeAddress(fromColumn: number, fromRow: number, toColumn: number, toRow: number): string {
  return `${address(fromColumn, fromRow)}:${address(toColumn, toRow)}`;
}

export interface CellPosition {
  column: number;
  row: number;
}

const DOLLAR = 36;
const DIGIT_0 = 48;
const DIGIT_9 = 57;

/**
 * Parses "B12" or "$B$12"; null when the text is not an A1 cell address
 * (/^\$?[A-Za-z]{1,3}\$?\d+$/ after trimming). Scanned by hand: readers and
 * checks parse every cell's address.
 */
export function parseAddress(ref: string): CellPosition | null {
  const text = ref.trim();
  let i = text.charCodeAt(0) === DOLLAR ? 1 : 0;
  let column = 0;
  const lettersFrom = i;
  for (; i < text.length && i - lettersFrom < 4; i += 1) {
    const code = text.charCodeAt(i) | 0x20; // lower case
    if (code < 97 || code > 122) break;
    column = column * 26 + (code - 96);
  }
  const letters = i - lettersFrom;
  if (letters < 1 || letters > 3) return null;
  if (text.charCodeAt(i) === DOLLAR) i += 1;
  if (i >= text.length) return null;
  let row = 0;
  for (; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if (code < DIGIT_0 || code > DIGIT_9) return null;
    row = row * 10 + (code - DIGIT_0);
  }
  return { column, row };
}

/** Parses "A4:F9" (or a single cell) into its corners; null when malformed. */
export function parseRange(ref: string): { from: CellPosition; to: CellPosition } | null {
  const [first, second] = ref.split(':');
  const from = first === undefined ? null : parseAddress(first);
  const to = second === undefined ? from : parseAddress(second);
  return from && to ? { from, to } : null;
}

/** A sheet name quoted for use in a formula reference: 'Kunnat'!$A$1. */
export function sheetRef(sheetName: string, ref: string): string {
  return `'${sheetName.replace(/'/g, "''")}'!${ref}`;
}
