import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { generateState } from '../../sandbox/generate/world.ts';
import { runNativeSync } from '../../sandbox/native-sync.ts';
import { loadWorld } from '../../sandbox/world/state.ts';
import type { EcomSnapshot, History, Plan, RetailSnapshot } from '../../utils/sync/model.ts';
import { plan } from '../../utils/sync/plan.ts';
import {
  addCategories,
  ecomCategory,
  ecomIdOf,
  emptyHistory,
  item,
  product,
  retailStore,
  syncedEcom,
} from './support/store-builders.ts';
import { snapshotsOfWorld } from './support/sync-snapshots.ts';

/**
 * The linker (utils/sync/linker.ts): records are paired on evidence, not on externalReferenceId alone. A store
 * whose eCom records carry no Retail id (`none`), or another system's (`foreign`), must read as the same store.
 */

type Mode = 'none' | 'foreign';

/** The same eCom records, with what the API shows of Lightspeed's hidden mapping changed as in `mode`. */
function hideReferences(ecom: EcomSnapshot, mode: Mode): EcomSnapshot {
  const hide = (id: number, reference: string | null) =>
    reference === null || mode === 'none'
      ? null
      : `4f1c${id.toString(16).padStart(4, '0')}-9a2e-4c7b-8d11-0c5e${id.toString(16).padStart(8, '0')}`;
  return {
    categories: ecom.categories.map((c) => ({ ...c, externalReferenceId: hide(c.id, c.externalReferenceId) })),
    products: ecom.products.map((p) => ({ ...p, externalReferenceId: hide(p.id + 1e6, p.externalReferenceId) })),
  };
}

/** Each category's status, keyed by its records on both sides. */
const statuses = (result: Plan) =>
  Object.fromEntries(result.categories.map((s) => [`${s.retailId ?? '-'}/${s.ecomId ?? '-'}`, s.status]));

/** A store as Lightspeed's own sync leaves it, from the sandbox's generator. */
function syncedWorld(seed: number, categories: number): { retail: RetailSnapshot; ecom: EcomSnapshot } {
  const world = loadWorld(generateState({ categories, seed }));
  runNativeSync(world, new Date('2026-04-01T12:00:00.000Z'));
  return snapshotsOfWorld(world);
}

describe('the linker: the same store, whatever eCom shows of Retail ids', () => {
  it('gives the statuses of Retail ids without them, or with another system’s, where nothing was renamed or moved', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 10_000 }),
        fc.integer({ min: 5, max: 60 }),
        fc.constantFrom<Mode>('none', 'foreign'),
        (seed, size, mode) => {
          const { retail, ecom } = syncedWorld(seed, size);
          const withIds = plan(retail, ecom, emptyHistory());
          const without = plan(retail, hideReferences(ecom, mode), emptyHistory());
          expect(statuses(without)).toEqual(statuses(withIds));
          // Above all, no second copy of anything: a sync changes nothing either way.
          expect(without.operations).toEqual(withIds.operations);
        },
      ),
      { numRuns: 25 },
    );
  });

  it('finds a category renamed and moved in Retail through the products both hold: drift, not pending + orphaned', () => {
    const before = retailStore(
      [
        { id: 1, name: 'Homme', children: [{ id: 3, name: 'Vestes' }] },
        { id: 2, name: 'Femme' },
      ],
      [item(7, 3), item(8, 3), item(9, 2)],
    );
    // Lightspeed's sync gives a product its item's SKU.
    const synced = syncedEcom(before);
    const ecom = hideReferences(
      { ...synced, products: synced.products.map((p) => ({ ...p, sku: `SKU-${p.id - 5000}` })) },
      'none',
    );
    // In Retail since: "Vestes" renamed "Blousons" and moved under Femme.
    const after = retailStore(
      [
        { id: 1, name: 'Homme' },
        { id: 2, name: 'Femme', children: [{ id: 3, name: 'Blousons' }] },
      ],
      [item(7, 3), item(8, 3), item(9, 2)],
    );
    const result = plan(after, ecom, emptyHistory());
    const moved = result.categories.find((s) => s.retailId === 3)!;
    expect(moved).toMatchObject({ ecomId: ecomIdOf(3), status: 'drift', link: 'products' });
    expect(result.categories.filter((s) => s.status === 'pending' || s.status === 'orphaned')).toEqual([]);
    expect(result.operations.filter((o) => o.kind === 'create-category')).toEqual([]);
  });

  it('never picks between equals: two Lightspeed categories that could be one Retail category leave all three ambiguous', () => {
    const retail = retailStore([{ id: 3, name: 'Vestes' }]);
    const ecom = addCategories(
      { categories: [], products: [] },
      ecomCategory(2001, { name: 'Vestes', origin: 'LIGHTSPEED' }),
      ecomCategory(2002, { name: 'vestes ', origin: 'LIGHTSPEED', orderBy: 20 }),
    );
    const result = plan(retail, ecom, emptyHistory());
    expect(result.categories).toEqual([
      expect.objectContaining({ retailId: 3, ecomId: null, status: 'ambiguous', candidates: [2001, 2002] }),
      expect.objectContaining({ retailId: null, ecomId: 2001, status: 'ambiguous', candidates: [3] }),
      expect.objectContaining({ retailId: null, ecomId: 2002, status: 'ambiguous', candidates: [3] }),
    ]);
    // Nothing acts on any of them: no copy made, none renamed, moved or emptied.
    expect(result.operations).toEqual([]);
  });

  it('never picks between equals, on random trees with a copy made twice', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 10_000 }), fc.integer({ min: 5, max: 40 }), (seed, size) => {
        const { retail, ecom } = syncedWorld(seed, size);
        const hidden = hideReferences(ecom, 'none');
        const twin = hidden.categories.find((c) => c.origin === 'LIGHTSPEED');
        if (!twin) return;
        // A second copy, empty: only the products the first holds can tell them apart.
        const copy = { ...twin, id: 990_000, orderBy: twin.orderBy + 1, productIds: [] };
        const result = plan(retail, { ...hidden, categories: [...hidden.categories, copy] }, emptyHistory());
        for (const state of result.categories.filter((s) => s.ecomId === twin.id || s.ecomId === copy.id)) {
          // Linked only where the products decided; a tie of names or places links neither.
          if (state.retailId !== null) expect(['products', 'remembered']).toContain(state.link);
          if (twin.productIds.length === 0) expect(state.status).toBe('ambiguous');
        }
        expect(result.operations.some((o) => o.kind === 'create-category' && o.name === twin.name)).toBe(false);
      }),
      { numRuns: 20 },
    );
  });

  it('creates no copy while an unlinked Lightspeed category of the same name waits anywhere: it names the likely pair', () => {
    const retail = retailStore([{ id: 1, name: 'Homme', children: [{ id: 3, name: 'Vestes' }] }]);
    const ecom = addCategories(
      { categories: [], products: [] },
      ecomCategory(2001, { name: 'Homme', origin: 'LIGHTSPEED' }),
      ecomCategory(2002, { name: 'Vestes', origin: 'LIGHTSPEED', orderBy: 20 }),
    );
    const result = plan(retail, ecom, emptyHistory());
    expect(result.categories.find((s) => s.retailId === 3)).toMatchObject({ status: 'ambiguous', candidates: [2002] });
    expect(result.operations.filter((o) => o.kind === 'create-category')).toEqual([]);
  });

  it('flips no link on a second read: a link once made is remembered, and outranks a rename', () => {
    const retail = retailStore([{ id: 1, name: 'Homme', children: [{ id: 3, name: 'Vestes' }] }], [item(7, 3)]);
    const ecom = hideReferences(syncedEcom(retail), 'foreign');
    const first = plan(retail, ecom, emptyHistory());
    const history: History = { ...emptyHistory(), links: first.links! };
    const again = plan(retail, ecom, history);
    expect(again.links).toEqual(first.links);
    // Renamed in Retail, and its only product gone: nothing but the memory says which it is.
    const renamed = retailStore([{ id: 1, name: 'Homme', children: [{ id: 3, name: 'Blousons' }] }]);
    const later = plan(renamed, { ...ecom, products: [] }, history);
    expect(later.categories.find((s) => s.retailId === 3)).toMatchObject({
      ecomId: ecomIdOf(3),
      status: 'drift',
      link: 'remembered',
    });
  });

  it('keeps how each link was made, for categories and products', () => {
    const retail = retailStore([{ id: 1, name: 'Homme', children: [{ id: 3, name: 'Vestes' }] }], [item(7, 3)]);
    const withIds = plan(retail, syncedEcom(retail), emptyHistory());
    expect(withIds.categories.map((s) => s.link)).toEqual(['id', 'id']);
    expect(withIds.products.map((p) => p.link)).toEqual(['id']);
    const without = plan(retail, hideReferences(syncedEcom(retail), 'none'), emptyHistory());
    expect(without.categories.map((s) => s.link)).toEqual(['path', 'path']);
    // The products' SKUs differ from the items' (see syncedEcom): found by name in the linked category.
    expect(without.products.map((p) => p.link)).toEqual(['name']);
  });

  it('finds a product by any of its item’s codes (custom or system SKU, UPC, EAN), never by one two items share', () => {
    const codes = (custom: string, system: string, upc: string, ean: string) => ({
      sku: custom || system,
      codes: [custom, system, upc, ean].filter((code) => code !== ''),
    });
    const retail = retailStore(
      [{ id: 3, name: 'Vestes' }],
      [
        item(7, 0, codes('VES-01', '210000000007', '012345678905', '')),
        item(8, 0, codes('', '210000000008', '', '4006381333931')),
        item(9, 0, codes('', '210000000009', '036000291452', '')),
        // Shares its UPC with item 9: that UPC is no evidence for either.
        item(10, 0, codes('', '210000000010', '036000291452', '')),
        // Two products carry its system SKU: a tie, linked to neither.
        item(11, 0, codes('', '210000000011', '', '')),
      ],
    );
    // A Lightspeed category with no Retail id: the store needs evidence (needsEvidence in linker.ts).
    const ecom = {
      categories: [ecomCategory(2001, { name: 'Vestes', origin: 'LIGHTSPEED' })],
      products: [
        product(5001, { sku: '012345678905', name: 'x' }),
        product(5002, { sku: ' 4006381333931 ', name: 'y' }),
        product(5003, { sku: '036000291452', name: 'z' }),
        product(5004, { sku: '210000000011', name: 'u' }),
        product(5005, { sku: '210000000011', name: 'v' }),
      ],
    };
    const linked = Object.fromEntries(plan(retail, ecom, emptyHistory()).products.map((p) => [p.ecomId, p]));
    expect(linked[5001]).toMatchObject({ retailId: 7, link: 'sku' });
    expect(linked[5002]).toMatchObject({ retailId: 8, link: 'sku' });
    for (const tied of [5003, 5004, 5005]) expect(linked[tied]?.retailId ?? null).toBeNull();
  });
});
