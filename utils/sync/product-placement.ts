import { membershipFollowsRetail } from './category-kind.ts';
import type { EcomIndex } from './ecom-index.ts';
import { NO_CATEGORY, UNKNOWN_CATEGORY } from './item-facts.ts';
import { addMember, type Memberships, sortMembers } from './memberships.ts';
import type { ProductFacts } from './product-facts.ts';
import { DISABLED, DISABLED_IN_ENABLED, EXTRA, GONE, MISSING, STOREFRONT } from './product-issues.ts';
import { NONE, type RetailIndex } from './retail-index.ts';

/** Where every eCom product is, against where Retail says it belongs, by the product's index. */
export interface ProductPlacements {
  /**
   * The Retail ordinal of its item's category, where it belongs; NONE when it has none (no item, S3's
   * categoryID 0, or a category missing from the snapshot).
   */
  target: Int32Array;
  /** Its issues, as product-issues.ts bits. */
  issues: Uint8Array;
  memberships: Memberships;
}

/** The category is enabled. */
const ENABLED = 1;
/** Retail decides its products (membershipFollowsRetail). */
const FOLLOWS_RETAIL = 2;

/** One byte per eCom category, by ordinal: small enough to stay in the processor's cache while products look. */
function categoryFlags(ecom: EcomIndex): Uint8Array {
  const flags = new Uint8Array(ecom.categories.length);
  for (let ordinal = 0; ordinal < flags.length; ordinal++) {
    flags[ordinal] =
      (ecom.categories[ordinal]!.enabled ? ENABLED : 0) |
      (membershipFollowsRetail(ecom.kind[ordinal]!) ? FOLLOWS_RETAIL : 0);
  }
  return flags;
}

/**
 * A product belongs to the synced category of its item's Retail category and to no other category that names a
 * Retail category; online-only memberships are its own business (docs/sync-rules.md#s9) and are kept. Only products that follow
 * Retail (linked to a synced item: published, not archived) are moved: an eCom-made product in a Retail
 * category is the merchant's business.
 *
 * One walk over the products' flat facts, never their records, counting each product in each of its
 * categories on the way: the per-category tables looked up here then stay in the processor's cache.
 */
export function placeProducts(facts: ProductFacts, retail: RetailIndex, ecom: EcomIndex): ProductPlacements {
  const count = facts.id.length;
  const flags = categoryFlags(ecom);
  // Both counts of a category side by side while counting: products come in no order of category, and on a
  // large store each count is a likely cache miss; one miss then serves both.
  const counts = new Int32Array(2 * ecom.categories.length);
  const missing = new Map<number, number[]>();
  const extra = new Map<number, number[]>();
  const forCreated = new Map<number, number[]>();
  const target = new Int32Array(count);
  const issues = new Uint8Array(count);
  const { items } = retail;
  const { categoryStart, categoryIds } = facts;

  for (let product = 0; product < count; product++) {
    const itemOrdinal = facts.itemOrdinal[product]!;
    const followsRetail = itemOrdinal >= 0 && items.synced[itemOrdinal] === 1;
    // S3: categoryID 0 is "no category"; a category missing from the snapshot counts as none too.
    const itemCategory = itemOrdinal < 0 ? UNKNOWN_CATEGORY : items.category[itemOrdinal]!;
    const belongsIn = itemCategory < 0 ? NONE : itemCategory;
    const copy = belongsIn === NONE ? NONE : retail.synced[belongsIn]!;
    const enabled = facts.enabled[product] === 1;
    const productId = facts.id[product]!;
    let inTarget = false;
    let inEnabledCategory = false;
    let isExtra = false;
    const from = categoryStart[product]!;
    const to = categoryStart[product + 1]!;
    for (let at = from; at < to; at++) {
      const ordinal = ecom.ordinalOf.get(categoryIds[at]!);
      // An id of a category that is gone (deleted meanwhile) is left alone.
      if (ordinal < 0) continue;
      counts[2 * ordinal]! += 1;
      if (enabled) counts[2 * ordinal + 1]! += 1;
      const categoryFlag = flags[ordinal]!;
      if ((categoryFlag & ENABLED) !== 0) inEnabledCategory = true;
      if (ordinal === copy) inTarget = true;
      else if (followsRetail && (categoryFlag & FOLLOWS_RETAIL) !== 0 && !listedBefore(categoryIds, from, at)) {
        addMember(extra, categoryIds[at]!, productId);
        isExtra = true;
      }
    }
    const isMissing = followsRetail && belongsIn !== NONE && !inTarget;
    if (isMissing) {
      if (copy === NONE) addMember(forCreated, retail.categories[belongsIn]!.id, productId);
      else addMember(missing, ecom.id[copy]!, productId);
    }
    target[product] = belongsIn;
    issues[product] =
      // S3: its item has no Retail category, so the product sits on the Store front page.
      (itemCategory === NO_CATEGORY && to === from ? STOREFRONT : 0) |
      // S4: one or the other, the more telling first: shoppers browsing an enabled category do not see it.
      (enabled ? 0 : inEnabledCategory ? DISABLED_IN_ENABLED : DISABLED) |
      (isExtra ? EXTRA : 0) |
      (isMissing ? MISSING : 0) |
      // Linked to a Retail item that is archived, unpublished, or no longer in Retail at all.
      (!Number.isNaN(facts.itemId[product]!) && !followsRetail ? GONE : 0);
  }

  sortMembers(missing);
  sortMembers(extra);
  sortMembers(forCreated);
  const productCount = new Int32Array(ecom.categories.length);
  const enabledProductCount = new Int32Array(ecom.categories.length);
  for (let ordinal = 0; ordinal < productCount.length; ordinal++) {
    productCount[ordinal] = counts[2 * ordinal]!;
    enabledProductCount[ordinal] = counts[2 * ordinal + 1]!;
  }
  return { target, issues, memberships: { missing, extra, forCreated, productCount, enabledProductCount } };
}

/** The product names this category earlier in its list too (then it is already counted as extra). */
function listedBefore(categoryIds: Float64Array, from: number, at: number): boolean {
  for (let earlier = from; earlier < at; earlier++) if (categoryIds[earlier] === categoryIds[at]) return true;
  return false;
}
