import type { RetailItem, RetailWorld } from '../world/types.ts';
import { nextRetailID } from './ids.ts';
import { RetailRequestError } from './request-error.ts';

export function findItem(retail: RetailWorld, itemID: number): RetailItem {
  const item = retail.items.get(itemID);
  if (!item) throw new RetailRequestError(404, `Item ${itemID} does not exist.`);
  return item;
}

function requireCategory(retail: RetailWorld, categoryID: number): void {
  if (categoryID !== 0 && !retail.categories.has(categoryID)) {
    throw new RetailRequestError(400, `categoryID: category ${categoryID} does not exist`);
  }
}

export interface ItemInput {
  description: string;
  categoryID: number;
  customSku: string;
  systemSku?: string | undefined;
  publishToEcom: boolean;
  archived: boolean;
}

export function createItem(retail: RetailWorld, input: ItemInput, time: string): RetailItem {
  requireCategory(retail, input.categoryID);
  const itemID = nextRetailID(retail, 'item');
  const item: RetailItem = {
    itemID,
    description: input.description,
    // The same made-up numbering the state loader uses for items without a systemSku.
    systemSku: input.systemSku ?? String(210000000000 + itemID),
    customSku: input.customSku,
    categoryID: input.categoryID,
    publishToEcom: input.publishToEcom,
    archived: input.archived,
    createTime: time,
    timeStamp: time,
  };
  retail.items.set(itemID, item);
  return item;
}

type ItemChanges = Partial<Pick<RetailItem, 'description' | 'categoryID' | 'customSku' | 'publishToEcom' | 'archived'>>;

/** Applies the changes; the timeStamp moves only when something really changed, as with MySQL's ON UPDATE. */
export function updateItem(retail: RetailWorld, itemID: number, changes: ItemChanges, time: string): RetailItem {
  const item = findItem(retail, itemID);
  if (changes.categoryID !== undefined) requireCategory(retail, changes.categoryID);
  let changed = false;
  for (const field of ['description', 'categoryID', 'customSku', 'publishToEcom', 'archived'] as const) {
    const value = changes[field];
    if (value !== undefined && value !== item[field]) {
      Object.assign(item, { [field]: value });
      changed = true;
    }
  }
  if (changed) item.timeStamp = time;
  return item;
}
