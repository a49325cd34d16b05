import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { ChunkedList } from '../../utils/sync/chunked-list.ts';

describe('ChunkedList', () => {
  it('hands back every item in the order pushed, across chunk boundaries', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 30_000 }), (count) => {
        const list = new ChunkedList<number>();
        for (let i = 0; i < count; i++) list.push(i * 3);
        const all = list.toArray();
        expect(list.length).toBe(count);
        expect(all.length).toBe(count);
        for (let i = 0; i < count; i++) if (all[i] !== i * 3) expect(all[i]).toBe(i * 3);
      }),
      { numRuns: 40 },
    );
  });

  it('an empty list is an empty array', () => {
    expect(new ChunkedList<string>().toArray()).toEqual([]);
  });
});
