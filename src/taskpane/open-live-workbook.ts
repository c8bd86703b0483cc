import { createLiveWorkbook, type DocumentApi } from '../excel';
import type { LiveWorkbook } from '../excel/live-workbook';

/**
 * The workbook open in Excel, through the office-js adapter (src/excel),
 * over the `Office` and `Excel` globals office.js installs (the browser
 * preview's fake host installs the same globals). Null where they are
 * missing, and the pane says it cannot start rather than pretend.
 */
export function openLiveWorkbook(): LiveWorkbook | null {
  if (typeof Office === 'undefined' || typeof Excel === 'undefined' || typeof Excel.run !== 'function') return null;
  // office-js types the file type as an enum of strings ("pdf"); the adapter passes the string.
  const document = (Office.context.document ?? undefined) as unknown as DocumentApi | undefined;
  return createLiveWorkbook({
    run: (batch) => Excel.run(batch),
    isSetSupported: (name, minVersion) => Office.context.requirements.isSetSupported(name, minVersion),
    document: document && typeof document.getFileAsync === 'function' ? document : undefined,
  });
}
