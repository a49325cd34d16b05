import { describe, expect, it } from 'vitest';

import type { CategoryState, EcomSnapshot, History, RetailSnapshot } from '../../utils/sync/model.ts';
import { plan } from '../../utils/sync/plan.ts';
import {
  addCategories,
  addProducts,
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

const retail = retailStore(
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
  ],
  [item(101, 11), item(102, 11, { publishToEcom: true }), item(103, 2)],
);

function states(ecom: EcomSnapshot, history: History = emptyHistory(), r: RetailSnapshot = retail): CategoryState[] {
  return plan(r, ecom, history).categories;
}
const stateOf = (all: CategoryState[], retailId: number) => all.find((s) => s.retailId === retailId)!;

describe('category status: one state for every category on either side', () => {
  it('lists Retail categories in display order, then the other eCom ones in snapshot order', () => {
    const ecom = addCategories(
      syncedEcom(retail),
      onlineOnly(70, { name: 'Soldes' }),
      ecomCategory(60, { name: 'Ancien', origin: 'LIGHTSPEED', externalReferenceId: '99' }),
    );
    expect(states(ecom).map((s) => [s.retailId, s.ecomId])).toEqual([
      [1, ecomIdOf(1)],
      [11, ecomIdOf(11)],
      [12, ecomIdOf(12)],
      [2, ecomIdOf(2)],
      [null, 70],
      [null, 60],
    ]);
  });
});

describe('status pending: in Retail, not in eCom', () => {
  it('has no eCom side, Retail path and no counts', () => {
    const all = states(removeCategory(syncedEcom(retail), ecomIdOf(12)));
    expect(stateOf(all, 12)).toEqual({
      retailId: 12,
      ecomId: null,
      name: 'Jean',
      path: 'Vestes/Jean',
      status: 'pending',
      enabled: null,
      availability: null,
      drift: null,
      productCount: 0,
      enabledProductCount: 0,
    });
  });
});

describe('status new: synced, disabled, never enabled', () => {
  it('is new when history does not know it', () => {
    const all = states(syncedEcom(retail));
    expect(stateOf(all, 2)).toMatchObject({ status: 'new', availability: 'new', enabled: false });
  });

  it('is new when history knows it but never saw it enabled', () => {
    const all = states(syncedEcom(retail), historyOf({ [ecomIdOf(2)]: false }));
    expect(stateOf(all, 2).status).toBe('new');
  });
});

describe('status live: synced and enabled', () => {
  it('is live whatever history says', () => {
    const ecom = editCategory(syncedEcom(retail), ecomIdOf(2), { enabled: true });
    expect(stateOf(states(ecom), 2)).toMatchObject({ status: 'live', availability: 'live', enabled: true });
    expect(stateOf(states(ecom, historyOf({ [ecomIdOf(2)]: false })), 2).status).toBe('live');
  });
});

describe('status disabled: synced, disabled, but enabled once (history)', () => {
  it('is disabled, not new', () => {
    const all = states(syncedEcom(retail), historyOf({ [ecomIdOf(2)]: true }));
    expect(stateOf(all, 2)).toMatchObject({ status: 'disabled', availability: 'disabled', enabled: false });
  });
});

describe('status drift: Retail-owned fields differ; drift says what', () => {
  it('name', () => {
    const all = states(editCategory(syncedEcom(retail), ecomIdOf(2), { name: 'Trousers' }));
    expect(stateOf(all, 2)).toMatchObject({
      status: 'drift',
      drift: { name: { retail: 'Pantalons', ecom: 'Trousers' } },
    });
  });

  it('parent, as eCom ids', () => {
    const all = states(editCategory(syncedEcom(retail), ecomIdOf(12), { parentId: ecomIdOf(2) }));
    expect(stateOf(all, 12).drift).toEqual({ parent: { retail: ecomIdOf(1), ecom: ecomIdOf(2) } });
  });

  it('parent that is not in eCom yet: retail null', () => {
    const ecom = editCategory(removeCategory(syncedEcom(retail), ecomIdOf(1)), ecomIdOf(11), { parentId: 0 });
    const all = states(editCategory(ecom, ecomIdOf(12), { parentId: 0 }));
    expect(stateOf(all, 11).drift).toEqual({ parent: { retail: null, ecom: 0 } });
  });

  it('order among synced siblings, 0-based on both sides', () => {
    const all = states(editCategory(syncedEcom(retail), ecomIdOf(11), { orderBy: 25 }));
    expect(stateOf(all, 11).drift).toEqual({ order: { retail: 0, ecom: 1 } });
    expect(stateOf(all, 12).drift).toEqual({ order: { retail: 1, ecom: 0 } });
  });

  it('order: an online-only sibling between them, or other orderBy values, is no drift', () => {
    let ecom = editCategory(syncedEcom(retail), ecomIdOf(11), { orderBy: 100 });
    ecom = editCategory(ecom, ecomIdOf(12), { orderBy: 300 });
    ecom = addCategories(ecom, onlineOnly(70, { parentId: ecomIdOf(1), orderBy: 200 }));
    const all = states(ecom);
    expect([stateOf(all, 11).status, stateOf(all, 12).status]).toEqual(['new', 'new']);
  });

  it('order: equal orderBy values are ordered by eCom id', () => {
    let ecom = editCategory(syncedEcom(retail), ecomIdOf(11), { orderBy: 10 });
    ecom = editCategory(ecom, ecomIdOf(12), { orderBy: 10 });
    expect(stateOf(states(ecom), 12).status).toBe('new');
    const swapped = retailStore([
      {
        id: 1,
        name: 'Vestes',
        children: [
          { id: 12, name: 'Jean' },
          { id: 11, name: 'Cuir' },
        ],
      },
    ]);
    expect(stateOf(states(ecom, emptyHistory(), swapped), 12).drift).toEqual({ order: { retail: 0, ecom: 1 } });
  });

  it('order: a pending sibling does not make the others drift', () => {
    const all = states(removeCategory(syncedEcom(retail), ecomIdOf(11)));
    expect(stateOf(all, 12).status).toBe('new');
  });

  it('products: missing and extra, as sorted eCom product ids', () => {
    let ecom = editProduct(syncedEcom(retail), productIdOf(101), { categoryIds: [ecomIdOf(2)] });
    ecom = editProduct(ecom, productIdOf(102), { categoryIds: [] });
    const all = states(ecom);
    expect(stateOf(all, 11).drift).toEqual({ products: { missing: [productIdOf(101), productIdOf(102)], extra: [] } });
    expect(stateOf(all, 2).drift).toEqual({ products: { missing: [], extra: [productIdOf(101)] } });
  });

  it('takes precedence over new/live/disabled in status, while availability keeps them', () => {
    let ecom = editCategory(syncedEcom(retail), ecomIdOf(1), { name: 'x', enabled: true });
    ecom = editCategory(ecom, ecomIdOf(2), { name: 'y' });
    ecom = editCategory(ecom, ecomIdOf(11), { name: 'z' });
    const all = states(ecom, historyOf({ [ecomIdOf(2)]: true }));
    expect([1, 2, 11].map((id) => [stateOf(all, id).status, stateOf(all, id).availability])).toEqual([
      ['drift', 'live'],
      ['drift', 'disabled'],
      ['drift', 'new'],
    ]);
  });
});

describe('status orphaned: Retail-made but linked to no Retail category', () => {
  it('a reference to a Retail category that is gone', () => {
    const gone = ecomCategory(60, { externalReferenceId: '99', parentId: ecomIdOf(1) });
    expect(states(addCategories(syncedEcom(retail), gone)).at(-1)).toMatchObject({
      ecomId: 60,
      status: 'orphaned',
      availability: null,
      drift: null,
      path: 'Vestes/Category 60',
    });
  });

  it('origin LIGHTSPEED with no reference (it cannot be matched)', () => {
    const ecom = addCategories(syncedEcom(retail), ecomCategory(60, { origin: 'LIGHTSPEED' }));
    expect(states(ecom).at(-1)).toMatchObject({ ecomId: 60, status: 'orphaned' });
  });

  it('a second copy claiming the same Retail category: the lower eCom id is the synced one', () => {
    const ecom = addCategories(syncedEcom(retail), ecomCategory(5000, { name: 'Pantalons', externalReferenceId: '2' }));
    const all = states(ecom);
    expect(stateOf(all, 2).ecomId).toBe(ecomIdOf(2));
    expect(all.at(-1)).toMatchObject({ ecomId: 5000, status: 'orphaned' });
    const earlier = addCategories(syncedEcom(retail), ecomCategory(3, { name: 'Pantalons', externalReferenceId: '2' }));
    expect(stateOf(states(earlier), 2).ecomId).toBe(3);
  });
});

describe('status online-only: no reference (null) and origin not LIGHTSPEED', () => {
  it('paths come from the eCom tree', () => {
    const ecom = addCategories(
      syncedEcom(retail),
      onlineOnly(70, { name: 'Soldes' }),
      onlineOnly(71, { name: 'Été', parentId: 70 }),
      onlineOnly(72, { name: 'Extra', parentId: ecomIdOf(1) }),
    );
    expect(
      states(ecom)
        .slice(-3)
        .map((s) => [s.ecomId, s.status, s.path, s.availability]),
    ).toEqual([
      [70, 'online-only', 'Soldes', null],
      [71, 'online-only', 'Soldes/Été', null],
      [72, 'online-only', 'Vestes/Extra', null],
    ]);
  });

  it('a blank reference is a reference (the eCom client turns blanks into null): orphaned', () => {
    const ecom = addCategories(syncedEcom(retail), ecomCategory(71, { externalReferenceId: '' }));
    expect(states(ecom).at(-1)).toMatchObject({ ecomId: 71, status: 'orphaned' });
  });
});

describe('paths and counts', () => {
  it("uses Retail's fullPath for Retail categories, even when eCom names differ", () => {
    const all = states(editCategory(syncedEcom(retail), ecomIdOf(1), { name: 'Jackets' }));
    expect(stateOf(all, 11).path).toBe('Vestes/Cuir');
    expect(stateOf(all, 11).name).toBe('Cuir');
  });

  it('counts products and enabled products from eCom products', () => {
    let ecom = editProduct(syncedEcom(retail), productIdOf(102), { enabled: false });
    ecom = addProducts(ecom, product(9, { categoryIds: [ecomIdOf(11), 70] }));
    ecom = addCategories(ecom, onlineOnly(70));
    const all = states(ecom);
    expect([stateOf(all, 11).productCount, stateOf(all, 11).enabledProductCount]).toEqual([3, 2]);
    expect(all.at(-1)).toMatchObject({ ecomId: 70, productCount: 1, enabledProductCount: 1 });
  });
});
