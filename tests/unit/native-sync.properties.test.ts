import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { runNativeSync } from '../../sandbox/native-sync.ts';
import { loadWorld } from '../../sandbox/world/state.ts';
import { retailChildren } from '../../sandbox/world/tree.ts';
import type { EcomCategory, World } from '../../sandbox/world/types.ts';
import { SYNC_TIME } from './support/sync-worlds.ts';
import { worldStateArbitrary } from './support/world-arbitrary.ts';

/** Properties of Lightspeed's sync over random worlds (see world-arbitrary.ts for what they hold). */

/** Fields the sync must never change on an existing category (origin is read-only besides). */
const ECOM_OWNED = [
  'enabled',
  'description',
  'imageUrl',
  'customSlug',
  'seoTitle',
  'seoDescription',
  'origin',
] as const;

/** The eCom category the sync treats as Retail category `categoryID`'s: the lowest id with its reference. */
function counterparts(world: World): Map<number, EcomCategory> {
  const result = new Map<number, EcomCategory>();
  const byId = [...world.ecom.categories.values()].sort((a, b) => a.id - b.id);
  for (const retailId of world.retail.categories.keys()) {
    const found = byId.find((c) => c.externalReferenceId === String(retailId));
    if (found) result.set(retailId, found);
  }
  return result;
}

describe('native sync over random worlds', () => {
  it('a second run with no Retail change is a no-op', () => {
    fc.assert(
      fc.property(worldStateArbitrary, (state) => {
        // A world of its own for each run: the sync changes it, and fast-check replays values while shrinking.
        const world = loadWorld(state);
        runNativeSync(world, SYNC_TIME);
        const afterFirst = structuredClone(world);
        const second = runNativeSync(world, SYNC_TIME);
        expect(second).toMatchObject({
          categoriesCreated: [],
          categoriesUpdated: [],
          parentsReordered: [],
          productsCreated: 0,
          productsUpdated: 0,
          productsRemoved: 0,
        });
        expect(world).toEqual(afterFirst);
      }),
    );
  });

  it('online-only and orphaned categories are untouched; eCom-owned fields of every category are untouched', () => {
    fc.assert(
      fc.property(worldStateArbitrary, (state) => {
        // A world of its own for each run: the sync changes it, and fast-check replays values while shrinking.
        const world = loadWorld(state);
        const before = structuredClone(world.ecom.categories);
        const report = runNativeSync(world, SYNC_TIME);
        const orphans = new Set(report.orphanedCategories);
        for (const [id, was] of before) {
          const now = world.ecom.categories.get(id);
          expect(now, `category ${id} still exists`).toBeDefined();
          if (was.externalReferenceId === null || orphans.has(id)) expect(now).toEqual(was);
          for (const field of ECOM_OWNED) expect(now![field]).toBe(was[field]);
        }
      }),
    );
  });

  it('no product leaves an online-only category, and only products of archived or unpublished items disappear', () => {
    fc.assert(
      fc.property(worldStateArbitrary, (state) => {
        // A world of its own for each run: the sync changes it, and fast-check replays values while shrinking.
        const world = loadWorld(state);
        const before = structuredClone(world.ecom.products);
        const onlineOnly = (id: number) => world.ecom.categories.get(id)?.externalReferenceId === null;
        runNativeSync(world, SYNC_TIME);
        for (const [id, was] of before) {
          const now = world.ecom.products.get(id);
          if (!now) {
            const item = world.retail.items.get(Number(was.externalReferenceId));
            expect(item && (item.archived || !item.publishToEcom), `product ${id} was removed`).toBe(true);
            continue;
          }
          for (const categoryId of was.categoryIds.filter(onlineOnly)) expect(now.categoryIds).toContain(categoryId);
        }
      }),
    );
  });

  it('synced categories sit under their Retail parent’s counterpart, in Retail’s sibling order', () => {
    fc.assert(
      fc.property(worldStateArbitrary, (state) => {
        // A world of its own for each run: the sync changes it, and fast-check replays values while shrinking.
        const world = loadWorld(state);
        runNativeSync(world, SYNC_TIME);
        const ecomOf = counterparts(world);
        expect(ecomOf.size).toBe(world.retail.categories.size);
        const parents = [0, ...world.retail.categories.keys()];
        for (const retailParent of parents) {
          const children = retailChildren(world.retail, retailParent).map((c) => ecomOf.get(c.categoryID)!);
          const ecomParent = retailParent === 0 ? 0 : ecomOf.get(retailParent)!.id;
          for (const child of children) expect(child.parentId).toBe(ecomParent);
          const orderBys = children.map((c) => c.orderBy);
          expect(orderBys).toEqual([...orderBys].sort((a, b) => a - b));
          expect(new Set(orderBys).size).toBe(orderBys.length);
        }
      }),
    );
  });

  it('every category the sync creates is disabled, made by Lightspeed, and has a new id', () => {
    fc.assert(
      fc.property(worldStateArbitrary, (state) => {
        // A world of its own for each run: the sync changes it, and fast-check replays values while shrinking.
        const world = loadWorld(state);
        const maxBefore = Math.max(0, ...world.ecom.categories.keys());
        const report = runNativeSync(world, SYNC_TIME);
        for (const id of report.categoriesCreated) {
          expect(id).toBeGreaterThan(maxBefore);
          expect(world.ecom.categories.get(id)).toMatchObject({ enabled: false, origin: 'LIGHTSPEED' });
        }
      }),
    );
  });

  it('a synced product exists only for a published item, and sits in its category and no other with a Retail reference', () => {
    fc.assert(
      fc.property(worldStateArbitrary, (state) => {
        // A world of its own for each run: the sync changes it, and fast-check replays values while shrinking.
        const world = loadWorld(state);
        runNativeSync(world, SYNC_TIME);
        const ecomOf = counterparts(world);
        for (const p of world.ecom.products.values()) {
          const reference = p.externalReferenceId;
          const item = reference === null ? undefined : world.retail.items.get(Number(reference));
          if (!item) continue; // eCom's own, or of an item Retail does not know
          expect(item.publishToEcom && !item.archived).toBe(true);
          const home = item.categoryID === 0 ? undefined : ecomOf.get(item.categoryID)!.id;
          const hasReference = (id: number) => world.ecom.categories.get(id)?.externalReferenceId != null;
          const withReference = p.categoryIds.filter(hasReference);
          expect(withReference).toEqual(home === undefined ? [] : [home]);
          expect(p.defaultCategoryId).toBe(home ?? p.categoryIds[0] ?? 0);
          expect(p.name).toBe(item.description);
        }
      }),
    );
  });
});
