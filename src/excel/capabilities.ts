import type { Capabilities, CapabilityFeature } from './live-workbook';

/** `Office.context.requirements.isSetSupported`, injected so that tests and the pane pass their own. */
export type IsSetSupported = (name: string, minVersion?: string) => boolean;

/**
 * What PlanSheets needs of Excel, by ExcelApi requirement set.
 *
 * Generation needs ExcelApi 1.9, the highest set any step of it uses:
 * - page layout (orientation, A4, fit to width, margins, print area, print
 *   titles, page breaks) and headers/footers are ExcelApi 1.9, as is
 *   `suspendScreenUpdatingUntilNextSync`;
 * - data validation lists and `runtime.enableEvents` are 1.8;
 * - worksheet copy (a changed derived sheet kept aside), tab colours and
 *   freeze panes are 1.7;
 * - conditional formats and `suspendApiCalculationUntilNextSync` are 1.6;
 * - workbook settings (the marker) and the *OrNullObject getters are 1.4.
 * A workbook without its print setup would not be fit for the council, so
 * generation is refused below 1.9 rather than written partly.
 * Table resize (1.13) is optional: without it, surplus table rows are
 * deleted one by one. PDF export is the Common API's
 * `getFileAsync(Office.FileType.Pdf)`, present only where the document API
 * is (PdfFile requirement set).
 */
export const REQUIREMENTS: ReadonlyArray<{ feature: CapabilityFeature; set: string; version: string; name: string; required: boolean }> = [
  { feature: 'settings', set: 'ExcelApi 1.4', name: 'ExcelApi', version: '1.4', required: true },
  { feature: 'dataValidation', set: 'ExcelApi 1.8', name: 'ExcelApi', version: '1.8', required: true },
  { feature: 'printLayout', set: 'ExcelApi 1.9', name: 'ExcelApi', version: '1.9', required: true },
  { feature: 'generate', set: 'ExcelApi 1.9', name: 'ExcelApi', version: '1.9', required: true },
  { feature: 'tableResize', set: 'ExcelApi 1.13', name: 'ExcelApi', version: '1.13', required: false },
];

export interface DocumentApi {
  getFileAsync(fileType: string, options: { sliceSize: number }, callback: (result: AsyncResultLike<FileLike>) => void): void;
}
export interface AsyncResultLike<T> {
  status: 'succeeded' | 'failed' | string;
  value: T;
  error?: { message: string };
}
export interface FileLike {
  size: number;
  sliceCount: number;
  getSliceAsync(index: number, callback: (result: AsyncResultLike<{ data: ArrayLike<number> | ArrayBuffer }>) => void): void;
  closeAsync(callback?: (result: AsyncResultLike<void>) => void): void;
}

export interface CapabilityReport extends Capabilities {
  /** ExcelApi 1.13: Table.resize. */
  tableResize: boolean;
  pdf: boolean;
}

export function capabilitiesOf(isSetSupported: IsSetSupported, document: DocumentApi | undefined): CapabilityReport {
  const missing: Capabilities['missing'] = [];
  for (const requirement of REQUIREMENTS) {
    if (!isSetSupported(requirement.name, requirement.version)) missing.push({ feature: requirement.feature, set: requirement.set });
  }
  const pdf = document !== undefined && typeof document.getFileAsync === 'function' && isSetSupported('PdfFile', '1.1');
  if (!pdf) missing.push({ feature: 'pdf', set: 'PdfFile 1.1' });
  return {
    complete: missing.length === 0,
    missing,
    tableResize: !missing.some((m) => m.feature === 'tableResize'),
    pdf,
  };
}

/** Whether generation may run: every required set is there. */
export function canGenerate(capabilities: Capabilities): boolean {
  return !capabilities.missing.some((m) => REQUIREMENTS.find((r) => r.feature === m.feature)?.required === true);
}
