import type { RetailNode } from './index-snapshots.ts';
import { targetOrderBy } from './retail-order.ts';

/**
 * The target tree: every Retail category under its Retail parent's eCom copy, siblings numbered in Retail's
 * order. All Retail siblings count (those still to be created too), because after the plan they are all in eCom.
 */

/** The Retail parent, 0 at top level. */
export function targetParentRetailId(node: RetailNode): number {
  return node.parent === null ? 0 : node.parent.category.id;
}

/** The eCom id its copy must sit under (0 at top level), or null when that parent is not in eCom yet. */
export function targetParentEcomId(node: RetailNode): number | null {
  if (node.parent === null) return 0;
  return node.parent.synced === null ? null : node.parent.synced.category.id;
}

/** The orderBy its copy must have among its siblings. */
export function targetOrderByOf(node: RetailNode): number {
  return targetOrderBy(node.index);
}
