import type { RetailCategory, RetailTreeFields, RetailWorld } from './types.ts';

interface TreeCache {
  revision: number;
  children: Map<number, RetailCategory[]>;
  fields: Map<number, RetailTreeFields>;
}

const caches = new WeakMap<RetailWorld, TreeCache>();

/** Call after any change to Retail categories (create, rename, move, delete). */
export function touchRetailCategories(retail: RetailWorld): void {
  retail.revision += 1;
}

function bySiblingOrder(a: RetailCategory, b: RetailCategory): number {
  return a.position - b.position || a.categoryID - b.categoryID;
}

/**
 * Derives what R-Series computes from the tree: siblings in order, and the nested set (pre-order numbering),
 * depth and full path of every category. Cached until the next touchRetailCategories().
 */
function build(retail: RetailWorld): TreeCache {
  const cached = caches.get(retail);
  if (cached && cached.revision === retail.revision) return cached;

  const children = new Map<number, RetailCategory[]>();
  for (const category of retail.categories.values()) {
    const siblings = children.get(category.parentID);
    if (siblings) siblings.push(category);
    else children.set(category.parentID, [category]);
  }
  for (const siblings of children.values()) siblings.sort(bySiblingOrder);

  const fields = new Map<number, RetailTreeFields>();
  let counter = 0;
  // Iterative depth-first walk: stores of 50k categories must not overflow the stack.
  type Frame = { category: RetailCategory; depth: number; path: string; entered: boolean };
  const stack: Frame[] = [];
  const roots = children.get(0) ?? [];
  for (let i = roots.length - 1; i >= 0; i--) {
    stack.push({ category: roots[i]!, depth: 0, path: roots[i]!.name, entered: false });
  }
  while (stack.length > 0) {
    const frame = stack[stack.length - 1]!;
    if (!frame.entered) {
      frame.entered = true;
      counter += 1;
      fields.set(frame.category.categoryID, {
        nodeDepth: frame.depth,
        fullPathName: frame.path,
        leftNode: counter,
        rightNode: 0,
      });
      const kids = children.get(frame.category.categoryID) ?? [];
      for (let i = kids.length - 1; i >= 0; i--) {
        const kid = kids[i]!;
        stack.push({ category: kid, depth: frame.depth + 1, path: `${frame.path}/${kid.name}`, entered: false });
      }
    } else {
      stack.pop();
      counter += 1;
      fields.get(frame.category.categoryID)!.rightNode = counter;
    }
  }

  const cache = { revision: retail.revision, children, fields };
  caches.set(retail, cache);
  return cache;
}

/** A category's nested-set fields, as R-Series would report them now. */
export function retailTreeFields(retail: RetailWorld, categoryID: number): RetailTreeFields {
  const fields = build(retail).fields.get(categoryID);
  if (!fields) throw new Error(`Retail category ${categoryID} is not in the tree`);
  return fields;
}

/** The children of a category (0 = top level), in display order. */
export function retailChildren(retail: RetailWorld, parentID: number): readonly RetailCategory[] {
  return build(retail).children.get(parentID) ?? [];
}

/** Every category in display order: the nested set's pre-order (leftNode ascending). */
export function retailCategoriesInOrder(retail: RetailWorld): RetailCategory[] {
  const { fields } = build(retail);
  return [...retail.categories.values()].sort(
    (a, b) => fields.get(a.categoryID)!.leftNode - fields.get(b.categoryID)!.leftNode,
  );
}

/** True when `ancestorID` is `categoryID` itself or one of its ancestors. */
export function isRetailAncestorOrSelf(retail: RetailWorld, ancestorID: number, categoryID: number): boolean {
  let current: number | undefined = categoryID;
  const seen = new Set<number>();
  while (current !== undefined && current !== 0 && !seen.has(current)) {
    if (current === ancestorID) return true;
    seen.add(current);
    current = retail.categories.get(current)?.parentID;
  }
  return false;
}

/** The position that puts a new child last among its siblings. */
export function nextRetailPosition(retail: RetailWorld, parentID: number): number {
  const siblings = retailChildren(retail, parentID);
  return siblings.length === 0 ? 0 : siblings[siblings.length - 1]!.position + 1;
}
