import type { EcomIndex } from './ecom-index.ts';
import { NONE, type RetailIndex } from './retail-index.ts';
import { targetOrderBy } from './retail-order.ts';

/**
 * The target tree: every Retail category under its Retail parent's eCom copy, siblings numbered in Retail's
 * order. All Retail siblings count (those still to be created too), because after the plan they are all in eCom.
 * Categories are Retail ordinals (RetailIndex).
 */

/** The Retail parent's id, 0 at top level. */
export function targetParentRetailId(retail: RetailIndex, ordinal: number): number {
  const parent = retail.parent[ordinal]!;
  return parent === NONE ? 0 : retail.id[parent]!;
}

/** The eCom id its copy must sit under (0 at top level), or null when that parent is not in eCom yet. */
export function targetParentEcomId(retail: RetailIndex, ecom: EcomIndex, ordinal: number): number | null {
  const parent = retail.parent[ordinal]!;
  if (parent === NONE) return 0;
  const parentCopy = retail.synced[parent]!;
  return parentCopy === NONE ? null : ecom.id[parentCopy]!;
}

/** The orderBy its copy must have among its siblings. */
export function targetOrderByOf(retail: RetailIndex, ordinal: number): number {
  return targetOrderBy(retail.index[ordinal]!);
}
