import { describe, expect, it } from 'vitest';

import { applyOperations } from '../../utils/sync/apply.ts';
import { enableCandidates } from '../../utils/sync/enable-candidates.ts';
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
  historyOf,
  item,
  onlineOnly,
  product,
  productIdOf,
  removeCategory,
  retailStore,
  syncedEcom,
} from './support/store-builders.ts';

/** One test (or a few) per rule of docs/sync-rules.md, named after it. */

const clothes = retailStore(
  [
    {
      id: 1,
      name: 'Vestes',
      children: [
        { id: 11, name: 'Cuir' },
        { id: 12, name: 'Jean' },
      ],
    },
    { id: 2, name: 'Pantalons' },
    { id: 3, name: 'Chaussures' },
  ],
  [item(101, 11), item(102, 2), item(103, 3), item(104, 0)],
);

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const inner of Object.values(value)) deepFreeze(inner);
  }
  return value;
}

function applyPlan(retail: RetailSnapshot, ecom: EcomSnapshot): EcomSnapshot {
  return applyOperations(ecom, plan(retail, ecom, emptyHistory()).operations, allocateId);
}

const kinds = (operations: Operation[]) => operations.map((operation) => operation.kind);
const byRetailId = (ecom: EcomSnapshot, retailId: number) =>
  ecom.categories.find((c) => c.externalReferenceId === String(retailId))!;

describe('S1: Retail categories sync to eCom automatically, one way', () => {
  it('creates in eCom every Retail category that is not there, parents first', () => {
    const operations = plan(clothes, { categories: [], products: [] }, emptyHistory()).operations;
    const creates = operations.map((op) => (op.kind === 'create-category' ? [op.retailId, op.parentRetailId] : null));
    expect(creates).toEqual([
      [1, 0],
      [11, 1],
      [12, 1],
      [2, 0],
      [3, 0],
    ]);
  });

  it('reads Retail and never changes it: the snapshots given are left as they were', () => {
    const retail = deepFreeze(structuredClone(clothes));
    const ecom = deepFreeze(addCategories(removeCategory(syncedEcom(clothes), ecomIdOf(2)), onlineOnly(7)));
    expect(() => plan(retail, ecom, deepFreeze(emptyHistory()))).not.toThrow();
    expect(retail).toEqual(clothes);
  });

  it('takes nothing from eCom back: an eCom rename is undone, not adopted', () => {
    const ecom = editCategory(syncedEcom(clothes), ecomIdOf(2), { name: 'Trousers' });
    const after = applyPlan(clothes, ecom);
    expect(byRetailId(after, 2).name).toBe('Pantalons');
  });
});

describe('S2: a category that arrives by sync is disabled until the merchant enables it', () => {
  it('creates categories disabled, even under an enabled parent', () => {
    const retail = retailStore([{ id: 1, name: 'Vestes', children: [{ id: 11, name: 'Cuir' }] }]);
    const ecom = editCategory(removeCategory(syncedEcom(retail), ecomIdOf(11)), ecomIdOf(1), { enabled: true });
    const after = applyPlan(retail, ecom);
    expect(byRetailId(after, 11).enabled).toBe(false);
    expect(plan(retail, after, emptyHistory()).categories.find((s) => s.retailId === 11)?.status).toBe('new');
  });

  it('never enables anything itself: no operation carries availability', () => {
    const ecom = syncedEcom(clothes);
    const operations = plan(retailStore([{ id: 9, name: 'Nouveau' }]), ecom, emptyHistory()).operations;
    expect(JSON.stringify(operations)).not.toContain('enabled');
  });
});

describe('S3: a synced product with no Retail category shows on the Store front page', () => {
  it('takes it out of every Retail category and reports it on the Store front page', () => {
    const retail = retailStore([{ id: 2, name: 'Pantalons' }], [item(104, 0)]);
    const stuck = addProducts(
      syncedEcom(retailStore([{ id: 2, name: 'Pantalons' }])),
      product(productIdOf(104), {
        externalReferenceId: '104',
        categoryIds: [ecomIdOf(2)],
      }),
    );
    const result = plan(retail, stuck, emptyHistory());
    expect(result.operations).toEqual([
      { kind: 'unassign-products', ecomId: ecomIdOf(2), productIds: [productIdOf(104)] },
    ]);
    const after = applyOperations(stuck, result.operations, allocateId);
    const state = plan(retail, after, emptyHistory()).products.find((p) => p.ecomId === productIdOf(104));
    expect(state?.issues).toEqual(['storefront-no-category']);
  });
});

describe('S4: products can be disabled; the merchant enables them in eCom', () => {
  it('reports disabled products and never changes their availability', () => {
    const ecom = editProduct(syncedEcom(clothes), productIdOf(102), { enabled: false });
    const result = plan(clothes, ecom, emptyHistory());
    expect(result.products.find((p) => p.ecomId === productIdOf(102))?.issues).toEqual(['disabled']);
    expect(result.operations).toEqual([]);
  });
});

describe('S5: categories arrive in the same display order as in Retail', () => {
  it('gives created siblings orderBy 10, 20, 30 in Retail order', () => {
    const after = applyPlan(clothes, { categories: [], products: [] });
    expect([1, 2, 3].map((id) => byRetailId(after, id).orderBy)).toEqual([10, 20, 30]);
    expect([11, 12].map((id) => byRetailId(after, id).orderBy)).toEqual([10, 20]);
  });

  it('puts siblings back in Retail order when eCom has them in another', () => {
    const ecom = editCategory(syncedEcom(clothes), ecomIdOf(3), { orderBy: 5 });
    const result = plan(clothes, ecom, emptyHistory());
    expect(result.operations).toEqual([
      {
        kind: 'order-categories',
        parentId: 0,
        orderBy: [
          { ecomId: ecomIdOf(1), orderBy: 10 },
          { ecomId: ecomIdOf(2), orderBy: 20 },
          { ecomId: ecomIdOf(3), orderBy: 30 },
        ],
        sortable: true,
      },
    ]);
    const after = applyOperations(ecom, result.operations, allocateId);
    const top = after.categories.filter((c) => c.parentId === 0).sort((a, b) => a.orderBy - b.orderBy);
    expect(top.map((c) => c.name)).toEqual(['Vestes', 'Pantalons', 'Chaussures']);
  });
});

describe('S6: name, structure and products of a Retail category are changed in Retail only (lock icon)', () => {
  it('renames a category back to its Retail name', () => {
    const ecom = editCategory(syncedEcom(clothes), ecomIdOf(11), { name: 'Leather' });
    expect(plan(clothes, ecom, emptyHistory()).operations).toEqual([
      { kind: 'update-category', ecomId: ecomIdOf(11), retailId: 11, changes: { name: 'Cuir' } },
    ]);
  });

  it('moves a category back under its Retail parent', () => {
    const ecom = editCategory(syncedEcom(clothes), ecomIdOf(12), { parentId: ecomIdOf(2), orderBy: 10 });
    const after = applyPlan(clothes, ecom);
    expect(byRetailId(after, 12)).toMatchObject({ parentId: ecomIdOf(1), orderBy: 20 });
  });

  it('gives a category back the products Retail puts in it, and takes away the others', () => {
    let ecom = editProduct(syncedEcom(clothes), productIdOf(101), { categoryIds: [] });
    ecom = editProduct(ecom, productIdOf(102), { categoryIds: [ecomIdOf(2), ecomIdOf(3)] });
    expect(plan(clothes, ecom, emptyHistory()).operations).toEqual([
      { kind: 'assign-products', ecomId: ecomIdOf(11), productIds: [productIdOf(101)] },
      { kind: 'unassign-products', ecomId: ecomIdOf(3), productIds: [productIdOf(102)] },
    ]);
  });
});

describe('S7: image and description can be customised in eCom and are never overwritten', () => {
  it('keeps them through a rename and a move', () => {
    let ecom = editCategory(syncedEcom(clothes), ecomIdOf(12), {
      name: 'Denim',
      parentId: 0,
      description: '<p>Nos jeans</p>',
      imageUrl: 'https://img.example/jean.png',
    });
    ecom = applyPlan(clothes, ecom);
    expect(byRetailId(ecom, 12)).toMatchObject({
      name: 'Jean',
      parentId: ecomIdOf(1),
      description: '<p>Nos jeans</p>',
      imageUrl: 'https://img.example/jean.png',
    });
  });
});

describe('S8: a Retail category can be disabled in eCom; that stays and does not touch Retail', () => {
  it('leaves a merchant-disabled category disabled and calls it "disabled", not "new"', () => {
    const ecom = syncedEcom(clothes);
    const result = plan(clothes, ecom, historyOf({ [ecomIdOf(2)]: true }));
    expect(result.operations).toEqual([]);
    const state = result.categories.find((s) => s.retailId === 2);
    expect(state).toMatchObject({ status: 'disabled', availability: 'disabled' });
  });

  it('leaves an enabled category enabled through changes', () => {
    const ecom = editCategory(syncedEcom(clothes), ecomIdOf(2), { enabled: true, name: 'Old' });
    expect(byRetailId(applyPlan(clothes, ecom), 2).enabled).toBe(true);
  });
});

describe('S9: online-only categories never sync, may hold a product several times over, and have subcategories', () => {
  const retail = retailStore([{ id: 2, name: 'Pantalons' }], [item(102, 2)]);
  const ecom = addCategories(
    editProduct(syncedEcom(retail), productIdOf(102), { categoryIds: [ecomIdOf(2), 70, 71, 72] }),
    onlineOnly(70, { name: 'Soldes', orderBy: 5, enabled: true }),
    onlineOnly(71, { name: 'Été', parentId: 70 }),
    onlineOnly(72, { name: 'Idées cadeaux', orderBy: 15 }),
  );

  it('plans nothing for them and keeps their products', () => {
    const withProducts = editProduct(ecom, productIdOf(102), { categoryIds: [ecomIdOf(2), 70, 71, 72] });
    const result = plan(retail, withProducts, emptyHistory());
    expect(result.operations).toEqual([]);
    const onlineOnlyStates = result.categories.filter((s) => s.status === 'online-only');
    expect(onlineOnlyStates.map((s) => [s.ecomId, s.path, s.productCount])).toEqual([
      [70, 'Soldes', 1],
      [71, 'Soldes/Été', 1],
      [72, 'Idées cadeaux', 1],
    ]);
  });

  it('keeps them exactly as they are when the product moves in Retail', () => {
    const moved = retailStore(
      [
        { id: 2, name: 'Pantalons' },
        { id: 3, name: 'Shorts' },
      ],
      [item(102, 3)],
    );
    const after = applyPlan(moved, ecom);
    expect(after.categories.filter((c) => c.origin === null)).toEqual(ecom.categories.filter((c) => c.origin === null));
    expect(after.products[0]?.categoryIds.filter((id) => id >= 70 && id <= 72)).toEqual([70, 71, 72]);
  });
});

describe('S10: Retail and online-only categories side by side, or only online-only ones used', () => {
  it('changes nothing in a store that uses only online-only categories with every Retail one disabled', () => {
    const ecom = addCategories(
      editProduct(syncedEcom(clothes), productIdOf(101), { categoryIds: [ecomIdOf(11), 80] }),
      onlineOnly(80, { enabled: true, orderBy: 15 }),
    );
    const history = historyOf({ [ecomIdOf(1)]: true, [ecomIdOf(2)]: true, [ecomIdOf(3)]: true });
    const result = plan(clothes, ecom, history);
    expect(result.operations).toEqual([]);
    expect(result.categories.map((s) => s.status)).toEqual([
      'disabled',
      'new',
      'new',
      'disabled',
      'disabled',
      'online-only',
    ]);
  });
});

describe('What follows: Retail owns name, parent, sibling order and synced products; eCom owns the rest', () => {
  it('reports every Retail-owned field that differs as drift, and nothing for eCom-owned ones', () => {
    let ecom = editCategory(syncedEcom(clothes), ecomIdOf(12), { name: 'Denim', parentId: 0, orderBy: 40 });
    ecom = editCategory(ecom, ecomIdOf(3), { description: 'x', imageUrl: 'y', enabled: true, orderBy: 5 });
    ecom = editProduct(ecom, productIdOf(102), { categoryIds: [] });
    const drift = Object.fromEntries(plan(clothes, ecom, emptyHistory()).categories.map((s) => [s.retailId, s.drift]));
    expect(drift[12]).toEqual({ name: { retail: 'Jean', ecom: 'Denim' }, parent: { retail: ecomIdOf(1), ecom: 0 } });
    expect(drift[2]).toEqual({ order: { retail: 1, ecom: 2 }, products: { missing: [productIdOf(102)], extra: [] } });
    expect(drift[3]).toEqual({ order: { retail: 2, ecom: 0 } });
  });
});

describe('What follows: a sync leaves every eCom-owned field of an existing category as it was (S7, S8)', () => {
  it('keeps enabled, description and image of every category it changes', () => {
    let ecom = syncedEcom(clothes);
    ecom = {
      ...ecom,
      categories: ecom.categories.map((c, i) => ({
        ...c,
        name: `${c.name}!`,
        orderBy: 100 - i,
        enabled: i % 2 === 0,
        description: `d${i}`,
        imageUrl: `i${i}`,
      })),
    };
    const after = applyPlan(clothes, ecom);
    const owned = (snapshot: EcomSnapshot) =>
      snapshot.categories.map(({ id, enabled, description, imageUrl }) => ({ id, enabled, description, imageUrl }));
    expect(owned(after)).toEqual(owned(ecom));
  });
});

describe('What follows: a category disabled by the merchant after it was live is not "new"', () => {
  it('is left out of "enable new categories" unless asked for by name', () => {
    const result = plan(clothes, syncedEcom(clothes), historyOf({ [ecomIdOf(2)]: true }));
    const byDefault = enableCandidates(result);
    expect(byDefault.selected.map((s) => s.retailId)).toEqual([1, 11, 12, 3]);
    expect(byDefault.skipped).toEqual([
      { state: expect.objectContaining({ retailId: 2 }), reason: 'merchant-disabled' },
    ]);
    const named = enableCandidates(result, { include: [ecomIdOf(2)] });
    expect(named.selected.map((s) => s.retailId)).toEqual([1, 11, 12, 2, 3]);
  });
});

describe('What follows: a sync never creates, edits, moves or deletes an online-only category (S9)', () => {
  it('plans no operation naming an online-only category, even one in the way', () => {
    // An online-only category with a Retail category's name, under a synced parent, holding Retail products.
    let ecom = addCategories(syncedEcom(clothes), onlineOnly(90, { name: 'Cuir', parentId: ecomIdOf(1), orderBy: 10 }));
    ecom = editProduct(ecom, productIdOf(101), { categoryIds: [90] });
    ecom = editProduct(ecom, productIdOf(104), { categoryIds: [90] });
    ecom = removeCategory(ecom, ecomIdOf(11));
    const operations = plan(clothes, ecom, emptyHistory()).operations;
    const named = operations.flatMap((op) =>
      op.kind === 'order-categories' ? op.orderBy.map((o) => o.ecomId) : 'ecomId' in op ? [op.ecomId] : [],
    );
    expect(named).not.toContain(90);
    const after = applyOperations(ecom, operations, allocateId);
    expect(after.categories.find((c) => c.id === 90)).toEqual(ecom.categories.find((c) => c.id === 90));
    expect(after.products.filter((p) => p.categoryIds.includes(90)).map((p) => p.id)).toEqual([
      productIdOf(101),
      productIdOf(104),
    ]);
  });
});

describe('What follows: two syncs in a row with no change in Retail change nothing the second time', () => {
  it('plans no operation after its own operations are applied', () => {
    let ecom = removeCategory(syncedEcom(clothes), ecomIdOf(1));
    ecom = editCategory(ecom, ecomIdOf(3), { name: 'Boots', orderBy: 1 });
    ecom = editProduct(ecom, productIdOf(103), { categoryIds: [ecomIdOf(2)] });
    const once = applyPlan(clothes, ecom);
    expect(kinds(plan(clothes, ecom, emptyHistory()).operations)).toContain('create-category');
    expect(plan(clothes, once, emptyHistory()).operations).toEqual([]);
  });
});

describe('Platform: origin LIGHTSPEED categories cannot be deleted, and the engine deletes nothing', () => {
  it('leaves a category whose Retail category is gone in place, reported orphaned', () => {
    const gone = ecomCategory(95, { origin: 'LIGHTSPEED', externalReferenceId: '404' });
    const ecom = addCategories(syncedEcom(clothes), gone);
    const result = plan(clothes, ecom, emptyHistory());
    expect(result.operations).toEqual([]);
    expect(result.categories.at(-1)).toMatchObject({ ecomId: 95, status: 'orphaned' });
  });
});

describe('Platform: archived and unpublished items are not synced', () => {
  it('reports a product whose item was archived, and no pending product for unpublished items', () => {
    const retail = retailStore(
      [{ id: 2, name: 'Pantalons' }],
      [item(1, 2, { archived: true }), item(2, 2, { publishToEcom: false }), item(3, 2)],
    );
    const ecom = addProducts(
      syncedEcom(retailStore([{ id: 2, name: 'Pantalons' }])),
      product(productIdOf(1), {
        externalReferenceId: '1',
        categoryIds: [ecomIdOf(2)],
      }),
    );
    const products = plan(retail, ecom, emptyHistory()).products;
    expect(products.map((p) => [p.retailId, p.ecomId, p.issues])).toEqual([
      [1, productIdOf(1), ['retail-item-gone']],
      [3, null, ['pending']],
    ]);
  });
});

describe('Assumption: Retail display order is ascending leftNode; siblings get orderBy 10, 20, 30', () => {
  it('follows leftNode, not the order the API lists categories in, nor ids', () => {
    const retail = retailStore([
      { id: 30, name: 'C' },
      { id: 10, name: 'A' },
      { id: 20, name: 'B' },
    ]);
    const shuffled = { ...retail, categories: [...retail.categories].reverse() };
    const creates = plan(shuffled, { categories: [], products: [] }, emptyHistory()).operations;
    expect(creates.map((op) => (op.kind === 'create-category' ? [op.retailId, op.orderBy] : null))).toEqual([
      [30, 10],
      [10, 20],
      [20, 30],
    ]);
  });
});

describe('Evidence: an externalReferenceId that spells a Retail id (categoryID, itemID) as String(id) names it', () => {
  it('links only the exact spelling', () => {
    const retail = retailStore([{ id: 12, name: 'Jean' }], [item(7, 12)]);
    // Named otherwise, so that no other evidence links it either (see sync-linker.test.ts for that).
    const ecom = {
      categories: [ecomCategory(500, { name: 'Jeans (2019)', externalReferenceId: '012', origin: 'LIGHTSPEED' })],
      products: [product(600, { externalReferenceId: '7' })],
    };
    const result = plan(retail, ecom, emptyHistory());
    expect(result.categories.map((s) => s.status)).toEqual(['pending', 'orphaned']);
    expect(result.operations[0]).toEqual({
      kind: 'create-category',
      retailId: 12,
      name: 'Jean',
      parentRetailId: 0,
      orderBy: 10,
      productIds: [600],
    });
  });
});

describe('Assumption: a synced category whose Retail category is gone is orphaned and left as it is', () => {
  it('changes nothing about it but takes out the Retail products that belong elsewhere', () => {
    const ecom = addCategories(
      editProduct(syncedEcom(clothes), productIdOf(102), { categoryIds: [ecomIdOf(2), 95] }),
      ecomCategory(95, { name: 'Gone', origin: 'LIGHTSPEED', externalReferenceId: '404', enabled: true, orderBy: 3 }),
    );
    const result = plan(clothes, ecom, emptyHistory());
    expect(result.operations).toEqual([{ kind: 'unassign-products', ecomId: 95, productIds: [productIdOf(102)] }]);
    const after = applyOperations(ecom, result.operations, allocateId);
    expect({ ...after.categories.find((c) => c.id === 95), productIds: [] }).toEqual({
      ...ecom.categories.find((c) => c.id === 95),
      productIds: [],
    });
  });
});

describe('Platform: eCom stores a category name trimmed, and the planner compares names as eCom stores them', () => {
  const spaced = retailStore([
    { id: 1, name: 'Vestes ', children: [{ id: 11, name: '  Cuir' }] },
    { id: 2, name: 'Pantalons' },
  ]);
  const asEcomHasIt = (ecom: EcomSnapshot) =>
    editCategory(editCategory(ecom, ecomIdOf(1), { name: 'Vestes' }), ecomIdOf(11), { name: 'Cuir' });

  it('sees no drift where eCom holds the Retail name without its surrounding spaces', () => {
    const result = plan(spaced, asEcomHasIt(syncedEcom(spaced)), emptyHistory());
    expect(result.operations).toEqual([]);
    expect(result.categories.every((state) => state.drift === null)).toBe(true);
  });

  it('creates and renames with the name eCom will keep, and plans nothing the second time', () => {
    const missing = removeCategory(removeCategory(asEcomHasIt(syncedEcom(spaced)), ecomIdOf(11)), ecomIdOf(1));
    const operations = plan(spaced, editCategory(missing, ecomIdOf(2), { name: 'Jeans' }), emptyHistory()).operations;
    expect(operations.filter((o) => o.kind === 'create-category').map((o) => o.name)).toEqual(['Vestes', 'Cuir']);
    const once = applyOperations(editCategory(missing, ecomIdOf(2), { name: 'Jeans' }), operations, allocateId);
    expect(plan(spaced, once, emptyHistory()).operations).toEqual([]);
  });

  it('still renames a name that differs inside, or only by case', () => {
    const renamed = editCategory(asEcomHasIt(syncedEcom(spaced)), ecomIdOf(2), { name: 'pantalons' });
    expect(plan(spaced, renamed, emptyHistory()).operations).toEqual([
      { kind: 'update-category', ecomId: ecomIdOf(2), retailId: 2, changes: { name: 'Pantalons' } },
    ]);
  });
});
