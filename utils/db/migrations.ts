import type { IDBPDatabase, IDBPTransaction, StoreNames } from 'idb';

import type { SyncLensDb } from './schema.ts';

type Upgrade = (
  db: IDBPDatabase<SyncLensDb>,
  tx: IDBPTransaction<SyncLensDb, StoreNames<SyncLensDb>[], 'versionchange'>,
) => void;

/**
 * One entry per database version, applied in order from the version a browser has to the newest. Entries are
 * never edited once released: a change is a new entry.
 */
export const MIGRATIONS: readonly Upgrade[] = [
  // Version 1: both platforms' records, the planner's verdicts, memory, jobs and the run log.
  (db) => {
    db.createObjectStore('retailCategories', { keyPath: 'id' });
    db.createObjectStore('retailItems', { keyPath: 'id' });
    db.createObjectStore('ecomCategories', { keyPath: 'id' });
    db.createObjectStore('ecomProducts', { keyPath: 'id' });
    db.createObjectStore('categoryStates', { keyPath: 'key' });
    db.createObjectStore('productStates', { keyPath: 'key' });
    db.createObjectStore('meta');
    const jobs = db.createObjectStore('jobs', { keyPath: 'id' });
    jobs.createIndex('byStatus', 'status');
    db.createObjectStore('runs', { keyPath: 'id', autoIncrement: true });
  },
  // Version 2: run log entries hold counts instead of an English sentence, so pages can say them in any language.
  // The old entries are only a log: they are cleared rather than parsed.
  (_db, tx) => {
    void tx.objectStore('runs').clear();
  },
  // Version 3: jobs by creation time, so the newest few are read without reading every job kept for Undo.
  (_db, tx) => {
    tx.objectStore('jobs').createIndex('byCreated', 'createdAt');
  },
];

export const DB_VERSION = MIGRATIONS.length;

export function migrate(
  db: IDBPDatabase<SyncLensDb>,
  oldVersion: number,
  tx: IDBPTransaction<SyncLensDb, StoreNames<SyncLensDb>[], 'versionchange'>,
): void {
  for (let version = oldVersion; version < MIGRATIONS.length; version++) MIGRATIONS[version]!(db, tx);
}
