import type { EcomWorld, RetailCategory } from '../world/types.ts';
import type { NativeSyncReport } from './report.ts';
import { siblingOrderBy } from './rules.ts';

/**
 * Gives the synced children of every parent the orderBy of their place in Retail (docs/sync-rules.md#s5). Online-only and
 * orphaned siblings keep whatever orderBy they have: the merchant placed them, and the sync does not know them.
 */
export function syncSiblingOrder(
  ecom: EcomWorld,
  inDisplayOrder: readonly RetailCategory[],
  ecomIdOfRetail: ReadonlyMap<number, number>,
  created: ReadonlySet<number>,
  report: NativeSyncReport,
): void {
  // Grouping the display order by parent keeps each sibling list in display order.
  const childrenOf = new Map<number, RetailCategory[]>();
  for (const category of inDisplayOrder) {
    const siblings = childrenOf.get(category.parentID);
    if (siblings) siblings.push(category);
    else childrenOf.set(category.parentID, [category]);
  }

  for (const [retailParentID, children] of childrenOf) {
    let reordered = false;
    children.forEach((child, index) => {
      const category = ecom.categories.get(ecomIdOfRetail.get(child.categoryID)!)!;
      const orderBy = siblingOrderBy(index);
      if (category.orderBy === orderBy) return;
      category.orderBy = orderBy;
      if (!created.has(category.id)) reordered = true;
    });
    if (reordered) report.parentsReordered.push(retailParentID === 0 ? 0 : ecomIdOfRetail.get(retailParentID)!);
  }
}
