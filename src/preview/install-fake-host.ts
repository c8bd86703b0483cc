/**
 * Runs before any of the pane's code: creates the fake Excel host and
 * installs `Office`, `Excel` and `OfficeExtension` on window, where the
 * production page gets them from Microsoft's office.js. index.tsx imports
 * this module first, so the pane's bootstrap finds the globals at start-up.
 *
 * Also exposes `window.__plansheetsPreview` for the end-to-end test (and the
 * curious, from the console): the host, its snapshot and its sync counters.
 */
import { FakeExcelHost, installFakeOffice, type SyncRecord, type WorkbookSnapshot } from '../excel/fake-host';
import { firstSheetName, previewOptions, type PreviewOptions } from './preview-options';

/** One `Excel.run` the pane made: the syncs it counted on the host (numbers first..last, none when first > last). */
export interface PreviewRun {
  readonly index: number;
  readonly firstSync: number;
  readonly lastSync: number;
  readonly ok: boolean;
}

export interface PreviewHandle {
  readonly host: FakeExcelHost;
  /** Every `Excel.run` so far, in order of their start, so a test can tell one use case's syncs (e.g. the generation) from the reads around it. */
  readonly runs: readonly PreviewRun[];
  readonly options: PreviewOptions;
  snapshot(): WorkbookSnapshot;
  readonly syncCount: number;
  readonly requests: readonly SyncRecord[];
}

declare global {
  interface Window {
    __plansheetsPreview?: PreviewHandle;
  }
}

export const options = previewOptions(window.location.search);

/**
 * No formula evaluator: the fake host does not calculate, and the layout
 * carries no cached results for formula cells (src/layout/workbook-layout.ts
 * has only the formula text), so formula cells read as UNCALCULATED and the
 * grid view shows their formula text instead.
 */
export const host = new FakeExcelHost({ locale: options.locale, profile: options.profile, sheets: [firstSheetName(options)] });

installFakeOffice(window, host, { displayLanguage: options.displayLanguage, platform: 'OfficeOnline' });

// Excel.run as installed, wrapped to note which syncs each run made (the host counts them all together).
const runs: PreviewRun[] = [];
const excel = (window as unknown as { Excel: { run: <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T> } }).Excel;
const run = excel.run;
excel.run = async <T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> => {
  const index = runs.length;
  const firstSync = host.syncCount + 1;
  runs.push({ index, firstSync, lastSync: firstSync - 1, ok: false });
  const settle = (ok: boolean) => {
    runs[index] = { index, firstSync, lastSync: host.syncCount, ok };
  };
  try {
    const result = await run(batch);
    settle(true);
    return result;
  } catch (error) {
    settle(false);
    throw error;
  }
};

window.__plansheetsPreview = {
  host,
  runs,
  options,
  snapshot: () => host.snapshot(),
  get syncCount() {
    return host.syncCount;
  },
  get requests() {
    return host.requests;
  },
};
