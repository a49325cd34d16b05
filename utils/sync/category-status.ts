import { ecomPathFinder } from './ecom-paths.ts';
import type { EcomIndex, RetailIndex, RetailNode } from './index-snapshots.ts';
import type { Memberships } from './memberships.ts';
import type { CategoryDrift, CategoryState, EcomCategory, History } from './model.ts';

export type Availability = NonNullable<CategoryState['availability']>;

/**
 * S2, S8: a synced category is `live` when enabled; when disabled it is `new` unless the engine has seen it
 * enabled once (then the merchant disabled it: `disabled`). No memory of it at all means never seen enabled.
 */
export function availabilityOf(category: EcomCategory, history: History): Availability {
  if (category.enabled) return 'live';
  return history.categories[category.id]?.everEnabled === true ? 'disabled' : 'new';
}

/**
 * One state for every category on either side: Retail's in display order (synced or pending), then eCom's
 * other categories (orphaned, online-only) in snapshot order, with paths from eCom's tree.
 */
export function categoryStates(
  retail: RetailIndex,
  ecom: EcomIndex,
  memberships: Memberships,
  drifts: ReadonlyMap<number, CategoryDrift>,
  history: History,
): CategoryState[] {
  // Sized once (Retail's categories and eCom's unsynced ones): growing a 50k list push by push copies it over.
  let count = retail.ordered.length;
  for (let ordinal = 0; ordinal < ecom.entries.length; ordinal++) {
    if (ecom.entries[ordinal]!.kind !== 'synced') count += 1;
  }
  const states = new Array<CategoryState>(count);
  let next = 0;
  for (let ordinal = 0; ordinal < retail.ordered.length; ordinal++) {
    const node = retail.ordered[ordinal]!;
    states[next++] = node.synced === null ? pendingState(node) : syncedState(node, memberships, drifts, history);
  }
  const pathOf = ecomPathFinder((ecomId) => ecom.entryOf.get(ecomId)?.category);
  for (let ordinal = 0; ordinal < ecom.entries.length; ordinal++) {
    const { category, kind } = ecom.entries[ordinal]!;
    if (kind === 'synced') continue;
    states[next++] = {
      retailId: null,
      ecomId: category.id,
      name: category.name,
      path: pathOf(category),
      status: kind === 'online-only' ? 'online-only' : 'orphaned',
      enabled: category.enabled,
      availability: null,
      drift: null,
      productCount: memberships.productCount[ordinal] ?? 0,
      enabledProductCount: memberships.enabledProductCount[ordinal] ?? 0,
    };
  }
  return states;
}

function pendingState(node: RetailNode): CategoryState {
  return {
    retailId: node.category.id,
    ecomId: null,
    name: node.category.name,
    path: node.category.fullPath,
    status: 'pending',
    enabled: null,
    availability: null,
    drift: null,
    productCount: 0,
    enabledProductCount: 0,
  };
}

/** Drift outranks availability in `status`; `availability` keeps new/live/disabled either way. */
function syncedState(
  node: RetailNode,
  memberships: Memberships,
  drifts: ReadonlyMap<number, CategoryDrift>,
  history: History,
): CategoryState {
  const { category, ordinal } = node.synced!;
  const availability = availabilityOf(category, history);
  const drift = drifts.get(category.id) ?? null;
  return {
    retailId: node.category.id,
    ecomId: category.id,
    name: node.category.name,
    path: node.category.fullPath,
    status: drift === null ? availability : 'drift',
    enabled: category.enabled,
    availability,
    drift,
    productCount: memberships.productCount[ordinal] ?? 0,
    enabledProductCount: memberships.enabledProductCount[ordinal] ?? 0,
  };
}
