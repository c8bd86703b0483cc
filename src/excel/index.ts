/** The office-js adapter: the live workbook the task pane drives. */
export { createLiveWorkbook, type ExcelRun, type LiveWorkbookOptions } from './create-live-workbook';
export type * from './live-workbook';
export { LiveWorkbookError, excelMessages, type ExcelMessageKey } from './excel.messages';
export type { IsSetSupported, DocumentApi } from './capabilities';
