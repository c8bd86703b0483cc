/// <reference types="office-js" />
/**
 * Syncs within Excel's payload limits. Excel refuses a request or a
 * response over 5 MB; PlanSheets keeps every request under 4 MB, measured
 * as the UTF-8 length of the JSON of what it queues (the way the fake host
 * measures it; the real wire format differs a little, hence the margin).
 *
 * A `Batch` wraps one request context: each write is queued through
 * `queue(bytes, action)`, which syncs first when the write would take the
 * request over the budget. A request it closes so holds more than the
 * budget less the next write, 3 MB with writes of at most MAX_WRITE_BYTES,
 * so a generation makes fewer than one sync per 3 MB of (estimated) writes
 * plus its fixed syncs (overflowSyncBound). The estimate is generous: the
 * fake host measures its requests at half of it or less where they are many
 * small statements (styles, formats), so the bound is not one per 4 MB of
 * what the host measures. Before every sync it suspends
 * calculation (and screen updating where ExcelApi 1.9 is there) until that
 * sync, as a long write would otherwise recalculate after every request.
 */

export const REQUEST_BUDGET_BYTES = 4 * 1024 * 1024;
/** Responses are cut well below Excel's 5 MB too. */
export const RESPONSE_BUDGET_BYTES = 4 * 1024 * 1024;
/** No single queued write is made larger than this: cell blocks are cut into row bands to fit. */
export const MAX_WRITE_BYTES = 1024 * 1024;
/**
 * What a queued call costs besides its arguments: the object path of the
 * proxy (a worksheet, a range below it) and the statement around it.
 * Generous on purpose: the estimate must not fall below what is sent.
 */
export const STATEMENT_OVERHEAD_BYTES = 200;

/** UTF-8 length of a string, without TextEncoder. */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

/** The bytes a write of `argument` costs in a request: its JSON plus the statement around it. */
export function writeBytes(argument: unknown, statements = 1): number {
  return utf8Length(JSON.stringify(argument) ?? '') + statements * STATEMENT_OVERHEAD_BYTES;
}

export interface BatchOptions {
  /** ExcelApi 1.9 is there: screen updating is suspended too. */
  suspendScreenUpdating: boolean;
  budget?: number;
  onSync?: (syncs: number) => void;
}

/**
 * The most write syncs a generation's writes of `writtenBytes` (the Batch's
 * estimate) can take, besides its fixed syncs: a sync that `queue` makes
 * because the next write would not fit closes a request of more than the
 * budget less that write, i.e. more than `budget - largestWrite`
 * (4 MB - 1 MB with writes cut to MAX_WRITE_BYTES), so there are fewer than
 * writtenBytes / (budget - largestWrite) of them.
 */
export function overflowSyncBound(writtenBytes: number, largestWriteBytes = MAX_WRITE_BYTES, budget = REQUEST_BUDGET_BYTES): number {
  if (writtenBytes <= 0) return 0;
  return Math.ceil(writtenBytes / (budget - largestWriteBytes)) - 1;
}

export class Batch {
  syncs = 0;
  largestRequestBytes = 0;
  /** The estimated bytes of all write requests sent (sync, not read). */
  writtenBytes = 0;
  /** The largest single write queued, estimated. */
  largestWriteBytes = 0;
  private pendingBytes = 0;
  private readonly budget: number;

  constructor(
    readonly context: Excel.RequestContext,
    private readonly options: BatchOptions,
  ) {
    this.budget = options.budget ?? REQUEST_BUDGET_BYTES;
  }

  /** Queues a write of about `bytes`, syncing first when it would not fit in the current request. */
  async queue(bytes: number, action: () => void): Promise<void> {
    if (this.pendingBytes > 0 && this.pendingBytes + bytes > this.budget) await this.sync();
    action();
    this.pendingBytes += bytes;
    this.largestWriteBytes = Math.max(this.largestWriteBytes, bytes);
  }

  /** Sends what is queued (calculation suspended until it is applied). */
  async sync(): Promise<void> {
    this.context.application.suspendApiCalculationUntilNextSync();
    if (this.options.suspendScreenUpdating) this.context.application.suspendScreenUpdatingUntilNextSync();
    const bytes = this.pendingBytes + 2 * STATEMENT_OVERHEAD_BYTES;
    this.pendingBytes = 0;
    this.syncs += 1;
    this.writtenBytes += bytes;
    this.largestRequestBytes = Math.max(this.largestRequestBytes, bytes);
    this.options.onSync?.(this.syncs);
    await this.context.sync();
  }

  /** A sync for loads only (nothing written is pending, so nothing to suspend). */
  async read(): Promise<void> {
    const bytes = this.pendingBytes;
    this.pendingBytes = 0;
    this.syncs += 1;
    this.largestRequestBytes = Math.max(this.largestRequestBytes, bytes + STATEMENT_OVERHEAD_BYTES);
    await this.context.sync();
  }

  /** Counts a load in the request being built (loads are small but not free). */
  noteLoad(count = 1): void {
    this.pendingBytes += count * STATEMENT_OVERHEAD_BYTES;
  }
}
