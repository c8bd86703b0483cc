/**
 * What a range proxy is bound to — a sheet and a fixed rectangle — and the
 * protection checks Excel applies before changing cells.
 */
import { CellRect, cellCount, rectContains } from './a1-address';
import { fail } from './errors';
import type { SheetModel } from './workbook-model';

export interface RangeBinding {
  readonly sheet: SheetModel;
  readonly rect: CellRect;
}

/**
 * Changing contents of a locked cell on a protected sheet fails. Code
 * AccessDenied, message "You cannot perform the requested operation.", as
 * reported for the same case through Microsoft Graph's workbook API
 * (microsoftgraph/microsoft-graph-docs#4546). The brief's FACTS said
 * InvalidArgument; the source above was preferred.
 */
export function assertCellsEditable(binding: RangeBinding, location: string): void {
  const { sheet, rect } = binding;
  if (!sheet.protection.protected) return;
  let unlocked = 0;
  for (const [key, data] of sheet.cells) {
    if (data.format.locked !== false) continue;
    const [r, c] = key.split(',').map(Number) as [number, number];
    if (rectContains(rect, r, c)) unlocked++;
  }
  if (unlocked < cellCount(rect)) fail('AccessDenied', undefined, location);
}

/** ASSUMPTION: on a protected sheet, formatting needs the matching allow-option (as in Excel's Protect Sheet dialog), locked or not. */
export function assertFormattable(sheet: SheetModel, option: 'allowFormatCells' | 'allowFormatColumns' | 'allowFormatRows', location: string): void {
  if (sheet.protection.protected && sheet.protection.options[option] !== true) fail('AccessDenied', undefined, location);
}

export function assertNotProtected(sheet: SheetModel, location: string): void {
  if (sheet.protection.protected) fail('AccessDenied', undefined, location);
}

/** Iterates every cell of the rectangle (row-major). */
export function forEachCell(rect: CellRect, fn: (row: number, column: number) => void): void {
  for (let r = rect.row; r < rect.row + rect.rowCount; r++) for (let c = rect.column; c < rect.column + rect.columnCount; c++) fn(r, c);
}

/** The one value all cells share, or null when they differ (Excel's answer for a mixed range). */
export function commonValue<T>(sheet: SheetModel, rect: CellRect, read: (row: number, column: number) => T): T | null {
  let first: { value: T } | undefined;
  let mixed = false;
  if (cellCount(rect) > 200_000) {
    // Large ranges: only stored cells can differ from an untouched cell (read(-1, -1) reads no cell).
    const defaultValue = read(-1, -1);
    for (const key of sheet.cells.keys()) {
      const [r, c] = key.split(',').map(Number) as [number, number];
      if (rectContains(rect, r, c) && read(r, c) !== defaultValue) return null;
    }
    return defaultValue;
  }
  forEachCell(rect, (r, c) => {
    if (mixed) return;
    const value = read(r, c);
    if (!first) first = { value };
    else if (first.value !== value) mixed = true;
  });
  return mixed || !first ? null : first.value;
}
