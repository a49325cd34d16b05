import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { BucketPacer, type BucketReading } from '../../utils/retail/bucket-pacer.ts';
import { EventQueue } from './support/event-queue.ts';

describe('BucketPacer', () => {
  it('lets requests go at once while the bucket has room', () => {
    const pacer = new BucketPacer({ headroom: 0 });
    pacer.sent(1, 0);
    pacer.answered(1, 1, { level: 1, size: 60, dripPerSecond: 1 }, 0);
    for (let i = 0; i < 58; i++) {
      expect(pacer.delayMs(1, 0)).toBe(0);
      pacer.sent(1, 0);
    }
    // 59.01 in the bucket (the reported level may have been rounded down): one more must wait.
    expect(pacer.delayMs(1, 0)).toBe(10);
  });

  it('sends one request at a time until an answer tells the bucket size', () => {
    const pacer = new BucketPacer();
    expect(pacer.delayMs(1, 0)).toBe(0);
    pacer.sent(1, 0);
    expect(pacer.delayMs(1, 0)).toBeGreaterThan(0);
    pacer.answered(1, 1, { level: 1, size: 20, dripPerSecond: 10 }, 50);
    expect(pacer.delayMs(1, 50)).toBe(0);
  });

  it('waits before a write that would overflow, for as long as the drip needs', () => {
    const pacer = new BucketPacer({ headroom: 1 });
    pacer.sent(1, 10_000);
    pacer.answered(1, 1, { level: 54.99, size: 60, dripPerSecond: 2 }, 10_000);
    // A write costs 10: the level (55 once rounding is allowed for) must fall to 60 - 10 - 1 = 49: 6 units at 2 a second.
    expect(pacer.delayMs(10, 10_000)).toBe(3000);
    expect(pacer.delayMs(10, 13_000)).toBe(0);
    expect(pacer.delayMs(1, 10_000)).toBe(0);
  });

  it('raises its estimate when the server reports more (another app shares the bucket)', () => {
    const pacer = new BucketPacer({ headroom: 0 });
    pacer.sent(1, 0);
    pacer.answered(1, 1, { level: 40, size: 60, dripPerSecond: 1 }, 0);
    expect(pacer.levelAt(0)).toBeCloseTo(40.01);
  });

  it('counts requests in flight in full, without draining them, until they are answered', () => {
    const pacer = new BucketPacer({ headroom: 0 });
    pacer.sent(1, 0);
    pacer.answered(1, 1, { level: 1, size: 60, dripPerSecond: 1 }, 0);
    for (let i = 0; i < 10; i++) pacer.sent(1, 0);
    // After 5 s the answered unit has drained; the ten in flight may not even have reached the server.
    expect(pacer.levelAt(5000)).toBe(10);
    pacer.answered(1, 1, { level: 0.5, size: 60, dripPerSecond: 1 }, 5000);
    // Nine still in flight, one answered just now (counted as poured now); the report (0.51) is lower.
    expect(pacer.levelAt(5000)).toBe(10);
    expect(pacer.levelAt(6000)).toBe(9);
  });

  it('does not lower its estimate on a report that an earlier request overtook', () => {
    const pacer = new BucketPacer({ headroom: 0 });
    pacer.sent(1, 0);
    pacer.answered(1, 1, { level: 1, size: 20, dripPerSecond: 1 }, 0);
    pacer.sent(1, 0);
    pacer.sent(10, 0);
    // The write's answer comes first, then the GET's, whose report was taken before the write was counted.
    pacer.answered(10, 10, { level: 12, size: 20, dripPerSecond: 1 }, 0);
    pacer.answered(1, 1, { level: 2, size: 20, dripPerSecond: 1 }, 0);
    expect(pacer.levelAt(0)).toBeGreaterThanOrEqual(12);
  });

  it('adopts the account bucket size and drip from the headers', () => {
    const pacer = new BucketPacer({ headroom: 0 });
    pacer.sent(1, 0);
    pacer.answered(1, 1, { level: 19.99, size: 20, dripPerSecond: 10 }, 0);
    expect(pacer.delayMs(1, 0)).toBe(100);
  });

  it('lets a request dearer than the whole bucket go once the bucket is empty', () => {
    const pacer = new BucketPacer({ headroom: 1 });
    pacer.sent(1, 0);
    pacer.answered(1, 1, { level: 3.99, size: 8, dripPerSecond: 1 }, 0);
    expect(pacer.delayMs(10, 0)).toBe(4000);
    expect(pacer.delayMs(10, 4000)).toBe(0);
  });

  it("assumes today's smallest account until an answer tells: 90 units, 1 a second", () => {
    const pacer = new BucketPacer({ headroom: 0 });
    pacer.sent(89, 0);
    pacer.answered(89, 89, {}, 0);
    expect(pacer.delayMs(1, 0)).toBe(0);
    expect(pacer.delayMs(2, 0)).toBe(1000);
  });

  it('waits for a level reported above the size (92.57/90) to drain below it, and pours what was reported', () => {
    const pacer = new BucketPacer({ headroom: 0 });
    pacer.sent(1, 0);
    pacer.answered(1, 1, { level: 92.57, size: 90, dripPerSecond: 1 }, 0);
    // 92.58 (rounding allowed for) must fall to 89 before a 1-unit request fits: 3.58 s.
    expect(pacer.delayMs(1, 0)).toBe(3580);
    const refused = new BucketPacer({ headroom: 0 });
    refused.sent(10, 0);
    refused.answered(10, 0, { size: 20, dripPerSecond: 1 }, 0);
    expect(refused.levelAt(0)).toBe(0);
  });

  it('says Infinity when the bucket never drains', () => {
    const pacer = new BucketPacer({ headroom: 0 });
    pacer.sent(1, 0);
    pacer.answered(1, 1, { level: 60, size: 60, dripPerSecond: 0 }, 0);
    expect(pacer.delayMs(1, 1e9)).toBe(Number.POSITIVE_INFINITY);
  });
});

/** R-Series' bucket as the server keeps it: drains continuously, refuses a request that would overflow. */
class ServerBucket {
  level = 0;
  at = 0;
  constructor(
    readonly size: number,
    readonly drip: number,
  ) {}
  pour(cost: number, now: number): boolean {
    this.level = Math.max(0, this.level - ((now - this.at) / 1000) * this.drip);
    this.at = now;
    const effective = Math.min(cost, this.size);
    if (this.level + effective - this.size > 1e-9) return false;
    this.level += effective;
    return true;
  }
  /** As the header shows it: rounded to two decimals. */
  reading(): BucketReading {
    return { level: Math.round(this.level * 100) / 100, size: this.size, dripPerSecond: this.drip };
  }
}

interface Step {
  cost: number;
  thinkMs: number;
  upMs: number;
  downMs: number;
}

/**
 * Runs `steps` through `workers` concurrent callers that ask the pacer before each request, with network
 * delays each way; answers whether the server's bucket ever refused a request.
 */
function simulate(
  size: number,
  drip: number,
  workers: number,
  steps: Step[],
  headroom?: number,
): { refused: number; sent: number } {
  const server = new ServerBucket(size, drip);
  const pacer = new BucketPacer(headroom === undefined ? {} : { headroom });
  const events = new EventQueue();
  const schedule = (at: number, run: (now: number) => void) => events.schedule(at, run);
  const queue = [...steps];
  let refused = 0;
  let sent = 0;

  const next = (now: number) => {
    const step = queue.shift();
    if (!step) return;
    const attempt = (t: number) => {
      const wait = pacer.delayMs(step.cost, t);
      if (wait > 0) return schedule(t + wait, attempt);
      pacer.sent(step.cost, t);
      sent += 1;
      schedule(t + step.upMs, (arrival) => {
        if (!server.pour(step.cost, arrival)) refused += 1;
        const reading = server.reading();
        schedule(arrival + step.downMs, (back) => {
          pacer.answered(step.cost, step.cost, reading, back);
          schedule(back + step.thinkMs, next);
        });
      });
    };
    attempt(now);
  };

  for (let i = 0; i < workers; i++) schedule(0, next);
  events.run();
  return { refused, sent };
}

const step = fc.record({
  cost: fc.constantFrom(1, 1, 1, 10),
  thinkMs: fc.integer({ min: 0, max: 1500 }),
  upMs: fc.integer({ min: 0, max: 400 }),
  downMs: fc.integer({ min: 0, max: 400 }),
});

describe('BucketPacer against a modelled R-Series bucket', () => {
  it('never lets the bucket overflow, with any costs, delays and concurrency', () => {
    let runs = 0;
    fc.assert(
      fc.property(
        fc.integer({ min: 10, max: 120 }),
        fc.double({ min: 0.5, max: 20, noNaN: true }),
        fc.integer({ min: 1, max: 4 }),
        fc.array(step, { minLength: 1, maxLength: 120 }),
        (size, drip, workers, steps) => {
          runs += 1;
          const { refused, sent } = simulate(size, drip, workers, steps);
          return refused === 0 && sent === steps.length;
        },
      ),
      { numRuns: 300 },
    );
    expect(runs).toBe(300);
  });

  it('would overflow without pacing (so the property above means something)', () => {
    const burst = Array.from({ length: 80 }, () => ({ cost: 1, thinkMs: 0, upMs: 0, downMs: 0 }));
    // A pacer told the bucket is endless stands for no pacing at all.
    const unpaced = new BucketPacer({ size: 1e9, headroom: 0 });
    const server = new ServerBucket(60, 1);
    let refused = 0;
    for (const request of burst) {
      expect(unpaced.delayMs(request.cost, 0)).toBe(0);
      if (!server.pour(request.cost, 0)) refused += 1;
    }
    expect(refused).toBe(20);
    expect(simulate(60, 1, 1, burst).refused).toBe(0);
  });
});
