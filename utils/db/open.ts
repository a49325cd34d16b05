import { deleteDB, openDB, type IDBPDatabase } from 'idb';

import { DB_VERSION, migrate } from './migrations.ts';
import type { SyncLensDb } from './schema.ts';

export type Db = IDBPDatabase<SyncLensDb>;

export const DB_NAME = 'sync-lens';

/** The only place that opens IndexedDB. */
export function openDb(name = DB_NAME): Promise<Db> {
  return openDB<SyncLensDb>(name, DB_VERSION, {
    upgrade(db, oldVersion, _newVersion, tx) {
      migrate(db, oldVersion, tx);
    },
  });
}

/** "Forget this store": every record and every job goes. */
export async function deleteDb(db: Db | undefined, name = DB_NAME): Promise<void> {
  db?.close();
  await deleteDB(name);
}
