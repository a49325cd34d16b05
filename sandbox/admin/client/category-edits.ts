import { isRetailCategory, type Category } from './catalog.ts';

/** What the category form can change. */
export interface CategoryEdits {
  name: string;
  parentId: number;
  description: string;
  imageUrl: string;
  enabled: boolean;
}

/** The PUT body for a category's form. */
export interface CategoryUpdate {
  name?: string;
  parentId?: number;
  description: string;
  enabled: boolean;
}

/**
 * What to send for a save. A Retail POS category's name and place in the tree belong to Retail (they are locked in
 * the admin), so they are never sent for one; its description, image and availability are the merchant's to set
 * in eCom. The image goes through Ecwid's own image endpoint, so it is apart from the PUT body.
 */
export function categoryUpdate(category: Category, edits: CategoryEdits): CategoryUpdate {
  const update: CategoryUpdate = { description: edits.description, enabled: edits.enabled };
  if (!isRetailCategory(category)) {
    update.name = edits.name.trim();
    update.parentId = edits.parentId;
  }
  return update;
}

/** The categories a category may move under: the top level and anything that is not itself or below it. */
export function parentChoices(
  ordered: { category: Category; depth: number }[],
  id: number,
): { category: Category; depth: number }[] {
  const below = new Set<number>([id]);
  return ordered.filter(({ category }) => {
    if (below.has(category.id)) return false;
    if (below.has(category.parentId)) {
      below.add(category.id);
      return false;
    }
    return true;
  });
}
