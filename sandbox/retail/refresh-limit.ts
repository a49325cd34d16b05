/**
 * Lightspeed's cap on refreshes: at most 5 a minute per API client. Every refresh request of an authenticated
 * client counts, refused or not, as it does for the real service.
 */

export const REFRESHES_PER_MINUTE = 5;
const MINUTE_MS = 60_000;

export class RefreshLimit {
  readonly #clock: () => number;
  /** Client id → when its refresh requests of the last minute came. */
  readonly #requests = new Map<string, number[]>();

  constructor(clock: () => number) {
    this.#clock = clock;
  }

  /** Counts one refresh request; the seconds to wait when it is over the cap, or null when it may go on. */
  admit(clientId: string): number | null {
    const now = this.#clock();
    const recent = (this.#requests.get(clientId) ?? []).filter((at) => now - at < MINUTE_MS);
    if (recent.length >= REFRESHES_PER_MINUTE) {
      this.#requests.set(clientId, recent);
      return Math.max(1, Math.ceil((recent[0]! + MINUTE_MS - now) / 1000));
    }
    recent.push(now);
    this.#requests.set(clientId, recent);
    return null;
  }
}
