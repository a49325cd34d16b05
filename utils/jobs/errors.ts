import { saidOf, type Said } from '../i18n/said.ts';

/**
 * What a job does with an error: wait and try again, or stop and say why. API clients throw errors that carry
 * `retryable` and, when the API said how long, `retryAfterMs`; anything else (a bug, a revoked token) stops.
 */
export interface JobErrorVerdict {
  retryable: boolean;
  retryAfterMs: number | null;
  /** In every language when the error has that (API failures), else its English. */
  message: Said | string;
}

export function judgeError(error: unknown): JobErrorVerdict {
  const message = saidOf(error) ?? (error instanceof Error ? error.message : String(error));
  if (typeof error === 'object' && error !== null && 'retryable' in error) {
    const { retryable, retryAfterMs } = error as { retryable: unknown; retryAfterMs?: unknown };
    return {
      retryable: retryable === true,
      retryAfterMs: typeof retryAfterMs === 'number' ? retryAfterMs : null,
      message,
    };
  }
  // A dropped connection surfaces as a TypeError from fetch: worth another try.
  if (error instanceof TypeError) return { retryable: true, retryAfterMs: null, message };
  return { retryable: false, retryAfterMs: null, message };
}

const BASE_MS = 2_000;
const CAP_MS = 5 * 60_000;

/** Capped exponential back-off with full jitter, for a job's next attempt. */
export function backoffMs(attempts: number, random: () => number = Math.random): number {
  const ceiling = Math.min(CAP_MS, BASE_MS * 2 ** Math.min(attempts, 16));
  return Math.round(BASE_MS / 2 + random() * (ceiling - BASE_MS / 2));
}
