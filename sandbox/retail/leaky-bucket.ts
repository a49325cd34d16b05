/**
 * R-Series' rate limit: a leaky bucket. Every call pours its cost in, the bucket drains at a steady rate, and a
 * call that would make it overflow is refused without pouring anything. Time comes from the clock it is given
 * (milliseconds), so the arithmetic can be tested without waiting.
 */

export interface BucketLimits {
  /** Units the bucket holds. */
  size: number;
  /** Units drained per second; may be fractional. */
  dripPerSecond: number;
}

export type PourResult =
  | { accepted: true; level: number }
  /** `retryAfterSeconds` is Infinity when the bucket never drains (a drip of 0). */
  | { accepted: false; level: number; retryAfterSeconds: number };

// Draining in floating point leaves dust such as 49.999999999; without a tolerance a call that fits exactly
// would be refused, and a wait that is exactly long enough would be rounded up a whole second.
const EPSILON = 1e-9;

export class LeakyBucket {
  #level = 0;
  #drainedAt: number;
  #limits: BucketLimits;
  readonly #clock: () => number;

  constructor(limits: BucketLimits, clock: () => number) {
    this.#clock = clock;
    this.#drainedAt = clock();
    this.#limits = LeakyBucket.#checked(limits);
  }

  static #checked(limits: BucketLimits): BucketLimits {
    const { size, dripPerSecond } = limits;
    if (!(Number.isFinite(size) && size >= 0)) throw new RangeError(`Bucket size must be 0 or more, not ${size}`);
    if (!(Number.isFinite(dripPerSecond) && dripPerSecond >= 0)) {
      throw new RangeError(`Bucket drip rate must be 0 or more, not ${dripPerSecond}`);
    }
    return { size, dripPerSecond };
  }

  get limits(): BucketLimits {
    return { ...this.#limits };
  }

  /** Changes size or drip from now on; what drained under the old rate stays drained. */
  setLimits(limits: BucketLimits): void {
    if (limits.size === this.#limits.size && limits.dripPerSecond === this.#limits.dripPerSecond) return;
    this.#drain();
    this.#limits = LeakyBucket.#checked(limits);
    this.#level = Math.min(this.#level, this.#limits.size);
  }

  /** Units in the bucket now. */
  level(): number {
    this.#drain();
    return this.#level;
  }

  /** Pours `cost` units if they fit; otherwise leaves the bucket as it is and says how long to wait. */
  pour(cost: number): PourResult {
    this.#drain();
    const { size, dripPerSecond } = this.#limits;
    // A call dearer than the whole bucket could never fit; it fits when the bucket is empty and fills it.
    const effectiveCost = Math.min(Math.max(cost, 0), size);
    const overflow = this.#level + effectiveCost - size;
    if (overflow > EPSILON) {
      const retryAfterSeconds =
        dripPerSecond > 0 ? Math.max(1, Math.ceil(overflow / dripPerSecond - EPSILON)) : Number.POSITIVE_INFINITY;
      return { accepted: false, level: this.#level, retryAfterSeconds };
    }
    this.#level = Math.min(size, this.#level + effectiveCost);
    return { accepted: true, level: this.#level };
  }

  #drain(): void {
    const now = this.#clock();
    // A clock that steps backwards must neither fill the bucket nor let the same time drain it twice.
    if (now <= this.#drainedAt) return;
    const drained = ((now - this.#drainedAt) / 1000) * this.#limits.dripPerSecond;
    this.#level = Math.max(0, this.#level - drained);
    if (this.#level < EPSILON) this.#level = 0;
    this.#drainedAt = now;
  }
}
