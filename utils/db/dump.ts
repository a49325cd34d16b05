import type { Db } from './open.ts';
import type { StoreName } from './schema.ts';

const STORES: readonly StoreName[] = [
  'retailCategories',
  'retailItems',
  'ecomCategories',
  'ecomProducts',
  'categoryStates',
  'productStates',
  'meta',
  'jobs',
  'runs',
];

export type DbDump = { version: 1; stores: Partial<Record<StoreName, Array<[IDBValidKey, unknown]>>> };

/**
 * The whole database as plain JSON: the command-line engine keeps its memory in a file this way, running the
 * very same IndexedDB code as the extension (over fake-indexeddb in Node).
 */
export async function exportDb(db: Db): Promise<DbDump> {
  const stores: DbDump['stores'] = {};
  for (const name of STORES) {
    const tx = db.transaction(name);
    const [keys, values] = await Promise.all([tx.store.getAllKeys(), tx.store.getAll()]);
    await tx.done;
    stores[name] = keys.map((key, index) => [key, values[index]]);
  }
  return { version: 1, stores };
}

export async function importDb(db: Db, dump: DbDump): Promise<void> {
  for (const name of STORES) {
    const entries = dump.stores[name] ?? [];
    const tx = db.transaction(name, 'readwrite');
    void tx.store.clear();
    // Stores with in-line keys take the value alone; meta keeps its keys outside the value.
    for (const [key, value] of entries)
      void (tx.store.keyPath === null ? tx.store.put(value as never, key as never) : tx.store.put(value as never));
    await tx.done;
  }
}
