import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { backoffDelayMs } from '../../utils/http/backoff.ts';
import { parseRetryAfterMs } from '../../utils/http/retry-after.ts';

const policy = { baseMs: 500, maxMs: 30_000 };

describe('backoffDelayMs', () => {
  it('doubles its ceiling with each attempt and stops at the cap', () => {
    const top = () => 0.999999;
    expect([0, 1, 2, 3].map((attempt) => backoffDelayMs(attempt, policy, top))).toEqual([500, 1000, 2000, 4000]);
    expect(backoffDelayMs(20, policy, top)).toBe(30_000);
  });

  it('keeps the jitter between half the ceiling and the ceiling, whatever random gives', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 40 }),
        fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }),
        (attempt, r) => {
          const ceiling = Math.min(policy.maxMs, policy.baseMs * 2 ** attempt);
          const delay = backoffDelayMs(attempt, policy, () => r);
          return delay >= ceiling / 2 && delay <= ceiling;
        },
      ),
    );
  });

  it('spreads clients out: different random draws give different waits', () => {
    expect(backoffDelayMs(3, policy, () => 0)).toBe(2000);
    expect(backoffDelayMs(3, policy, () => 0.5)).toBe(3000);
  });
});

describe('parseRetryAfterMs', () => {
  const now = Date.UTC(2026, 10, 1, 12, 0, 0);

  it('reads whole seconds', () => {
    expect(parseRetryAfterMs('30', now)).toBe(30_000);
    expect(parseRetryAfterMs(' 0 ', now)).toBe(0);
  });

  it('reads an HTTP date as the time left until then', () => {
    expect(parseRetryAfterMs('Sun, 01 Nov 2026 12:00:45 GMT', now)).toBe(45_000);
    expect(parseRetryAfterMs('Sun, 01 Nov 2026 11:00:00 GMT', now)).toBe(0);
  });

  it('gives null for nothing or nonsense, so the back-off decides', () => {
    expect(parseRetryAfterMs(null, now)).toBeNull();
    expect(parseRetryAfterMs('', now)).toBeNull();
    expect(parseRetryAfterMs('soon', now)).toBeNull();
  });
});
