/**
 * The sandbox's time: the machine's, moved forward on request (POST /__sandbox/clock) so that a test can age
 * what the platforms keep for a while, such as eCom's batch tickets and deduplication keys (an hour), without
 * waiting. It only ever moves forward: records stamped by it never come out older than earlier ones.
 */
export class SandboxClock {
  #offsetMs = 0;

  now(): Date {
    return new Date(Date.now() + this.#offsetMs);
  }

  get offsetMs(): number {
    return this.#offsetMs;
  }

  advance(ms: number): void {
    if (!Number.isFinite(ms) || ms < 0)
      throw new RangeError(`advanceMs must be a number of milliseconds ≥ 0, not ${String(ms)}.`);
    this.#offsetMs += ms;
  }
}
