import type { EcomIndex } from './ecom-index.ts';
import { holdsRetailName } from './ecom-name.ts';
import { compareEcomOrder } from './ecom-order.ts';
import type { Memberships } from './memberships.ts';
import type { CategoryDrift } from './model.ts';
import { childrenFrom, childrenTo, NONE, type RetailIndex } from './retail-index.ts';
import { targetParentEcomId } from './target-tree.ts';

/**
 * S6: the Retail-owned fields of a synced category (name, place in the tree, order among synced siblings,
 * products) compared with Retail. Categories are ordinals (retail-index.ts, ecom-index.ts).
 */

type OrderDrift = NonNullable<CategoryDrift['order']>;

/**
 * What differs for the synced category at this Retail ordinal, whose copy is at eCom ordinal `copy`; null when
 * it matches Retail. `order` comes from orderDrifts.
 */
export function categoryDrift(
  retail: RetailIndex,
  ecom: EcomIndex,
  memberships: Memberships,
  ordinal: number,
  copy: number,
  order: OrderDrift | undefined,
): CategoryDrift | null {
  let drift: CategoryDrift | null = null;
  const retailName = retail.categories[ordinal]!.name;
  const ecomName = ecom.categories[copy]!.name;
  if (!holdsRetailName(ecomName, retailName)) (drift ??= {}).name = { retail: retailName, ecom: ecomName };
  const parentEcomId = targetParentEcomId(retail, ecom, ordinal);
  if (parentEcomId !== ecom.parentId[copy]) {
    (drift ??= {}).parent = { retail: parentEcomId, ecom: ecom.parentId[copy]! };
  }
  // On a store whose products are in place, both maps are empty: no lookup per category then.
  if (memberships.missing.size > 0 || memberships.extra.size > 0) {
    const missing = memberships.missing.get(ecom.id[copy]!);
    const extra = memberships.extra.get(ecom.id[copy]!);
    if (missing !== undefined || extra !== undefined) {
      (drift ??= {}).products = { missing: missing ?? [], extra: extra ?? [] };
    }
  }
  if (order !== undefined) (drift ??= {}).order = order;
  return drift;
}

/**
 * Relative order, by eCom ordinal of the categories out of order: among the siblings that are already under the
 * right parent on both sides, each one's place in Retail against its place in eCom. Siblings still to be created
 * or moved are left out, so that a pending sibling does not make every other one drift (absolute orderBy values
 * are the operations' business). Reads the flat arrays only.
 */
export function orderDrifts(retail: RetailIndex, ecom: EcomIndex): Map<number, OrderDrift> {
  const drifts = new Map<number, OrderDrift>();
  for (let parent = NONE; parent < retail.categories.length; parent++) {
    if (childrenTo(retail, parent) - childrenFrom(retail, parent) < 2 || inEcomOrder(retail, ecom, parent)) continue;
    const inPlace: Array<{ copy: number; retailIndex: number }> = [];
    for (let at = childrenFrom(retail, parent); at < childrenTo(retail, parent); at++) {
      const copy = copyInPlace(retail, ecom, retail.children[at]!);
      if (copy !== NONE) inPlace.push({ copy, retailIndex: inPlace.length });
    }
    inPlace.sort((a, b) => compareCopies(ecom, a.copy, b.copy));
    for (let ecomIndex = 0; ecomIndex < inPlace.length; ecomIndex++) {
      const { copy, retailIndex } = inPlace[ecomIndex]!;
      if (retailIndex !== ecomIndex) drifts.set(copy, { retail: retailIndex, ecom: ecomIndex });
    }
  }
  return drifts;
}

/** The common case, checked without allocating: the in-place siblings already follow Retail's order in eCom. */
function inEcomOrder(retail: RetailIndex, ecom: EcomIndex, parent: number): boolean {
  let previous = NONE;
  for (let at = childrenFrom(retail, parent); at < childrenTo(retail, parent); at++) {
    const copy = copyInPlace(retail, ecom, retail.children[at]!);
    if (copy === NONE) continue;
    if (previous !== NONE && compareCopies(ecom, previous, copy) > 0) return false;
    previous = copy;
  }
  return true;
}

/** The eCom ordinal of its synced copy when that copy already sits under the right parent; else NONE. */
function copyInPlace(retail: RetailIndex, ecom: EcomIndex, ordinal: number): number {
  const copy = retail.synced[ordinal]!;
  if (copy === NONE) return NONE;
  return targetParentEcomId(retail, ecom, ordinal) === ecom.parentId[copy] ? copy : NONE;
}

/** compareEcomSiblings for two eCom ordinals. */
function compareCopies(ecom: EcomIndex, a: number, b: number): number {
  return compareEcomOrder(ecom.orderBy[a]!, ecom.id[a]!, ecom.orderBy[b]!, ecom.id[b]!);
}
