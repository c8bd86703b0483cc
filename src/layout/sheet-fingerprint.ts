import { isoToSerial } from './excel-date';
import type { GridCell, GridSheet } from './sheet-grid';
import type { CellValue, SheetLayout } from './workbook-layout';

/**
 * A fingerprint of a sheet's cell contents, computed alike from the layout
 * PlanSheets wrote and from the grid read back from the workbook: a sheet
 * nobody has touched fingerprints equal to its layout, a sheet where someone
 * typed, cleared or replaced a value or a formula does not. It covers
 * contents only (what people change by typing), not formats.
 *
 * Each non-empty cell contributes "ref kind value": a formula by its text,
 * a number (dates as serials) by its shortest decimal form, text and
 * booleans by themselves. An empty text is no cell, as in the workbook.
 */
export function layoutFingerprint(sheet: Pick<SheetLayout, 'cells'>): string {
  const entries: string[] = [];
  for (const cell of sheet.cells) {
    const entry = layoutEntry(cell.value);
    if (entry !== null) entries.push(`${cell.ref}\u0001${entry}`);
  }
  return digest(entries);
}

export function gridFingerprint(sheet: Pick<GridSheet, 'cells'>): string {
  const entries: string[] = [];
  for (const [ref, cell] of Object.entries(sheet.cells)) {
    const entry = gridEntry(cell);
    if (entry !== null) entries.push(`${ref}\u0001${entry}`);
  }
  return digest(entries);
}

function layoutEntry(value: CellValue): string | null {
  switch (value.kind) {
    case 'text':
      return value.text === '' ? null : `s${value.text}`;
    case 'number':
      return `n${String(Number(value.value))}`;
    case 'date': {
      const serial = isoToSerial(value.iso);
      return serial === null ? `s${value.iso}` : `n${String(serial)}`;
    }
    case 'boolean':
      return `b${String(value.value)}`;
    case 'formula':
      return `f${value.formula.replace(/^=/, '')}`;
  }
}

function gridEntry(cell: GridCell): string | null {
  if (cell.formula !== undefined) return `f${cell.formula}`;
  if (cell.error !== undefined) return `e${cell.error}`;
  if (cell.value === null || cell.value === '') return null;
  if (typeof cell.value === 'number') return `n${String(cell.value)}`;
  if (typeof cell.value === 'boolean') return `b${String(cell.value)}`;
  return `s${cell.value}`;
}

/** Order-independent: the entries are sorted by address first. */
function digest(entries: string[]): string {
  entries.sort();
  return hash53(entries.join('\u0002'));
}

/** cyrb53: a fast 53-bit string hash, as hex (not cryptographic; it detects edits, it does not prove anything). */
export function hash53(text: string, seed = 0): string {
  // Math.imul read once: a global looked up per character is slow in some hosts (a VM sandbox, as under jest).
  const imul = Math.imul;
  let h1 = 0xdeadbeef ^ seed;
  let h2 = 0x41c6ce57 ^ seed;
  const length = text.length;
  for (let i = 0; i < length; i++) {
    const ch = text.charCodeAt(i);
    h1 = imul(h1 ^ ch, 2654435761);
    h2 = imul(h2 ^ ch, 1597334677);
  }
  h1 = imul(h1 ^ (h1 >>> 16), 2246822507) ^ imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = imul(h2 ^ (h2 >>> 16), 2246822507) ^ imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(16).padStart(14, '0');
}
