/// <reference types="office-js" />
/**
 * The strict fake Excel host: `host.run(batch)` behaves like `Excel.run`,
 * handing the batch a request context whose objects follow Excel's
 * semantics (lazy queue, load/sync, errors at sync, locale parsing, payload
 * limits, requirement sets). Test-only and browser-safe: never part of the
 * production bundle.
 *
 * Switches: `cellEditMode`, `profile`, `locale`, `failAtSync(n, code)`.
 * Inspection: `snapshot()`, `syncCount`, `requests`.
 *
 * Sync counting: every explicit `context.sync()` counts, even an empty one;
 * the implicit sync `run` makes after the batch (as Excel.run does, to send
 * what is still queued) counts only when something is queued.
 */
import { ErrorCodeName, FakeOfficeError } from './errors';
import { FakeRequestContext, internalsOf } from './fake-workbook';
import type { FormulaEvaluator, HostContext } from './host-context';
import type { FakeLocale } from './locale-input';
import { RequirementProfile, isSetSupported, profileMaxMinor } from './requirement-sets';
import type { SyncGate, SyncRecord } from './request-queue';
import { WorkbookSnapshot, snapshotWorkbook } from './snapshot';
import { WorkbookModel } from './workbook-model';

export interface FakeExcelHostOptions {
  readonly locale?: FakeLocale;
  readonly profile?: RequirementProfile;
  readonly evaluate?: FormulaEvaluator;
  /** "Today" for dates typed without a year; defaults to the real clock. */
  readonly today?: () => Date;
  /** Sheets the workbook opens with; default ["Sheet1"]. */
  readonly sheets?: readonly string[];
}

export class FakeExcelHost {
  /** While true every sync fails with InvalidOperationInCellEditMode and applies nothing. */
  cellEditMode = false;
  profile: RequirementProfile;
  locale: FakeLocale;
  evaluate: FormulaEvaluator | undefined;
  /** Every sync's statement count and request/response bytes, in order. */
  readonly requests: SyncRecord[] = [];
  private syncs = 0;
  private readonly forced = new Map<number, ErrorCodeName>();
  private readonly model: WorkbookModel;
  private readonly clock: () => Date;

  constructor(options: FakeExcelHostOptions = {}) {
    this.locale = options.locale ?? 'fi-FI';
    this.profile = options.profile ?? 'current';
    this.evaluate = options.evaluate;
    this.clock = options.today ?? (() => new Date());
    this.model = new WorkbookModel({ locale: this.locale });
    for (const name of options.sheets ?? ['Sheet1']) this.model.addSheet(name);
  }

  get syncCount(): number {
    return this.syncs;
  }

  /** Makes the n-th sync (1-based, counted over the host's life) fail with `code`, applying nothing. */
  failAtSync(n: number, code: ErrorCodeName = 'GeneralException'): void {
    this.forced.set(n, code);
  }

  isSetSupported(name: string, version?: string | number): boolean {
    return isSetSupported(this.profile, name, version);
  }

  snapshot(): WorkbookSnapshot {
    return snapshotWorkbook(this.model, this.hostContext());
  }

  /** Like Excel.run: runs the batch, flushes what is still queued, then closes the context. */
  async run<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> {
    const context = new FakeRequestContext(this.hostContext(), this.gate());
    try {
      const result = await batch(context as unknown as Excel.RequestContext);
      if (internalsOf(context).queue.pending > 0) await context.sync();
      return result;
    } finally {
      internalsOf(context).queue.closed = true;
    }
  }

  /** Getters, so switches flipped between syncs take effect at once. */
  private hostContext(): HostContext {
    const read = {
      locale: () => this.locale,
      profile: () => this.profile,
      evaluate: () => this.evaluate,
    };
    return {
      model: this.model,
      get locale() {
        return read.locale();
      },
      get profile() {
        return read.profile();
      },
      get evaluate() {
        return read.evaluate();
      },
      today: () => this.clock(),
      maxMinor: () => profileMaxMinor[this.profile],
    };
  }

  private gate(): SyncGate {
    const read = { profile: () => this.profile, cellEditMode: () => this.cellEditMode };
    return {
      get profile() {
        return read.profile();
      },
      get cellEditMode() {
        return read.cellEditMode();
      },
      nextSyncNumber: () => ++this.syncs,
      forcedFailure: (n) => this.forced.get(n),
      record: (record) => {
        this.requests.push(record);
      },
    };
  }
}

export { FakeOfficeError };
