/** The admin's pages, addressed by the URL hash as in the real control panel (`#products`, `#order:id=938`). */
export type Route = { page: 'categories' } | { page: 'category'; id: number } | { page: 'products' };

/** `#categories` (also the default and the answer to anything unknown), `#category:id=N[&…]`, `#products`. */
export function parseRoute(hash: string): Route {
  const value = hash.replace(/^#/, '');
  if (value === 'products') return { page: 'products' };
  const category = /^category:(.*)$/.exec(value);
  if (category) {
    const id = new URLSearchParams(category[1]).get('id');
    if (id !== null && /^\d+$/.test(id)) return { page: 'category', id: Number(id) };
  }
  return { page: 'categories' };
}

export function categoryHash(id: number): string {
  return `#category:id=${id}`;
}
