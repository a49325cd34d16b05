import { compareEcomSiblings } from './ecom-order.ts';
import { childrenFrom, childrenTo, type EcomIndex, NONE, type RetailIndex } from './index-snapshots.ts';
import type { Memberships } from './memberships.ts';
import type { CategoryDrift } from './model.ts';
import { targetParentEcomId } from './target-tree.ts';

/**
 * S6: the Retail-owned fields of each synced category (name, place in the tree, order among synced siblings,
 * products) compared with Retail. Keyed by eCom id; categories that match Retail have no entry.
 */
export function categoryDrifts(
  retail: RetailIndex,
  ecom: EcomIndex,
  memberships: Memberships,
): Map<number, CategoryDrift> {
  const drifts = new Map<number, CategoryDrift>();
  const driftOf = (ecomId: number): CategoryDrift => {
    let drift = drifts.get(ecomId);
    if (drift === undefined) drifts.set(ecomId, (drift = {}));
    return drift;
  };

  for (let ordinal = 0; ordinal < retail.categories.length; ordinal++) {
    const copy = retail.synced[ordinal]!;
    if (copy === NONE) continue;
    const category = ecom.categories[copy]!;
    const retailName = retail.categories[ordinal]!.name;
    if (category.name !== retailName) driftOf(category.id).name = { retail: retailName, ecom: category.name };
    const parentEcomId = targetParentEcomId(retail, ecom, ordinal);
    if (parentEcomId !== category.parentId) {
      driftOf(category.id).parent = { retail: parentEcomId, ecom: category.parentId };
    }
    const missing = memberships.missing.get(category.id);
    const extra = memberships.extra.get(category.id);
    if (missing !== undefined || extra !== undefined) {
      driftOf(category.id).products = { missing: missing ?? [], extra: extra ?? [] };
    }
  }

  for (let parent = NONE; parent < retail.categories.length; parent++) {
    if (childrenTo(retail, parent) - childrenFrom(retail, parent) < 2) continue;
    markOrderDrift(retail, ecom, parent, driftOf);
  }
  return drifts;
}

/**
 * Relative order: among the siblings that are already under the right parent on both sides, compares each one's
 * place in Retail with its place in eCom. Siblings still to be created or moved are left out, so that a pending
 * sibling does not make every other one drift (absolute orderBy values are the operations' business).
 */
function markOrderDrift(
  retail: RetailIndex,
  ecom: EcomIndex,
  parent: number,
  driftOf: (ecomId: number) => CategoryDrift,
): void {
  if (inEcomOrder(retail, ecom, parent)) return;
  const inPlace: Array<{ copy: number; retailIndex: number }> = [];
  for (let at = childrenFrom(retail, parent); at < childrenTo(retail, parent); at++) {
    const copy = copyInPlace(retail, ecom, retail.children[at]!);
    if (copy !== NONE) inPlace.push({ copy, retailIndex: inPlace.length });
  }
  const { categories } = ecom;
  inPlace.sort((a, b) => compareEcomSiblings(categories[a.copy]!, categories[b.copy]!));
  for (let ecomIndex = 0; ecomIndex < inPlace.length; ecomIndex++) {
    const { copy, retailIndex } = inPlace[ecomIndex]!;
    if (retailIndex !== ecomIndex) driftOf(categories[copy]!.id).order = { retail: retailIndex, ecom: ecomIndex };
  }
}

/** The common case, checked without allocating: the in-place siblings already follow Retail's order in eCom. */
function inEcomOrder(retail: RetailIndex, ecom: EcomIndex, parent: number): boolean {
  let previous = NONE;
  for (let at = childrenFrom(retail, parent); at < childrenTo(retail, parent); at++) {
    const copy = copyInPlace(retail, ecom, retail.children[at]!);
    if (copy === NONE) continue;
    if (previous !== NONE && compareEcomSiblings(ecom.categories[previous]!, ecom.categories[copy]!) > 0) {
      return false;
    }
    previous = copy;
  }
  return true;
}

/** The eCom ordinal of its synced copy when that copy already sits under the right parent; else NONE. */
function copyInPlace(retail: RetailIndex, ecom: EcomIndex, ordinal: number): number {
  const copy = retail.synced[ordinal]!;
  if (copy === NONE) return NONE;
  return targetParentEcomId(retail, ecom, ordinal) === ecom.categories[copy]!.parentId ? copy : NONE;
}
