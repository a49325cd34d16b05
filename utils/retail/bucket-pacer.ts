/**
 * A model of R-Series' leaky bucket on the client side, so requests wait *before* they would overflow it
 * instead of collecting 429s. Pure: time is passed in (milliseconds), nothing is awaited.
 *
 * The model never lets its estimate fall below the server's level, so a request that fits the estimate fits
 * the bucket:
 * - a request in flight counts in full and does not drain: the server may pour it at any moment until it
 *   answers;
 * - an answered request is counted as poured when its answer arrives, which is no earlier than the server
 *   poured it (a later pour has drained less);
 * - a reported level only ever raises the estimate: answers overtake each other, so a report may predate
 *   requests the estimate already counts, while a higher one means another app shares the bucket. It may be
 *   above the size (`92.57/90`): then nothing fits until the drip has brought it down.
 */

/** What an answer told of the bucket; each figure may be missing (see rate-headers.ts). */
export interface BucketReading {
  level?: number;
  size?: number;
  dripPerSecond?: number;
}

/** R-Series reports the level to two decimals: it may be up to half a hundredth higher than shown. */
const REPORTED_LEVEL_ROUNDING = 0.01;

/** How often to look again while waiting for the first answer to tell the bucket's size. */
const FIRST_ANSWER_POLL_MS = 100;

export interface BucketPacerOptions {
  /** Until the first answer tells: today's smallest account, 90 units draining 1 a second (changelog 2026-03). */
  size?: number;
  dripPerSecond?: number;
  /** Units kept free, for other apps that may share the bucket. */
  headroom?: number;
}

export class BucketPacer {
  #size: number;
  #dripPerSecond: number;
  readonly #headroom: number;
  /** The answered requests' level at `#at`. */
  #settled = 0;
  #at = 0;
  /** Costs of requests sent and not yet answered. */
  #inFlight = 0;
  /** Whether an answer has told the bucket's real size; until then one request at a time finds out. */
  #measured = false;

  constructor(options: BucketPacerOptions = {}) {
    this.#size = options.size ?? 90;
    this.#dripPerSecond = options.dripPerSecond ?? 1;
    this.#headroom = options.headroom ?? 1;
  }

  #settledAt(now: number): number {
    const drained = (Math.max(0, now - this.#at) / 1000) * this.#dripPerSecond;
    return Math.max(0, this.#settled - drained);
  }

  /** The estimated level at `now`, requests in flight included. */
  levelAt(now: number): number {
    return this.#settledAt(now) + this.#inFlight;
  }

  /** A request dearer than the whole bucket is charged the whole bucket, as R-Series does. */
  #effective(cost: number): number {
    return Math.min(Math.max(cost, 0), this.#size);
  }

  /** Milliseconds until a request of `cost` fits; 0 when it fits now, Infinity when the bucket never drains. */
  delayMs(cost: number, now: number): number {
    // The account's bucket may be smaller than assumed: a burst sent before the first answer could overflow it.
    if (!this.#measured && this.#inFlight > 0) return FIRST_ANSWER_POLL_MS;
    const effective = this.#effective(cost);
    // Headroom never asks for less than an empty bucket, or a bucket-sized request would wait forever.
    const highestStartLevel = Math.max(0, this.#size - effective - this.#headroom);
    const excess = this.levelAt(now) - highestStartLevel;
    if (excess <= 0) return 0;
    if (this.#dripPerSecond <= 0) return Number.POSITIVE_INFINITY;
    return Math.ceil((excess / this.#dripPerSecond) * 1000);
  }

  sent(cost: number, now: number): void {
    this.#settle(now);
    this.#inFlight += this.#effective(cost);
  }

  /**
   * A request charged as `cost` when sent came back, having poured `poured` (what the answer said it cost, 0 for
   * a refusal; without an answer it may or may not have been poured: the caller passes `cost`). `reading` is what
   * its answer's headers said of the bucket, if anything.
   */
  answered(cost: number, poured: number, reading: BucketReading | null, now: number): void {
    this.#settle(now);
    this.#inFlight = Math.max(0, this.#inFlight - this.#effective(cost));
    this.#settled += this.#effective(poured);
    if (!reading) return;
    if (reading.size !== undefined) {
      this.#measured = true;
      this.#size = reading.size;
    }
    if (reading.dripPerSecond !== undefined) this.#dripPerSecond = reading.dripPerSecond;
    if (reading.level !== undefined) {
      this.#settled = Math.max(this.#settled, reading.level + REPORTED_LEVEL_ROUNDING);
    }
  }

  /** The bucket refused a request at `now` without saying its level: take it as full. */
  refused(now: number): void {
    this.#settle(now);
    this.#settled = Math.max(this.#settled, this.#size);
  }

  /** Drains the answered level up to `now`, so a change of drip rate applies from now on. */
  #settle(now: number): void {
    this.#settled = this.#settledAt(now);
    this.#at = Math.max(now, this.#at);
  }
}
