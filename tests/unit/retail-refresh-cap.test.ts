import { describe, expect, it } from 'vitest';

import { RefreshWindow } from '../../utils/retail/refresh-cap.ts';

describe('the window of 5 refreshes a minute', () => {
  it('lets 5 go at once, then waits until the oldest leaves the minute', () => {
    const window = new RefreshWindow();
    for (let i = 0; i < 5; i++) {
      expect(window.delayMs(1_000 + i)).toBe(0);
      window.sent(1_000 + i);
    }
    expect(window.delayMs(2_000)).toBe(60_000 - 1_000);
    expect(window.delayMs(61_000)).toBe(0);
    window.sent(61_000);
    // The second of the first five leaves at 61,001.
    expect(window.delayMs(61_000)).toBe(1);
  });

  it('never asks for a negative wait when the clock steps back', () => {
    const window = new RefreshWindow(1, 60_000);
    window.sent(100_000);
    expect(window.delayMs(50_000)).toBeGreaterThanOrEqual(0);
  });
});

describe('the window across a worker’s restart', () => {
  it('counts the refreshes the worker before sent, and hands on only the last minute’s', () => {
    const before = new RefreshWindow();
    for (const at of [0, 10_000, 20_000, 30_000, 40_000]) before.sent(at);
    const kept = before.recent(61_000);
    expect(kept).toEqual([10_000, 20_000, 30_000, 40_000]);

    const after = new RefreshWindow();
    after.remember(kept);
    after.sent(61_000);
    // Five in the minute before 65,000: the next waits for 10,000 to leave it.
    expect(after.delayMs(65_000)).toBe(5_000);
  });
});
