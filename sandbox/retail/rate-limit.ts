import { BurstWindow } from './burst-window.ts';
import { LeakyBucket } from './leaky-bucket.ts';
import type { RetailLimits } from './limits.ts';

/** Like the real header: whole units as `12`, fractions with at most two decimals, as in `12.5`. */
export function formatBucketLevel(level: number, size: number): string {
  return `${formatUnits(level)}/${formatUnits(size)}`;
}

function formatUnits(units: number): string {
  return String(Math.round(units * 100) / 100);
}

/** Which limiter an answer speaks of: the one that refused it, or the bucket when none did. */
export type RateLimitType = 'bucket' | 'burst';

export interface RateLimitReport {
  bucketLevel: number;
  burstLevel: number;
  limits: RetailLimits;
  /** Units this request cost; 0 when it was refused or not charged. */
  cost: number;
  type: RateLimitType;
}

/** Every rate-limit header R-Series sends, on every answer (refusals included). */
export function rateLimitHeaders(report: RateLimitReport): Record<string, string> {
  return {
    'X-LS-API-Bucket-Level': formatBucketLevel(report.bucketLevel, report.limits.size),
    'X-LS-API-Drip-Rate': String(report.limits.dripPerSecond),
    'X-LS-API-Burst-Level': formatBucketLevel(report.burstLevel, report.limits.burstPerSecond),
    'X-LS-API-Request-Cost': String(report.cost),
    'X-LS-API-RateLimit-Type': report.type,
  };
}

export interface AccountLimiters {
  bucket: LeakyBucket;
  burst: BurstWindow;
}

/**
 * One bucket and one burst window per account. They live as long as the server, not the world: a reset must not
 * hand a client a fresh bucket, or tests of a client's pacing would pass by accident.
 */
export class RetailBuckets {
  readonly #accounts = new Map<number, AccountLimiters>();
  readonly #clock: () => number;

  constructor(clock: () => number) {
    this.#clock = clock;
  }

  /** The account's limiters, with the limits the sandbox is configured with now. */
  forAccount(accountID: number, limits: RetailLimits): AccountLimiters {
    const bucketLimits = { size: limits.size, dripPerSecond: limits.dripPerSecond };
    let limiters = this.#accounts.get(accountID);
    if (limiters) limiters.bucket.setLimits(bucketLimits);
    else {
      limiters = { bucket: new LeakyBucket(bucketLimits, this.#clock), burst: new BurstWindow(this.#clock) };
      this.#accounts.set(accountID, limiters);
    }
    return limiters;
  }
}
