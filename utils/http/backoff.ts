/** How long to wait before retry number `attempt` (0 = the first retry), when the service gave no Retry-After. */

export interface BackoffPolicy {
  /** The first retry's ceiling. */
  baseMs: number;
  /** No single wait is longer than this. */
  maxMs: number;
}

export const DEFAULT_BACKOFF: BackoffPolicy = { baseMs: 500, maxMs: 30_000 };

/**
 * Exponential with "equal jitter": a wait in [ceiling/2, ceiling). Half of it is fixed so a retry never comes
 * at once; the random half spreads out clients that failed together so they do not retry together.
 */
export function backoffDelayMs(attempt: number, policy: BackoffPolicy, random: () => number): number {
  const ceiling = Math.min(policy.maxMs, policy.baseMs * 2 ** Math.max(0, attempt));
  const share = Math.min(Math.max(random(), 0), 1);
  return Math.round(ceiling / 2 + (ceiling / 2) * share);
}
