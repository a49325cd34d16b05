import { categoryDrift, orderDrifts } from './category-drift.ts';
import { ChunkedList } from './chunked-list.ts';
import type { EcomIndex } from './ecom-index.ts';
import { ecomPathFinder } from './ecom-paths.ts';
import type { Links } from './linker.ts';
import type { Memberships } from './memberships.ts';
import type { CategoryDrift, CategoryState, EcomCategory, History, RetailCategory, LinkHow } from './model.ts';
import { NONE, type RetailIndex } from './retail-index.ts';

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
 * other categories (orphaned, online-only) in snapshot order, with paths from eCom's tree. With them, the drift
 * of each synced category that differs from Retail, by eCom id, for the operations. One walk over Retail's
 * categories does both: on a large store each record read is a likely cache miss, and the state and the drift
 * read the same two records.
 */
export function categoryStates(
  retail: RetailIndex,
  ecom: EcomIndex,
  memberships: Memberships,
  history: History,
  links: Links,
): { states: CategoryState[]; drifts: Map<number, CategoryDrift> } {
  const states = new ChunkedList<CategoryState>();
  const drifts = new Map<number, CategoryDrift>();
  const orders = orderDrifts(retail, ecom);
  for (let ordinal = 0; ordinal < retail.categories.length; ordinal++) {
    const category = retail.categories[ordinal]!;
    const copy = retail.synced[ordinal]!;
    if (copy === NONE) {
      const candidates = links.ambiguousRetail.get(ordinal);
      states.push(
        candidates
          ? ambiguousState(
              category,
              candidates.map((at) => ecom.id[at]!),
            )
          : pendingState(category),
      );
      continue;
    }
    const drift = categoryDrift(retail, ecom, memberships, ordinal, copy, orders.get(copy));
    if (drift !== null) drifts.set(ecom.id[copy]!, drift);
    const link = links.categoryHow[copy];
    const first = link === 'remembered' && links.firstHow[copy] !== 'remembered' ? links.firstHow[copy] : undefined;
    states.push(syncedState(category, ecom, copy, memberships, drift, history, link, first));
  }
  const pathOf = ecomPathFinder((ecomId) => {
    const ordinal = ecom.ordinalOf.get(ecomId);
    return ordinal < 0 ? undefined : ecom.categories[ordinal];
  });
  for (let ordinal = 0; ordinal < ecom.categories.length; ordinal++) {
    const kind = ecom.kind[ordinal]!;
    if (kind === 'synced') continue;
    const category = ecom.categories[ordinal]!;
    const candidates = links.ambiguousEcom.get(ordinal);
    states.push({
      retailId: null,
      ecomId: category.id,
      ecomParentId: category.parentId,
      ecomOrder: category.orderBy,
      name: category.name,
      path: pathOf(category),
      status: kind === 'online-only' ? 'online-only' : kind === 'ambiguous' ? 'ambiguous' : 'orphaned',
      ...(candidates ? { candidates: candidates.map((at) => retail.id[at]!) } : {}),
      ...(links.saidNone.has(ordinal) ? { noRetail: true as const } : {}),
      enabled: category.enabled,
      availability: null,
      drift: null,
      productCount: memberships.productCount[ordinal] ?? 0,
      enabledProductCount: memberships.enabledProductCount[ordinal] ?? 0,
    });
  }
  return { states: states.toArray(), drifts };
}

/** A Retail category that unlinked Lightspeed categories could equally be: nothing acts on it (linker.ts). */
function ambiguousState(category: RetailCategory, candidates: number[]): CategoryState {
  return { ...pendingState(category), status: 'ambiguous', candidates };
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
  drift: CategoryDrift | null,
  history: History,
  link: LinkHow | undefined,
  firstLink: LinkHow | undefined,
): CategoryState {
  const category = ecom.categories[copy]!;
  const availability = availabilityOf(category, history);
  return {
    retailId: retailCategory.id,
    ecomId: category.id,
    ecomParentId: category.parentId,
    ecomOrder: category.orderBy,
    name: retailCategory.name,
    path: retailCategory.fullPath,
    status: drift === null ? availability : 'drift',
    enabled: category.enabled,
    availability,
    drift,
    productCount: memberships.productCount[copy] ?? 0,
    enabledProductCount: memberships.enabledProductCount[copy] ?? 0,
    link,
    ...(firstLink ? { firstLink } : {}),
  };
}
