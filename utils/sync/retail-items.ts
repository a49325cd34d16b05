import type { RetailItem } from './model.ts';

/**
 * *Platform*: only items published to eCom and not archived are synced. Products of other items are outside the
 * sync: it neither moves them nor (in this engine) deletes them; they are reported as "retail-item-gone".
 */
export function isSyncedItem(item: RetailItem): boolean {
  return item.publishToEcom && !item.archived;
}
