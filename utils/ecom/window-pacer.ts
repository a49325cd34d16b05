/**
 * Keeps a client under "at most `limit` requests in any window of `windowMs`" (eCom: 600 a minute per token)
 * by holding a request back until the oldest one that blocks it leaves the window. Pure: time is passed in.
 *
 * The window is counted a little longer than the service's (`marginMs`): the service counts arrivals, the
 * client counts departures, and network delays differ between two requests a minute apart.
 */

export interface WindowPacerOptions {
  limit: number;
  windowMs?: number;
  marginMs?: number;
}

export class WindowPacer {
  readonly #limit: number;
  readonly #spanMs: number;
  /** Send times still inside the (widened) window, oldest first. */
  readonly #sent: number[] = [];

  constructor(options: WindowPacerOptions) {
    if (!(options.limit >= 1)) throw new RangeError(`The request limit must be 1 or more, not ${options.limit}.`);
    this.#limit = Math.floor(options.limit);
    this.#spanMs = (options.windowMs ?? 60_000) + (options.marginMs ?? 1_000);
  }

  #forgetBefore(now: number): void {
    let expired = 0;
    while (expired < this.#sent.length && this.#sent[expired]! <= now - this.#spanMs) expired += 1;
    if (expired > 0) this.#sent.splice(0, expired);
  }

  /** Milliseconds until one more request may go; 0 when it may go now. */
  delayMs(now: number): number {
    this.#forgetBefore(now);
    if (this.#sent.length < this.#limit) return 0;
    const blocking = this.#sent[this.#sent.length - this.#limit]!;
    return Math.max(1, blocking + this.#spanMs - now);
  }

  sent(now: number): void {
    // Kept in order even if the clock steps back, so the oldest is always first.
    const last = this.#sent[this.#sent.length - 1];
    this.#sent.push(last === undefined ? now : Math.max(last, now));
  }
}
