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

export interface PreviewHandle {
  readonly host: FakeExcelHost;
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

window.__plansheetsPreview = {
  host,
  options,
  snapshot: () => host.snapshot(),
  get syncCount() {
    return host.syncCount;
  },
  get requests() {
    return host.requests;
  },
};
