/**
 * A rolling-window rate limiter: at most `limit` accepted calls per key in any window of `windowMs`. Pure
 * apart from the clock it is given, so tests can drive time by hand.
 */

export type RateDecision = { allowed: true } | { allowed: false; retryAfterSeconds: number };

export class RollingWindowLimiter {
  readonly #windowMs: number;
  readonly #clock: () => number;
  /** Accepted call times per key, oldest first. */
  readonly #calls = new Map<string, number[]>();

  constructor(options: { windowMs: number; clock: () => number }) {
    this.#windowMs = options.windowMs;
    this.#clock = options.clock;
  }

  /**
   * Counts one call for `key` if there is room for it. A refused call is not counted, so a client that waits
   * the advised time is let through. The limit is given per call because the sandbox's config may change.
   */
  take(key: string, limit: number): RateDecision {
    const now = this.#clock();
    if (limit <= 0) return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil(this.#windowMs / 1000)) };
    const calls = this.#recentCalls(key, now);
    if (calls.length < limit) {
      calls.push(now);
      return { allowed: true };
    }
    // The slot frees when the oldest call that still blocks leaves the window.
    const blocking = calls[calls.length - limit]!;
    const waitMs = blocking + this.#windowMs - now;
    return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil(waitMs / 1000)) };
  }

  #recentCalls(key: string, now: number): number[] {
    let calls = this.#calls.get(key);
    if (!calls) {
      calls = [];
      this.#calls.set(key, calls);
    }
    let expired = 0;
    while (expired < calls.length && calls[expired]! <= now - this.#windowMs) expired += 1;
    if (expired > 0) calls.splice(0, expired);
    return calls;
  }
}
