import { describe, expect, it } from 'vitest';

import { applyOperations } from '../../utils/sync/apply.ts';
import type { EcomSnapshot, Operation, RetailSnapshot } from '../../utils/sync/model.ts';
import { plan } from '../../utils/sync/plan.ts';
import {
  addCategories,
  addProducts,
  allocateId,
  ecomCategory,
  ecomIdOf,
  editCategory,
  editProduct,
  emptyHistory,
  item,
  onlineOnly,
  product,
  productIdOf,
  removeCategory,
  retailStore,
  syncedEcom,
} from './support/store-builders.ts';

const ops = (retail: RetailSnapshot, ecom: EcomSnapshot) => plan(retail, ecom, emptyHistory()).operations;
const nothing: EcomSnapshot = { categories: [], products: [] };

describe('create-category', () => {
  it('numbers a created category among all its Retail siblings, existing ones included', () => {
    const retail = retailStore([
      { id: 1, name: 'A' },
      { id: 2, name: 'B' },
      { id: 3, name: 'C' },
    ]);
    // eCom as synced before B existed: A 10, C 20.
    const ecom = editCategory(removeCategory(syncedEcom(retail), ecomIdOf(2)), ecomIdOf(3), { orderBy: 20 });
    expect(ops(retail, ecom)).toEqual([
      { kind: 'create-category', retailId: 2, name: 'B', parentRetailId: 0, orderBy: 20, productIds: [] },
      {
        kind: 'order-categories',
        parentId: 0,
        orderBy: [
          { ecomId: ecomIdOf(1), orderBy: 10 },
          { ecomId: ecomIdOf(3), orderBy: 30 },
        ],
        sortable: false,
      },
    ]);
  });

  it('carries the products that belong in it, sorted', () => {
    const retail = retailStore([{ id: 1, name: 'A' }], [item(3, 1), item(1, 1), item(2, 0)]);
    const ecom = {
      categories: [],
      products: [3, 1, 2].map((id) => product(productIdOf(id), { externalReferenceId: String(id) })),
    };
    expect(ops(retail, ecom)).toEqual([
      {
        kind: 'create-category',
        retailId: 1,
        name: 'A',
        parentRetailId: 0,
        orderBy: 10,
        productIds: [productIdOf(1), productIdOf(3)],
      },
    ]);
  });

  it('creates under a parent that is itself created, in Retail pre-order', () => {
    const retail = retailStore([
      {
        id: 5,
        name: 'P',
        children: [
          { id: 7, name: 'C', children: [{ id: 6, name: 'G' }] },
          { id: 4, name: 'D' },
        ],
      },
    ]);
    const creates = ops(retail, nothing).map(
      (op) => op.kind === 'create-category' && [op.retailId, op.parentRetailId, op.orderBy],
    );
    expect(creates).toEqual([
      [5, 0, 10],
      [7, 5, 10],
      [6, 7, 10],
      [4, 5, 20],
    ]);
  });
});

describe('update-category', () => {
  it('moves to the top level with parentId 0', () => {
    const retail = retailStore([
      { id: 1, name: 'A' },
      { id: 2, name: 'B' },
    ]);
    const ecom = editCategory(syncedEcom(retail), ecomIdOf(2), { parentId: ecomIdOf(1), orderBy: 20 });
    expect(ops(retail, ecom)).toEqual([
      { kind: 'update-category', ecomId: ecomIdOf(2), retailId: 2, changes: { parentId: 0 } },
    ]);
  });

  it('sends the target orderBy with a move when it differs', () => {
    const retail = retailStore([
      { id: 1, name: 'A' },
      { id: 2, name: 'B' },
    ]);
    const ecom = editCategory(syncedEcom(retail), ecomIdOf(2), { parentId: ecomIdOf(1), orderBy: 10 });
    expect(ops(retail, ecom)).toEqual([
      { kind: 'update-category', ecomId: ecomIdOf(2), retailId: 2, changes: { parentId: 0, orderBy: 20 } },
    ]);
  });

  it('names a parent created by the same plan by its Retail id', () => {
    const retail = retailStore([{ id: 1, name: 'New', children: [{ id: 2, name: 'Old' }] }]);
    const ecom = {
      categories: [ecomCategory(500, { name: 'Old', externalReferenceId: '2', origin: 'LIGHTSPEED', orderBy: 70 })],
      products: [],
    };
    const operations = ops(retail, ecom);
    expect(operations).toEqual([
      { kind: 'create-category', retailId: 1, name: 'New', parentRetailId: 0, orderBy: 10, productIds: [] },
      { kind: 'update-category', ecomId: 500, retailId: 2, changes: { parentRetailId: 1, orderBy: 10 } },
    ]);
    const after = applyOperations(ecom, operations, allocateId);
    expect(after.categories.find((c) => c.id === 500)).toMatchObject({ parentId: allocateId(1), orderBy: 10 });
  });

  it('renames and moves in one operation', () => {
    const retail = retailStore([{ id: 1, name: 'A', children: [{ id: 2, name: 'B' }] }]);
    const ecom = editCategory(syncedEcom(retail), ecomIdOf(2), { parentId: 0, name: 'b', orderBy: 20 });
    expect(ops(retail, ecom)).toEqual([
      {
        kind: 'update-category',
        ecomId: ecomIdOf(2),
        retailId: 2,
        changes: { name: 'B', parentId: ecomIdOf(1), orderBy: 10 },
      },
    ]);
  });

  it('orders moves so that a category never goes under its own descendant (parent and child swapped)', () => {
    const retail = retailStore([
      { id: 1, name: 'A', children: [{ id: 2, name: 'B', children: [{ id: 3, name: 'C' }] }] },
    ]);
    let ecom = editCategory(syncedEcom(retail), ecomIdOf(3), { parentId: 0, orderBy: 10 });
    ecom = editCategory(ecom, ecomIdOf(2), { parentId: ecomIdOf(3) });
    ecom = editCategory(ecom, ecomIdOf(1), { parentId: ecomIdOf(2) });
    const operations = ops(retail, ecom);
    expect(operations.map((op) => op.kind === 'update-category' && op.retailId)).toEqual([1, 2, 3]);
    const after = applyOperations(ecom, operations, allocateId);
    expect(ops(retail, after)).toEqual([]);
  });
});

describe('order-categories', () => {
  const retail = retailStore([
    { id: 1, name: 'A' },
    { id: 2, name: 'B' },
    { id: 3, name: 'C' },
  ]);

  it('is sortable when the parent has only synced children', () => {
    const ecom = editCategory(syncedEcom(retail), ecomIdOf(1), { orderBy: 40 });
    expect(ops(retail, ecom)).toEqual([
      {
        kind: 'order-categories',
        parentId: 0,
        orderBy: [1, 2, 3].map((id, i) => ({ ecomId: ecomIdOf(id), orderBy: (i + 1) * 10 })),
        sortable: true,
      },
    ]);
  });

  it('is not sortable with an online-only or orphaned child, and never lists them', () => {
    for (const other of [onlineOnly(70, { orderBy: 25 }), ecomCategory(71, { origin: 'LIGHTSPEED', orderBy: 25 })]) {
      const ecom = addCategories(editCategory(syncedEcom(retail), ecomIdOf(1), { orderBy: 40 }), other);
      const [operation] = ops(retail, ecom);
      expect(operation).toMatchObject({ kind: 'order-categories', sortable: false });
      expect(JSON.stringify(operation)).not.toContain(String(other.id));
      const after = applyOperations(ecom, ops(retail, ecom), allocateId);
      expect(after.categories.find((c) => c.id === other.id)?.orderBy).toBe(25);
    }
  });

  it('is sortable when the only foreign-looking child is a synced one that moves away', () => {
    const nested = retailStore([
      { id: 1, name: 'A', children: [{ id: 2, name: 'B' }] },
      { id: 3, name: 'C' },
    ]);
    let ecom = editCategory(syncedEcom(nested), ecomIdOf(3), { parentId: ecomIdOf(1), orderBy: 5 });
    ecom = editCategory(ecom, ecomIdOf(2), { orderBy: 30 });
    const operations = ops(nested, ecom);
    expect(operations).toContainEqual({
      kind: 'order-categories',
      parentId: ecomIdOf(1),
      orderBy: [{ ecomId: ecomIdOf(2), orderBy: 10 }],
      sortable: true,
    });
    expect(ops(nested, applyOperations(ecom, operations, allocateId))).toEqual([]);
  });

  it('lists a child moved in, but is not needed for it alone (the move carries its orderBy)', () => {
    const nested = retailStore([
      {
        id: 1,
        name: 'A',
        children: [
          { id: 2, name: 'B' },
          { id: 3, name: 'C' },
        ],
      },
    ]);
    const moved = editCategory(syncedEcom(nested), ecomIdOf(3), { parentId: 0, orderBy: 20 });
    expect(ops(nested, moved).map((op) => op.kind)).toEqual(['update-category']);
    const shifted = editCategory(moved, ecomIdOf(2), { orderBy: 15 });
    expect(ops(nested, shifted)).toContainEqual({
      kind: 'order-categories',
      parentId: ecomIdOf(1),
      orderBy: [
        { ecomId: ecomIdOf(2), orderBy: 10 },
        { ecomId: ecomIdOf(3), orderBy: 20 },
      ],
      sortable: true,
    });
  });

  it('leaves alone a parent whose children are all created', () => {
    const nested = retailStore([
      {
        id: 1,
        name: 'A',
        children: [
          { id: 2, name: 'B' },
          { id: 3, name: 'C' },
        ],
      },
    ]);
    expect(ops(nested, nothing).every((op) => op.kind === 'create-category')).toBe(true);
  });
});

describe('assign-products and unassign-products', () => {
  it('one operation per category, categories and product ids ascending, assigns first', () => {
    const retail = retailStore(
      [
        { id: 1, name: 'A' },
        { id: 2, name: 'B' },
      ],
      [item(1, 2), item(2, 2), item(3, 1)],
    );
    let ecom = syncedEcom(retail);
    ecom = editProduct(ecom, productIdOf(2), { categoryIds: [ecomIdOf(1)] });
    ecom = editProduct(ecom, productIdOf(1), { categoryIds: [ecomIdOf(1)] });
    ecom = editProduct(ecom, productIdOf(3), { categoryIds: [ecomIdOf(2)] });
    expect(ops(retail, ecom)).toEqual([
      { kind: 'assign-products', ecomId: ecomIdOf(1), productIds: [productIdOf(3)] },
      { kind: 'assign-products', ecomId: ecomIdOf(2), productIds: [productIdOf(1), productIdOf(2)] },
      { kind: 'unassign-products', ecomId: ecomIdOf(1), productIds: [productIdOf(1), productIdOf(2)] },
      { kind: 'unassign-products', ecomId: ecomIdOf(2), productIds: [productIdOf(3)] },
    ]);
  });

  it('assigns every product of the item, when several are linked to it', () => {
    const retail = retailStore([{ id: 1, name: 'A' }], [item(1, 1)]);
    const ecom = addProducts(syncedEcom(retail), product(9, { externalReferenceId: '1' }));
    expect(ops(retail, ecom)).toEqual([{ kind: 'assign-products', ecomId: ecomIdOf(1), productIds: [9] }]);
  });
});

describe('order of operations', () => {
  it('creates, updates, orders, assigns, unassigns; the same whatever order the snapshots list records in', () => {
    const retail = retailStore(
      [
        { id: 1, name: 'A', children: [{ id: 4, name: 'D' }] },
        { id: 2, name: 'B' },
        { id: 3, name: 'C' },
      ],
      [item(1, 1), item(2, 2), item(3, 4)],
    );
    let ecom = removeCategory(syncedEcom(retail), ecomIdOf(4));
    ecom = editCategory(ecom, ecomIdOf(2), { name: 'b' });
    ecom = editCategory(ecom, ecomIdOf(3), { orderBy: 1 });
    ecom = editProduct(ecom, productIdOf(1), { categoryIds: [ecomIdOf(2)] });
    const operations = ops(retail, ecom);
    expect(operations.map((op) => op.kind)).toEqual([
      'create-category',
      'update-category',
      'order-categories',
      'assign-products',
      'unassign-products',
    ]);
    const reversed = (r: RetailSnapshot, e: EcomSnapshot) =>
      ops(
        { categories: [...r.categories].reverse(), items: [...r.items].reverse() },
        { categories: [...e.categories].reverse(), products: [...e.products].reverse() },
      );
    expect(reversed(retail, ecom)).toEqual(operations);
  });

  it('plans nothing for a store in sync', () => {
    const retail = retailStore([{ id: 1, name: 'A', children: [{ id: 2, name: 'B' }] }], [item(1, 2), item(2, 0)]);
    expect(ops(retail, syncedEcom(retail))).toEqual([] satisfies Operation[]);
  });
});
