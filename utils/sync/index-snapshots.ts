import { type EcomCategoryKind, isPreferredCopy, kindOfCategory } from './category-kind.ts';
import { retailIdOf } from './external-ids.ts';
import type { EcomCategory, EcomSnapshot, RetailCategory, RetailItem, RetailSnapshot } from './model.ts';
import { type IdTable, idTable, type OrdinalTable, ordinalTable } from './id-table.ts';
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
  /** Item id → its index in RetailSnapshot.items. */
  itemOrdinalOf: OrdinalTable;
}

export interface EcomIndex {
  entryOf: IdTable<EcomEntry>;
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
  const ordered = retailDisplayOrder(retail.categories).map(
    (category, ordinal): RetailNode => ({
      category,
      ordinal,
      parent: null,
      children: NO_CHILDREN,
      index: 0,
      synced: null,
    }),
  );
  const ordinalOf = ordinalTable(ordered, (node) => node.category.id);
  const nodeOf = idTable(ordered, ordinalOf);
  const roots: RetailNode[] = [];
  const exists = (retailId: number) => nodeOf.has(retailId);
  for (let ordinal = 0; ordinal < ordered.length; ordinal++) {
    const node = ordered[ordinal]!;
    const parentId = retailParentIdOf(node.category, exists);
    if (parentId === 0) {
      node.index = roots.length;
      roots.push(node);
      continue;
    }
    const parent = nodeOf.get(parentId)!;
    node.parent = parent;
    node.index = parent.children.length;
    if (parent.children === NO_CHILDREN) parent.children = [node];
    else (parent.children as RetailNode[]).push(node);
  }

  // Iterative walk: a 50k-deep chain must not overflow the stack.
  const preOrder: RetailNode[] = [];
  const stack: Array<{ siblings: readonly RetailNode[]; next: number }> = [{ siblings: roots, next: 0 }];
  while (stack.length > 0) {
    const frame = stack[stack.length - 1]!;
    const node = frame.siblings[frame.next];
    if (node === undefined) {
      stack.pop();
      continue;
    }
    frame.next += 1;
    preOrder.push(node);
    if (node.children.length > 0) stack.push({ siblings: node.children, next: 0 });
  }

  const itemOrdinalOf = ordinalTable(retail.items, (item) => item.id);
  return { nodeOf, ordinalOf, roots, ordered, preOrder, itemOrdinalOf };
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
  const entryOf = idTable(entries, ordinalTable(entries, (entry) => entry.category.id));

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
  return { entryOf, entries, parentsOfForeign };
}
