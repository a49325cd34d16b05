import { retailTreeFields } from '../world/tree.ts';
import type { RetailCategory, RetailItem, RetailWorld } from '../world/types.ts';
import type { WireRecord } from './list-response.ts';

/** Records as R-Series sends them: every number and boolean as a string, fields in the real API's order. */

export function categoryToWire(retail: RetailWorld, category: RetailCategory): WireRecord {
  const tree = retailTreeFields(retail, category.categoryID);
  return {
    categoryID: String(category.categoryID),
    name: category.name,
    nodeDepth: String(tree.nodeDepth),
    fullPathName: tree.fullPathName,
    leftNode: String(tree.leftNode),
    rightNode: String(tree.rightNode),
    parentID: String(category.parentID),
    createTime: category.createTime,
    timeStamp: category.timeStamp,
  };
}

export const ITEM_RELATIONS = ['Category', 'ItemECommerce'] as const;
export type ItemRelation = (typeof ITEM_RELATIONS)[number];

export function itemToWire(retail: RetailWorld, item: RetailItem, relations: ReadonlySet<ItemRelation>): WireRecord {
  const wire: WireRecord = {
    itemID: String(item.itemID),
    systemSku: item.systemSku,
    customSku: item.customSku,
    upc: item.upc ?? '',
    ean: item.ean ?? '',
    description: item.description,
    categoryID: String(item.categoryID),
    publishToEcom: String(item.publishToEcom),
    archived: String(item.archived),
    createTime: item.createTime,
    timeStamp: item.timeStamp,
  };
  if (relations.has('Category')) {
    // An item in no category has no Category to load, so the key is left out.
    const category = retail.categories.get(item.categoryID);
    if (category) wire.Category = categoryToWire(retail, category);
  }
  if (relations.has('ItemECommerce')) {
    // The sandbox keeps no separate eCom record per item; its id is the item's and it mirrors publishToEcom.
    wire.ItemECommerce = {
      itemECommerceID: String(item.itemID),
      itemID: String(item.itemID),
      listOnStore: String(item.publishToEcom),
    };
  }
  return wire;
}
