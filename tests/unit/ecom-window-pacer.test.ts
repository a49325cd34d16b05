import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { WindowPacer } from '../../utils/ecom/window-pacer.ts';

const MINUTE = 60_000;

/** The most requests any window of `windowMs` holds, counting (t - windowMs, t] as eCom does. */
function busiestWindow(times: number[], windowMs: number): number {
  const sorted = [...times].sort((a, b) => a - b);
  let most = 0;
  let start = 0;
  for (let end = 0; end < sorted.length; end++) {
    while (sorted[start]! <= sorted[end]! - windowMs) start += 1;
    most = Math.max(most, end - start + 1);
  }
  return most;
}

/** Sends requests that want to go at `wanted` times, each waiting as the pacer says. */
function drive(pacer: WindowPacer, wanted: number[]): number[] {
  const sent: number[] = [];
  let clock = 0;
  for (const at of [...wanted].sort((a, b) => a - b)) {
    clock = Math.max(clock, at);
    for (let wait = pacer.delayMs(clock); wait > 0; wait = pacer.delayMs(clock)) clock += wait;
    pacer.sent(clock);
    sent.push(clock);
  }
  return sent;
}

describe('WindowPacer', () => {
  it('lets `limit` requests go at once, then holds the next until the oldest leaves the window', () => {
    const pacer = new WindowPacer({ limit: 3, marginMs: 1000 });
    for (const at of [0, 10_000, 20_000]) {
      expect(pacer.delayMs(at)).toBe(0);
      pacer.sent(at);
    }
    expect(pacer.delayMs(30_000)).toBe(31_000);
    expect(pacer.delayMs(61_000)).toBe(0);
  });

  it('refuses a limit below 1', () => {
    expect(() => new WindowPacer({ limit: 0 })).toThrow(RangeError);
  });

  it('never allows more than `limit` requests in any window, with any timing', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 40 }),
        fc.array(fc.integer({ min: 0, max: 5 * MINUTE }), { minLength: 1, maxLength: 200 }),
        (limit, wanted) => {
          const sent = drive(new WindowPacer({ limit, marginMs: 0 }), wanted);
          return sent.length === wanted.length && busiestWindow(sent, MINUTE) <= limit;
        },
      ),
    );
  });

  it('keeps to the limit where the service counts arrivals, if network delays stay within the margin', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 30 }),
        fc.array(fc.record({ at: fc.integer({ min: 0, max: 3 * MINUTE }), delay: fc.integer({ min: 0, max: 999 }) }), {
          minLength: 1,
          maxLength: 150,
        }),
        (limit, requests) => {
          const sent = drive(
            new WindowPacer({ limit, marginMs: 1000 }),
            requests.map((request) => request.at),
          );
          const arrivals = sent.map((time, index) => time + requests[index]!.delay);
          return busiestWindow(arrivals, MINUTE) <= limit;
        },
      ),
    );
  });

  it('does not hold requests back for no reason: a steady flow under the limit never waits', () => {
    const pacer = new WindowPacer({ limit: 600 });
    for (let i = 0; i < 2000; i++) {
      const at = i * 110; // about 545 a minute
      expect(pacer.delayMs(at)).toBe(0);
      pacer.sent(at);
    }
  });

  it('would break the limit without waiting (so the properties above mean something)', () => {
    const burst = Array.from({ length: 50 }, () => 0);
    expect(busiestWindow(burst, MINUTE)).toBe(50);
    expect(busiestWindow(drive(new WindowPacer({ limit: 30 }), burst), MINUTE)).toBe(30);
  });
});
