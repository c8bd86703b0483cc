import type { Language } from '../model/plan';
import { LiveWorkbookError } from './excel.messages';

/**
 * Errors that pass: Excel is in cell-edit mode (the user is typing in a
 * cell; office-js's delayForCellEdit is unreliable, office-js#806, #1393)
 * or busy. They are retried a bounded number of times with a growing
 * pause, then reported in a catalogue sentence. Anything else is thrown as
 * it is: retrying a refused write would not make it pass.
 */
export const TRANSIENT_CODES = ['InvalidOperationInCellEditMode', 'ServiceBusy', 'ActivityLimitReached'] as const;

export interface RetryPolicy {
  attempts: number;
  /** Pause before retry n (1-based), in ms. */
  delay: (retry: number) => number;
  sleep: (ms: number) => Promise<void>;
}

export const DEFAULT_RETRY: RetryPolicy = {
  attempts: 4,
  delay: (retry) => 250 * 2 ** (retry - 1),
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
};

export function errorCode(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : undefined;
}

export async function withRetry<T>(action: () => Promise<T>, policy: RetryPolicy, language: Language): Promise<T> {
  let last: unknown;
  for (let attempt = 1; attempt <= policy.attempts; attempt++) {
    try {
      return await action();
    } catch (error) {
      const code = errorCode(error);
      if (!TRANSIENT_CODES.includes(code as (typeof TRANSIENT_CODES)[number])) throw error;
      last = error;
      if (attempt < policy.attempts) await policy.sleep(policy.delay(attempt));
    }
  }
  const code = errorCode(last);
  throw code === 'InvalidOperationInCellEditMode'
    ? new LiveWorkbookError('error.cell-edit', language, {}, last)
    : new LiveWorkbookError('error.busy', language, { attempts: policy.attempts }, last);
}
