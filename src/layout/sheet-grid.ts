/**
 * SheetGrid: what both adapters (ExcelJS for .xlsx, office-js for a live
 * workbook) read out of a workbook, as plain data. `layout/read` turns it into
 * a Plan plus findings located at {sheet, cell}.
 */

export interface GridCell {
  /**
   * The cell's value: a number (dates as Excel serial numbers), text, a
   * boolean, or null when empty. For a formula cell, its last computed value
   * (null when the file carries none).
   */
  value: number | string | boolean | null;
  /** The formula without the leading "=", when the cell holds one. */
  formula?: string;
  /** The cell's number format code, when not General. */
  numberFormat?: string;
  /** An error value such as "#NAME?" or "#DIV/0!". */
  error?: string;
}

export interface GridTable {
  name: string;
  /** The whole table including the header row, e.g. "A4:F9". */
  ref: string;
  /** Header texts in column order. */
  columns: string[];
}

export interface GridSheet {
  name: string;
  hidden: boolean;
  /** Keyed by A1 address; absent keys are empty cells. */
  cells: Record<string, GridCell>;
  tables: GridTable[];
}

export interface SheetGrid {
  sheets: GridSheet[];
  /** What the workbook holds that is not read (see UnreadContent); absent when the host does not look. */
  unread?: UnreadContent[];
}

/**
 * Something a workbook holds that PlanSheets does not read, so a rebuild
 * does not carry it over: a chart, picture, comments or pivot table on a
 * sheet, or the workbook's macros. A host that cannot see these leaves them out.
 */
export type UnreadContent =
  | { kind: 'chart'; sheet: string; title: string }
  | { kind: 'picture' | 'comments' | 'pivot-table'; sheet: string; count: number }
  | { kind: 'macros' };
