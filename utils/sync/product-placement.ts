import { membershipFollowsRetail } from './category-kind.ts';
import { retailIdOf } from './external-ids.ts';
import type { EcomIndex, RetailIndex } from './index-snapshots.ts';
import type { EcomProduct, RetailItem } from './model.ts';
import { isSyncedItem } from './retail-items.ts';

/** Where one eCom product is, against where Retail says it belongs. */
export interface ProductPlacement {
  /** The Retail item id its externalReferenceId names (null: none, or not a Retail id). */
  itemId: number | null;
  item: RetailItem | null;
  /** The item's index in RetailSnapshot.items, -1 without an item. */
  itemOrdinal: number;
  /**
   * Its memberships follow Retail: it is linked to an item that is synced (published, not archived). The sync
   * moves no other product (an eCom-made product in a Retail category is the merchant's business).
   */
  followsRetail: boolean;
  /** The Retail category of its item (null: none, S3). */
  targetRetailId: number | null;
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
 * What a product reads of its item's category, laid out flat by Retail ordinal (RetailNode.ordinal) so that the
 * walk over 150k products reads small arrays that stay in the processor's cache instead of 50k scattered objects.
 */
export interface PlacementTables {
  path: string[];
  /** eCom id of the synced copy, -1 while the category is pending. */
  syncedId: Float64Array;
  /** eCom ordinal (EcomEntry.ordinal) of the synced copy, -1 while pending. */
  syncedOrdinal: Int32Array;
  /** By eCom ordinal: 1 when that category is enabled. */
  enabled: Uint8Array;
}

export function placementTables(retail: RetailIndex, ecom: EcomIndex): PlacementTables {
  const count = retail.ordered.length;
  const path: string[] = new Array<string>(count);
  const syncedId = new Float64Array(count).fill(-1);
  const syncedOrdinal = new Int32Array(count).fill(-1);
  for (let ordinal = 0; ordinal < count; ordinal++) {
    const node = retail.ordered[ordinal]!;
    path[ordinal] = node.category.fullPath;
    if (node.synced === null) continue;
    syncedId[ordinal] = node.synced.category.id;
    syncedOrdinal[ordinal] = node.synced.ordinal;
  }
  const enabled = new Uint8Array(ecom.entries.length);
  for (let ordinal = 0; ordinal < enabled.length; ordinal++) {
    enabled[ordinal] = ecom.entries[ordinal]!.category.enabled ? 1 : 0;
  }
  return { path, syncedId, syncedOrdinal, enabled };
}

const NONE: readonly number[] = Object.freeze([]);

/** A placement to fill with placeProduct. */
export function emptyPlacement(): ProductPlacement {
  return {
    itemId: null,
    item: null,
    itemOrdinal: -1,
    followsRetail: false,
    targetRetailId: null,
    targetEcomId: -1,
    path: '',
    inTarget: false,
    extra: NONE,
    inEnabledCategory: false,
  };
}

/**
 * A product belongs to the synced category of its item's Retail category and to no other category that names a
 * Retail category; online-only memberships are its own business (S9) and are kept.
 *
 * Writes into `into` (read it before placing the next product) and counts the product in each of its categories
 * (`count`) while it walks them: products are the bulk of a store, and one walk with no allocation per product is
 * what keeps a plan of 150k products fast.
 */
export function placeProduct(
  product: EcomProduct,
  items: readonly RetailItem[],
  retail: RetailIndex,
  ecom: EcomIndex,
  tables: PlacementTables,
  count: (ecomOrdinal: number, enabled: boolean) => void,
  into: ProductPlacement,
): ProductPlacement {
  const itemId = retailIdOf(product.externalReferenceId);
  const itemOrdinal = itemId === null ? -1 : retail.itemOrdinalOf.get(itemId);
  const item = itemOrdinal < 0 ? null : items[itemOrdinal]!;
  const followsRetail = item !== null && isSyncedItem(item);
  // S3: categoryID 0 is "no category"; a category missing from the snapshot counts as none too.
  const targetOrdinal = item === null || item.categoryId === 0 ? -1 : retail.ordinalOf.get(item.categoryId);
  const targetEcomId = targetOrdinal < 0 ? -1 : tables.syncedId[targetOrdinal]!;
  let inTarget = false;
  let inEnabledCategory = false;
  let extra: number[] | null = null;
  const categoryIds = product.categoryIds;
  for (let i = 0; i < categoryIds.length; i++) {
    const categoryId = categoryIds[i]!;
    if (categoryId === targetEcomId) {
      // Most products sit just in their item's category: known without a lookup.
      const ordinal = tables.syncedOrdinal[targetOrdinal]!;
      count(ordinal, product.enabled);
      if (tables.enabled[ordinal] === 1) inEnabledCategory = true;
      inTarget = true;
      continue;
    }
    const entry = ecom.entryOf.get(categoryId);
    // An id of a category that is gone (deleted meanwhile) is left alone.
    if (entry === undefined) continue;
    count(entry.ordinal, product.enabled);
    if (tables.enabled[entry.ordinal] === 1) inEnabledCategory = true;
    if (followsRetail && membershipFollowsRetail(entry.kind)) {
      if (extra === null) extra = [categoryId];
      else if (!extra.includes(categoryId)) extra.push(categoryId);
    }
  }
  into.itemId = itemId;
  into.item = item;
  into.itemOrdinal = itemOrdinal;
  into.followsRetail = followsRetail;
  into.targetRetailId = targetOrdinal < 0 ? null : item!.categoryId;
  into.targetEcomId = targetEcomId;
  into.path = targetOrdinal < 0 ? '' : tables.path[targetOrdinal]!;
  into.inTarget = inTarget;
  into.extra = extra ?? NONE;
  into.inEnabledCategory = inEnabledCategory;
  return into;
}
