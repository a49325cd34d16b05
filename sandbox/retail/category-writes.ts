import { isRetailAncestorOrSelf, nextRetailPosition, retailChildren, touchRetailCategories } from '../world/tree.ts';
import type { RetailCategory, RetailWorld } from '../world/types.ts';
import { nextRetailID } from './ids.ts';
import { RetailRequestError } from './request-error.ts';

/**
 * What R-Series does to the tree on each category write. A category's timeStamp changes whenever anything it
 * reports changes, and a rename or a move changes the fullPathName of every descendant too, so they are
 * stamped as well: an incremental fetch (`timeStamp=>,…`) must see them.
 */

export function findCategory(retail: RetailWorld, categoryID: number): RetailCategory {
  const category = retail.categories.get(categoryID);
  if (!category) throw new RetailRequestError(404, `Category ${categoryID} does not exist.`);
  return category;
}

function requireParent(retail: RetailWorld, parentID: number): void {
  if (parentID !== 0 && !retail.categories.has(parentID)) {
    throw new RetailRequestError(400, `parentID: category ${parentID} does not exist`);
  }
}

/** The category and everything under it, in display order. */
function subtree(retail: RetailWorld, root: RetailCategory): RetailCategory[] {
  const found: RetailCategory[] = [];
  const pending = [root];
  while (pending.length > 0) {
    const category = pending.pop()!;
    found.push(category);
    pending.push(...[...retailChildren(retail, category.categoryID)].reverse());
  }
  return found;
}

export function createCategory(
  retail: RetailWorld,
  input: { name: string; parentID: number },
  time: string,
): RetailCategory {
  requireParent(retail, input.parentID);
  const category: RetailCategory = {
    categoryID: nextRetailID(retail, 'category'),
    name: input.name,
    parentID: input.parentID,
    position: nextRetailPosition(retail, input.parentID),
    createTime: time,
    timeStamp: time,
  };
  retail.categories.set(category.categoryID, category);
  touchRetailCategories(retail);
  return category;
}

/** Renames and/or moves a category; a move puts it last among its new siblings. */
export function updateCategory(
  retail: RetailWorld,
  categoryID: number,
  changes: { name?: string | undefined; parentID?: number | undefined },
  time: string,
): RetailCategory {
  const category = findCategory(retail, categoryID);
  const renamed = changes.name !== undefined && changes.name !== category.name;
  const moved = changes.parentID !== undefined && changes.parentID !== category.parentID;

  if (moved) {
    const parentID = changes.parentID!;
    requireParent(retail, parentID);
    if (isRetailAncestorOrSelf(retail, categoryID, parentID)) {
      const target = parentID === categoryID ? 'itself' : `its own subcategory ${parentID}`;
      throw new RetailRequestError(400, `parentID: category ${categoryID} cannot move under ${target}`);
    }
    category.position = nextRetailPosition(retail, parentID);
    category.parentID = parentID;
  }
  if (renamed) category.name = changes.name!;
  if (renamed || moved) {
    touchRetailCategories(retail);
    for (const changed of subtree(retail, category)) changed.timeStamp = time;
  }
  return category;
}

/**
 * Deletes a category. Its subcategories move up to its parent and take its place in the order; its items are
 * left in no category (categoryID 0).
 */
export function deleteCategory(retail: RetailWorld, categoryID: number, time: string): void {
  const category = findCategory(retail, categoryID);
  const siblings = [...retailChildren(retail, category.parentID)];
  const children = [...retailChildren(retail, categoryID)];
  const descendants = subtree(retail, category).slice(1);

  const newOrder = siblings.flatMap((sibling) => (sibling === category ? children : [sibling]));
  newOrder.forEach((sibling, position) => {
    sibling.position = position;
  });
  for (const child of children) child.parentID = category.parentID;
  for (const descendant of descendants) descendant.timeStamp = time;
  retail.categories.delete(categoryID);

  for (const item of retail.items.values()) {
    if (item.categoryID === categoryID) {
      item.categoryID = 0;
      item.timeStamp = time;
    }
  }
  touchRetailCategories(retail);
}
