import { retailCategoriesInOrder } from '../world/tree.ts';
import type { RetailCategory, RetailItem, RetailWorld } from '../world/types.ts';

/**
 * The small decisions of Lightspeed's sync that docs/sync-rules.md lists as platform facts (F1–F4) or assumptions (A1–A3), one
 * function each, so that each can change in one place when the real behaviour turns out different.
 */

/**
 * *assumption* Retail's display order is the nested set's pre-order (leftNode ascending): a parent comes
 * before its children, and siblings come in the order the merchant gave them.
 */
export function retailDisplayOrder(retail: RetailWorld): RetailCategory[] {
  return retailCategoriesInOrder(retail);
}

/** *assumption* The synced children of one eCom parent get orderBy 10, 20, 30… in Retail's display order. */
export function siblingOrderBy(index: number): number {
  return (index + 1) * 10;
}

/**
 * *platform* eCom keeps a name without the spaces around it (its API trims what it is given), and the sync
 * writes through eCom: a Retail name typed with a trailing space arrives, and stays, without it.
 */
export function nameAsEcomKeepsIt(name: string): string {
  return name.trim();
}

/** *assumption* A synced eCom category's externalReferenceId holds the Retail categoryID. */
export function categoryReference(categoryID: number): string {
  return String(categoryID);
}

/** *assumption* A synced eCom product's externalReferenceId holds the Retail itemID. */
export function itemReference(itemID: number): string {
  return String(itemID);
}

/**
 * *platform* Only items published to eCom and not archived exist in eCom; archiving an item (or unpublishing
 * it) removes its product.
 */
export function isItemInEcom(item: RetailItem): boolean {
  return item.publishToEcom && !item.archived;
}

/** The product's SKU: the merchant's own SKU when there is one, else the one Retail made up. */
export function productSku(item: RetailItem): string {
  return item.customSku || item.systemSku;
}

/**
 * *assumption* A product created by the sync arrives enabled. The article says products can be disabled
 * (docs/sync-rules.md#s4) but, unlike categories (docs/sync-rules.md#s2), never says that they arrive disabled.
 */
export function newProductEnabled(): boolean {
  return true;
}
