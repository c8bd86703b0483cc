import type { LaidOutWorkbook } from '../layout/lay-out-workbook';
import type { SheetGrid } from '../layout/sheet-grid';

/**
 * What the application needs of a host that holds workbooks: the .xlsx file
 * (src/xlsx) or the workbook open in Excel (src/excel). The use cases in
 * this folder decide everything; a host only reads a workbook into a grid
 * and writes a laid-out workbook.
 */

/** Why a host could not read a workbook at all (a workbook it could read is reported on cell by cell instead). */
export type UnreadableReason = 'empty' | 'not-xlsx' | 'encrypted' | 'too-large' | 'unsafe-xml' | 'damaged';

export type GridReading =
  | { ok: true; grid: SheetGrid }
  /** `detail` is technical English; `params` fill the reason's message (e.g. the size limit, the part). */
  | { ok: false; reason: UnreadableReason; detail: string; params?: Record<string, string | number> };

export interface WorkbookReader {
  /** The workbook's sheets, cells and tables; never throws on what the user's workbook holds. */
  readGrid(): Promise<GridReading>;
}

export interface WorkbookWriter<Written> {
  /** Writes every sheet of the layout (a host that keeps a live workbook writes only what it owns). */
  write(workbook: LaidOutWorkbook): Promise<Written>;
}
