/// <reference types="office-js" />
import type { GridReading } from '../app/ports';
import type { LaidOutWorkbook } from '../layout/lay-out-workbook';
import { gridFingerprint } from '../layout/sheet-fingerprint';
import type { Language } from '../model/plan';
import { canGenerate, capabilitiesOf, type DocumentApi, type FileLike, type IsSetSupported } from './capabilities';
import { LiveWorkbookError } from './excel.messages';
import type { AppendixPreparation, Capabilities, GenerateOptions, GenerationReport, LiveWorkbook, WorkbookMarker } from './live-workbook';
import { gridSheets, isReadSheet, readCells, readSheetInfo } from './read-grid';
import { Batch } from './request-budget';
import { DEFAULT_RETRY, withRetry, type RetryPolicy } from './retry';
import { asFingerprints, asMarker, FINGERPRINTS_KEY, loadSetting, MARKER_KEY, PENDING_SHEET } from './workbook-marker';
import { writeLayout } from './write-layout';

/** The signature of `Excel.run` (the form without a request-context argument). */
export type ExcelRun = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

export interface LiveWorkbookOptions {
  /** `Excel.run`, or a fake host's `run` in tests. */
  run: ExcelRun;
  /** `Office.context.requirements.isSetSupported`. */
  isSetSupported: IsSetSupported;
  /** `Office.context.document` (the Common API), where the platform has it: PDF export. */
  document?: DocumentApi;
  /** The language of the adapter's error sentences (copies aside take the workbook's language). Default Finnish. */
  language?: Language;
  /** The clock of `generatedAt`; tests fix it. */
  now?: () => Date;
  retry?: RetryPolicy;
}

/** Slices of the PDF asked from Excel: 4 MB, the Common API's largest. */
const PDF_SLICE_BYTES = 4 * 1024 * 1024;

/** The office-js adapter: the LiveWorkbook the task pane uses, over `Excel.run`. */
export function createLiveWorkbook(options: LiveWorkbookOptions): LiveWorkbook {
  const language = options.language ?? 'fi';
  const retry = options.retry ?? DEFAULT_RETRY;
  const now = options.now ?? (() => new Date());
  const run = <T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> => withRetry(() => options.run(batch), retry, language);
  const report = (): ReturnType<typeof capabilitiesOf> => capabilitiesOf(options.isSetSupported, options.document);
  const batchOf = (context: Excel.RequestContext): Batch => new Batch(context, { suspendScreenUpdating: report().missing.every((m) => m.feature !== 'printLayout') });

  const readGrid = (): Promise<GridReading> =>
    run(async (context) => {
      const batch = batchOf(context);
      const infos = await readSheetInfo(batch, undefined, options.isSetSupported('ExcelApi', '1.4'));
      const cells = await readCells(batch, infos.filter((i) => isReadSheet(i) && i.name !== PENDING_SHEET));
      return { ok: true as const, grid: { sheets: gridSheets(infos.filter((i) => i.name !== PENDING_SHEET), cells) } };
    });

  return {
    capabilities(): Capabilities {
      const { complete, missing } = report();
      return { complete, missing };
    },

    recognise(): Promise<WorkbookMarker | null> {
      if (!options.isSetSupported('ExcelApi', '1.4')) return Promise.resolve(null);
      return run(async (context) => {
        const value = loadSetting(context, MARKER_KEY);
        await context.sync();
        return asMarker(value());
      });
    },

    readGrid,

    changedDerivedSheets(): Promise<string[]> {
      if (!options.isSetSupported('ExcelApi', '1.4')) return Promise.resolve([]);
      return run(async (context) => {
        const batch = batchOf(context);
        const stored = loadSetting(context, FINGERPRINTS_KEY);
        const infos = await readSheetInfo(batch);
        const fingerprints = asFingerprints(stored());
        const derived = infos.filter((i) => fingerprints[i.name] !== undefined);
        const cells = await readCells(batch, derived);
        return derived.filter((i) => gridFingerprint({ cells: cells.get(i.name) ?? {} }) !== fingerprints[i.name]).map((i) => i.name);
      });
    },

    async generate(workbook: LaidOutWorkbook, generateOptions?: GenerateOptions): Promise<GenerationReport> {
      const capabilities = report();
      if (!canGenerate(capabilities)) {
        const missing = capabilities.missing.filter((m) => m.feature !== 'pdf' && m.feature !== 'tableResize').map((m) => m.set);
        throw new LiveWorkbookError('error.unsupported', language, { missing: [...new Set(missing)].join(', ') });
      }
      // A retry after a write began finds the marker "interrupted" and completes from the plan kept aside.
      return run((context) => writeLayout(context, workbook, { capabilities, now, language }, generateOptions));
    },

    selectCell(sheet: string, cell: string): Promise<void> {
      return run(async (context) => {
        const ws = context.workbook.worksheets.getItem(sheet);
        ws.activate();
        ws.getRange(cell).select();
        await context.sync();
      });
    },

    async prepareAppendices(sheets: readonly string[]): Promise<AppendixPreparation> {
      const wanted = new Set(sheets.map((s) => s.toLocaleUpperCase('fi')));
      const before = await run(async (context) => {
        const all = context.workbook.worksheets;
        all.load('items/name,items/visibility');
        await context.sync();
        const visibility = all.items.map((ws) => ({ name: ws.name, visibility: ws.visibility as string }));
        const chosen = all.items.filter((ws) => wanted.has(ws.name.toLocaleUpperCase('fi')));
        if (chosen.length === 0) return visibility;
        // Show the chosen ones first: Excel keeps at least one sheet visible.
        for (const ws of chosen) ws.visibility = 'Visible';
        for (const ws of all.items) if (!wanted.has(ws.name.toLocaleUpperCase('fi')) && ws.visibility === 'Visible') ws.visibility = 'Hidden';
        await context.sync();
        return visibility;
      });
      const shown = before.filter((s) => wanted.has(s.name.toLocaleUpperCase('fi'))).map((s) => s.name);
      return {
        sheets: shown,
        undo: () =>
          run(async (context) => {
            const all = context.workbook.worksheets;
            // Visible ones back first, then the hidden.
            const order = [...before].sort((a, b) => Number(a.visibility !== 'Visible') - Number(b.visibility !== 'Visible'));
            for (const { name, visibility } of order) all.getItem(name).visibility = visibility as Excel.SheetVisibility;
            await context.sync();
          }),
      };
    },

    async exportPdf(): Promise<Uint8Array | null> {
      const document = options.document;
      if (!report().pdf || !document) return null;
      const file = await new Promise<FileLike>((resolve, reject) =>
        document.getFileAsync('pdf', { sliceSize: PDF_SLICE_BYTES }, (result) => (result.status === 'succeeded' ? resolve(result.value) : reject(new Error(result.error?.message ?? 'getFileAsync failed')))),
      );
      try {
        const parts: Uint8Array[] = [];
        for (let i = 0; i < file.sliceCount; i++) {
          const slice = await new Promise<{ data: ArrayLike<number> | ArrayBuffer }>((resolve, reject) =>
            file.getSliceAsync(i, (result) => (result.status === 'succeeded' ? resolve(result.value) : reject(new Error(result.error?.message ?? 'getSliceAsync failed')))),
          );
          parts.push(slice.data instanceof ArrayBuffer ? new Uint8Array(slice.data) : Uint8Array.from(slice.data));
        }
        const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
        let at = 0;
        for (const part of parts) {
          out.set(part, at);
          at += part.length;
        }
        return out;
      } finally {
        file.closeAsync();
      }
    },
  };
}
