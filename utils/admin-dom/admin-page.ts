import { parseAdminRoute, type AdminRoute } from './routes.ts';
import { SELECTORS } from './selectors.ts';

/**
 * What the page in front of us is, as far as the known markup says:
 * - standard: the page's main area and its content (tree, table or form) are the markup we know;
 * - loading: the main area is there and says it is still loading its data;
 * - unknown: what we look for is not there (yet, or at all: the caller decides when to stop waiting).
 */
export type MarkupState = 'standard' | 'loading' | 'unknown';

export interface PageRead {
  route: AdminRoute;
  /** The element the inline notices go into, when the markup is standard. */
  main: HTMLElement | null;
  markup: MarkupState;
}

const MAIN_OF: Partial<Record<AdminRoute['page'], string>> = {
  categories: SELECTORS.categoriesPage,
  category: SELECTORS.categoryPage,
  products: SELECTORS.productsPage,
};

/** The content that proves a page is drawn the way we know; an empty list's placeholder counts too. */
const CONTENT_OF: Partial<Record<AdminRoute['page'], string>> = {
  categories: SELECTORS.categoryTree,
  category: `${SELECTORS.categoryForm}, ${SELECTORS.empty}`,
  products: `${SELECTORS.productTable}, ${SELECTORS.empty}`,
};

/** `route`: the page as told some other way than by its address (its content: page-by-content.ts). */
export function readPage(doc: Document, hash: string, route: AdminRoute = parseAdminRoute(hash)): PageRead {
  const mainSelector = MAIN_OF[route.page];
  const contentSelector = CONTENT_OF[route.page];
  if (!mainSelector || !contentSelector) return { route, main: null, markup: 'unknown' };
  const main = doc.querySelector<HTMLElement>(mainSelector);
  if (!main) return { route, main: null, markup: 'unknown' };
  if (main.matches(SELECTORS.busyMain)) return { route, main, markup: 'loading' };
  return { route, main, markup: main.querySelector(contentSelector) ? 'standard' : 'unknown' };
}
