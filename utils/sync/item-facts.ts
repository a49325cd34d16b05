import { type OrdinalTable, ordinalTableOfIds } from './id-table.ts';
import type { RetailItem } from './model.ts';
import { isSyncedItem } from './retail-items.ts';

/** ItemFacts.category of an item with categoryID 0 (no category: docs/sync-rules.md#s3). */
export const NO_CATEGORY = -1;
/** ItemFacts.category of an item naming a category missing from the snapshot (treated as having none). */
export const UNKNOWN_CATEGORY = -2;

/**
 * What the planner needs of each Retail item, read in one walk over the items into flat arrays indexed by the
 * item's place in RetailSnapshot.items. On a large store the 150k item records are scattered over tens of
 * megabytes: each further walk over them, or each product reading its item, misses the processor's cache, while
 * these arrays are a few hundred kilobytes read in order.
 */
export interface ItemFacts {
  /** Item id → its index in RetailSnapshot.items. */
  ordinalOf: OrdinalTable;
  /** The Retail ordinal (RetailIndex) of its category, or NO_CATEGORY / UNKNOWN_CATEGORY. */
  category: Int32Array;
  /** 1 when the item is synced (isSyncedItem). */
  synced: Uint8Array;
  /** How many items are synced. */
  syncedCount: number;
}

export function itemFacts(items: readonly RetailItem[], categoryOrdinalOf: OrdinalTable): ItemFacts {
  const ids = new Float64Array(items.length);
  const category = new Int32Array(items.length);
  const synced = new Uint8Array(items.length);
  let syncedCount = 0;
  for (let ordinal = 0; ordinal < items.length; ordinal++) {
    const item = items[ordinal]!;
    ids[ordinal] = item.id;
    if (item.categoryId === 0) category[ordinal] = NO_CATEGORY;
    else {
      const categoryOrdinal = categoryOrdinalOf.get(item.categoryId);
      category[ordinal] = categoryOrdinal < 0 ? UNKNOWN_CATEGORY : categoryOrdinal;
    }
    if (isSyncedItem(item)) {
      synced[ordinal] = 1;
      syncedCount += 1;
    }
  }
  return { ordinalOf: ordinalTableOfIds(ids), category, synced, syncedCount };
}
