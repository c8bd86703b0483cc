import type { AsyncResultLike, DocumentApi, FileLike } from '../excel/capabilities';
import { createLiveWorkbook } from '../excel/create-live-workbook';
import type { LiveWorkbook } from '../excel/live-workbook';
import type { PaneLanguage } from './display-language';
import { messageLanguage } from './pane-text';

/**
 * The workbook open in Excel, through the office-js adapter (src/excel):
 * called once office.js is ready and the host is Excel. The adapter's own
 * sentences (errors, the names of sheets copied aside) follow the pane's
 * language; Swedish falls back to Finnish.
 */
export function openLiveWorkbook(language: PaneLanguage): LiveWorkbook {
  const context = Office.context;
  return createLiveWorkbook({
    run: (batch) => Excel.run(batch),
    isSetSupported: (name, minVersion) => context.requirements.isSetSupported(name, minVersion),
    document: commonDocument(context.document),
    language: messageLanguage(language),
  });
}

/** The Common API's document as the adapter asks for it (PDF only); office-js types its enums as numbers, they are strings at run time. */
function commonDocument(document: Office.Document | undefined): DocumentApi | undefined {
  if (!document || typeof document.getFileAsync !== 'function') return undefined;
  return {
    getFileAsync(fileType, options, callback) {
      if (fileType !== 'pdf') throw new Error(`PlanSheets asks only for PDF, not ${fileType}`);
      document.getFileAsync(Office.FileType.Pdf, options, (result) => callback(resultOf(result, fileOf)));
    },
  };
}

function resultOf<T, U>(result: Office.AsyncResult<T>, value: (from: T) => U): AsyncResultLike<U> {
  const succeeded = result.status === Office.AsyncResultStatus.Succeeded;
  return {
    status: succeeded ? 'succeeded' : 'failed',
    value: value(result.value),
    error: succeeded || !result.error ? undefined : { message: result.error.message },
  };
}

function fileOf(file: Office.File): FileLike {
  return {
    size: file?.size ?? 0,
    sliceCount: file?.sliceCount ?? 0,
    getSliceAsync: (index, callback) =>
      file.getSliceAsync(index, (result) => callback(resultOf(result, (slice) => ({ data: (slice?.data ?? []) as ArrayLike<number> | ArrayBuffer })))),
    closeAsync: (callback) => file.closeAsync(callback ? (result) => callback(resultOf(result, () => undefined)) : undefined),
  };
}
