import type { RetailIndex } from './index-snapshots.ts';
import type { EcomProduct, ProductIssue, ProductState, RetailItem } from './model.ts';
import type { ProductPlacement } from './product-placement.ts';
import { isSyncedItem, retailCategoryOfItem } from './retail-items.ts';

/**
 * Products without issues, the bulk of a healthy store, all share this one frozen empty list (150k empty arrays
 * are memory the garbage collector would have to copy). Plans are values to read, never to change.
 */
const NO_ISSUES = Object.freeze([]) as readonly ProductIssue[] as ProductIssue[];

/** Issues of one eCom product, in PRODUCT_ISSUES order. */
export function productIssues(product: EcomProduct, placement: ProductPlacement): ProductIssue[] {
  const { item } = placement;
  // S3: its item has no Retail category, so the product sits on the Store front page.
  const storefront = item !== null && item.categoryId === 0 && product.categoryIds.length === 0;
  const extra = placement.followsRetail && placement.extra.length > 0;
  const missing = placement.followsRetail && placement.targetRetailId !== null && !placement.inTarget;
  // Linked to a Retail item that is archived, unpublished, or no longer in Retail at all.
  const gone = placement.itemId !== null && (item === null || !isSyncedItem(item));
  if (product.enabled && !storefront && !extra && !missing && !gone) return NO_ISSUES;

  const issues: ProductIssue[] = [];
  if (storefront) issues.push('storefront-no-category');
  // S4: one or the other, the more telling first: shoppers browsing an enabled category do not see it.
  if (!product.enabled) issues.push(placement.inEnabledCategory ? 'disabled-in-enabled-category' : 'disabled');
  if (extra) issues.push('extra-retail-category');
  if (missing) issues.push('missing-retail-category');
  if (gone) issues.push('retail-item-gone');
  return issues;
}

/** The state of one eCom product; its path is its item's Retail category's. */
export function productState(product: EcomProduct, placement: ProductPlacement): ProductState {
  return {
    retailId: placement.itemId,
    ecomId: product.id,
    name: product.name,
    path: placement.path,
    enabled: product.enabled,
    issues: productIssues(product, placement),
  };
}

/** Synced Retail items (published, not archived) that no eCom product is linked to yet, in Retail's order. */
export function pendingProductStates(
  items: readonly RetailItem[],
  hasProduct: (itemOrdinal: number) => boolean,
  retail: RetailIndex,
): ProductState[] {
  const states: ProductState[] = [];
  for (let ordinal = 0; ordinal < items.length; ordinal++) {
    const item = items[ordinal]!;
    if (!isSyncedItem(item) || hasProduct(ordinal)) continue;
    states.push({
      retailId: item.id,
      ecomId: null,
      name: item.name,
      path: retailCategoryOfItem(item, retail.nodeOf)?.category.fullPath ?? '',
      enabled: null,
      issues: ['pending'],
    });
  }
  return states;
}
