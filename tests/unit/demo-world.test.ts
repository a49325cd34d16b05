import { describe, expect, it } from 'vitest';

import { runNativeSync } from '../../sandbox/native-sync.ts';
import { demoState } from '../../sandbox/world/demo.ts';
import { loadWorld } from '../../sandbox/world/state.ts';
import { retailChildren } from '../../sandbox/world/tree.ts';
import type { EcomCategory, World } from '../../sandbox/world/types.ts';

/** The default world of `npm start` must show every situation Sync Lens deals with. */

const world = loadWorld(demoState());
const ecomCategories = [...world.ecom.categories.values()];
const synced = ecomCategories.filter((c) => c.externalReferenceId !== null);
const onlineOnly = ecomCategories.filter((c) => c.externalReferenceId === null);
const products = [...world.ecom.products.values()];
const items = [...world.retail.items.values()];
const isOnlineOnly = (id: number) => world.ecom.categories.get(id)?.externalReferenceId === null;
const isSynced = (id: number) => world.ecom.categories.get(id)?.externalReferenceId != null;

function counterpart(w: World, categoryID: number): EcomCategory | undefined {
  return [...w.ecom.categories.values()].find((c) => c.externalReferenceId === String(categoryID));
}

describe('the demo world', () => {
  it('loads, as store 1003 of Retail account 210', () => {
    expect(world.ecom.storeId).toBe(1003);
    expect(world.retail.accountID).toBe(210);
  });

  it('has the article’s Retail categories in display order, "Vestes", "Pantalons", "Chaussures", each with subcategories', () => {
    const roots = retailChildren(world.retail, 0);
    expect(roots.map((c) => c.name)).toEqual(['Vestes', 'Pantalons', 'Chaussures']);
    for (const root of roots) expect(retailChildren(world.retail, root.categoryID).length).toBeGreaterThanOrEqual(2);
    // Display order is not id order: "Pantalons" was made after "Chaussures".
    expect(roots.map((c) => c.categoryID)).not.toEqual([...roots.map((c) => c.categoryID)].sort((a, b) => a - b));
  });

  it('has names with accents and apostrophes', () => {
    const names = [...world.retail.categories.values()].map((c) => c.name).concat(items.map((i) => i.description));
    expect(names.some((n) => /[éèàâêôûç]/.test(n))).toBe(true);
    expect(names.some((n) => n.includes("'"))).toBe(true);
  });

  it('has 25 to 40 items: some with no category, some archived, exactly one not published to eCom', () => {
    expect(items.length).toBeGreaterThanOrEqual(25);
    expect(items.length).toBeLessThanOrEqual(40);
    expect(items.filter((i) => i.categoryID === 0).length).toBeGreaterThanOrEqual(2);
    expect(items.filter((i) => i.archived).length).toBeGreaterThanOrEqual(2);
    expect(items.filter((i) => !i.publishToEcom)).toHaveLength(1);
  });

  it('has live Retail categories: synced and enabled', () => {
    expect(synced.filter((c) => c.enabled).length).toBeGreaterThanOrEqual(5);
    expect(synced.every((c) => c.origin === 'LIGHTSPEED')).toBe(true);
  });

  it('has newly synced categories, still disabled, with nothing the merchant added', () => {
    const fresh = synced.filter((c) => !c.enabled && c.description === '' && c.imageUrl === '');
    expect(fresh.length).toBeGreaterThanOrEqual(2);
  });

  it('has exactly one category the merchant disabled after enabling it, with a description and an image', () => {
    const disabledByMerchant = synced.filter((c) => !c.enabled && c.description !== '' && c.imageUrl !== '');
    expect(disabledByMerchant.map((c) => c.name)).toEqual(['Imperméables']);
  });

  it('has exactly one Retail category not synced yet, made after everything that was', () => {
    const pending = [...world.retail.categories.values()].filter((c) => !counterpart(world, c.categoryID));
    expect(pending.map((c) => c.name)).toEqual(["Sandales d'été"]);
    const syncedTimes = [...world.retail.categories.values()].filter((c) => c !== pending[0]).map((c) => c.createTime);
    expect(syncedTimes.every((time) => time < pending[0]!.createTime)).toBe(true);
    expect(products.every((p) => p.updated < pending[0]!.createTime)).toBe(true);
  });

  it('has two online-only categories at the top, one of them with a subcategory', () => {
    const roots = onlineOnly.filter((c) => c.parentId === 0);
    expect(roots.map((c) => c.name).sort()).toEqual(['Idées cadeaux', "Soldes d'hiver"]);
    const withChild = roots.filter((root) => onlineOnly.some((c) => c.parentId === root.id));
    expect(withChild.map((c) => c.name)).toEqual(['Idées cadeaux']);
  });

  it('has a product for every item the last sync brought over, a few of them disabled', () => {
    for (const i of items) {
      const broughtOver = i.publishToEcom && !i.archived && (i.categoryID === 0 || counterpart(world, i.categoryID));
      const hasProduct = products.some((p) => p.externalReferenceId === String(i.itemID));
      if (broughtOver) expect(hasProduct, i.description).toBe(true);
    }
    expect(products.filter((p) => !p.enabled).length).toBeGreaterThanOrEqual(2);
  });

  it('has products on the Store front page, from items with no category', () => {
    const frontPage = products.filter((p) => p.categoryIds.length === 0);
    expect(frontPage.length).toBeGreaterThanOrEqual(2);
    for (const p of frontPage) {
      expect(world.retail.items.get(Number(p.externalReferenceId))?.categoryID).toBe(0);
      expect(p.defaultCategoryId).toBe(0);
    }
  });

  it('has products in online-only categories that also sit in Retail categories', () => {
    const both = products.filter((p) => p.categoryIds.some(isOnlineOnly) && p.categoryIds.some(isSynced));
    expect(both.length).toBeGreaterThanOrEqual(2);
    expect(products.some((p) => p.categoryIds.filter(isOnlineOnly).length >= 2)).toBe(true);
  });

  it('has realistic 2026 timestamps', () => {
    const times = [
      ...[...world.retail.categories.values()].flatMap((c) => [c.createTime, c.timeStamp]),
      ...items.flatMap((i) => [i.createTime, i.timeStamp]),
      ...products.map((p) => p.updated),
    ];
    expect(times.every((time) => time.startsWith('2026-'))).toBe(true);
  });

  it('is what the last sync left, so a sync now brings only the new category and its items, and removes the archived one', () => {
    const fresh = loadWorld(demoState());
    const hasProduct = (itemID: number) => products.some((p) => p.externalReferenceId === String(itemID));
    const archivedSince = items.filter((i) => i.archived && hasProduct(i.itemID));
    expect(archivedSince).toHaveLength(1);

    const report = runNativeSync(fresh, new Date('2026-03-20T09:00:00.000Z'));

    expect(report).toMatchObject({ categoriesUpdated: [], parentsReordered: [], productsUpdated: 0 });
    expect(report).toMatchObject({ productsCreated: 2, productsRemoved: 1, orphanedCategories: [] });
    expect(report.categoriesCreated).toHaveLength(1);
    const sandales = fresh.ecom.categories.get(report.categoriesCreated[0]!)!;
    expect(sandales).toMatchObject({ name: "Sandales d'été", enabled: false, parentId: counterpart(fresh, 2)!.id });
  });

  it('is a fresh state on every call', () => {
    const first = demoState();
    first.retail.categories![0]!.name = 'Changé';
    expect(demoState().retail.categories![0]!.name).toBe('Vestes');
  });
});
