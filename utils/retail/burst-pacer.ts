/**
 * The client's side of R-Series' burst limiter: at most `limit` units within any second. Pure: time is passed
 * in (milliseconds), nothing is awaited.
 *
 * The server counts a request when it arrives, which the client never sees: only that it was between sending and
 * the answer. So a request counts here from when it is sent until a whole window after its answer came back,
 * which covers every moment the server may still count it, whether its windows slide or follow the clock's
 * seconds. Until an answer tells the limit, there is none: the bucket's pacer sends one request at a time then.
 */

export const BURST_WINDOW_MS = 1_000;

/** How often to look again while the window is full of requests not yet answered. */
const IN_FLIGHT_POLL_MS = 50;

export interface BurstEntry {
  cost: number;
  /** When it stops counting: a window after its answer; Infinity while it is unanswered. */
  until: number;
}

export class BurstPacer {
  #limit: number | null = null;
  #entries: BurstEntry[] = [];

  get limit(): number | null {
    return this.#limit;
  }

  /** Units counted at `now`. */
  levelAt(now: number): number {
    this.#forget(now);
    return this.#entries.reduce((sum, entry) => sum + entry.cost, 0);
  }

  #effective(cost: number): number {
    return this.#limit === null ? cost : Math.min(Math.max(cost, 0), this.#limit);
  }

  delayMs(cost: number, now: number): number {
    if (this.#limit === null) return 0;
    const limit = this.#limit;
    const effective = this.#effective(cost);
    let level = this.levelAt(now);
    if (level + effective <= limit) return 0;
    const leaving = this.#entries.filter((entry) => Number.isFinite(entry.until)).sort((a, b) => a.until - b.until);
    for (const entry of leaving) {
      level -= entry.cost;
      if (level + effective <= limit) return Math.max(1, Math.ceil(entry.until - now));
    }
    return IN_FLIGHT_POLL_MS;
  }

  /** Counts a request sent now; the entry is handed back when its answer comes. */
  sent(cost: number): BurstEntry {
    const entry = { cost: this.#effective(cost), until: Number.POSITIVE_INFINITY };
    this.#entries.push(entry);
    return entry;
  }

  /**
   * The request of `entry` was answered at `now`, having cost `cost` (0 when refused). `reported` is the
   * answer's burst level and limit: a level above what this client counts is another app's share of the
   * window, counted for a whole window from now.
   */
  answered(entry: BurstEntry, cost: number, reported: { level?: number; limit?: number }, now: number): void {
    entry.cost = this.#effective(cost);
    entry.until = now + BURST_WINDOW_MS;
    if (reported.limit !== undefined) this.#limit = reported.limit;
    if (reported.level !== undefined) {
      const others = reported.level - this.levelAt(now);
      if (others > 0) this.#entries.push({ cost: others, until: now + BURST_WINDOW_MS });
    }
  }

  /**
   * The burst limiter refused a request at `now` without saying its limit: the window held no more than what this
   * client counts in it, so that becomes the limit until an answer tells.
   */
  refused(now: number): void {
    if (this.#limit === null) this.#limit = Math.max(1, this.levelAt(now));
  }

  #forget(now: number): void {
    this.#entries = this.#entries.filter((entry) => entry.until > now);
  }
}
