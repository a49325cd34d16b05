import type { ProductIssue } from './model.ts';

/**
 * A product's issues as bits, computed while placing it (product-placement.ts), turned into the list that
 * ProductState.issues holds by issueList. Lists are shared: products with the same issues get the same frozen
 * list, built on first use (of 2^6 possible), and the bulk of a healthy store, with no issue, shares one empty
 * list; 150k small arrays would be memory the garbage collector has to copy. Plans are values to read, never to
 * change.
 */
export const STOREFRONT = 1;
export const DISABLED = 2;
export const DISABLED_IN_ENABLED = 4;
export const EXTRA = 8;
export const MISSING = 16;
export const GONE = 32;

const LISTS: Array<ProductIssue[] | undefined> = [];

/** The issues these bits stand for, in PRODUCT_ISSUES order. */
export function issueList(bits: number): ProductIssue[] {
  const shared = LISTS[bits];
  if (shared !== undefined) return shared;
  const issues: ProductIssue[] = [];
  if ((bits & STOREFRONT) !== 0) issues.push('storefront-no-category');
  if ((bits & DISABLED_IN_ENABLED) !== 0) issues.push('disabled-in-enabled-category');
  if ((bits & DISABLED) !== 0) issues.push('disabled');
  if ((bits & EXTRA) !== 0) issues.push('extra-retail-category');
  if ((bits & MISSING) !== 0) issues.push('missing-retail-category');
  if ((bits & GONE) !== 0) issues.push('retail-item-gone');
  const list = Object.freeze(issues) as readonly ProductIssue[] as ProductIssue[];
  LISTS[bits] = list;
  return list;
}
