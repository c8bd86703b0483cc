import { parseAddress, parseRange } from '../layout/a1';

/**
 * The table whose data rows hold a cell: what an unqualified [Column] or
 * [@Column] in the cell's formula refers to. The header row is not part of it.
 */
export function containingTable<T extends { ref: string }>(tables: readonly T[], cellRef: string): T | undefined {
  return tableFinder(tables)(cellRef);
}

/**
 * containingTable for many cells of one sheet: the tables' ranges are
 * parsed once, not once per cell.
 */
export function tableFinder<T extends { ref: string }>(tables: readonly T[]): (cellRef: string) => T | undefined {
  const ranges = tables.map((table) => ({ table, range: parseRange(table.ref) }));
  return (cellRef) => {
    if (ranges.length === 0) return undefined;
    const cell = parseAddress(cellRef);
    if (!cell) return undefined;
    return ranges.find(
      ({ range }) =>
        range !== null && cell.row > range.from.row && cell.row <= range.to.row && cell.column >= range.from.column && cell.column <= range.to.column,
    )?.table;
  };
}
