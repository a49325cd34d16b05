import type { RetailIndex } from './index-snapshots.ts';
import type { EcomProduct, ProductIssue, ProductState, RetailItem } from './model.ts';
import type { ProductPlacement } from './product-placement.ts';

/**
 * Issue lists are shared: products with the same issues get the same frozen list, built on first use (of 2^6
 * possible), and the bulk of a healthy store, with no issue, shares one empty list. 150k small arrays would be
 * memory the garbage collector has to copy. Plans are values to read, never to change.
 */
const ISSUE_LISTS: Array<ProductIssue[] | undefined> = [];

function sharedIssues(issues: ProductIssue[], key: number): ProductIssue[] {
  let shared = ISSUE_LISTS[key];
  if (shared !== undefined) return shared;
  shared = Object.freeze(issues) as readonly ProductIssue[] as ProductIssue[];
  ISSUE_LISTS[key] = shared;
  return shared;
}

const STOREFRONT = 1;
const DISABLED = 2;
const DISABLED_IN_ENABLED = 4;
const EXTRA = 8;
const MISSING = 16;
const GONE = 32;

/** Issues of one eCom product, in PRODUCT_ISSUES order. */
export function productIssues(product: EcomProduct, placement: ProductPlacement): ProductIssue[] {
  // S3: its item has no Retail category, so the product sits on the Store front page.
  const storefront = placement.itemHasNoCategory && product.categoryIds.length === 0;
  const extra = placement.followsRetail && placement.extra.length > 0;
  const missing = placement.followsRetail && placement.targetOrdinal >= 0 && !placement.inTarget;
  // Linked to a Retail item that is archived, unpublished, or no longer in Retail at all.
  const gone = placement.itemId !== null && !placement.followsRetail;
  // S4: one or the other, the more telling first: shoppers browsing an enabled category do not see it.
  const disabled = product.enabled ? 0 : placement.inEnabledCategory ? DISABLED_IN_ENABLED : DISABLED;
  const key =
    (storefront ? STOREFRONT : 0) | disabled | (extra ? EXTRA : 0) | (missing ? MISSING : 0) | (gone ? GONE : 0);
  const shared = ISSUE_LISTS[key];
  if (shared !== undefined) return shared;

  const issues: ProductIssue[] = [];
  if (storefront) issues.push('storefront-no-category');
  if (disabled === DISABLED_IN_ENABLED) issues.push('disabled-in-enabled-category');
  if (disabled === DISABLED) issues.push('disabled');
  if (extra) issues.push('extra-retail-category');
  if (missing) issues.push('missing-retail-category');
  if (gone) issues.push('retail-item-gone');
  return sharedIssues(issues, key);
}

const PENDING = Object.freeze(['pending']) as readonly ProductIssue[] as ProductIssue[];

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

/**
 * Synced Retail items (published, not archived) that no eCom product is linked to yet, in Retail's order, written
 * into `into` from index `at`; returns the index after the last. Reads only the records of pending items: the
 * others are known from the flat item facts.
 */
export function addPendingProductStates(
  items: readonly RetailItem[],
  hasProduct: Uint8Array,
  retail: RetailIndex,
  paths: readonly string[],
  into: ProductState[],
  at: number,
): number {
  let next = at;
  const { synced, category } = retail.items;
  for (let ordinal = 0; ordinal < items.length; ordinal++) {
    if (synced[ordinal] === 0 || hasProduct[ordinal] === 1) continue;
    const item = items[ordinal]!;
    const categoryOrdinal = category[ordinal]!;
    into[next++] = {
      retailId: item.id,
      ecomId: null,
      name: item.name,
      path: categoryOrdinal < 0 ? '' : paths[categoryOrdinal]!,
      enabled: null,
      issues: PENDING,
    };
  }
  return next;
}
