import type { PacedRequest, Pacer } from '../http/pacer.ts';
import { parseRetryAfterMs } from '../http/retry-after.ts';
import { BucketPacer, type BucketPacerOptions } from './bucket-pacer.ts';
import { BURST_WINDOW_MS, BurstPacer, type BurstEntry } from './burst-pacer.ts';
import { readRateHeaders } from './rate-headers.ts';
import { CostBook } from './request-cost.ts';

/**
 * Paces R-Series requests by what each answer says (changelog 2026-03): the bucket's level, size and drip, the
 * burst limiter's level and limit, what each request cost, and Retry-After on a 429. A request goes only when
 * the bucket as known can take its cost and the burst window has room, so 429s are the exception: another app
 * sharing the account, or limits lowered under it.
 */
export class RetailPacer implements Pacer {
  readonly #bucket: BucketPacer;
  readonly #burst = new BurstPacer();
  readonly #costs = new CostBook();
  /** After a 429: nothing goes before this time, whatever the models say. */
  #blockedUntil = 0;
  /** What each request was charged when sent, oldest attempt first (a retry sends the same request again). */
  readonly #sending = new WeakMap<PacedRequest, Array<{ cost: number; burst: BurstEntry }>>();

  constructor(options: BucketPacerOptions = {}) {
    this.#bucket = new BucketPacer(options);
  }

  delayMs(request: PacedRequest, now: number): number {
    const cost = this.#costs.predict(request.method, request.url);
    return Math.max(0, this.#blockedUntil - now, this.#bucket.delayMs(cost, now), this.#burst.delayMs(cost, now));
  }

  sent(request: PacedRequest, now: number): void {
    const cost = this.#costs.predict(request.method, request.url);
    this.#bucket.sent(cost, now);
    const attempts = this.#sending.get(request) ?? [];
    attempts.push({ cost, burst: this.#burst.sent(cost) });
    this.#sending.set(request, attempts);
  }

  answered(request: PacedRequest, answer: { status: number; headers: Headers } | null, now: number): void {
    const attempt = this.#sending.get(request)?.shift();
    if (!attempt) return;
    if (!answer) {
      // It may have reached the server: counted as poured.
      this.#bucket.answered(attempt.cost, attempt.cost, null, now);
      this.#burst.answered(attempt.burst, attempt.cost, {}, now);
      return;
    }
    const reading = readRateHeaders(answer.headers);
    const refused = answer.status === 429;
    // A refusal pours nothing; an answer that does not say its cost is taken to have cost what was expected.
    const poured = reading.cost ?? (refused ? 0 : attempt.cost);
    if (reading.cost !== undefined) this.#costs.learn(request.method, request.url, reading.cost);
    this.#bucket.answered(attempt.cost, poured, reading, now);
    this.#burst.answered(
      attempt.burst,
      poured,
      {
        ...(reading.burstLevel === undefined ? {} : { level: reading.burstLevel }),
        ...(reading.burstLimit === undefined ? {} : { limit: reading.burstLimit }),
      },
      now,
    );
    if (refused) {
      // X-LS-API-RateLimit-Type names the limiter that refused: what the headers left out is learnt from that.
      if (reading.limitType === 'burst' && reading.burstLimit === undefined) this.#burst.refused(now);
      if (reading.limitType === 'bucket' && reading.level === undefined) this.#bucket.refused(now);
      // A missing or garbled Retry-After: a burst window, after which the models decide.
      const wait = parseRetryAfterMs(answer.headers.get('retry-after'), now) ?? BURST_WINDOW_MS;
      this.#blockedUntil = Math.max(this.#blockedUntil, now + wait);
    }
  }
}
