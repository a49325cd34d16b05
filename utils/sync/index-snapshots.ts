import { type EcomCategoryKind, isPreferredCopy, kindOfCategory } from './category-kind.ts';
import { retailIdOf } from './external-ids.ts';
import type { EcomCategory, EcomSnapshot, RetailCategory, RetailSnapshot } from './model.ts';
import { type IdTable, idTable, type OrdinalTable, ordinalTable } from './id-table.ts';
import { type ItemFacts, itemFacts } from './item-facts.ts';
import { retailDisplayOrder } from './retail-order.ts';

/**
 * The snapshots with every id resolved once into object references: each later step follows pointers instead of
 * looking ids up again, which is what keeps plan() linear and fast on 50k categories. Indexed loops over the big
 * lists throughout the planner: for-of allocates an iterator result per element until the optimising compiler
 * steps in, which on 150k products is megabytes of garbage per plan.
 */

/** A Retail category in the tree, linked to its eCom copy. */
export interface RetailNode {
  category: RetailCategory;
  /** Its place in display order: RetailIndex.ordered[ordinal]. */
  ordinal: number;
  /** Its parent's node; null at top level (and when the parent is missing from the snapshot). */
  parent: RetailNode | null;
  /** Its children, in display order (one shared empty array for leaves, most of a tree: never push to it). */
  children: readonly RetailNode[];
  /** 0-based place among its siblings, in display order. */
  index: number;
  /** Its synced eCom copy, or null while it is not in eCom (pending). Set by indexEcom. */
  synced: EcomEntry | null;
}

/** One eCom category with what the planner knows of it. */
export interface EcomEntry {
  category: EcomCategory;
  kind: EcomCategoryKind;
  /** Its place in the snapshot's list: an index into per-category counters. */
  ordinal: number;
  /** For a synced category, its Retail category. */
  retail: RetailNode | null;
}

export interface RetailIndex {
  nodeOf: IdTable<RetailNode>;
  /** Retail category id → its node's ordinal. */
  ordinalOf: OrdinalTable;
  /** Top-level categories in display order. */
  roots: RetailNode[];
  /** Every category in display order (leftNode). */
  ordered: RetailNode[];
  /**
   * Parents before children, siblings in display order (the same as `ordered` when the nested set is sound): the
   * order categories can be created and moved in without ever forming a loop in eCom. Categories whose parents
   * loop (impossible in a real nested set) are unreachable and missing here, so they are never synced.
   */
  preOrder: RetailNode[];
  /** Each item's id, category and whether it is synced, by its index in RetailSnapshot.items. */
  items: ItemFacts;
}

export interface EcomIndex {
  entryOf: IdTable<EcomEntry>;
  /** eCom category id → its entry's ordinal. */
  ordinalOf: OrdinalTable;
  /** Every category's entry, in snapshot order (entries[ordinal]). */
  entries: EcomEntry[];
  /** eCom parents (0 = top level) with an online-only or orphaned category among their children. */
  parentsOfForeign: Set<number>;
}

/** A Retail category's parent as the sync sees it: its parentId, or the top level when that parent is unknown. */
export function retailParentIdOf(category: RetailCategory, exists: (retailId: number) => boolean): number {
  return category.parentId !== 0 && category.parentId !== category.id && exists(category.parentId)
    ? category.parentId
    : 0;
}

const NO_CHILDREN: readonly RetailNode[] = Object.freeze([]);

export function indexRetail(retail: RetailSnapshot): RetailIndex {
  const categories = retailDisplayOrder(retail.categories);
  const ordered = categories.map(
    (category, ordinal): RetailNode => ({
      category,
      ordinal,
      parent: null,
      children: NO_CHILDREN,
      index: 0,
      synced: null,
    }),
  );
  const ordinalOf = ordinalTable(categories, (category) => category.id);
  const nodeOf = idTable(ordered, ordinalOf);
  const { roots } = linkParents(categories, ordered, ordinalOf);
  return {
    nodeOf,
    ordinalOf,
    roots,
    ordered,
    preOrder: preOrderOf(roots, ordered),
    items: itemFacts(retail.items, ordinalOf),
  };
}

/**
 * Sets each node's parent, children and index. Children are counted first so that each list is allocated once
 * at its size: pushing one by one leaves most lists with a dozen empty slots, megabytes on a large tree.
 */
function linkParents(
  categories: readonly RetailCategory[],
  ordered: readonly RetailNode[],
  ordinalOf: OrdinalTable,
): { roots: RetailNode[] } {
  const exists = (retailId: number) => ordinalOf.get(retailId) >= 0;
  const parentOrdinal = new Int32Array(ordered.length);
  const childCount = new Int32Array(ordered.length);
  let rootCount = 0;
  for (let ordinal = 0; ordinal < categories.length; ordinal++) {
    const parentId = retailParentIdOf(categories[ordinal]!, exists);
    const parent = parentId === 0 ? -1 : ordinalOf.get(parentId);
    parentOrdinal[ordinal] = parent;
    if (parent < 0) rootCount += 1;
    else childCount[parent]! += 1;
  }
  const roots = new Array<RetailNode>(rootCount);
  let rootsFilled = 0;
  // childCount counts down as the lists fill: a node's index is its parent's count minus what is still to come.
  const childrenLeft = childCount.slice();
  for (let ordinal = 0; ordinal < ordered.length; ordinal++) {
    const node = ordered[ordinal]!;
    const parentAt = parentOrdinal[ordinal]!;
    if (parentAt < 0) {
      node.index = rootsFilled;
      roots[rootsFilled++] = node;
      continue;
    }
    const parent = ordered[parentAt]!;
    const size = childCount[parentAt]!;
    if (parent.children === NO_CHILDREN) parent.children = new Array<RetailNode>(size);
    node.parent = parent;
    node.index = size - childrenLeft[parentAt]!;
    childrenLeft[parentAt]! -= 1;
    (parent.children as RetailNode[])[node.index] = node;
  }
  return { roots };
}

/**
 * The tree walked parents first, siblings in display order, iteratively (a 50k-deep chain must not overflow the
 * stack). For a sound nested set that is `ordered` itself, which is then returned as it is; a copy is made only
 * from the first node where the walk departs from it.
 */
function preOrderOf(roots: readonly RetailNode[], ordered: RetailNode[]): RetailNode[] {
  let preOrder: RetailNode[] | null = null;
  let walked = 0;
  const stack: RetailNode[] = [];
  for (let i = roots.length - 1; i >= 0; i--) stack.push(roots[i]!);
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (preOrder !== null) preOrder.push(node);
    else if (ordered[walked] === node) walked += 1;
    else {
      preOrder = ordered.slice(0, walked);
      preOrder.push(node);
    }
    const { children } = node;
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
  }
  if (preOrder !== null) return preOrder;
  return walked === ordered.length ? ordered : ordered.slice(0, walked);
}

/** Indexes eCom and links each Retail node to its synced copy (the nodes' `synced` fields are written here). */
export function indexEcom(ecom: EcomSnapshot, retail: RetailIndex): EcomIndex {
  const entries = ecom.categories.map(
    (category, ordinal): EcomEntry => ({
      category,
      kind: 'orphaned',
      ordinal,
      retail: null,
    }),
  );
  const ordinalOf = ordinalTable(ecom.categories, (category) => category.id);
  const entryOf = idTable(entries, ordinalOf);

  // Link by externalReferenceId === String(retailId), the preferred copy winning where several claim one id.
  for (let ordinal = 0; ordinal < entries.length; ordinal++) {
    const entry = entries[ordinal]!;
    const retailId = retailIdOf(entry.category.externalReferenceId);
    if (retailId === null) continue;
    const node = retail.nodeOf.get(retailId);
    if (node === undefined) continue;
    const current = node.synced;
    if (current !== null && !isPreferredCopy(entry.category, current.category)) continue;
    if (current !== null) current.retail = null;
    entry.retail = node;
    node.synced = entry;
  }

  const parentsOfForeign = new Set<number>();
  for (let ordinal = 0; ordinal < entries.length; ordinal++) {
    const entry = entries[ordinal]!;
    entry.kind = kindOfCategory(entry.category, entry.retail !== null);
    if (entry.kind !== 'synced') parentsOfForeign.add(entry.category.parentId);
  }
  return { entryOf, ordinalOf, entries, parentsOfForeign };
}
