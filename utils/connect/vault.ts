import { openDB, type DBSchema, type IDBPDatabase } from 'idb';

/**
 * The credentials vault: an IndexedDB database of the extension's own. Its origin is the extension's, and a content
 * script runs in the page's origin, so no content script can open it, in Firefox as in Chrome (Firefox lets any
 * content script of the extension read storage.local, and has no setAccessLevel to stop it).
 *
 * A database apart from the cache (utils/db, `sync-lens`): "forget this store" and another store connected delete
 * the cache whole, while the credentials have their own lifetime (utils/connect/credential-store.ts).
 */

export const VAULT_NAME = 'sync-lens-credentials';
const VAULT_VERSION = 1;
const STORE = 'credentials';

interface VaultSchema extends DBSchema {
  /** One record a credential, under the storage.local key that keeps its copy without secrets. */
  [STORE]: { key: string; value: unknown };
}

let opened: Promise<IDBPDatabase<VaultSchema>> | undefined;

/**
 * Opened once, and let go of (opened again at the next use) when its opening failed, or when anything asks to
 * delete or upgrade it: an open connection would hold that up.
 */
function vault(): Promise<IDBPDatabase<VaultSchema>> {
  if (opened) return opened;
  const letGo = () => {
    if (opened === attempt) opened = undefined;
  };
  const attempt = openDB<VaultSchema>(VAULT_NAME, VAULT_VERSION, {
    upgrade(db) {
      db.createObjectStore(STORE);
    },
    blocking() {
      letGo();
      void attempt.then((db) => db.close());
    },
    terminated: letGo,
  });
  attempt.catch(letGo);
  opened = attempt;
  return attempt;
}

/** The records kept under these keys; a key with none is absent from the answer. */
export async function readVault(keys: readonly string[]): Promise<Record<string, unknown>> {
  const tx = (await vault()).transaction(STORE, 'readonly');
  const values = await Promise.all(keys.map((key) => tx.store.get(key)));
  await tx.done;
  return Object.fromEntries(keys.flatMap((key, i) => (values[i] === undefined ? [] : [[key, values[i]]])));
}

/** Keeps `record` under `key`, in place of any before; resolves once it is written for good. */
export async function writeVault(key: string, record: unknown): Promise<void> {
  const tx = (await vault()).transaction(STORE, 'readwrite');
  await tx.store.put(record, key);
  await tx.done;
}

export async function clearVault(keys: readonly string[]): Promise<void> {
  const tx = (await vault()).transaction(STORE, 'readwrite');
  await Promise.all(keys.map((key) => tx.store.delete(key)));
  await tx.done;
}
