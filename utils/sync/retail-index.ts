import { type OrdinalTable, ordinalTableOfIds } from './id-table.ts';
import { type ItemFacts, itemFacts } from './item-facts.ts';
import type { RetailCategory, RetailSnapshot } from './model.ts';
import { displayOrderOf } from './retail-order.ts';

/**
 * Retail's side of the snapshots with every id resolved once, laid out flat: a category is known by its ordinal
 * (its place in display order), and what the planner knows of it sits in typed arrays at that ordinal. No object
 * is made per category: on 50k categories, 100k small objects would be megabytes for the garbage collector to
 * copy on every plan. Indexed loops over the big lists throughout the planner: for-of allocates an iterator
 * result per element until the optimising compiler steps in.
 */

/** No category: at top level, not synced, not linked. */
export const NONE = -1;

/** Retail's categories by ordinal, their place in display order. */
export interface RetailIndex {
  /** Every category in display order (leftNode): categories[ordinal]. */
  categories: readonly RetailCategory[];
  /** Retail category id → ordinal, or -1. */
  ordinalOf: OrdinalTable;
  /** Each category's id and full path ("Vêtements/Vestes"), read once, by ordinal. */
  id: Float64Array;
  fullPath: string[];
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

/** The first slot in RetailIndex.children of the children of `parent` (NONE: the top level). */
export function childrenFrom(retail: RetailIndex, parent: number): number {
  return retail.childStart[parent + 1]!;
}

/** The slot after the last child of `parent` (NONE: the top level). */
export function childrenTo(retail: RetailIndex, parent: number): number {
  return retail.childStart[parent + 2]!;
}

/** A Retail category's parent as the sync sees it: its parentId, or the top level when that parent is unknown. */
export function retailParentIdOf(id: number, parentId: number, exists: (retailId: number) => boolean): number {
  return parentId !== 0 && parentId !== id && exists(parentId) ? parentId : 0;
}

export function indexRetail(retail: RetailSnapshot): RetailIndex {
  // Each record is read once, in the snapshot's order (where it lies in memory), into flat arrays; display order
  // is then worked out from those, and everything after follows ordinals.
  const listed = retail.categories;
  const count = listed.length;
  const listedId = new Float64Array(count);
  const listedParentId = new Float64Array(count);
  const listedLeftNode = new Float64Array(count);
  const listedFullPath = new Array<string>(count);
  for (let index = 0; index < count; index++) {
    const category = listed[index]!;
    listedId[index] = category.id;
    listedParentId[index] = category.parentId;
    listedLeftNode[index] = category.leftNode;
    listedFullPath[index] = category.fullPath;
  }
  const order = displayOrderOf(listedLeftNode, listedId);
  const categories = new Array<RetailCategory>(count);
  const id = new Float64Array(count);
  const parentId = new Float64Array(count);
  const fullPath = new Array<string>(count);
  for (let ordinal = 0; ordinal < count; ordinal++) {
    const index = order[ordinal]!;
    categories[ordinal] = listed[index]!;
    id[ordinal] = listedId[index]!;
    parentId[ordinal] = listedParentId[index]!;
    fullPath[ordinal] = listedFullPath[index]!;
  }
  const ordinalOf = ordinalTableOfIds(id);
  const tree = linkParents(id, parentId, ordinalOf);
  return {
    categories,
    ordinalOf,
    id,
    fullPath,
    ...tree,
    synced: new Int32Array(count).fill(NONE),
    preOrder: preOrderOf(tree.childStart, tree.children, count),
    items: itemFacts(retail.items, ordinalOf),
  };
}

/**
 * Each category's parent and place among its siblings, and the children grouped by parent. Walking ordinals in
 * display order fills each group in display order.
 */
function linkParents(
  id: Float64Array,
  parentId: Float64Array,
  ordinalOf: OrdinalTable,
): Pick<RetailIndex, 'parent' | 'index' | 'childStart' | 'children'> {
  const count = id.length;
  const exists = (retailId: number) => ordinalOf.get(retailId) >= 0;
  const parent = new Int32Array(count);
  // Group sizes first (slot parent + 2), then running totals turn them into each group's start (slot parent + 1).
  const childStart = new Int32Array(count + 2);
  for (let ordinal = 0; ordinal < count; ordinal++) {
    const parentRetailId = retailParentIdOf(id[ordinal]!, parentId[ordinal]!, exists);
    const parentAt = parentRetailId === 0 ? NONE : ordinalOf.get(parentRetailId);
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
