/**
 * Lightspeed refuses more than 5 token refreshes a minute. The token keeper asks this window before each refresh
 * and waits for the time it names, so Sync Lens never meets that refusal: refreshing again too soon would only
 * add a failure to a token that is already in doubt. One window serves every keeper of the background, since
 * the engine (and its keeper) is rebuilt when the connections change, and the cap is Lightspeed's, not a keeper's.
 */

export const REFRESHES_PER_MINUTE = 5;
const WINDOW_MS = 60_000;

export class RefreshWindow {
  readonly #limit: number;
  readonly #windowMs: number;
  /** When the refreshes of the last window were sent, oldest first. */
  #sentAt: number[] = [];

  constructor(limit = REFRESHES_PER_MINUTE, windowMs = WINDOW_MS) {
    this.#limit = limit;
    this.#windowMs = windowMs;
  }

  /** How long to wait before a refresh may be sent at `now` (0: at once). */
  delayMs(now: number): number {
    this.#sentAt = this.recent(now);
    if (this.#sentAt.length < this.#limit) return 0;
    // The oldest refresh of the window leaves it first; a clock that stepped back must not make this negative.
    return Math.max(0, this.#sentAt[0]! + this.#windowMs - now);
  }

  /** Counts a refresh sent at `now`, whatever its answer: Lightspeed counts the requests. */
  sent(now: number): void {
    this.#sentAt.push(now);
  }

  /** When the refreshes still in the window at `now` were sent, to be kept where a restarted worker finds them. */
  recent(now: number): number[] {
    return this.#sentAt.filter((at) => at > now - this.#windowMs);
  }

  /** Counts refreshes sent before this window existed (by the worker before a restart). */
  remember(sentAt: readonly number[]): void {
    this.#sentAt = [...sentAt, ...this.#sentAt].sort((a, b) => a - b);
  }
}
