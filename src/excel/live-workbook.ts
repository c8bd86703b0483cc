import type { GridReading } from '../app/ports';
import type { LaidOutWorkbook } from '../layout/lay-out-workbook';

/**
 * The workbook open in Excel, as the task pane uses it: the office-js
 * adapter's whole surface. Every decision (what to write, which cells are
 * whose, what a finding says) is made in the core; this only reads the
 * workbook into a grid and writes a laid-out workbook into it.
 */
export interface LiveWorkbook {
  /** What this Excel supports of what PlanSheets uses; what is missing is listed, never thrown. */
  capabilities(): Capabilities;
  /** The PlanSheets marker of the open workbook, or null when PlanSheets did not make it. */
  recognise(): Promise<WorkbookMarker | null>;
  /** The open workbook's sheets, cells and tables as a grid, read in chunks within Excel's limits. */
  readGrid(): Promise<GridReading>;
  /** The derived sheets people have changed since PlanSheets last wrote them (by the hash it keeps). */
  changedDerivedSheets(): Promise<string[]>;
  /**
   * Writes a laid-out workbook: the first generation, or a refresh over a
   * workbook people have edited (their rows are in the layout, read back by
   * the core first; derived sheets are rewritten in place; a derived sheet a
   * person changed is copied aside first; sheets PlanSheets did not make are
   * left alone). Completes an interrupted earlier generation.
   */
  generate(workbook: LaidOutWorkbook, options?: GenerateOptions): Promise<GenerationReport>;
  /** Activates a sheet and selects a cell: where a finding points. */
  selectCell(sheet: string, cell: string): Promise<void>;
  /** Makes only these sheets visible with their print setup, for printing or PDF; returns what to undo. */
  prepareAppendices(sheets: readonly string[]): Promise<AppendixPreparation>;
  /** The whole workbook as PDF, where the platform can (Excel on the web, Windows, Mac); null elsewhere. */
  exportPdf(): Promise<Uint8Array | null>;
}

export interface Capabilities {
  /** Everything PlanSheets does is available. */
  complete: boolean;
  /** The features this Excel lacks, each with the requirement set it needs, e.g. { feature: 'printLayout', set: 'ExcelApi 1.9' }. */
  missing: Array<{ feature: CapabilityFeature; set: string }>;
}

export type CapabilityFeature = 'generate' | 'settings' | 'dataValidation' | 'printLayout' | 'tableResize' | 'pdf';

/** What PlanSheets keeps in workbook.settings so that a reopened workbook is known. */
export interface WorkbookMarker {
  format: 'plansheets';
  schemaVersion: number;
  /** A hash of the layout last written. */
  layoutHash: string;
  /** ISO time of the last completed generation; null while one is in progress or was interrupted. */
  generatedAt: string | null;
  /** True when a generation started and did not finish: the next one completes it. */
  interrupted: boolean;
  /** Findings counts of the last generation, by severity. */
  findings: { error: number; warning: number; info: number };
}

export interface GenerationProgress {
  step: 'read' | 'compute' | 'write';
  /** Chunks written so far, and how many there are (1 of 1 for read and compute). */
  done: number;
  total: number;
}

export interface GenerateOptions {
  onProgress?: (progress: GenerationProgress) => void;
}

export interface GenerationReport {
  /** context.sync() calls the generation made. */
  syncs: number;
  /** The largest request sent, in UTF-8 bytes as measured by the adapter. */
  largestRequestBytes: number;
  /** All write requests sent, in UTF-8 bytes as estimated by the adapter (at least what is sent). */
  writtenBytes: number;
  /** The largest single write queued, as estimated. */
  largestWriteBytes: number;
  /** Derived sheets that people had changed, copied aside before being rewritten. */
  copiedAside: Array<{ sheet: string; copy: string }>;
  /** An interrupted earlier generation was completed. */
  resumed: boolean;
  /** Nothing differed from what the workbook already held. */
  unchanged: boolean;
}

export interface AppendixPreparation {
  sheets: string[];
  /** Restores the visibility the sheets had before. */
  undo(): Promise<void>;
}
