import type { RetailItem } from './model.ts';

/**
 * *Platform*: only items published to eCom and not archived are synced. Products of other items are outside the
 * sync: it neither moves them nor (in this engine) deletes them; they are reported as "retail-item-gone".
 */
export function isSyncedItem(item: RetailItem): boolean {
  return item.publishToEcom && !item.archived;
}

/**
 * The Retail category an item is in, or null when it has none (categoryID 0, S3) or names a category missing from
 * the snapshot (which a consistent snapshot never does; such an item is treated as having no category).
 */
export function retailCategoryOfItem<T>(item: RetailItem, categoryById: { get(id: number): T | undefined }): T | null {
  return item.categoryId === 0 ? null : (categoryById.get(item.categoryId) ?? null);
}
