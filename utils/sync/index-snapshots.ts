import { type EcomCategoryKind, isPreferredCopy, kindOfCategory } from './category-kind.ts';
import { retailIdOf } from './external-ids.ts';
import type { EcomCategory, EcomSnapshot, RetailCategory, RetailSnapshot } from './model.ts';
import { type OrdinalTable, ordinalTable } from './id-table.ts';
import { type ItemFacts, itemFacts } from './item-facts.ts';
import { retailDisplayOrder } from './retail-order.ts';

/**
 * The snapshots with every id resolved once, laid out flat: a category is known by its ordinal (its place in
 * a list), and what the planner knows of it sits in typed arrays at that ordinal. Ids are looked up once here,
 * and no object is made per category: on 50k categories, 100k small objects would be megabytes for the garbage
 * collector to copy on every plan, which is what made a plan of a large store grow faster than the store.
 * Indexed loops over the big lists throughout the planner: for-of allocates an iterator result per element
 * until the optimising compiler steps in.
 */

/** No category: at top level, not synced, not linked. */
export const NONE = -1;

/** Retail's categories by ordinal, their place in display order. */
export interface RetailIndex {
  /** Every category in display order (leftNode): categories[ordinal]. */
  categories: readonly RetailCategory[];
  /** Retail category id → ordinal, or -1. */
  ordinalOf: OrdinalTable;
  /** The parent's ordinal; NONE at top level (and when the parent is missing from the snapshot). */
  parent: Int32Array;
  /** 0-based place among its siblings, in display order. */
  index: Int32Array;
  /**
   * Children grouped by parent, each group in display order: those of `parent` (NONE for the top level) are
   * children[childrenFrom(parent)] up to, not including, children[childrenTo(parent)].
   */
  childStart: Int32Array;
  children: Int32Array;
  /** The eCom ordinal of its synced copy, NONE while it is not in eCom (pending). Written by indexEcom. */
  synced: Int32Array;
  /**
   * Parents before children, siblings in display order (the ordinals 0, 1, 2… when the nested set is sound):
   * the order categories can be created and moved in without ever forming a loop in eCom. Categories whose
   * parents loop (impossible in a real nested set) are unreachable and missing here, so they are never synced.
   */
  preOrder: Int32Array;
  /** Each item's id, category and whether it is synced, by its index in RetailSnapshot.items. */
  items: ItemFacts;
}

/** eCom's categories by ordinal, their place in the snapshot's list. */
export interface EcomIndex {
  /** The snapshot's categories: categories[ordinal]. */
  categories: readonly EcomCategory[];
  /** eCom category id → ordinal, or -1. */
  ordinalOf: OrdinalTable;
  kind: EcomCategoryKind[];
  /** For a synced category, its Retail category's ordinal; else NONE. */
  retail: Int32Array;
  /** eCom parents (0 = top level) with an online-only or orphaned category among their children. */
  parentsOfForeign: Set<number>;
}

/** The first slot in RetailIndex.children of the children of `parent` (NONE: the top level). */
export function childrenFrom(retail: RetailIndex, parent: number): number {
  return retail.childStart[parent + 1]!;
}

/** The slot after the last child of `parent` (NONE: the top level). */
export function childrenTo(retail: RetailIndex, parent: number): number {
  return retail.childStart[parent + 2]!;
}

/** A Retail category's parent as the sync sees it: its parentId, or the top level when that parent is unknown. */
export function retailParentIdOf(category: RetailCategory, exists: (retailId: number) => boolean): number {
  return category.parentId !== 0 && category.parentId !== category.id && exists(category.parentId)
    ? category.parentId
    : 0;
}

export function indexRetail(retail: RetailSnapshot): RetailIndex {
  const categories = retailDisplayOrder(retail.categories);
  const ordinalOf = ordinalTable(categories, (category) => category.id);
  const tree = linkParents(categories, ordinalOf);
  return {
    categories,
    ordinalOf,
    ...tree,
    synced: new Int32Array(categories.length).fill(NONE),
    preOrder: preOrderOf(tree.childStart, tree.children, categories.length),
    items: itemFacts(retail.items, ordinalOf),
  };
}

/**
 * Each category's parent and place among its siblings, and the children grouped by parent. Walking ordinals in
 * display order fills each group in display order.
 */
function linkParents(
  categories: readonly RetailCategory[],
  ordinalOf: OrdinalTable,
): Pick<RetailIndex, 'parent' | 'index' | 'childStart' | 'children'> {
  const count = categories.length;
  const exists = (retailId: number) => ordinalOf.get(retailId) >= 0;
  const parent = new Int32Array(count);
  // Group sizes first (slot parent + 2), then running totals turn them into each group's start (slot parent + 1).
  const childStart = new Int32Array(count + 2);
  for (let ordinal = 0; ordinal < count; ordinal++) {
    const parentId = retailParentIdOf(categories[ordinal]!, exists);
    const parentAt = parentId === 0 ? NONE : ordinalOf.get(parentId);
    parent[ordinal] = parentAt;
    childStart[parentAt + 2]! += 1;
  }
  for (let slot = 2; slot < childStart.length; slot++) childStart[slot]! += childStart[slot - 1]!;
  const index = new Int32Array(count);
  const children = new Int32Array(count);
  const filled = new Int32Array(count + 1);
  for (let ordinal = 0; ordinal < count; ordinal++) {
    const group = parent[ordinal]! + 1;
    index[ordinal] = filled[group]!;
    children[childStart[group]! + filled[group]!] = ordinal;
    filled[group]! += 1;
  }
  return { parent, index, childStart, children };
}

/**
 * The tree walked parents first, siblings in display order, iteratively (a 50k-deep chain must not overflow the
 * stack). For a sound nested set that is every ordinal in order; categories in a parent loop are never reached.
 */
function preOrderOf(childStart: Int32Array, children: Int32Array, count: number): Int32Array {
  const preOrder = new Int32Array(count);
  let walked = 0;
  const stack = new Int32Array(count);
  let depth = 0;
  const push = (parent: number) => {
    for (let at = childStart[parent + 2]! - 1; at >= childStart[parent + 1]!; at--) stack[depth++] = children[at]!;
  };
  push(NONE);
  while (depth > 0) {
    const ordinal = stack[--depth]!;
    preOrder[walked++] = ordinal;
    push(ordinal);
  }
  return walked === count ? preOrder : preOrder.slice(0, walked);
}

/** Indexes eCom and links each Retail category to its synced copy (RetailIndex.synced is written here). */
export function indexEcom(ecom: EcomSnapshot, retail: RetailIndex): EcomIndex {
  const { categories } = ecom;
  const ordinalOf = ordinalTable(categories, (category) => category.id);
  const linked = new Int32Array(categories.length).fill(NONE);

  // Link by externalReferenceId === String(retailId), the preferred copy winning where several claim one id.
  for (let ordinal = 0; ordinal < categories.length; ordinal++) {
    const category = categories[ordinal]!;
    const retailId = retailIdOf(category.externalReferenceId);
    if (retailId === null) continue;
    const retailOrdinal = retail.ordinalOf.get(retailId);
    if (retailOrdinal < 0) continue;
    const current = retail.synced[retailOrdinal]!;
    if (current !== NONE && !isPreferredCopy(category, categories[current]!)) continue;
    if (current !== NONE) linked[current] = NONE;
    linked[ordinal] = retailOrdinal;
    retail.synced[retailOrdinal] = ordinal;
  }

  const kind = new Array<EcomCategoryKind>(categories.length);
  const parentsOfForeign = new Set<number>();
  for (let ordinal = 0; ordinal < categories.length; ordinal++) {
    const category = categories[ordinal]!;
    kind[ordinal] = kindOfCategory(category, linked[ordinal] !== NONE);
    if (kind[ordinal] !== 'synced') parentsOfForeign.add(category.parentId);
  }
  return { categories, ordinalOf, kind, retail: linked, parentsOfForeign };
}
