/**
 * Where a plan object stands in a workbook: the table row it came from (when
 * the workbook is read) or was written to (when the workbook is laid out).
 * Both the reader and the sheet builders record placements, so findings
 * about a plan point at cells the same way whichever way the workbook came.
 */
export interface Placement {
  /** The table's stable name, e.g. "Goals". */
  table: string;
  /** The row's key columns as typed, trimmed, lower-cased and joined by "|": an id, a year, or pool|municipality. */
  key: string;
  sheet: string;
  /** 1-based sheet row. */
  row: number;
  /** Sheet column (1-based) of each column key of the table's spec. */
  columns: ReadonlyMap<string, number>;
}

/** Every placement of a workbook, plus the cells the council rule's numbers stand in. */
export interface PlacementIndex {
  placements: readonly Placement[];
  /** The council rule's cells, by field of plan.council. */
  councilCells: ReadonlyMap<string, { sheet: string; cell: string }>;
  /** The cells that hold the plan's prose (its chapters), with their text, for findings about a sentence of it. */
  proseCells: readonly ProseCell[];
}

export interface ProseCell {
  sheet: string;
  cell: string;
  text: string;
}

/** The columns that identify a row of each table (an id unless said otherwise). */
export const TABLE_ROW_KEYS: Readonly<Record<string, readonly string[]>> = {
  BudgetYears: ['year'],
  PoolMembers: ['pool', 'municipality'],
  PreviousContributions: ['municipality'],
  MetricValues: ['metric', 'year'],
};

export function rowKeyColumns(table: string): readonly string[] {
  return TABLE_ROW_KEYS[table] ?? ['id'];
}

/** Ids match as Excel matches them: ignoring case and surrounding spaces. */
export function rowKey(parts: ReadonlyArray<string | number>): string {
  return parts.map((p) => String(p).trim().toLocaleLowerCase('fi')).join('|');
}
