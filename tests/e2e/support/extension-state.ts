type ChromeInExtension = {
  chrome: {
    storage: {
      local: { get(keys: null): Promise<Record<string, unknown>> };
      sync: { get(keys: null): Promise<Record<string, unknown>> };
    };
    alarms: { getAll(): Promise<Array<{ name: string; periodInMinutes?: number }>> };
  };
  indexedDB: IDBFactory;
};

/**
 * Everything the extension keeps: storage.local and .sync, alarms, the names of its IndexedDB databases, and the
 * credentials vault's records by key (utils/connect/vault.ts). Runs inside any context of the extension's origin
 * (its service worker, one of its pages): it is sent as source, so it names everything itself.
 */
export async function readExtensionState() {
  const scope = globalThis as unknown as ChromeInExtension;
  const databases = (await scope.indexedDB.databases()).map((database) => database.name ?? '');
  const done = <T>(request: IDBRequest<T>) =>
    new Promise<T>((resolve, reject) => {
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
  const vault: Record<string, unknown> = {};
  // Opened only once it exists: opening it here first would make it without its object store.
  if (databases.includes('sync-lens-credentials')) {
    const db = await done(scope.indexedDB.open('sync-lens-credentials'));
    const store = db.transaction('credentials').objectStore('credentials');
    const [keys, values] = await Promise.all([done(store.getAllKeys()), done(store.getAll())]);
    keys.forEach((key, i) => (vault[String(key)] = values[i]));
    db.close();
  }
  return {
    local: await scope.chrome.storage.local.get(null),
    sync: await scope.chrome.storage.sync.get(null),
    alarms: await scope.chrome.alarms.getAll(),
    databases,
    vault,
  };
}
