/**
 * A discrete-event simulation's clock: events run in time order (ties in the order they were scheduled), so the
 * pacers' tests can play callers, network delays and a server against each other without waiting.
 */
export class EventQueue {
  #events: Array<{ at: number; seq: number; run: (now: number) => void }> = [];
  #seq = 0;
  now = 0;

  schedule(at: number, run: (now: number) => void): void {
    this.#events.push({ at, seq: this.#seq++, run });
  }

  /** Runs every event, those scheduled meanwhile included; `now` is each event's time as it runs. */
  run(): void {
    while (this.#events.length > 0) {
      this.#events.sort((a, b) => a.at - b.at || a.seq - b.seq);
      const event = this.#events.shift()!;
      this.now = event.at;
      event.run(event.at);
    }
  }
}
