import { membershipFollowsRetail } from './category-kind.ts';
import { retailIdOf } from './external-ids.ts';
import { type EcomIndex, NONE, type RetailIndex } from './index-snapshots.ts';
import { NO_CATEGORY, UNKNOWN_CATEGORY } from './item-facts.ts';
import type { EcomProduct } from './model.ts';

/** Where one eCom product is, against where Retail says it belongs. */
export interface ProductPlacement {
  /** The Retail item id its externalReferenceId names (null: none, or not a Retail id). */
  itemId: number | null;
  /** The item's index in RetailSnapshot.items, -1 without an item. */
  itemOrdinal: number;
  /** It has an item, and that item has no Retail category (categoryID 0, S3). */
  itemHasNoCategory: boolean;
  /**
   * Its memberships follow Retail: it is linked to an item that is synced (published, not archived). The sync
   * moves no other product (an eCom-made product in a Retail category is the merchant's business).
   */
  followsRetail: boolean;
  /** The Retail ordinal of its item's category, -1 when none (S3). */
  targetOrdinal: number;
  /** That category's synced eCom copy, -1 when there is none yet (or no category). */
  targetEcomId: number;
  /** That category's full path, "" without one. */
  path: string;
  /** It already sits in the synced eCom copy of that category. */
  inTarget: boolean;
  /**
   * Categories it sits in without belonging there, among those whose membership follows Retail (synced and
   * orphaned ones); only when followsRetail.
   */
  extra: readonly number[];
  /** It sits in at least one enabled category. */
  inEnabledCategory: boolean;
}

/**
 * What a product reads of its item's category and of the categories it sits in, laid out flat (by Retail
 * ordinal or by eCom ordinal, see index-snapshots.ts). Items name their categories in no
 * particular order, so on a large store each lookup is a likely cache miss: what one product needs of its item's
 * category sits side by side in `synced` (one miss instead of one per array), and the eCom flags are one byte a
 * category, small enough to stay in the processor's cache.
 */
export interface PlacementTables {
  path: string[];
  /**
   * Two slots per Retail ordinal: the eCom id of its synced copy, then that copy's eCom ordinal; both -1 while
   * the category is pending.
   */
  synced: Float64Array;
  /** By eCom ordinal: ENABLED and FOLLOWS_RETAIL bits. */
  ecomFlags: Uint8Array;
}

/** The category is enabled. */
const ENABLED = 1;
/** Retail decides its products (membershipFollowsRetail). */
const FOLLOWS_RETAIL = 2;

export function placementTables(retail: RetailIndex, ecom: EcomIndex): PlacementTables {
  const count = retail.categories.length;
  const path: string[] = new Array<string>(count);
  const synced = new Float64Array(2 * count).fill(-1);
  for (let ordinal = 0; ordinal < count; ordinal++) {
    path[ordinal] = retail.categories[ordinal]!.fullPath;
    const copy = retail.synced[ordinal]!;
    if (copy === NONE) continue;
    synced[2 * ordinal] = ecom.categories[copy]!.id;
    synced[2 * ordinal + 1] = copy;
  }
  const ecomFlags = new Uint8Array(ecom.categories.length);
  for (let ordinal = 0; ordinal < ecomFlags.length; ordinal++) {
    ecomFlags[ordinal] =
      (ecom.categories[ordinal]!.enabled ? ENABLED : 0) |
      (membershipFollowsRetail(ecom.kind[ordinal]!) ? FOLLOWS_RETAIL : 0);
  }
  return { path, synced, ecomFlags };
}

const NO_EXTRA: readonly number[] = Object.freeze([]);

/** A placement to fill with placeProduct. */
export function emptyPlacement(): ProductPlacement {
  return {
    itemId: null,
    itemOrdinal: -1,
    itemHasNoCategory: false,
    followsRetail: false,
    targetOrdinal: -1,
    targetEcomId: -1,
    path: '',
    inTarget: false,
    extra: NO_EXTRA,
    inEnabledCategory: false,
  };
}

/**
 * A product belongs to the synced category of its item's Retail category and to no other category that names a
 * Retail category; online-only memberships are its own business (S9) and are kept.
 *
 * Writes into `into` (read it before placing the next product) and counts the product in each of its categories
 * (`count`) while it walks them: products are the bulk of a store, and one walk with no allocation per product is
 * what keeps a plan of 150k products fast. It reads the product and the flat tables only, never the item record.
 */
export function placeProduct(
  product: EcomProduct,
  retail: RetailIndex,
  ecom: EcomIndex,
  tables: PlacementTables,
  count: (ecomOrdinal: number, enabled: boolean) => void,
  into: ProductPlacement,
): ProductPlacement {
  const items = retail.items;
  const itemId = retailIdOf(product.externalReferenceId);
  const itemOrdinal = itemId === null ? -1 : items.ordinalOf.get(itemId);
  const followsRetail = itemOrdinal >= 0 && items.synced[itemOrdinal] === 1;
  // S3: categoryID 0 is "no category"; a category missing from the snapshot counts as none too.
  const itemCategory = itemOrdinal < 0 ? UNKNOWN_CATEGORY : items.category[itemOrdinal]!;
  const targetOrdinal = itemCategory < 0 ? -1 : itemCategory;
  const targetEcomId = targetOrdinal < 0 ? -1 : tables.synced[2 * targetOrdinal]!;
  const enabled = product.enabled;
  let inTarget = false;
  let inEnabledCategory = false;
  let extra: number[] | null = null;
  const categoryIds = product.categoryIds;
  for (let i = 0; i < categoryIds.length; i++) {
    const categoryId = categoryIds[i]!;
    if (categoryId === targetEcomId) {
      // Most products sit just in their item's category: known without a lookup.
      const ordinal = tables.synced[2 * targetOrdinal + 1]!;
      count(ordinal, enabled);
      if ((tables.ecomFlags[ordinal]! & ENABLED) !== 0) inEnabledCategory = true;
      inTarget = true;
      continue;
    }
    const ordinal = ecom.ordinalOf.get(categoryId);
    // An id of a category that is gone (deleted meanwhile) is left alone.
    if (ordinal < 0) continue;
    const flags = tables.ecomFlags[ordinal]!;
    count(ordinal, enabled);
    if ((flags & ENABLED) !== 0) inEnabledCategory = true;
    if (followsRetail && (flags & FOLLOWS_RETAIL) !== 0) {
      if (extra === null) extra = [categoryId];
      else if (!extra.includes(categoryId)) extra.push(categoryId);
    }
  }
  into.itemId = itemId;
  into.itemOrdinal = itemOrdinal;
  into.itemHasNoCategory = itemCategory === NO_CATEGORY;
  into.followsRetail = followsRetail;
  into.targetOrdinal = targetOrdinal;
  into.targetEcomId = targetEcomId;
  into.path = targetOrdinal < 0 ? '' : tables.path[targetOrdinal]!;
  into.inTarget = inTarget;
  into.extra = extra ?? NO_EXTRA;
  into.inEnabledCategory = inEnabledCategory;
  return into;
}
