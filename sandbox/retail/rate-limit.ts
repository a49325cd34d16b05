import { LeakyBucket, type BucketLimits } from './leaky-bucket.ts';

/** What R-Series charges: reads are cheap, writes cost ten times as much, and so does a read that counts. */
export function costOfMethod(method: string, counts = false): number {
  return (method === 'GET' || method === 'HEAD') && !counts ? 1 : 10;
}

/** Like the real header: whole units as `12`, fractions with at most two decimals, as in `12.5`. */
export function formatBucketLevel(level: number, size: number): string {
  return `${formatUnits(level)}/${formatUnits(size)}`;
}

function formatUnits(units: number): string {
  return String(Math.round(units * 100) / 100);
}

export function bucketHeaders(level: number, limits: BucketLimits): Record<string, string> {
  return {
    'X-LS-API-Bucket-Level': formatBucketLevel(level, limits.size),
    'X-LS-API-Drip-Rate': String(limits.dripPerSecond),
  };
}

/**
 * One bucket per account. Lives as long as the server, not the world: a reset must not hand a client a fresh
 * bucket, or tests of a client's pacing would pass by accident.
 */
export class RetailBuckets {
  readonly #buckets = new Map<number, LeakyBucket>();
  readonly #clock: () => number;

  constructor(clock: () => number) {
    this.#clock = clock;
  }

  /** The account's bucket, with the limits the sandbox is configured with now. */
  forAccount(accountID: number, limits: BucketLimits): LeakyBucket {
    let bucket = this.#buckets.get(accountID);
    if (bucket) bucket.setLimits(limits);
    else {
      bucket = new LeakyBucket(limits, this.#clock);
      this.#buckets.set(accountID, bucket);
    }
    return bucket;
  }
}
