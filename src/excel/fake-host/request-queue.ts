/**
 * The lazy request queue behind `context.sync()`.
 *
 * Calls on proxies only queue actions. `sync()` then, in order:
 *  1. rejects if the run is over (InvalidObjectPath), a forced failure is due
 *     (`host.failAtSync`), or Excel is in cell-edit mode — nothing applied;
 *  2. measures the request (UTF-8 bytes of the JSON of all statements) and
 *     rejects over 5 MB (RequestPayloadSizeLimitExceeded) — nothing applied;
 *  3. applies actions one by one. The batch is not atomic: when one fails,
 *     those before it stay applied, those after it are dropped, and the sync
 *     rejects with that action's error;
 *  4. measures the response (JSON of everything loaded) and rejects over 5 MB
 *     (ResponsePayloadSizeLimitExceeded). ASSUMPTION: the actions have been
 *     applied by then, as Excel executes the request before answering;
 *  5. only when all of that succeeded, hands loaded values to the proxies.
 */
import { ErrorCodeName, FakeOfficeError, fail } from './errors';
import { PAYLOAD_LIMIT_BYTES, jsonByteLength } from './payload';
import { RequirementProfile, supportsMinor } from './requirement-sets';

/** One queued statement as it is measured and recorded: object path plus what is done to it. */
export interface Statement {
  readonly path: string;
  readonly instantiate?: true;
  readonly call?: string;
  readonly args?: readonly unknown[];
  readonly set?: string;
  readonly value?: unknown;
  readonly load?: readonly string[];
}

/** What a successful action hands back: bytes for the response and a callback run only if the whole sync succeeds. */
export interface ActionResult {
  readonly response?: unknown;
  readonly deliver?: () => void;
}

export interface QueuedAction {
  readonly statement: Statement;
  /** ExcelApi 1.x minor version the action needs. */
  readonly minor: number;
  readonly apply: () => ActionResult | void;
}

export interface SyncRecord {
  readonly syncNumber: number;
  readonly statements: number;
  readonly requestBytes: number;
  readonly responseBytes: number;
  /** Error code when the sync failed. */
  readonly errorCode?: ErrorCodeName;
}

/** What the queue needs from the host. */
export interface SyncGate {
  readonly profile: RequirementProfile;
  readonly cellEditMode: boolean;
  /** Set for a run with `delayForCellEdit` on a profile that has it: resolves when cell-edit mode ends. */
  readonly cellEditEnded?: () => Promise<void>;
  /** Counts this sync and returns its number (1-based). */
  nextSyncNumber(): number;
  forcedFailure(syncNumber: number): ErrorCodeName | undefined;
  record(record: SyncRecord): void;
}

export class RequestQueue {
  private actions: QueuedAction[] = [];
  closed = false;

  /**
   * ASSUMPTION (stricter than office.js, which would queue silently and fail
   * at a later sync): queueing on the context of a finished run throws
   * InvalidObjectPath at once, so a write through a stale object can never
   * be lost without a trace.
   */
  enqueue(action: QueuedAction): void {
    if (this.closed) fail('InvalidObjectPath', undefined, action.statement.path);
    this.actions.push(action);
  }

  get pending(): number {
    return this.actions.length;
  }

  async sync(gate: SyncGate): Promise<void> {
    // Like office.js, the outcome is always asynchronous.
    await Promise.resolve();
    if (this.closed) throw new FakeOfficeError('InvalidObjectPath', undefined, 'RequestContext.sync');
    const actions = this.actions;
    this.actions = [];
    const syncNumber = gate.nextSyncNumber();
    const statements = actions.map((a) => a.statement);
    const requestBytes = jsonByteLength(statements);
    const reject = (error: FakeOfficeError, responseBytes = 0): never => {
      gate.record({ syncNumber, statements: statements.length, requestBytes, responseBytes, errorCode: error.code });
      throw error;
    };

    const forced = gate.forcedFailure(syncNumber);
    if (forced) reject(new FakeOfficeError(forced, undefined, `sync #${syncNumber} (host.failAtSync)`));
    if (gate.cellEditMode) {
      if (gate.cellEditEnded) await gate.cellEditEnded();
      else reject(new FakeOfficeError('InvalidOperationInCellEditMode', undefined, 'RequestContext.sync'));
    }
    if (requestBytes > PAYLOAD_LIMIT_BYTES) reject(new FakeOfficeError('RequestPayloadSizeLimitExceeded', undefined, 'RequestContext.sync'));

    const results: ActionResult[] = [];
    for (const action of actions) {
      try {
        if (!supportsMinor(gate.profile, action.minor)) {
          fail('ApiNotFound', undefined, `${describe(action.statement)} (needs ExcelApi 1.${action.minor})`);
        }
        const result = action.apply();
        if (result) results.push(result);
      } catch (error) {
        if (error instanceof FakeOfficeError) reject(error.withStatement(describe(action.statement)));
        throw error;
      }
    }

    const responses = results.filter((r) => r.response !== undefined).map((r) => r.response);
    const responseBytes = jsonByteLength(responses);
    if (responseBytes > PAYLOAD_LIMIT_BYTES) reject(new FakeOfficeError('ResponsePayloadSizeLimitExceeded', undefined, 'RequestContext.sync'), responseBytes);
    gate.record({ syncNumber, statements: statements.length, requestBytes, responseBytes });
    for (const result of results) result.deliver?.();
  }
}

function describe(statement: Statement): string {
  if (statement.call) return `${statement.path}.${statement.call}(…)`;
  if (statement.set) return `${statement.path}.${statement.set} = …`;
  if (statement.load) return `${statement.path}.load(${statement.load.join(',')})`;
  return statement.path;
}
