import { ecomPathFinder } from './ecom-paths.ts';
import { type EcomIndex, NONE, type RetailIndex } from './index-snapshots.ts';
import type { Memberships } from './memberships.ts';
import type { CategoryDrift, CategoryState, EcomCategory, History, RetailCategory } from './model.ts';

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
  let count = retail.categories.length;
  for (let ordinal = 0; ordinal < ecom.kind.length; ordinal++) {
    if (ecom.kind[ordinal] !== 'synced') count += 1;
  }
  const states = new Array<CategoryState>(count);
  let next = 0;
  for (let ordinal = 0; ordinal < retail.categories.length; ordinal++) {
    const category = retail.categories[ordinal]!;
    const copy = retail.synced[ordinal]!;
    states[next++] =
      copy === NONE ? pendingState(category) : syncedState(category, ecom, copy, memberships, drifts, history);
  }
  const pathOf = ecomPathFinder((ecomId) => {
    const ordinal = ecom.ordinalOf.get(ecomId);
    return ordinal < 0 ? undefined : ecom.categories[ordinal];
  });
  for (let ordinal = 0; ordinal < ecom.categories.length; ordinal++) {
    const kind = ecom.kind[ordinal]!;
    if (kind === 'synced') continue;
    const category = ecom.categories[ordinal]!;
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

function pendingState(category: RetailCategory): CategoryState {
  return {
    retailId: category.id,
    ecomId: null,
    name: category.name,
    path: category.fullPath,
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
  retailCategory: RetailCategory,
  ecom: EcomIndex,
  copy: number,
  memberships: Memberships,
  drifts: ReadonlyMap<number, CategoryDrift>,
  history: History,
): CategoryState {
  const category = ecom.categories[copy]!;
  const availability = availabilityOf(category, history);
  const drift = drifts.get(category.id) ?? null;
  return {
    retailId: retailCategory.id,
    ecomId: category.id,
    name: retailCategory.name,
    path: retailCategory.fullPath,
    status: drift === null ? availability : 'drift',
    enabled: category.enabled,
    availability,
    drift,
    productCount: memberships.productCount[copy] ?? 0,
    enabledProductCount: memberships.enabledProductCount[copy] ?? 0,
  };
}
