import 'fake-indexeddb/auto';

import { afterEach, describe, expect, it } from 'vitest';

import {
  loadCategoryStates,
  loadEcom,
  loadRetail,
  saveEcom,
  saveRetail,
  saveRetailChanges,
  saveStates,
} from '../../utils/db/cache.ts';
import { getMeta, setMeta } from '../../utils/db/meta.ts';
import { deleteDb, openDb, type Db } from '../../utils/db/open.ts';
import type { CategoryState, RetailCategory } from '../../utils/sync/model.ts';

let counter = 0;
let db: Db | undefined;
let name = '';

async function freshDb(): Promise<Db> {
  name = `test-cache-${++counter}`;
  db = await openDb(name);
  return db;
}

afterEach(async () => {
  await deleteDb(db, name);
  db = undefined;
});

const retailCategory = (id: number, name: string): RetailCategory => ({
  id,
  name,
  parentId: 0,
  leftNode: id * 2 - 1,
  rightNode: id * 2,
  depth: 0,
  fullPath: name,
  updatedAt: '2026-11-01T00:00:00.000Z',
});

const state = (ecomId: number | null, retailId: number | null, name: string): CategoryState => ({
  retailId,
  ecomId,
  name,
  path: name,
  status: ecomId === null ? 'pending' : 'new',
  enabled: ecomId === null ? null : false,
  availability: ecomId === null ? null : 'new',
  drift: null,
  productCount: 0,
  enabledProductCount: 0,
});

describe('the IndexedDB cache', () => {
  it('replaces a side whole, so a deleted record does not linger', async () => {
    const db = await freshDb();
    await saveRetail(db, { categories: [retailCategory(1, 'Vestes'), retailCategory(2, 'Pantalons')], items: [] });
    await saveRetail(db, { categories: [retailCategory(2, 'Pantalons')], items: [] });
    expect((await loadRetail(db)).categories.map((c) => c.name)).toEqual(['Pantalons']);
  });

  it('merges changed items into what it has, and takes categories whole', async () => {
    const db = await freshDb();
    const item = (id: number, name: string) => ({
      id,
      name,
      sku: `S${id}`,
      categoryId: 1,
      publishToEcom: true,
      archived: false,
      updatedAt: '2026-11-01T00:00:00.000Z',
    });
    await saveRetail(db, {
      categories: [retailCategory(1, 'Vestes'), retailCategory(2, 'Pantalons')],
      items: [item(1, 'Parka'), item(2, 'Trench')],
    });
    await saveRetailChanges(db, { categories: [retailCategory(1, 'Vestes')], items: [item(2, 'Trench beige')] });
    const loaded = await loadRetail(db);
    expect(loaded.categories.map((c) => c.name)).toEqual(['Vestes']);
    expect(loaded.items.map((i) => i.name)).toEqual(['Parka', 'Trench beige']);
  });

  it('keeps eCom records with every field', async () => {
    const db = await freshDb();
    const category = {
      id: 7,
      parentId: 0,
      orderBy: 10,
      name: '<img src=x onerror=alert(1)>',
      enabled: false,
      description: 'Élégance',
      imageUrl: '',
      origin: 'LIGHTSPEED' as const,
      externalReferenceId: '3',
      productIds: [1, 2],
    };
    await saveEcom(db, { categories: [category], products: [] });
    expect((await loadEcom(db)).categories).toEqual([category]);
  });

  it('stores verdicts for categories on either side, pending ones by Retail id', async () => {
    const db = await freshDb();
    const states = [state(10, 1, 'Vestes'), state(null, 5, 'Bottes')];
    await saveStates(db, { categories: states, products: [] });
    const loaded = await loadCategoryStates(db);
    expect(loaded).toHaveLength(2);
    expect(loaded).toEqual(expect.arrayContaining(states));
  });

  it('keeps named records across openings (the engine’s memory)', async () => {
    const db = await freshDb();
    await setMeta(db, 'history', { categories: { 10: { firstSeenAt: '2026-11-01T00:00:00Z', everEnabled: true } } });
    db.close();
    const again = await openDb(name);
    expect((await getMeta(again, 'history'))?.categories[10]?.everEnabled).toBe(true);
    expect(await getMeta(again, 'readAt')).toBeUndefined();
    again.close();
  });
});

describe('the database as a file (the command-line engine’s memory)', () => {
  it('exports and imports every store, keys included', async () => {
    const { exportDb, importDb } = await import('../../utils/db/dump.ts');
    const db = await freshDb();
    await saveRetail(db, { categories: [retailCategory(1, 'Vestes')], items: [] });
    await setMeta(db, 'readAt', { retail: '2026-11-01T00:00:00Z', ecom: null });
    await saveStates(db, { categories: [state(10, 1, 'Vestes'), state(null, 5, 'Bottes')], products: [] });
    const dump = JSON.parse(JSON.stringify(await exportDb(db)));

    const other = await openDb(`${name}-copy`);
    await importDb(other, dump);
    expect(await loadRetail(other)).toEqual(await loadRetail(db));
    expect(await getMeta(other, 'readAt')).toEqual({ retail: '2026-11-01T00:00:00Z', ecom: null });
    expect((await loadCategoryStates(other)).map((s) => s.name).sort()).toEqual(['Bottes', 'Vestes']);
    await deleteDb(other, `${name}-copy`);
  });
});
