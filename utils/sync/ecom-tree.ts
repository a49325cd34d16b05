import type { EcomCategory } from './model.ts';

/** "Parent/Child" paths from eCom's own tree, for categories Retail does not describe. */
export function ecomPaths(categories: readonly EcomCategory[]): Map<number, string> {
  const byId = new Map(categories.map((category) => [category.id, category]));
  const paths = new Map<number, string>();
  const pathOf = (category: EcomCategory, guard: number): string => {
    const known = paths.get(category.id);
    if (known !== undefined) return known;
    const parent = byId.get(category.parentId);
    // The guard stops a corrupt tree with a loop from recursing forever.
    const path = parent && guard < 64 ? `${pathOf(parent, guard + 1)}/${category.name}` : category.name;
    paths.set(category.id, path);
    return path;
  };
  for (const category of categories) pathOf(category, 0);
  return paths;
}
