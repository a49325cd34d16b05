import { describe, expect, it } from 'vitest';

import { runNativeSync } from '../../sandbox/native-sync.ts';
import { generateState } from '../../sandbox/generate/world.ts';
import { loadWorld } from '../../sandbox/world/state.ts';
import { retailTreeFields } from '../../sandbox/world/tree.ts';
import type { EcomCategory } from '../../sandbox/world/types.ts';

/** The benchmark store: its size, its determinism, and the situations a real store has after months of sync. */

const N = 2_000;
const state = generateState({ categories: N, seed: 42 });
const world = loadWorld(state);
const retailCategories = [...world.retail.categories.values()];
const ecomCategories = [...world.ecom.categories.values()];
const items = [...world.retail.items.values()];
const products = [...world.ecom.products.values()];
const ecomOf = new Map<number, EcomCategory>();
for (const c of ecomCategories) if (c.externalReferenceId !== null) ecomOf.set(Number(c.externalReferenceId), c);
const synced = [...ecomOf.values()];
const share = (part: number) => part / N;

describe('generateState', () => {
  it('makes N Retail categories and three items each, as a state that loads', () => {
    expect(retailCategories).toHaveLength(N);
    expect(items).toHaveLength(3 * N);
    expect(() => loadWorld(generateState({ categories: 1 }))).not.toThrow();
    expect(() => loadWorld(generateState({ categories: 10, seed: 9 }))).not.toThrow();
  });

  it('is deterministic: the same seed gives the same store, another seed another store', () => {
    const a = JSON.stringify(generateState({ categories: 300, seed: 5 }));
    expect(JSON.stringify(generateState({ categories: 300, seed: 5 }))).toBe(a);
    expect(JSON.stringify(generateState({ categories: 300, seed: 6 }))).not.toBe(a);
    expect(JSON.stringify(generateState({ categories: 300 }))).toBe(JSON.stringify(generateState({ categories: 300 })));
  });

  it('grows a tree: 5–10% roots, four levels deep at most, siblings not always in id order', () => {
    const depths = retailCategories.map((c) => retailTreeFields(world.retail, c.categoryID).nodeDepth);
    expect(share(depths.filter((d) => d === 0).length)).toBeGreaterThanOrEqual(0.05);
    expect(share(depths.filter((d) => d === 0).length)).toBeLessThanOrEqual(0.1);
    expect(Math.max(...depths)).toBe(3);
    const displayed = [...retailCategories].sort((a, b) => a.position - b.position).map((c) => c.categoryID);
    expect(displayed).not.toEqual([...displayed].sort((a, b) => a - b));
  });

  it('gives French-ish names, unique among siblings', () => {
    expect(retailCategories.some((c) => /[éèêàç]/.test(c.name))).toBe(true);
    const keys = retailCategories.map((c) => `${c.parentID}/${c.name}`);
    expect(new Set(keys).size).toBeGreaterThan(N * 0.99); // drifting renames aside
  });

  it('has most Retail categories synced and live, about 10% new and disabled, a few disabled by the merchant', () => {
    const live = synced.filter((c) => c.enabled);
    const fresh = synced.filter((c) => !c.enabled && c.description === '' && c.imageUrl === '');
    const disabledByMerchant = synced.filter((c) => !c.enabled && c.description !== '' && c.imageUrl !== '');
    expect(share(live.length)).toBeGreaterThan(0.8);
    expect(share(fresh.length)).toBeGreaterThan(0.07);
    expect(share(fresh.length)).toBeLessThan(0.13);
    expect(disabledByMerchant.length).toBeGreaterThanOrEqual(1);
    expect(share(disabledByMerchant.length)).toBeLessThan(0.03);
  });

  it('has about 2% of Retail categories not synced yet, all made after the rest', () => {
    const pending = retailCategories.filter((c) => !ecomOf.has(c.categoryID));
    expect(share(pending.length)).toBeGreaterThanOrEqual(0.01);
    expect(share(pending.length)).toBeLessThanOrEqual(0.03);
    const firstPending = pending.map((c) => c.createTime).sort()[0]!;
    const lastSynced = retailCategories
      .filter((c) => ecomOf.has(c.categoryID))
      .map((c) => c.createTime)
      .sort()
      .at(-1)!;
    expect(lastSynced < firstPending).toBe(true);
  });

  it('keeps categories not synced yet last among their Retail siblings, as Retail appends new ones', () => {
    // A big store, read straight from the state file (its list order is Retail's sibling order), so that enough
    // pending categories exist for a misplaced one to show.
    const big = generateState({ categories: 20_000, seed: 11 });
    const syncedRefs = new Set(
      big.ecom
        .categories!.map((c) => c.externalReferenceId)
        .filter((r) => r != null)
        .map(String),
    );
    const seenPendingUnder = new Set<number>();
    for (const c of big.retail.categories!) {
      const parent = Number(c.parentID);
      if (!syncedRefs.has(String(c.categoryID))) seenPendingUnder.add(parent);
      else expect(seenPendingUnder.has(parent), `category ${c.categoryID} after a pending sibling`).toBe(false);
    }
  });

  it('has a few categories renamed in Retail since the last sync', () => {
    const drifting = retailCategories.filter(
      (c) => ecomOf.has(c.categoryID) && ecomOf.get(c.categoryID)?.name !== c.name,
    );
    expect(drifting.length).toBeGreaterThanOrEqual(1);
    expect(share(drifting.length)).toBeLessThan(0.02);
    for (const c of drifting) expect(c.timeStamp > c.createTime).toBe(true);
  });

  it('has about 3% online-only categories, some with subcategories', () => {
    const onlineOnly = ecomCategories.filter((c) => c.externalReferenceId === null);
    expect(share(onlineOnly.length)).toBeGreaterThan(0.02);
    expect(share(onlineOnly.length)).toBeLessThan(0.04);
    const isOnlineOnly = (id: number) => world.ecom.categories.get(id)?.externalReferenceId === null;
    expect(onlineOnly.some((c) => c.parentId !== 0 && isOnlineOnly(c.parentId))).toBe(true);
  });

  it('has items with no category, a few archived, and products only for items the last sync brought over', () => {
    expect(items.filter((i) => i.categoryID === 0).length).toBeGreaterThan(0);
    expect(items.filter((i) => i.archived).length).toBeGreaterThan(0);
    expect(products.some((p) => p.categoryIds.length === 0)).toBe(true);
    expect(products.some((p) => !p.enabled)).toBe(true);
    const withProduct = new Set(products.map((p) => Number(p.externalReferenceId)));
    for (const i of items) {
      const broughtOver = i.publishToEcom && !i.archived && (i.categoryID === 0 || ecomOf.has(i.categoryID));
      expect(withProduct.has(i.itemID), `item ${i.itemID}`).toBe(broughtOver);
    }
  });

  it('is shaped like a store after a sync: a sync now only adds the pending categories and renames the drifting ones', () => {
    const fresh = loadWorld(state);
    const pending = retailCategories.filter((c) => !ecomOf.has(c.categoryID));
    const drifting = retailCategories.filter(
      (c) => ecomOf.has(c.categoryID) && ecomOf.get(c.categoryID)?.name !== c.name,
    );
    const pendingIds = new Set(pending.map((c) => c.categoryID));
    const pendingItems = items.filter((i) => pendingIds.has(i.categoryID) && i.publishToEcom && !i.archived);

    const report = runNativeSync(fresh, new Date('2026-03-21T00:00:00.000Z'));

    expect(report.categoriesCreated).toHaveLength(pending.length);
    expect(report.categoriesUpdated).toHaveLength(drifting.length);
    expect(report).toMatchObject({ parentsReordered: [], orphanedCategories: [] });
    expect(report).toMatchObject({ productsUpdated: 0, productsRemoved: 0 });
    expect(report.productsCreated).toBe(pendingItems.length);
  });

  // How long it takes is for `npm run bench`; this checks the size a benchmark asks for.
  it('builds a store of 50,000 categories', () => {
    const big = generateState({ categories: 50_000, seed: 7 });
    expect(big.retail.categories).toHaveLength(50_000);
  }, 30_000);
});
