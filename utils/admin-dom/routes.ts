/**
 * The eCom admin's pages are hash routes after '#': "#categories", "#category:id=12", "#products",
 * "#order:id=938&return=orders". This is the only code that reads them.
 */
export type AdminRoute =
  | { page: 'categories' }
  | { page: 'category'; categoryId: number }
  | { page: 'products' }
  | { page: 'other'; name: string };

/** A hash route's name and parameters: "#category:id=12;return=categories" → "category", {id: 12, return: …}. */
export function splitHashRoute(hash: string): { name: string; params: URLSearchParams } {
  const route = hash.replace(/^#!?/, '');
  const [name = '', rest = ''] = route.split(':', 2);
  return { name, params: new URLSearchParams(rest.replaceAll(';', '&')) };
}

export function parseAdminRoute(hash: string): AdminRoute {
  const { name, params } = splitHashRoute(hash);
  switch (name) {
    case 'categories':
      return { page: 'categories' };
    case 'products':
      return { page: 'products' };
    case 'category': {
      const id = Number(params.get('id'));
      return Number.isInteger(id) && id > 0 ? { page: 'category', categoryId: id } : { page: 'other', name };
    }
    default:
      return { page: 'other', name };
  }
}

/** The store id from an admin URL's path: /store/{storeId}. */
export function storeIdFromPath(pathname: string): number | undefined {
  const match = /^\/store\/(\d+)(?:\/|$)/.exec(pathname);
  return match ? Number(match[1]) : undefined;
}

/**
 * The control panel's other doors, seen in public code: /cp/#… and /cp/CP.html#…. Their address names no
 * store (the session decides which one is shown), so the page's own content must tell it.
 */
export function isControlPanelPath(pathname: string): boolean {
  return /^\/cp(?:\/(?:CP\.html)?)?$/.test(pathname);
}
