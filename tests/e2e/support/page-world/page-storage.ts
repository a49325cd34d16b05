/**
 * Runs in the page's own world (self-contained): everything the admin's origin keeps where its own scripts can
 * read it, as one text to search for tokens: localStorage, sessionStorage, its cookies, every IndexedDB database
 * of the origin (every record of every store), and the DOM (markup, attributes and field values, into every
 * open shadow root, so the overlay's too), but for the elements `adminsOwn` names: what the admin put in its page
 * for its own scripts (the real one, like the sandbox's, carries its own API token). Returns the text, and the
 * names of the databases read.
 */
export async function pageStorage(adminsOwn: string[]): Promise<{ text: string; databases: string[] }> {
  const parts: string[] = [];
  for (const storage of [localStorage, sessionStorage])
    for (let at = 0; at < storage.length; at++) {
      const key = storage.key(at) ?? '';
      parts.push(key, storage.getItem(key) ?? '');
    }
  parts.push(document.cookie);

  const roots: Array<Document | ShadowRoot> = [document];
  for (let at = 0; at < roots.length; at++)
    for (const element of roots[at]!.querySelectorAll('*')) if (element.shadowRoot) roots.push(element.shadowRoot);
  const markup = document.documentElement.cloneNode(true) as Element;
  for (const element of markup.querySelectorAll(adminsOwn.join(', '))) element.remove();
  parts.push(markup.outerHTML);
  for (const root of roots) {
    if (root instanceof ShadowRoot) parts.push(root.innerHTML);
    // A field's value as typed is not in the markup.
    for (const field of root.querySelectorAll<HTMLInputElement>('input, textarea')) parts.push(field.value);
  }

  const done = <T>(request: IDBRequest<T>) =>
    new Promise<T>((resolve, reject) => {
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
  const databases: string[] = [];
  for (const { name } of await indexedDB.databases()) {
    if (!name) continue;
    databases.push(name);
    const database = await done(indexedDB.open(name));
    for (const store of database.objectStoreNames) {
      const records = await done(database.transaction(store).objectStore(store).getAll());
      parts.push(JSON.stringify(records));
    }
    database.close();
  }
  return { text: parts.join('\n'), databases };
}
