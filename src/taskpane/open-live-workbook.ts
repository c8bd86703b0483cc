import type { LiveWorkbook } from '../excel/live-workbook';

/**
 * The workbook open in Excel, through the office-js adapter (src/excel).
 * The adapter is built in branch `excel`; until it is merged this returns
 * null and the pane says it cannot start, rather than pretend.
 */
export function openLiveWorkbook(): LiveWorkbook | null {
  return null;
}
