import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { RollingWindowLimiter } from '../../sandbox/ecom/rate-limiter.ts';

const MINUTE = 60_000;

/** A limiter on a clock the test moves by hand. */
function limiterAt(start = 0) {
  const clock = { now: start };
  const limiter = new RollingWindowLimiter({ windowMs: MINUTE, clock: () => clock.now });
  return { clock, limiter };
}

describe('RollingWindowLimiter', () => {
  it('lets `limit` calls through in a minute and refuses the next one', () => {
    const { limiter } = limiterAt();
    for (let i = 0; i < 600; i++) expect(limiter.take('t', 600)).toEqual({ allowed: true });
    expect(limiter.take('t', 600).allowed).toBe(false);
  });

  it('advises the whole seconds until the oldest call leaves the window', () => {
    const { clock, limiter } = limiterAt();
    limiter.take('t', 3);
    clock.now = 10_000;
    limiter.take('t', 3);
    clock.now = 20_000;
    limiter.take('t', 3);
    clock.now = 30_000;
    expect(limiter.take('t', 3)).toEqual({ allowed: false, retryAfterSeconds: 30 });
    clock.now = 59_001;
    expect(limiter.take('t', 3)).toEqual({ allowed: false, retryAfterSeconds: 1 });
    clock.now = 60_000;
    expect(limiter.take('t', 3)).toEqual({ allowed: true });
    // The call at 10 s now blocks the next one.
    expect(limiter.take('t', 3)).toEqual({ allowed: false, retryAfterSeconds: 10 });
  });

  it('keeps each key to its own quota', () => {
    const { limiter } = limiterAt();
    expect(limiter.take('a', 1).allowed).toBe(true);
    expect(limiter.take('a', 1).allowed).toBe(false);
    expect(limiter.take('b', 1).allowed).toBe(true);
  });

  it('does not count refused calls', () => {
    const { clock, limiter } = limiterAt();
    limiter.take('t', 1);
    clock.now = 30_000;
    for (let i = 0; i < 10; i++) limiter.take('t', 1);
    clock.now = MINUTE;
    expect(limiter.take('t', 1).allowed).toBe(true);
  });

  it('never accepts more than `limit` calls in any rolling minute, and a call after the advised wait passes', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 8 }),
        fc.array(fc.integer({ min: 0, max: 20_000 }), { minLength: 1, maxLength: 80 }),
        (limit, gaps) => {
          const { clock, limiter } = limiterAt(1_000_000);
          const accepted: number[] = [];
          for (const gap of gaps) {
            clock.now += gap;
            const decision = limiter.take('t', limit);
            if (decision.allowed) {
              accepted.push(clock.now);
              continue;
            }
            expect(decision.retryAfterSeconds).toBeGreaterThanOrEqual(1);
            expect(Number.isInteger(decision.retryAfterSeconds)).toBe(true);
            // Waiting as advised must be enough, on a copy of the state (the real run goes on unchanged).
            const probe = limiterAt(0);
            for (const time of accepted) {
              probe.clock.now = time;
              probe.limiter.take('t', limit);
            }
            probe.clock.now = clock.now + decision.retryAfterSeconds * 1000;
            expect(probe.limiter.take('t', limit).allowed).toBe(true);
          }
          for (const start of accepted) {
            const inWindow = accepted.filter((time) => time >= start && time < start + MINUTE).length;
            expect(inWindow).toBeLessThanOrEqual(limit);
          }
        },
      ),
    );
  });
});
