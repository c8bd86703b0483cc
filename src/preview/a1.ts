// A1 addresses for the grid view: column letters and rectangles.

/** 0 → "A", 25 → "Z", 26 → "AA". */
export function columnLetters(index: number): string {
  let letters = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

/** "A" → 0, "AA" → 26. */
export function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

export interface Rect {
  row: number;
  column: number;
  rowCount: number;
  columnCount: number;
}

/** "B3", "B3:D7", "$B$3", "Sheet!B3", "A:C", "2:4" as 0-based rows and columns (whole columns and rows end at `bounds`); undefined for anything else. */
export function parseRect(address: string, bounds: { rows: number; columns: number } = { rows: 1_048_576, columns: 16_384 }): Rect | undefined {
  const plain = address.replace(/\$/g, '').replace(/^.*!/, '').toUpperCase();
  const [from = '', to = from] = plain.split(':');
  const cell = /^([A-Z]{1,3})?(\d+)?$/;
  const a = cell.exec(from);
  const b = cell.exec(to);
  if (!a || !b || (!a[1] && !a[2]) || (!b[1] && !b[2])) return undefined;
  const c1 = a[1] ? columnIndex(a[1]) : 0;
  const c2 = b[1] ? columnIndex(b[1]) : bounds.columns - 1;
  const r1 = a[2] ? Number(a[2]) - 1 : 0;
  const r2 = b[2] ? Number(b[2]) - 1 : bounds.rows - 1;
  return { row: Math.min(r1, r2), column: Math.min(c1, c2), rowCount: Math.abs(r2 - r1) + 1, columnCount: Math.abs(c2 - c1) + 1 };
}

