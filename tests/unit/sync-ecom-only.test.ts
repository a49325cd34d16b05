import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { ecomOnlyStates } from '../../utils/sync/ecom-only.ts';
import type { EcomSnapshot } from '../../utils/sync/model.ts';
import { ecomCategory, emptyHistory, historyOf, onlineOnly, product } from './support/store-builders.ts';

/** A store connected to eCom alone: what the sync made is known by its marks (origin, externalReferenceId). */
const ecom: EcomSnapshot = {
  categories: [
    ecomCategory(10, { name: 'Vêtements', origin: 'LIGHTSPEED', externalReferenceId: '1', enabled: true }),
    ecomCategory(11, { name: 'Vestes', parentId: 10, origin: 'LIGHTSPEED', externalReferenceId: '2' }),
    ecomCategory(12, { name: 'Pantalons', parentId: 10, externalReferenceId: '3' }),
    onlineOnly(20, { name: 'Soldes', enabled: true }),
  ],
  products: [
    product(100, { categoryIds: [11], externalReferenceId: '501' }),
    product(101, { categoryIds: [10, 20], externalReferenceId: '502', enabled: false }),
    product(102, { categoryIds: [], externalReferenceId: '503' }),
    product(103, { categoryIds: [], name: 'Carte cadeau' }),
    product(104, { categoryIds: [11], externalReferenceId: '504', enabled: false }),
  ],
};

const stateOf = (ecomId: number, history = emptyHistory()) =>
  ecomOnlyStates(ecom, history).categories.find((state) => state.ecomId === ecomId)!;
const productOf = (ecomId: number) => ecomOnlyStates(ecom, emptyHistory()).products.find((p) => p.ecomId === ecomId)!;

describe('verdicts without Retail POS', () => {
  it('a category the sync made is live when enabled, new when never seen enabled, disabled when it was', () => {
    expect(stateOf(10)).toMatchObject({ status: 'live', availability: 'live', retailId: 1, path: 'Vêtements' });
    expect(stateOf(11)).toMatchObject({ status: 'new', availability: 'new', retailId: 2, path: 'Vêtements/Vestes' });
    expect(stateOf(11, historyOf({ 11: true }))).toMatchObject({ status: 'disabled', availability: 'disabled' });
  });

  it('a reference alone marks a category as the sync’s, like the Lightspeed origin', () => {
    expect(stateOf(12)).toMatchObject({ status: 'new', retailId: 3 });
  });

  it('a category with neither mark is online-only, with no availability', () => {
    expect(stateOf(20)).toMatchObject({ status: 'online-only', availability: null, retailId: null, enabled: true });
  });

  it('counts each category’s products and its enabled ones', () => {
    expect(stateOf(11)).toMatchObject({ productCount: 2, enabledProductCount: 1 });
    expect(stateOf(20)).toMatchObject({ productCount: 1, enabledProductCount: 0 });
  });

  it('products: Store front page only for a Retail product with no category (S3), disabled as it is seen (S4)', () => {
    expect(productOf(102).issues).toEqual(['storefront-no-category']);
    expect(productOf(103).issues).toEqual([]);
    expect(productOf(101).issues).toEqual(['disabled-in-enabled-category']);
    expect(productOf(104).issues).toEqual(['disabled']);
    expect(productOf(100)).toMatchObject({ retailId: 501, path: 'Vêtements/Vestes', issues: [] });
  });

  it('never claims what needs Retail: no pending, drift or orphaned, whatever the tree (loops too)', () => {
    const categoryArbitrary = fc.record({
      id: fc.integer({ min: 1, max: 40 }),
      parentId: fc.integer({ min: 0, max: 40 }),
      enabled: fc.boolean(),
      origin: fc.constantFrom('LIGHTSPEED' as const, null),
      externalReferenceId: fc.option(fc.integer({ min: 1, max: 99 }).map(String)),
    });
    fc.assert(
      fc.property(fc.uniqueArray(categoryArbitrary, { selector: (c) => c.id, maxLength: 30 }), (specs) => {
        const store: EcomSnapshot = { categories: specs.map((spec) => ecomCategory(spec.id, spec)), products: [] };
        for (const state of ecomOnlyStates(store, emptyHistory()).categories) {
          expect(['new', 'live', 'disabled', 'online-only']).toContain(state.status);
          expect(state.drift).toBeNull();
        }
      }),
    );
  });
});
