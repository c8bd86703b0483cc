import { parseAddress } from '../layout/a1';

/** A rectangle of cells, 1-based and inclusive, with the items at each position (every position filled). */
export interface Rectangle<T> {
  top: number;
  left: number;
  bottom: number;
  right: number;
  items: T[][];
}

/**
 * Covers a set of cells with few rectangles: runs of adjacent cells in a
 * row, then runs of rows with the same span stacked into one rectangle.
 * Every cell lands in exactly one rectangle, and no rectangle holds a cell
 * not in the set, so one write per rectangle writes exactly the set.
 */
export function rectangles<T extends { ref: string }>(cells: readonly T[]): Array<Rectangle<T>> {
  const byRow = new Map<number, Array<{ column: number; item: T }>>();
  for (const item of cells) {
    const at = parseAddress(item.ref);
    if (!at) throw new Error(`not a cell address: ${item.ref}`);
    const row = byRow.get(at.row) ?? [];
    row.push({ column: at.column, item });
    byRow.set(at.row, row);
  }
  const done: Array<Rectangle<T>> = [];
  let open = new Map<string, Rectangle<T>>();
  for (const row of [...byRow.keys()].sort((a, b) => a - b)) {
    const entries = (byRow.get(row) ?? []).sort((a, b) => a.column - b.column);
    const next = new Map<string, Rectangle<T>>();
    let i = 0;
    while (i < entries.length) {
      let j = i;
      while (j + 1 < entries.length && (entries[j + 1] as { column: number }).column === (entries[j] as { column: number }).column + 1) j++;
      const left = (entries[i] as { column: number }).column;
      const right = (entries[j] as { column: number }).column;
      const items = entries.slice(i, j + 1).map((e) => e.item);
      const key = `${left}:${right}`;
      const above = open.get(key);
      if (above && above.bottom === row - 1) {
        above.bottom = row;
        above.items.push(items);
        next.set(key, above);
        open.delete(key);
      } else {
        next.set(key, { top: row, left, bottom: row, right, items: [items] });
      }
      i = j + 1;
    }
    for (const rect of open.values()) done.push(rect);
    open = next;
  }
  for (const rect of open.values()) done.push(rect);
  return done.sort((a, b) => a.top - b.top || a.left - b.left);
}

/** Cuts a rectangle into bands of rows, each costing at most `maxBytes` by `cost` (at least one row each). */
export function rowBands<T>(rect: Rectangle<T>, cost: (row: T[]) => number, maxBytes: number): Array<Rectangle<T>> {
  const bands: Array<Rectangle<T>> = [];
  let start = 0;
  let bytes = 0;
  rect.items.forEach((row, i) => {
    const rowBytes = cost(row);
    if (i > start && bytes + rowBytes > maxBytes) {
      bands.push({ ...rect, top: rect.top + start, bottom: rect.top + i - 1, items: rect.items.slice(start, i) });
      start = i;
      bytes = 0;
    }
    bytes += rowBytes;
  });
  bands.push({ ...rect, top: rect.top + start, bottom: rect.bottom, items: rect.items.slice(start) });
  return bands;
}
