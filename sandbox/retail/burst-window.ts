/**
 * R-Series' burst limiter: the units taken within the last second may not exceed a limit, whatever the bucket
 * holds, so a full bucket cannot be spent in one go. A sliding window: each request's cost counts for one second
 * from when it was let in. Time comes from the clock it is given (milliseconds).
 */

export const BURST_WINDOW_MS = 1_000;

export type TakeResult =
  { accepted: true; level: number } | { accepted: false; level: number; retryAfterSeconds: number };

export class BurstWindow {
  /** Costs let in, oldest first, with when. */
  #taken: Array<{ at: number; cost: number }> = [];
  readonly #clock: () => number;

  constructor(clock: () => number) {
    this.#clock = clock;
  }

  /** Units taken within the window ending now. */
  level(): number {
    this.#forget(this.#clock());
    return this.#taken.reduce((sum, entry) => sum + entry.cost, 0);
  }

  /** Lets `cost` in if the window has room under `limit`; a cost above the limit fits an empty window. */
  take(cost: number, limit: number): TakeResult {
    const now = this.#clock();
    this.#forget(now);
    const effective = Math.min(Math.max(cost, 0), limit);
    const level = this.level();
    if (level + effective <= limit) {
      this.#taken.push({ at: now, cost: effective });
      return { accepted: true, level: level + effective };
    }
    // Room comes back as the oldest entries leave the window.
    let freed = 0;
    let until = now;
    for (const entry of this.#taken) {
      freed += entry.cost;
      until = entry.at + BURST_WINDOW_MS;
      if (level - freed + effective <= limit) break;
    }
    return { accepted: false, level, retryAfterSeconds: Math.max(1, Math.ceil((until - now) / 1000)) };
  }

  #forget(now: number): void {
    while (this.#taken.length > 0 && this.#taken[0]!.at + BURST_WINDOW_MS <= now) this.#taken.shift();
  }
}
