import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { runNativeSync } from '../../sandbox/native-sync.ts';
import { loadWorld } from '../../sandbox/world/state.ts';
import { applyOperations } from '../../utils/sync/apply.ts';
import type { EcomSnapshot } from '../../utils/sync/model.ts';
import { plan } from '../../utils/sync/plan.ts';
import { allocateTestId, storeWithRetailIds } from './support/arbitrary-stores.ts';
import { stateOfStore } from './support/state-of-store.ts';
import { snapshotsOfWorld } from './support/sync-snapshots.ts';

/**
 * The planner against the sandbox's reference implementation of Lightspeed's own sync (sandbox/native-sync.ts),
 * written independently from the same rules: on the same random worlds, both must leave eCom's categories and the
 * memberships of the products both keep the same. Created categories have different ids on each side, so
 * categories are compared by what they are: an eCom id that existed before, or "new" with their Retail id.
 */

const NOW = new Date('2026-04-01T12:00:00.000Z');
const RUNS = { numRuns: 300 };

function canonical(before: EcomSnapshot, after: EcomSnapshot) {
  const existed = new Set(before.categories.map((c) => c.id));
  const keyOf = new Map<number, string>(
    after.categories.map((c) => [c.id, existed.has(c.id) ? `#${c.id}` : `new:${c.externalReferenceId}`]),
  );
  const key = (id: number) => (id === 0 ? 'top' : (keyOf.get(id) ?? `?${id}`));
  const categories = after.categories
    .map((c) => ({
      key: key(c.id),
      name: c.name,
      parent: key(c.parentId),
      orderBy: c.orderBy,
      enabled: c.enabled,
      externalReferenceId: c.externalReferenceId,
    }))
    .sort((a, b) => a.key.localeCompare(b.key));
  const memberships = new Map(after.products.map((p) => [p.id, p.categoryIds.map(key).sort()]));
  return { categories, memberships };
}

function bothWays(store: ReturnType<typeof storeWithRetailIds> extends fc.Arbitrary<infer S> ? S : never) {
  const state = stateOfStore(store.retail, store.ecom);
  const nativeWorld = loadWorld(structuredClone(state));
  const engineWorld = loadWorld(structuredClone(state));
  const before = snapshotsOfWorld(engineWorld);

  runNativeSync(nativeWorld, NOW);
  const native = snapshotsOfWorld(nativeWorld);
  const operations = plan(before.retail, before.ecom, store.history).operations;
  const engine = applyOperations(before.ecom, operations, allocateTestId);
  return { before, native, engine };
}

describe('the planner agrees with the reference native sync', () => {
  it('leaves the same eCom categories (name, parent, orderBy, enabled, reference)', () => {
    fc.assert(
      fc.property(storeWithRetailIds(), (store) => {
        const { before, native, engine } = bothWays(store);
        expect(canonical(before.ecom, engine).categories).toEqual(canonical(before.ecom, native.ecom).categories);
      }),
      RUNS,
    );
  });

  it('leaves the same memberships for the products both keep', () => {
    fc.assert(
      fc.property(storeWithRetailIds(), (store) => {
        const { before, native, engine } = bothWays(store);
        const ours = canonical(before.ecom, engine).memberships;
        const theirs = canonical(before.ecom, native.ecom).memberships;
        for (const [productId, categories] of theirs) {
          if (!ours.has(productId)) continue; // made by the native sync: the engine makes no products
          expect({ productId, categories: ours.get(productId) }).toEqual({ productId, categories });
        }
      }),
      RUNS,
    );
  });

  it('finds nothing to do after the native sync has run', () => {
    fc.assert(
      fc.property(storeWithRetailIds(), (store) => {
        const world = loadWorld(stateOfStore(store.retail, store.ecom));
        runNativeSync(world, NOW);
        const { retail, ecom } = snapshotsOfWorld(world);
        expect(plan(retail, ecom, store.history).operations).toEqual([]);
      }),
      RUNS,
    );
  });
});
