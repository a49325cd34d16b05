import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { BurstWindow } from '../../sandbox/retail/burst-window.ts';
import { LeakyBucket } from '../../sandbox/retail/leaky-bucket.ts';
import { requestCost } from '../../sandbox/retail/limits.ts';
import { rateLimitHeaders } from '../../sandbox/retail/rate-limit.ts';
import type { PacedRequest } from '../../utils/http/pacer.ts';
import { RetailPacer } from '../../utils/retail/pacer.ts';
import { EventQueue } from './support/event-queue.ts';

/**
 * The client's pacer against the sandbox's own model of R-Series' limits (its leaky bucket and burst window,
 * on a clock the simulation moves), with network delays each way and several callers at once.
 */

const ACCOUNT = 'http://sandbox/API/V3/Account/4';
const KINDS: PacedRequest[] = [
  { method: 'GET', url: `${ACCOUNT}/Item.json?limit=100&sort=timeStamp` },
  { method: 'GET', url: `${ACCOUNT}/Category.json?count=1&limit=1` },
  { method: 'PUT', url: `${ACCOUNT}/Category/3.json` },
  { method: 'PUT', url: `${ACCOUNT}/Item/8.json` },
];

interface Limits {
  size: number;
  dripPerSecond: number;
  burstPerSecond: number;
}

interface Step {
  kind: number;
  thinkMs: number;
  upMs: number;
  downMs: number;
  /** This answer's rate-limit headers come garbled. */
  garbled: boolean;
}

const GARBLED = {
  'X-LS-API-Bucket-Level': 'n/a',
  'X-LS-API-Drip-Rate': '-',
  'X-LS-API-Burst-Level': '',
  'X-LS-API-Request-Cost': 'ten',
  'X-LS-API-RateLimit-Type': '?',
};

/** The sandbox's gate, as a function of the simulated time. */
function server(limits: Limits, clock: { now: number }) {
  const bucket = new LeakyBucket(limits, () => clock.now);
  const burst = new BurstWindow(() => clock.now);
  return (request: PacedRequest, garbled: boolean): { status: number; headers: Headers; retryAfterMs?: number } => {
    const cost = requestCost(request.method, new URL(request.url));
    const fits = bucket.level() + Math.min(cost, limits.size) <= limits.size + 1e-9;
    const taken = fits ? burst.take(cost, limits.burstPerSecond) : null;
    const poured = taken?.accepted ? bucket.pour(cost) : null;
    const accepted = poured?.accepted === true;
    const refusal = taken && !taken.accepted ? taken : poured && !poured.accepted ? poured : null;
    const retryAfter = accepted
      ? undefined
      : (refusal?.retryAfterSeconds ?? Math.ceil((bucket.level() + cost - limits.size) / limits.dripPerSecond));
    const report = rateLimitHeaders({
      limits,
      cost: accepted ? cost : 0,
      type: taken && !taken.accepted ? 'burst' : 'bucket',
      bucketLevel: bucket.level(),
      burstLevel: burst.level(),
    });
    const headers = new Headers(garbled ? GARBLED : report);
    if (retryAfter !== undefined) headers.set('Retry-After', String(retryAfter));
    return accepted ? { status: 200, headers } : { status: 429, headers, retryAfterMs: retryAfter! * 1000 };
  };
}

/** Runs the steps through `workers` callers that ask the pacer before each attempt and retry after a 429. */
function simulate(limits: Limits, workers: number, steps: Step[]) {
  const events = new EventQueue();
  const answer = server(limits, events);
  const pacer = new RetailPacer({ headroom: 0 });
  const schedule = (at: number, run: (now: number) => void) => events.schedule(at, run);
  const queue = [...steps];
  let refused = 0;
  let done = 0;
  /** Sends made before a 429's Retry-After was over. */
  let early = 0;
  let blockedUntil = 0;

  const next = () => {
    const step = queue.shift();
    if (!step) return;
    // A fresh object per request, as the request layer passes its own; a retry reuses it.
    const request = { ...KINDS[step.kind]! };
    const attempt = (t: number) => {
      const wait = pacer.delayMs(request, t);
      expect(Number.isFinite(wait)).toBe(true);
      if (wait > 0) return schedule(t + wait, attempt);
      if (t < blockedUntil) early += 1;
      pacer.sent(request, t);
      schedule(t + step.upMs, (arrival) => {
        const result = answer(request, step.garbled);
        if (result.status === 429) {
          refused += 1;
          blockedUntil = Math.max(blockedUntil, arrival + step.downMs + result.retryAfterMs!);
        }
        schedule(arrival + step.downMs, (back) => {
          pacer.answered(request, result, back);
          if (result.status === 429) schedule(back + result.retryAfterMs!, attempt);
          else {
            done += 1;
            schedule(back + step.thinkMs, next);
          }
        });
      });
    };
    attempt(events.now);
  };

  for (let i = 0; i < workers; i++) schedule(0, next);
  events.run();
  return { refused, done, early };
}

const limits = fc.record({
  size: fc.integer({ min: 15, max: 140 }),
  dripPerSecond: fc.constantFrom(0.5, 1, 1.5, 3, 10),
  burstPerSecond: fc.integer({ min: 3, max: 40 }),
});

const step = (garbledRate: number) =>
  fc.record({
    kind: fc.constantFrom(0, 0, 0, 0, 1, 2, 3),
    thinkMs: fc.integer({ min: 0, max: 800 }),
    upMs: fc.integer({ min: 0, max: 300 }),
    downMs: fc.integer({ min: 0, max: 300 }),
    garbled:
      garbledRate === 0 ? fc.constant(false) : fc.double({ min: 0, max: 1, noNaN: true }).map((x) => x < garbledRate),
  });

/** Checks `check` on random limits, callers and requests, `garbledRate` of the answers with garbled headers. */
function forAny(garbledRate: number, check: (result: ReturnType<typeof simulate>, requests: number) => void) {
  fc.assert(
    fc.property(
      limits,
      fc.integer({ min: 1, max: 4 }),
      fc.array(step(garbledRate), { minLength: 1, maxLength: 100 }),
      (l, workers, steps) => check(simulate(l, workers, steps), steps.length),
    ),
    { numRuns: 200 },
  );
}

describe('RetailPacer against the sandbox model of R-Series', () => {
  it('never sends a request the bucket or the burst window as answered cannot take', () => {
    forAny(0, ({ refused, done }, requests) => {
      expect(refused).toBe(0);
      expect(done).toBe(requests);
    });
  });

  it('keeps going when headers come garbled, and never sends before a 429 says it may', () => {
    forAny(0.3, ({ done, early }, requests) => {
      expect(done).toBe(requests);
      expect(early).toBe(0);
    });
  });

  it('would be refused without pacing (so the properties above mean something)', () => {
    const burst = Array.from({ length: 30 }, () => ({ kind: 0, thinkMs: 0, upMs: 0, downMs: 0, garbled: true }));
    // Every answer garbled: the pacer never learns the burst limit of 5, and sends as fast as it may.
    expect(simulate({ size: 90, dripPerSecond: 1, burstPerSecond: 5 }, 4, burst).refused).toBeGreaterThan(0);
    const told = burst.map((entry) => ({ ...entry, garbled: false }));
    expect(simulate({ size: 90, dripPerSecond: 1, burstPerSecond: 5 }, 4, told).refused).toBe(0);
  });

  it('learns what a kind of request costs from X-LS-API-Request-Cost', () => {
    const pacer = new RetailPacer({ headroom: 0 });
    const relations = { method: 'GET', url: `${ACCOUNT}/Item.json?load_relations=all&limit=100` };
    pacer.sent(relations, 0);
    pacer.answered(
      relations,
      {
        status: 200,
        headers: new Headers({
          'X-LS-API-Bucket-Level': '5/90',
          'X-LS-API-Drip-Rate': '1',
          'X-LS-API-Request-Cost': '5',
        }),
      },
      0,
    );
    // 5.01 in the bucket, then 16 more of that kind at 5 each: 85.01. One more at 5 must wait a moment; at the
    // documented 1 unit a read it would fit at once.
    const again = { ...relations, url: `${relations.url}&after=abc` };
    expect(pacer.delayMs(again, 0)).toBe(0);
    for (let i = 0; i < 16; i++) pacer.sent({ ...again }, 0);
    expect(pacer.delayMs(again, 0)).toBeGreaterThan(0);
    expect(pacer.delayMs({ method: 'GET', url: `${ACCOUNT}/Item.json?limit=100` }, 0)).toBe(0);
  });
});

describe('RetailPacer after a 429 whose headers say little', () => {
  const get = () => ({ method: 'GET', url: `${ACCOUNT}/Item.json?limit=100` });
  const answer = (status: number, headers: Record<string, string>) => ({ status, headers: new Headers(headers) });

  it('learns the burst window from a refusal that names the burst limiter but not its size', () => {
    const pacer = new RetailPacer({ headroom: 0 });
    const told = { 'X-LS-API-Bucket-Level': '1/90', 'X-LS-API-Drip-Rate': '1' };
    const first = get();
    pacer.sent(first, 0);
    pacer.answered(first, answer(200, told), 0);
    const requests = Array.from({ length: 4 }, get);
    for (const request of requests) pacer.sent(request, 10);
    for (const request of requests.slice(0, 3)) pacer.answered(request, answer(200, told), 20);
    pacer.answered(requests[3]!, answer(429, { 'X-LS-API-RateLimit-Type': 'burst', 'Retry-After': '1' }), 20);
    // Four let in within the second: the fifth waits until the first of them leaves the window, past Retry-After.
    expect(pacer.delayMs(get(), 1020)).toBe(0);
    const more = Array.from({ length: 4 }, get);
    for (const request of more) pacer.sent(request, 1020);
    expect(pacer.delayMs(get(), 1020)).toBeGreaterThan(0);
  });

  it('takes the bucket as full after a refusal that names the bucket but not its level', () => {
    const pacer = new RetailPacer({ headroom: 0 });
    const first = get();
    pacer.sent(first, 0);
    pacer.answered(first, answer(200, { 'X-LS-API-Bucket-Level': '1/90', 'X-LS-API-Drip-Rate': '2' }), 0);
    const refused = get();
    pacer.sent(refused, 0);
    pacer.answered(refused, answer(429, { 'X-LS-API-RateLimit-Type': 'bucket', 'Retry-After': '0' }), 0);
    // Full (90): one unit must drain at 2 a second before the next read fits.
    expect(pacer.delayMs(get(), 0)).toBe(500);
  });
});
