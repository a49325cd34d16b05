import { compareEcomSiblings } from './ecom-order.ts';
import type { EcomEntry, RetailIndex, RetailNode } from './index-snapshots.ts';
import type { Memberships } from './memberships.ts';
import type { CategoryDrift } from './model.ts';
import { targetParentEcomId } from './target-tree.ts';

/**
 * S6: the Retail-owned fields of each synced category (name, place in the tree, order among synced siblings,
 * products) compared with Retail. Keyed by eCom id; categories that match Retail have no entry.
 */
export function categoryDrifts(retail: RetailIndex, memberships: Memberships): Map<number, CategoryDrift> {
  const drifts = new Map<number, CategoryDrift>();
  const driftOf = (ecomId: number): CategoryDrift => {
    let drift = drifts.get(ecomId);
    if (drift === undefined) drifts.set(ecomId, (drift = {}));
    return drift;
  };

  const { ordered } = retail;
  for (let ordinal = 0; ordinal < ordered.length; ordinal++) {
    const node = ordered[ordinal]!;
    if (node.synced === null) continue;
    const { category } = node.synced;
    if (category.name !== node.category.name) {
      driftOf(category.id).name = { retail: node.category.name, ecom: category.name };
    }
    const parentEcomId = targetParentEcomId(node);
    if (parentEcomId !== category.parentId) {
      driftOf(category.id).parent = { retail: parentEcomId, ecom: category.parentId };
    }
    const missing = memberships.missing.get(category.id);
    const extra = memberships.extra.get(category.id);
    if (missing !== undefined || extra !== undefined) {
      driftOf(category.id).products = { missing: missing ?? [], extra: extra ?? [] };
    }
  }

  markOrderDrift(retail.roots, driftOf);
  for (let ordinal = 0; ordinal < ordered.length; ordinal++) {
    const { children } = ordered[ordinal]!;
    if (children.length > 1) markOrderDrift(children, driftOf);
  }
  return drifts;
}

/** Its synced copy when that copy already sits under the right parent; else undefined. */
function inPlace(node: RetailNode): EcomEntry | undefined {
  return node.synced !== null && targetParentEcomId(node) === node.synced.category.parentId ? node.synced : undefined;
}

/**
 * Relative order: among the siblings that are already under the right parent on both sides, compares each one's
 * place in Retail with its place in eCom. Siblings still to be created or moved are left out, so that a pending
 * sibling does not make every other one drift (absolute orderBy values are the operations' business).
 */
function markOrderDrift(children: readonly RetailNode[], driftOf: (ecomId: number) => CategoryDrift): void {
  if (children.length < 2 || inEcomOrder(children)) return;
  const siblings: Array<{ entry: EcomEntry; retailIndex: number }> = [];
  for (let i = 0; i < children.length; i++) {
    const entry = inPlace(children[i]!);
    if (entry !== undefined) siblings.push({ entry, retailIndex: siblings.length });
  }
  siblings.sort((a, b) => compareEcomSiblings(a.entry.category, b.entry.category));
  for (let ecomIndex = 0; ecomIndex < siblings.length; ecomIndex++) {
    const { entry, retailIndex } = siblings[ecomIndex]!;
    if (retailIndex !== ecomIndex) driftOf(entry.category.id).order = { retail: retailIndex, ecom: ecomIndex };
  }
}

/** The common case, checked without allocating: the in-place siblings already follow Retail's order in eCom. */
function inEcomOrder(children: readonly RetailNode[]): boolean {
  let previous: EcomEntry | undefined;
  for (let i = 0; i < children.length; i++) {
    const entry = inPlace(children[i]!);
    if (entry === undefined) continue;
    if (previous !== undefined && compareEcomSiblings(previous.category, entry.category) > 0) return false;
    previous = entry;
  }
  return true;
}
