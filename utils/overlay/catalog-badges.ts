import { findCatalogLocks } from '../admin-dom/catalog-locks.ts';
import { findCatalogRows, type KnownCategory } from '../admin-dom/catalog-rows.ts';
import type { CategoryState } from '../sync/model.ts';
import type { Target } from './annotate.ts';
import { categoryBadgeTarget, type CategoryBadgeData } from './category-badges.ts';
import { shownName } from './drift-lines.ts';

const knownOf = new WeakMap<readonly CategoryState[], KnownCategory[]>();

/**
 * What the engine knows of each eCom category, for finding its row from the catalog: made once per status the
 * background sends, not on every change of the admin's page (a pass runs after each).
 */
export function knownCategories(states: readonly CategoryState[]): KnownCategory[] {
  const cached = knownOf.get(states);
  if (cached) return cached;
  const known: KnownCategory[] = [];
  for (const state of states) {
    if (state.ecomId === null) continue;
    known.push({
      ecomId: state.ecomId,
      name: shownName(state),
      parentId: state.ecomParentId ?? 0,
      order: state.ecomOrder ?? 0,
    });
  }
  knownOf.set(states, known);
  return known;
}

/**
 * On a categories page whose markup Sync Lens does not know: a badge in each row whose category the catalog tells
 * for certain (utils/admin-dom/catalog-rows.ts), and how many rows showing a known name it could not tell. The
 * locks in those rows are kept for catalogLockOf (the chip listeners ask it on every hover and click).
 */
export function catalogBadgeTargets(
  root: Element,
  data: CategoryBadgeData,
  known: readonly KnownCategory[],
): { targets: Target[]; explained: number; unsure: number } {
  const { rows, unsure } = findCatalogRows(root, known);
  locks = findCatalogLocks(rows, (ecomId) => {
    const status = data.byEcomId.get(ecomId)?.status;
    return status !== undefined && status !== 'online-only';
  });
  return { targets: rows.map((row) => categoryBadgeTarget(data, row)), explained: rows.length, unsure };
}

/** The locks the last pass found in the rows it told, by element: their category's eCom id. */
let locks = new Map<Element, number>();

/** The category whose lock this element is (or is in), on a row the catalog told; null otherwise. */
export function catalogLockOf(element: Element): { ecomId: number; lock: Element } | null {
  for (let at: Element | null = element, up = 0; at && up < 4; at = at.parentElement, up++) {
    const ecomId = locks.get(at);
    if (ecomId !== undefined && at.isConnected) return { ecomId, lock: at };
  }
  return null;
}
