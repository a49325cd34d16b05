import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { LeakyBucket } from '../../sandbox/retail/leaky-bucket.ts';
import { BurstWindow } from '../../sandbox/retail/burst-window.ts';
import { limitsForRegisters, requestCost } from '../../sandbox/retail/limits.ts';
import { formatBucketLevel, rateLimitHeaders } from '../../sandbox/retail/rate-limit.ts';

function fakeClock(start = 1_000) {
  let now = start;
  return {
    now: () => now,
    advance(ms: number) {
      now += ms;
    },
  };
}

describe('LeakyBucket', () => {
  it('fills by the cost of each call and refuses the call that would overflow', () => {
    const clock = fakeClock();
    const bucket = new LeakyBucket({ size: 60, dripPerSecond: 1 }, clock.now);
    for (let i = 1; i <= 6; i++) expect(bucket.pour(10)).toEqual({ accepted: true, level: i * 10 });
    const refused = bucket.pour(1);
    expect(refused).toEqual({ accepted: false, level: 60, retryAfterSeconds: 1 });
    // A refused call pours nothing.
    expect(bucket.level()).toBe(60);
  });

  it('drains at the drip rate, fractions included', () => {
    const clock = fakeClock();
    const bucket = new LeakyBucket({ size: 60, dripPerSecond: 0.5 }, clock.now);
    bucket.pour(10);
    clock.advance(3_000);
    expect(bucket.level()).toBeCloseTo(8.5, 9);
    clock.advance(60_000);
    expect(bucket.level()).toBe(0);
  });

  it('says how many whole seconds until the call fits, rounding up, at least 1', () => {
    const clock = fakeClock();
    const bucket = new LeakyBucket({ size: 60, dripPerSecond: 2 }, clock.now);
    for (let i = 0; i < 6; i++) bucket.pour(10);
    // 60 + 10 - 60 = 10 units over; at 2 per second that is 5 seconds.
    expect(bucket.pour(10)).toMatchObject({ accepted: false, retryAfterSeconds: 5 });
    clock.advance(4_500);
    // 1 unit over: half a second, sent as 1.
    expect(bucket.pour(10)).toMatchObject({ accepted: false, retryAfterSeconds: 1 });
    clock.advance(500);
    expect(bucket.pour(10)).toMatchObject({ accepted: true });
  });

  it('lets a call through once exactly enough has drained, despite floating-point dust', () => {
    const clock = fakeClock();
    const bucket = new LeakyBucket({ size: 3, dripPerSecond: 0.1 }, clock.now);
    bucket.pour(3);
    for (let i = 0; i < 10; i++) clock.advance(1_000); // 1 unit drained in ten steps of 0.1
    expect(bucket.pour(1)).toMatchObject({ accepted: true });
  });

  it('admits a call dearer than the whole bucket when it is empty, and only then', () => {
    const clock = fakeClock();
    const bucket = new LeakyBucket({ size: 5, dripPerSecond: 1 }, clock.now);
    expect(bucket.pour(10)).toEqual({ accepted: true, level: 5 });
    expect(bucket.pour(10)).toEqual({ accepted: false, level: 5, retryAfterSeconds: 5 });
  });

  it('never drains when the drip is 0, and says so', () => {
    const clock = fakeClock();
    const bucket = new LeakyBucket({ size: 10, dripPerSecond: 0 }, clock.now);
    bucket.pour(10);
    clock.advance(1_000_000);
    expect(bucket.pour(1)).toEqual({ accepted: false, level: 10, retryAfterSeconds: Number.POSITIVE_INFINITY });
  });

  it('ignores a clock that steps backwards', () => {
    const clock = fakeClock();
    const bucket = new LeakyBucket({ size: 60, dripPerSecond: 1 }, clock.now);
    bucket.pour(30);
    clock.advance(-10_000);
    expect(bucket.level()).toBe(30);
    clock.advance(10_000); // back where it was: no time has passed since the pour
    expect(bucket.level()).toBe(30);
  });

  it('keeps what drained under the old limits when they change, and never holds more than its size', () => {
    const clock = fakeClock();
    const bucket = new LeakyBucket({ size: 60, dripPerSecond: 1 }, clock.now);
    bucket.pour(50);
    clock.advance(10_000);
    bucket.setLimits({ size: 30, dripPerSecond: 10 });
    expect(bucket.level()).toBe(30);
    clock.advance(1_000);
    expect(bucket.level()).toBe(20);
  });

  it('refuses limits that make no sense', () => {
    expect(() => new LeakyBucket({ size: -1, dripPerSecond: 1 }, () => 0)).toThrow(RangeError);
    expect(() => new LeakyBucket({ size: 10, dripPerSecond: Number.NaN }, () => 0)).toThrow(RangeError);
  });

  it('stays between empty and full, and a refused call never changes it (property)', () => {
    const step = fc.record({
      advanceMs: fc.oneof(fc.integer({ min: 0, max: 5_000 }), fc.constant(0)),
      cost: fc.oneof(fc.constantFrom(1, 10), fc.double({ min: 0, max: 200, noNaN: true })),
    });
    fc.assert(
      fc.property(
        fc.double({ min: 0.5, max: 500, noNaN: true }),
        fc.double({ min: 0.01, max: 100, noNaN: true }),
        fc.array(step, { maxLength: 200 }),
        (size, dripPerSecond, steps) => {
          const clock = fakeClock();
          const bucket = new LeakyBucket({ size, dripPerSecond }, clock.now);
          for (const { advanceMs, cost } of steps) {
            clock.advance(advanceMs);
            const before = bucket.level();
            const result = bucket.pour(cost);
            expect(result.level).toBeGreaterThanOrEqual(0);
            expect(result.level).toBeLessThanOrEqual(size);
            if (result.accepted) {
              expect(result.level).toBeCloseTo(Math.min(size, before + Math.min(cost, size)), 6);
            } else {
              expect(result.level).toBe(before);
              expect(Number.isInteger(result.retryAfterSeconds)).toBe(true);
              expect(result.retryAfterSeconds).toBeGreaterThanOrEqual(1);
              // Waiting as long as it says is enough.
              clock.advance(result.retryAfterSeconds * 1000);
              expect(bucket.pour(cost).accepted).toBe(true);
            }
            expect(bucket.level()).toBeGreaterThanOrEqual(0);
            expect(bucket.level()).toBeLessThanOrEqual(size);
          }
        },
      ),
    );
  });
});

describe('rate-limit headers', () => {
  it('format the level like the real API: whole units bare, fractions with at most two decimals', () => {
    expect(formatBucketLevel(12, 60)).toBe('12/60');
    expect(formatBucketLevel(12.5, 60)).toBe('12.5/60');
    expect(formatBucketLevel(12.3456, 60)).toBe('12.35/60');
    expect(formatBucketLevel(0, 60)).toBe('0/60');
    const limits = { size: 90, dripPerSecond: 1.5, burstPerSecond: 20 };
    expect(rateLimitHeaders({ bucketLevel: 3, burstLevel: 4, limits, cost: 1, type: 'bucket' })).toEqual({
      'X-LS-API-Bucket-Level': '3/90',
      'X-LS-API-Drip-Rate': '1.5',
      'X-LS-API-Burst-Level': '4/20',
      'X-LS-API-Request-Cost': '1',
      'X-LS-API-RateLimit-Type': 'bucket',
    });
  });
});

describe("today's R-Series limits (changelog 2026-03)", () => {
  it('grow with the registers: 90 units + 10 and a drip of 1 + 0.5 a second per extra register', () => {
    expect(limitsForRegisters(1)).toMatchObject({ size: 90, dripPerSecond: 1 });
    expect(limitsForRegisters(2)).toMatchObject({ size: 100, dripPerSecond: 1.5 });
    expect(limitsForRegisters(5)).toMatchObject({ size: 130, dripPerSecond: 3 });
  });

  it('charge 1 unit a request, 10 for a Category POST or PUT and for a read that counts (count=1)', () => {
    const at = (path: string) => new URL(`http://sandbox/API/V3/Account/4${path}`);
    expect(requestCost('GET', at('/Item.json'))).toBe(1);
    expect(requestCost('PUT', at('/Item/3.json'))).toBe(1);
    expect(requestCost('DELETE', at('/Category/3.json'))).toBe(1);
    expect(requestCost('GET', at('/Category.json'))).toBe(1);
    expect(requestCost('POST', at('/Category.json'))).toBe(10);
    expect(requestCost('PUT', at('/Category/3.json'))).toBe(10);
    expect(requestCost('GET', at('/Category.json?count=1&limit=1'))).toBe(10);
  });
});

describe('BurstWindow', () => {
  it('lets a window of one second take up to its limit, then says when room comes back', () => {
    const clock = fakeClock(0);
    const burst = new BurstWindow(clock.now);
    for (let i = 1; i <= 5; i++) expect(burst.take(1, 5)).toEqual({ accepted: true, level: i });
    expect(burst.take(1, 5)).toEqual({ accepted: false, level: 5, retryAfterSeconds: 1 });
    clock.advance(999);
    expect(burst.take(1, 5).accepted).toBe(false);
    clock.advance(1);
    // The five have left the window; the refusals took nothing.
    expect(burst.take(1, 5)).toEqual({ accepted: true, level: 1 });
  });

  it('never holds more than its limit within any second', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 30 }),
        fc.array(fc.record({ gap: fc.integer({ min: 0, max: 400 }), cost: fc.constantFrom(1, 1, 10) }), {
          maxLength: 80,
        }),
        (limit, requests) => {
          const clock = fakeClock(0);
          const burst = new BurstWindow(clock.now);
          const accepted: Array<{ at: number; cost: number }> = [];
          for (const request of requests) {
            clock.advance(request.gap);
            if (burst.take(request.cost, limit).accepted) {
              accepted.push({ at: clock.now(), cost: Math.min(request.cost, limit) });
            }
            const inWindow = accepted.filter((entry) => entry.at > clock.now() - 1000);
            expect(inWindow.reduce((sum, entry) => sum + entry.cost, 0)).toBeLessThanOrEqual(limit);
          }
        },
      ),
    );
  });
});
