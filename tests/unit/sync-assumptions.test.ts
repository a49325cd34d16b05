import { describe, expect, it } from 'vitest';

import {
  isOnlineOnly,
  kindOfCategory,
  linkByReference,
  membershipFollowsRetail,
} from '../../utils/sync/category-kind.ts';
import { compareEcomSiblings } from '../../utils/sync/ecom-order.ts';
import { retailIdOf } from '../../utils/sync/external-ids.ts';
import { idTable, ordinalTable } from '../../utils/sync/id-table.ts';
import type { RetailCategory } from '../../utils/sync/model.ts';
import { retailDisplayOrder, targetOrderBy } from '../../utils/sync/retail-order.ts';
import { ecomCategory, retailCategories } from './support/store-builders.ts';

/** The functions that each hold one assumption (docs/sync-rules.md#a1, #a2, #a3) or one reading of the platforms. */

describe('retailIdOf: externalReferenceId === String(retailId)', () => {
  it('reads the exact decimal spelling only', () => {
    const cases: Array<[string | null, number | null]> = [
      ['12', 12],
      ['999999999999999', 999999999999999],
      [null, null],
      ['', null],
      ['0', null],
      ['012', null],
      [' 12', null],
      ['12 ', null],
      ['12.0', null],
      ['1e3', null],
      ['-4', null],
      ['abc', null],
      ['9999999999999999', null],
    ];
    for (const [reference, id] of cases) expect(retailIdOf(reference), String(reference)).toBe(id);
    for (let id = 1; id < 2000; id += 37) expect(retailIdOf(String(id))).toBe(id);
  });
});

describe('retailDisplayOrder: ascending leftNode', () => {
  const sound = retailCategories([
    { id: 3, name: 'C', children: [{ id: 1, name: 'A' }] },
    { id: 2, name: 'B' },
  ]);
  it('orders by leftNode, whatever the listing order', () => {
    expect(retailDisplayOrder([...sound].reverse()).map((c) => c.id)).toEqual([3, 1, 2]);
  });
  it('orders a broken nested set (repeats, gaps, huge values) by leftNode then id', () => {
    const broken: RetailCategory[] = sound.map((c, i) => ({ ...c, leftNode: [5e9, 7, 7][i]! }));
    expect(retailDisplayOrder(broken).map((c) => c.id)).toEqual([1, 2, 3]);
    const fractional = [
      { ...sound[0]!, leftNode: 1.5 },
      { ...sound[1]!, leftNode: 1 },
    ];
    expect(retailDisplayOrder(fractional).map((c) => c.id)).toEqual([1, 3]);
  });
});

describe('targetOrderBy: 10, 20, 30…', () => {
  it('numbers from 10 by tens', () => {
    expect([0, 1, 2, 9].map(targetOrderBy)).toEqual([10, 20, 30, 100]);
  });
});

describe('compareEcomSiblings: by orderBy, then id', () => {
  it('breaks ties by id', () => {
    const list = [ecomCategory(3, { orderBy: 10 }), ecomCategory(1, { orderBy: 20 }), ecomCategory(2, { orderBy: 10 })];
    expect(list.sort(compareEcomSiblings).map((c) => c.id)).toEqual([2, 3, 1]);
  });
});

describe('isOnlineOnly, kindOfCategory, membershipFollowsRetail: S9 and the orphan assumption', () => {
  it('online-only: no reference (null) and origin not LIGHTSPEED', () => {
    expect(isOnlineOnly(ecomCategory(1))).toBe(true);
    expect(isOnlineOnly(ecomCategory(1, { externalReferenceId: '' }))).toBe(false);
    expect(isOnlineOnly(ecomCategory(1, { externalReferenceId: 'x' }))).toBe(false);
    expect(isOnlineOnly(ecomCategory(1, { origin: 'LIGHTSPEED' }))).toBe(false);
  });

  it('Retail-marked: synced when the linked copy of an existing Retail category, else orphaned or unreferenced', () => {
    expect(kindOfCategory(ecomCategory(1, { externalReferenceId: '5' }), true)).toBe('synced');
    expect(kindOfCategory(ecomCategory(1, { externalReferenceId: '5' }), false)).toBe('orphaned');
    expect(kindOfCategory(ecomCategory(1, { externalReferenceId: ' ' }), false)).toBe('orphaned');
    expect(kindOfCategory(ecomCategory(1, { origin: 'LIGHTSPEED' }), false)).toBe('unreferenced');
    expect(kindOfCategory(ecomCategory(1), false)).toBe('online-only');
  });

  it('membershipFollowsRetail: in synced and orphaned categories only', () => {
    const kinds = ['synced', 'orphaned', 'unreferenced', 'online-only'] as const;
    expect(kinds.filter(membershipFollowsRetail)).toEqual(['synced', 'orphaned']);
  });

  it('linkByReference: the lowest eCom id wins a Retail id claimed twice', () => {
    const linked = linkByReference([
      ecomCategory(9, { externalReferenceId: '5' }),
      ecomCategory(4, { externalReferenceId: '5' }),
      ecomCategory(6, { externalReferenceId: '05' }),
    ]);
    expect([...linked].map(([retailId, c]) => [retailId, c.id])).toEqual([[5, 4]]);
  });
});

describe('ordinalTable and idTable: the same answers dense or sparse', () => {
  it('finds records by id, -1 / undefined for others', () => {
    for (const ids of [[5, 3, 9, 4], [5, 3, 9e9, 4], [1.5, 3], []]) {
      const records = ids.map((id) => ({ id }));
      const ordinals = ordinalTable(records, (r) => r.id);
      const table = idTable(records, ordinals);
      ids.forEach((id, index) => {
        expect(ordinals.get(id)).toBe(index);
        expect(table.get(id)).toBe(records[index]);
        expect(table.has(id)).toBe(true);
      });
      for (const other of [0, 2, 6, -1, 1e12, 3.5]) {
        expect(ordinals.get(other)).toBe(-1);
        expect(table.has(other)).toBe(false);
      }
    }
  });
});
