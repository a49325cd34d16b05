import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { timeAgo } from '../../utils/i18n/time-ago.ts';
import { createWords } from '../../utils/overlay/words.ts';

const NOW = Date.parse('2026-12-03T12:00:00.000Z');
const before = (ms: number) => new Date(NOW - ms).toISOString();
const MINUTE = 60_000;

describe('timeAgo: one way to say how long ago, on every page', () => {
  it('says "just now" under a minute, and for a time a little ahead of our clock', () => {
    expect(timeAgo(before(0), 'en', NOW)).toBe('just now');
    expect(timeAgo(before(59_999), 'en', NOW)).toBe('just now');
    expect(timeAgo(before(-5_000), 'fr', NOW)).toBe('à l’instant');
  });

  it('counts whole minutes, hours and days down, in English and in French', () => {
    expect(timeAgo(before(MINUTE), 'en', NOW)).toBe('1 minute ago');
    expect(timeAgo(before(2 * MINUTE - 1), 'en', NOW)).toBe('1 minute ago');
    expect(timeAgo(before(59 * MINUTE), 'fr', NOW)).toBe('il y a 59 minutes');
    expect(timeAgo(before(60 * MINUTE), 'en', NOW)).toBe('1 hour ago');
    expect(timeAgo(before(3 * 60 * MINUTE), 'fr', NOW)).toBe('il y a 3 heures');
    expect(timeAgo(before(24 * 60 * MINUTE), 'en', NOW)).toBe('yesterday');
    expect(timeAgo(before(3 * 24 * 60 * MINUTE), 'fr', NOW)).toBe('il y a 3 jours');
  });

  it('is what the overlay says too', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -MINUTE, max: 40 * 24 * 60 * MINUTE }),
        fc.constantFrom('en' as const, 'fr' as const),
        (ms, language) => {
          expect(createWords(language, null).ago(before(ms), NOW)).toBe(timeAgo(before(ms), language, NOW));
        },
      ),
    );
  });
});
