import { findCatalogRows, type KnownCategory } from './catalog-rows.ts';
import type { AdminRoute } from './routes.ts';
import { withinOwnElement } from './own-elements.ts';

/**
 * Which admin page this is when its address does not say (a route Sync Lens does not know): from what the page
 * shows of the catalog. Decided only on evidence that cannot be something else, else null (the overlay then stays
 * out of the page, as on any page it has nothing to say on).
 */

/** Rows of known categories told apart for certain: fewer could be a dashboard's "top categories" card. */
export const LIST_ROWS = 3;

const CATEGORY_ROUTE = /categor/i;

/** A category's page: its id in an address that speaks of a category ("#category/12", "#cat:mode=edit&id=12"). */
function categoryInAddress(hash: string, known: ReadonlyMap<number, KnownCategory>): number | null {
  const route = hash.replace(/^#!?/, '');
  if (!CATEGORY_ROUTE.test(route)) return null;
  const ids = [...route.matchAll(/(?:^|[^a-z])id[=:/](\d+)|\/(\d+)(?:$|[/?&;])/gi)].map((m) => Number(m[1] ?? m[2]));
  const knownIds = [...new Set(ids)].filter((id) => known.has(id));
  return knownIds.length === 1 ? knownIds[0]! : null;
}

/** A category's page: a form whose one text field holding a known name holds the name of one category only. */
function categoryInForm(root: Element, byName: ReadonlyMap<string, number[]>): number | null {
  const ids = new Set<number>();
  for (const input of root.querySelectorAll<HTMLInputElement>('form input[type="text"], form input:not([type])')) {
    if (withinOwnElement(input)) continue;
    const named = byName.get(input.value.trim());
    if (!named) continue;
    if (named.length !== 1) return null;
    ids.add(named[0]!);
  }
  return ids.size === 1 ? [...ids][0]! : null;
}

export function routeByContent(root: Element, hash: string, categories: readonly KnownCategory[]): AdminRoute | null {
  if (categories.length === 0) return null;
  const byId = new Map(categories.map((category) => [category.ecomId, category]));
  const inAddress = categoryInAddress(hash, byId);
  if (inAddress !== null) return { page: 'category', categoryId: inAddress };
  const byName = new Map<string, number[]>();
  for (const category of categories) {
    const list = byName.get(category.name);
    if (list) list.push(category.ecomId);
    else byName.set(category.name, [category.ecomId]);
  }
  const inForm = categoryInForm(root, byName);
  if (inForm !== null) return { page: 'category', categoryId: inForm };
  return findCatalogRows(root, categories).rows.length >= LIST_ROWS ? { page: 'categories' } : null;
}
