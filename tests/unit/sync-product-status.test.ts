import { describe, expect, it } from 'vitest';

import type { EcomSnapshot, ProductState, RetailSnapshot } from '../../utils/sync/model.ts';
import { PRODUCT_ISSUES } from '../../utils/sync/model.ts';
import { plan } from '../../utils/sync/plan.ts';
import {
  addCategories,
  addProducts,
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

const retail = retailStore(
  [
    { id: 1, name: 'Vestes', children: [{ id: 11, name: 'Cuir' }] },
    { id: 2, name: 'Pantalons' },
  ],
  [item(101, 11), item(102, 2), item(103, 0)],
);

function products(ecom: EcomSnapshot, r: RetailSnapshot = retail): ProductState[] {
  return plan(r, ecom, emptyHistory()).products;
}
const issuesOf = (ecom: EcomSnapshot, ecomId: number, r: RetailSnapshot = retail) =>
  products(ecom, r).find((p) => p.ecomId === ecomId)!.issues;

describe('product states', () => {
  it('one per eCom product (snapshot order), then one per synced item with no product', () => {
    const ecom = addProducts(removeProductOf(syncedEcom(retail), 102), product(9, { name: 'Gift card' }));
    expect(products(ecom).map((p) => [p.retailId, p.ecomId, p.name, p.path, p.enabled])).toEqual([
      [101, productIdOf(101), 'Item 101', 'Vestes/Cuir', true],
      [103, productIdOf(103), 'Item 103', '', true],
      [null, 9, 'Gift card', '', true],
      [102, null, 'Item 102', 'Pantalons', null],
    ]);
  });

  it('a healthy synced product has no issue', () => {
    expect(issuesOf(syncedEcom(retail), productIdOf(101))).toEqual([]);
  });
});

function removeProductOf(ecom: EcomSnapshot, itemId: number): EcomSnapshot {
  return { ...ecom, products: ecom.products.filter((p) => p.id !== productIdOf(itemId)) };
}

describe('issue storefront-no-category (S3)', () => {
  it('its item has no Retail category and the product sits in no category', () => {
    expect(issuesOf(syncedEcom(retail), productIdOf(103))).toEqual(['storefront-no-category']);
  });

  it('not when it sits in an online-only category (it is not on the Store front page then)', () => {
    const inOnlineOnly = editProduct(syncedEcom(retail), productIdOf(103), { categoryIds: [70] });
    const ecom = addCategories(inOnlineOnly, onlineOnly(70));
    expect(issuesOf(ecom, productIdOf(103))).toEqual([]);
  });

  it('not when its item has a category (then it is missing from it instead)', () => {
    const ecom = editProduct(syncedEcom(retail), productIdOf(101), { categoryIds: [] });
    expect(issuesOf(ecom, productIdOf(101))).toEqual(['missing-retail-category']);
  });
});

describe('issues disabled-in-enabled-category and disabled (S4)', () => {
  it('disabled in an enabled category', () => {
    let ecom = editCategory(syncedEcom(retail), ecomIdOf(11), { enabled: true });
    ecom = editProduct(ecom, productIdOf(101), { enabled: false });
    expect(issuesOf(ecom, productIdOf(101))).toEqual(['disabled-in-enabled-category']);
  });

  it('an enabled online-only category counts too', () => {
    let ecom = addCategories(syncedEcom(retail), onlineOnly(70, { enabled: true }));
    ecom = editProduct(ecom, productIdOf(101), { enabled: false, categoryIds: [ecomIdOf(11), 70] });
    expect(issuesOf(ecom, productIdOf(101))).toEqual(['disabled-in-enabled-category']);
  });

  it('disabled in disabled categories or on the Store front page', () => {
    const ecom = editProduct(editProduct(syncedEcom(retail), productIdOf(101), { enabled: false }), productIdOf(103), {
      enabled: false,
    });
    expect(issuesOf(ecom, productIdOf(101))).toEqual(['disabled']);
    expect(issuesOf(ecom, productIdOf(103))).toEqual(['storefront-no-category', 'disabled']);
  });
});

describe('issue extra-retail-category', () => {
  it('in a synced category its item is not in', () => {
    const ecom = editProduct(syncedEcom(retail), productIdOf(101), { categoryIds: [ecomIdOf(11), ecomIdOf(2)] });
    expect(issuesOf(ecom, productIdOf(101))).toEqual(['extra-retail-category']);
  });

  it('not in a Lightspeed category with no reference (nothing says the product belongs elsewhere)', () => {
    let ecom = addCategories(syncedEcom(retail), ecomCategory(60, { origin: 'LIGHTSPEED' }));
    ecom = editProduct(ecom, productIdOf(101), { categoryIds: [ecomIdOf(11), 60] });
    expect(issuesOf(ecom, productIdOf(101))).toEqual([]);
  });

  it('in an orphaned category', () => {
    let ecom = addCategories(syncedEcom(retail), ecomCategory(60, { origin: 'LIGHTSPEED', externalReferenceId: '99' }));
    ecom = editProduct(ecom, productIdOf(101), { categoryIds: [ecomIdOf(11), 60] });
    expect(issuesOf(ecom, productIdOf(101))).toEqual(['extra-retail-category']);
  });

  it('a category its record names twice is one extra membership, unassigned once', () => {
    const ecom = editProduct(syncedEcom(retail), productIdOf(101), {
      categoryIds: [ecomIdOf(11), ecomIdOf(2), ecomIdOf(2)],
    });
    const result = plan(retail, ecom, emptyHistory());
    expect(result.products.find((p) => p.ecomId === productIdOf(101))!.issues).toEqual(['extra-retail-category']);
    expect(result.operations).toContainEqual({
      kind: 'unassign-products',
      ecomId: ecomIdOf(2),
      productIds: [productIdOf(101)],
    });
  });

  it('not for online-only categories, nor for products that do not follow Retail', () => {
    let ecom = addCategories(syncedEcom(retail), onlineOnly(70));
    ecom = editProduct(ecom, productIdOf(101), { categoryIds: [ecomIdOf(11), 70] });
    ecom = addProducts(ecom, product(9, { categoryIds: [ecomIdOf(2)] }));
    expect(issuesOf(ecom, productIdOf(101))).toEqual([]);
    expect(issuesOf(ecom, 9)).toEqual([]);
  });
});

describe('issue missing-retail-category', () => {
  it('missing from the synced category of its item', () => {
    const ecom = editProduct(syncedEcom(retail), productIdOf(102), { categoryIds: [ecomIdOf(11)] });
    expect(issuesOf(ecom, productIdOf(102))).toEqual(['extra-retail-category', 'missing-retail-category']);
  });

  it('when that category is not in eCom yet', () => {
    const ecom = removeCategory(syncedEcom(retail), ecomIdOf(2));
    expect(issuesOf(ecom, productIdOf(102))).toEqual(['missing-retail-category']);
  });
});

describe('issue retail-item-gone', () => {
  const gone = retailStore(
    [{ id: 2, name: 'Pantalons' }],
    [item(1, 2, { archived: true }), item(2, 2, { publishToEcom: false })],
  );
  const ecom = addProducts(
    syncedEcom(retailStore([{ id: 2, name: 'Pantalons' }])),
    product(11, { externalReferenceId: '1', categoryIds: [ecomIdOf(2)] }),
    product(12, { externalReferenceId: '2', categoryIds: [] }),
    product(13, { externalReferenceId: '3', categoryIds: [ecomIdOf(2)] }),
  );

  it('archived, unpublished, or deleted in Retail: reported, and left where it is', () => {
    const result = plan(gone, ecom, emptyHistory());
    expect(result.products.map((p) => [p.ecomId, p.issues])).toEqual([
      [11, ['retail-item-gone']],
      [12, ['retail-item-gone']],
      [13, ['retail-item-gone']],
    ]);
    expect(result.operations).toEqual([]);
  });
});

describe('issue pending', () => {
  it('a published, unarchived item with no product', () => {
    const r = retailStore([{ id: 2, name: 'Pantalons' }], [item(1, 2), item(2, 0), item(3, 2, { archived: true })]);
    const result = products({ categories: [], products: [] }, r);
    expect(result.map((p) => [p.retailId, p.path, p.issues])).toEqual([
      [1, 'Pantalons', ['pending']],
      [2, '', ['pending']],
    ]);
  });

  it('a product linked to the item, wherever it is, means it is not pending', () => {
    const r = retailStore([], [item(1, 0)]);
    expect(products({ categories: [], products: [product(5, { externalReferenceId: '1' })] }, r)).toHaveLength(1);
  });
});

describe('issues come in PRODUCT_ISSUES order', () => {
  it('all at once', () => {
    let ecom = editCategory(syncedEcom(retail), ecomIdOf(2), { enabled: true });
    ecom = editProduct(ecom, productIdOf(101), { enabled: false, categoryIds: [ecomIdOf(2)] });
    const issues = issuesOf(ecom, productIdOf(101));
    expect(issues).toEqual(['disabled-in-enabled-category', 'extra-retail-category', 'missing-retail-category']);
    expect([...issues].sort((a, b) => PRODUCT_ISSUES.indexOf(a) - PRODUCT_ISSUES.indexOf(b))).toEqual(issues);
  });
});
