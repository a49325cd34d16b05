import { ChunkedList } from './chunked-list.ts';
import type { EcomProduct, ProductIssue, ProductState, RetailItem, LinkHow } from './model.ts';
import type { ProductFacts } from './product-facts.ts';
import { issueList } from './product-issues.ts';
import type { ProductPlacements } from './product-placement.ts';
import { NONE, type RetailIndex } from './retail-index.ts';

const PENDING = Object.freeze(['pending']) as readonly ProductIssue[] as ProductIssue[];

/**
 * One state for every product on either side: eCom's products in snapshot order, their path their item's
 * Retail category's, then the synced Retail items (published, not archived) that no eCom product is linked to
 * yet, in Retail's order.
 */
export function productStates(
  products: readonly EcomProduct[],
  items: readonly RetailItem[],
  facts: ProductFacts,
  placements: ProductPlacements,
  retail: RetailIndex,
  how: readonly (LinkHow | undefined)[] = [],
): ProductState[] {
  // Paths by Retail ordinal: a few hundred kilobytes instead of a category record per product.
  const paths = retail.fullPath;
  const states = new ChunkedList<ProductState>();
  const hasProduct = new Uint8Array(items.length);
  for (let index = 0; index < products.length; index++) {
    const product = products[index]!;
    const itemId = facts.itemId[index]!;
    const itemOrdinal = facts.itemOrdinal[index]!;
    if (itemOrdinal >= 0) hasProduct[itemOrdinal] = 1;
    const target = placements.target[index]!;
    states.push({
      retailId: Number.isNaN(itemId) ? null : itemId,
      ecomId: product.id,
      name: product.name,
      path: target === NONE ? '' : paths[target]!,
      enabled: product.enabled,
      issues: issueList(placements.issues[index]!),
      // Always present (undefined when unlinked): one shape for every state keeps 150k of them cheap.
      link: how[index],
    });
  }

  // Only the records of pending items are read: the others are known from the flat item facts.
  const { synced, category } = retail.items;
  for (let ordinal = 0; ordinal < items.length; ordinal++) {
    if (synced[ordinal] === 0 || hasProduct[ordinal] === 1) continue;
    const item = items[ordinal]!;
    const categoryOrdinal = category[ordinal]!;
    states.push({
      retailId: item.id,
      ecomId: null,
      name: item.name,
      path: categoryOrdinal < 0 ? '' : paths[categoryOrdinal]!,
      enabled: null,
      issues: PENDING,
    });
  }
  return states.toArray();
}
