import { describe, expect, it } from 'vitest';

import { applyOperations } from '../../utils/sync/apply.ts';
import type { EcomSnapshot } from '../../utils/sync/model.ts';
import { allocateId, ecomCategory, onlineOnly, product, withProductIds } from './support/store-builders.ts';

const base: EcomSnapshot = withProductIds({
  categories: [
    ecomCategory(1, { name: 'A', origin: 'LIGHTSPEED', externalReferenceId: '10', orderBy: 10 }),
    ecomCategory(2, { name: 'B', origin: 'LIGHTSPEED', externalReferenceId: '20', orderBy: 20, parentId: 1 }),
    onlineOnly(3, { orderBy: 15, description: 'mine' }),
  ],
  products: [product(100, { categoryIds: [1, 3] }), product(101)],
});

describe('applyOperations', () => {
  it('creates a disabled Lightspeed category under a resolved parent, with its products', () => {
    const after = applyOperations(
      base,
      [{ kind: 'create-category', retailId: 30, name: 'C', parentRetailId: 10, orderBy: 20, productIds: [101] }],
      allocateId,
    );
    expect(after.categories.at(-1)).toEqual({
      id: allocateId(30),
      parentId: 1,
      orderBy: 20,
      name: 'C',
      enabled: false,
      description: '',
      imageUrl: '',
      origin: 'LIGHTSPEED',
      externalReferenceId: '30',
      productIds: [101],
    });
    expect(after.products[1]).toMatchObject({ categoryIds: [allocateId(30)], defaultCategoryId: allocateId(30) });
  });

  it('resolves a parent created earlier in the same list', () => {
    const after = applyOperations(
      base,
      [
        { kind: 'create-category', retailId: 40, name: 'P', parentRetailId: 0, orderBy: 30, productIds: [] },
        { kind: 'create-category', retailId: 41, name: 'Q', parentRetailId: 40, orderBy: 10, productIds: [] },
        { kind: 'update-category', ecomId: 2, retailId: 20, changes: { parentRetailId: 40, orderBy: 20 } },
      ],
      allocateId,
    );
    expect(after.categories.find((c) => c.id === allocateId(41))?.parentId).toBe(allocateId(40));
    expect(after.categories.find((c) => c.id === 2)).toMatchObject({ parentId: allocateId(40), orderBy: 20 });
  });

  it('leaves the given snapshot as it was, and shares the records it does not change', () => {
    const copy = structuredClone(base);
    const after = applyOperations(base, [{ kind: 'unassign-products', ecomId: 1, productIds: [100] }], allocateId);
    expect(base).toEqual(copy);
    expect(after.categories[2]).toBe(base.categories[2]);
    expect(after.products[0]).toEqual({ ...base.products[0], categoryIds: [3], defaultCategoryId: 3 });
    expect(after.categories[0]?.productIds).toEqual([]);
  });

  it('order-categories: sets the given orderBy; a sort must name every child exactly once', () => {
    const top = { kind: 'order-categories' as const, parentId: 0, orderBy: [{ ecomId: 1, orderBy: 30 }] };
    expect(applyOperations(base, [{ ...top, sortable: false }], allocateId).categories[0]?.orderBy).toBe(30);
    expect(() => applyOperations(base, [{ ...top, sortable: true }], allocateId)).toThrow(/exactly once/);
    const sorted = applyOperations(
      base,
      [
        {
          ...top,
          orderBy: [
            { ecomId: 3, orderBy: 99 },
            { ecomId: 1, orderBy: 99 },
          ],
          sortable: true,
        },
      ],
      allocateId,
    );
    expect(sorted.categories.map((c) => c.orderBy)).toEqual([20, 20, 10]);
  });

  it('refuses what the API would refuse, naming the operation', () => {
    const create = {
      kind: 'create-category' as const,
      retailId: 5,
      name: 'X',
      parentRetailId: 0,
      orderBy: 10,
      productIds: [],
    };
    const cases: Array<[Parameters<typeof applyOperations>[1], RegExp]> = [
      [
        [{ kind: 'assign-products', ecomId: 9, productIds: [100] }],
        /operation 0 \(assign-products\): category 9 not found/,
      ],
      [[{ kind: 'assign-products', ecomId: 1, productIds: [9] }], /product 9 not found/],
      [[{ kind: 'update-category', ecomId: 1, retailId: 10, changes: { parentId: 2 } }], /own subtree/],
      [[{ kind: 'update-category', ecomId: 1, retailId: 10, changes: { parentId: 1 } }], /own subtree/],
      [[{ kind: 'update-category', ecomId: 2, retailId: 20, changes: { parentRetailId: 77 } }], /Retail parent 77/],
      [
        [{ kind: 'order-categories', parentId: 0, orderBy: [{ ecomId: 2, orderBy: 10 }], sortable: false }],
        /not a child of 0/,
      ],
      [[{ ...create, retailId: 10 }], /already in eCom/],
    ];
    for (const [operations, message] of cases) {
      expect(() => applyOperations(base, operations, allocateId)).toThrow(message);
    }
    expect(() => applyOperations(base, [create], () => 3)).toThrow(/already taken/);
  });
});
