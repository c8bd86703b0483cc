/** A1 addresses: column letters and row numbers, 1-based. */

export function columnLetter(index: number): string {
  if (!Number.isInteger(index) || index < 1) throw new RangeError(`column index must be a positive integer, got ${index}`);
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

/** Parses "B12" or "$B$12"; null when the text is not an A1 cell address. */
export function parseAddress(ref: string): CellPosition | null {
  const match = /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(ref.trim());
  if (!match) return null;
  return { column: columnIndex(match[1] as string), row: Number(match[2]) };
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
