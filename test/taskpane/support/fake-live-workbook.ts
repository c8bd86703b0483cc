import { layOutPlan, openPlanFile, type GridReading, type LaidOutWorkbook } from '../../../src/app';
import type {
  AppendixPreparation,
  Capabilities,
  GenerateOptions,
  GenerationReport,
  LiveWorkbook,
  WorkbookMarker,
} from '../../../src/excel/live-workbook';
import { gridFromLayout } from '../../../src/layout/layout-grid';
import type { SheetGrid } from '../../../src/layout/sheet-grid';
import type { Plan } from '../../../src/model/plan';
import kaustinen from '../../../examples/kaustinen-2026.plan.json';

/** One call the pane made, with its arguments. */
export interface Call {
  method: keyof LiveWorkbook | 'undo';
  args: unknown[];
}

export interface FakeOptions {
  /** The marker recognise() answers; null: a workbook PlanSheets did not make. */
  marker?: WorkbookMarker | null;
  /** What readGrid() answers (a grid is wrapped as a successful reading). */
  grid?: SheetGrid | GridReading;
  /** Features this Excel lacks. */
  missing?: Capabilities['missing'];
  /** What changedDerivedSheets() answers. */
  changed?: string[];
  /** How many chunks generate() writes, reporting progress after each. */
  chunks?: number;
  /** generate() waits for this before it finishes (to look at the pane while it runs). */
  hold?: Promise<void>;
  /** generate() fails with this after writing half its chunks. */
  failWith?: Error;
  /** What exportPdf() gives. */
  pdf?: Uint8Array | null;
}

const tick = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** LiveWorkbook in memory: records every call; generate() makes the grid readGrid() then returns. */
export class FakeLiveWorkbook implements LiveWorkbook {
  readonly calls: Call[] = [];
  readonly generated: LaidOutWorkbook[] = [];
  private marker: WorkbookMarker | null;
  private reading: GridReading | null;
  private readonly options: FakeOptions;

  constructor(options: FakeOptions = {}) {
    this.options = options;
    this.marker = options.marker ?? null;
    const grid = options.grid;
    this.reading = grid === undefined ? null : 'sheets' in grid ? { ok: true, grid } : grid;
  }

  callsOf(method: Call['method']): Call[] {
    return this.calls.filter((call) => call.method === method);
  }

  capabilities(): Capabilities {
    this.calls.push({ method: 'capabilities', args: [] });
    const missing = this.options.missing ?? [];
    return { complete: missing.length === 0, missing };
  }

  async recognise(): Promise<WorkbookMarker | null> {
    this.calls.push({ method: 'recognise', args: [] });
    await tick();
    return this.marker;
  }

  async readGrid(): Promise<GridReading> {
    this.calls.push({ method: 'readGrid', args: [] });
    await tick();
    return this.reading ?? { ok: true, grid: { sheets: [{ name: 'Taul1', hidden: false, cells: {}, tables: [] }] } };
  }

  async changedDerivedSheets(): Promise<string[]> {
    this.calls.push({ method: 'changedDerivedSheets', args: [] });
    await tick();
    return this.options.changed ?? [];
  }

  async generate(workbook: LaidOutWorkbook, options: GenerateOptions = {}): Promise<GenerationReport> {
    this.calls.push({ method: 'generate', args: [workbook] });
    const total = this.options.chunks ?? 3;
    const resumed = this.marker?.interrupted ?? false;
    options.onProgress?.({ step: 'read', done: 1, total: 1 });
    await tick();
    options.onProgress?.({ step: 'compute', done: 1, total: 1 });
    for (let done = 1; done <= total; done++) {
      await tick();
      if (this.options.failWith && done > total / 2) {
        this.marker = { ...(this.marker ?? emptyMarker()), interrupted: true, generatedAt: null };
        throw this.options.failWith;
      }
      options.onProgress?.({ step: 'write', done, total });
    }
    if (this.options.hold) await this.options.hold;
    const changed = this.options.changed ?? [];
    this.generated.push(workbook);
    this.reading = { ok: true, grid: gridFromLayout(workbook.layout) };
    this.marker = {
      ...emptyMarker(),
      generatedAt: '2026-12-04T10:15:00.000Z',
      findings: countBySeverity(workbook),
    };
    this.options.changed = [];
    return {
      syncs: total + 2,
      largestRequestBytes: 1000,
      writtenBytes: 1000,
      largestWriteBytes: 500,
      copiedAside: changed.map((sheet) => ({ sheet, copy: `${sheet} (muokattu)` })),
      resumed,
      unchanged: false,
    };
  }

  async selectCell(sheet: string, cell: string): Promise<void> {
    this.calls.push({ method: 'selectCell', args: [sheet, cell] });
  }

  async prepareAppendices(sheets: readonly string[]): Promise<AppendixPreparation> {
    this.calls.push({ method: 'prepareAppendices', args: [[...sheets]] });
    return {
      sheets: [...sheets],
      undo: async () => {
        this.calls.push({ method: 'undo', args: [] });
      },
    };
  }

  async exportPdf(): Promise<Uint8Array | null> {
    this.calls.push({ method: 'exportPdf', args: [] });
    return this.options.pdf === undefined ? new Uint8Array([0x25, 0x50, 0x44, 0x46]) : this.options.pdf;
  }
}

function emptyMarker(): WorkbookMarker {
  return {
    format: 'plansheets',
    schemaVersion: 1,
    layoutHash: 'hash',
    generatedAt: null,
    interrupted: false,
    findings: { error: 0, warning: 0, info: 0 },
  };
}

function countBySeverity(workbook: LaidOutWorkbook): WorkbookMarker['findings'] {
  const count = (severity: string) => workbook.findings.filter((f) => f.severity === severity).length;
  return { error: count('error'), warning: count('warning'), info: count('info') };
}

/** The Kaustinen example, through the parser. */
export function examplePlan(): Plan {
  const opened = openPlanFile(JSON.stringify(kaustinen));
  if (!opened.ok) throw new Error('the example plan does not open');
  return opened.plan;
}

/** A workbook PlanSheets made from a plan: its marker and the grid of its layout. */
export function recognisedWorkbook(plan: Plan = examplePlan(), marker: Partial<WorkbookMarker> = {}): FakeOptions {
  const laidOut = layOutPlan(plan);
  return {
    marker: { ...emptyMarker(), generatedAt: '2026-11-30T08:05:00.000Z', findings: countBySeverity(laidOut), ...marker },
    grid: gridFromLayout(laidOut.layout),
  };
}

export function deferred(): { promise: Promise<void>; resolve: () => void } {
  let resolve!: () => void;
  const promise = new Promise<void>((r) => (resolve = r));
  return { promise, resolve };
}
