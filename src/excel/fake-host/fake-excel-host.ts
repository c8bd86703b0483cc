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

/** ASSUMPTION (from memory of the ExcelApi 1.11 release notes; the types and the fetched docs name no set): `Excel.RunOptions.delayForCellEdit` needs ExcelApi 1.11, and older Excel ignores it. */
const DELAY_FOR_CELL_EDIT_MINOR = 11;

export class FakeExcelHost {
  private editing = false;
  private editEndWaiters: (() => void)[] = [];

  /**
   * While true every sync fails with InvalidOperationInCellEditMode and
   * applies nothing — except in a run with `delayForCellEdit: true`, whose
   * syncs wait until this is set back to false.
   */
  get cellEditMode(): boolean {
    return this.editing;
  }
  set cellEditMode(editing: boolean) {
    this.editing = editing;
    if (!editing) {
      const waiters = this.editEndWaiters;
      this.editEndWaiters = [];
      for (const resolve of waiters) resolve();
    }
  }
  profile: RequirementProfile;
  evaluate: FormulaEvaluator | undefined;
  /** Every sync's statement count and request/response bytes, in order. */
  readonly requests: SyncRecord[] = [];
  private syncs = 0;
  private readonly forced = new Map<number, ErrorCodeName>();
  private readonly model: WorkbookModel;
  private readonly clock: () => Date;

  constructor(options: FakeExcelHostOptions = {}) {
    this.profile = options.profile ?? 'current';
    this.evaluate = options.evaluate;
    this.clock = options.today ?? (() => new Date());
    this.model = new WorkbookModel({ locale: options.locale ?? 'fi-FI' });
    for (const name of options.sheets ?? ['Sheet1']) this.model.addSheet(name);
  }

  /** The user's locale: how typed strings are parsed and values shown in `text`. Switchable between runs. */
  get locale(): FakeLocale {
    return this.model.options.locale;
  }
  set locale(locale: FakeLocale) {
    this.model.options.locale = locale;
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

  /** Like Excel.run: runs the batch, flushes what is still queued, then closes the context. Takes Excel.RunOptions first, like Excel.run. */
  run<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T>;
  run<T>(options: Excel.RunOptions, batch: (context: Excel.RequestContext) => Promise<T>): Promise<T>;
  async run<T>(first: Excel.RunOptions | ((context: Excel.RequestContext) => Promise<T>), second?: (context: Excel.RequestContext) => Promise<T>): Promise<T> {
    const batch = typeof first === 'function' ? first : second;
    if (!batch) throw new Error('Fake Excel host: run needs a batch function.');
    const delay = typeof first === 'object' && first !== null && first.delayForCellEdit === true && profileMaxMinor[this.profile] >= DELAY_FOR_CELL_EDIT_MINOR;
    const context = new FakeRequestContext(this.hostContext(), this.gate(delay));
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

  private gate(delayForCellEdit: boolean): SyncGate {
    const read = { profile: () => this.profile, cellEditMode: () => this.cellEditMode };
    const cellEditEnded = () => new Promise<void>((resolve) => this.editEndWaiters.push(resolve));
    return {
      ...(delayForCellEdit ? { cellEditEnded } : {}),
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
