import type { EcomIndex } from './ecom-index.ts';
import { ecomNameOf } from './ecom-name.ts';
import type { Memberships } from './memberships.ts';
import type { CategoryDrift, Operation } from './model.ts';
import { childrenFrom, childrenTo, NONE, type RetailIndex } from './retail-index.ts';
import { targetOrderByOf, targetParentEcomId, targetParentRetailId } from './target-tree.ts';

type Of<K extends Operation['kind']> = Extract<Operation, { kind: K }>;

/**
 * The operations that bring eCom in line with Retail, in the order they must run: creates (parents first), then
 * updates (Retail pre-order, so a category never moves under its own descendant), then sibling orders, then
 * product moves (assigns before unassigns, so a moving product never falls to the Store front page meanwhile).
 * Only Retail-owned fields appear (docs/sync-rules.md#s6, #s7, #s8); online-only categories are never named (docs/sync-rules.md#s9); nothing is deleted.
 */
export function planOperations(
  retail: RetailIndex,
  ecom: EcomIndex,
  drifts: ReadonlyMap<number, CategoryDrift>,
  memberships: Memberships,
  ambiguous: ReadonlyMap<number, unknown> = new Map(),
): Operation[] {
  const held = heldCategories(retail, ambiguous);
  const operations: Operation[] = createOperations(retail, memberships, held);
  const later = [
    updateOperations(retail, ecom, drifts, held),
    orderOperations(retail, ecom, drifts),
    productOperations(memberships),
  ];
  for (const list of later) for (let i = 0; i < list.length; i++) operations.push(list[i]!);
  return operations;
}

/**
 * The Retail categories a sync may not create (by Retail ordinal, 1): the `ambiguous` ones (an eCom category
 * Lightspeed made could be their copy: linker.ts), and those below one, which would have no parent to go under.
 */
export function heldCategories(retail: RetailIndex, ambiguous: ReadonlyMap<number, unknown>): Uint8Array {
  const held = new Uint8Array(retail.categories.length);
  if (ambiguous.size === 0) return held;
  for (let i = 0; i < retail.preOrder.length; i++) {
    const ordinal = retail.preOrder[i]!;
    if (retail.synced[ordinal] !== NONE) continue;
    const parent = retail.parent[ordinal]!;
    if (ambiguous.has(ordinal) || (parent !== NONE && held[parent] === 1)) held[ordinal] = 1;
  }
  return held;
}

/**
 * S1, S2, S5: every Retail category missing from eCom, created (disabled) in its Retail place and order, but
 * those `held` (heldCategories).
 */
export function createOperations(
  retail: RetailIndex,
  memberships: Memberships,
  held: Uint8Array = new Uint8Array(retail.categories.length),
): Operation[] {
  const operations: Operation[] = [];
  for (let i = 0; i < retail.preOrder.length; i++) {
    const ordinal = retail.preOrder[i]!;
    if (retail.synced[ordinal] !== NONE || held[ordinal] === 1) continue;
    const category = retail.categories[ordinal]!;
    operations.push({
      kind: 'create-category',
      retailId: category.id,
      name: ecomNameOf(category.name),
      parentRetailId: targetParentRetailId(retail, ordinal),
      orderBy: targetOrderByOf(retail, ordinal),
      productIds: memberships.forCreated.get(category.id) ?? [],
    });
  }
  return operations;
}

/**
 * S6: renames and moves. A move carries the target orderBy under the new parent when it differs; a move under a
 * parent that is `held` waits (nothing can go under it until it is settled), the rename does not.
 */
export function updateOperations(
  retail: RetailIndex,
  ecom: EcomIndex,
  drifts: ReadonlyMap<number, CategoryDrift>,
  held: Uint8Array = new Uint8Array(retail.categories.length),
): Operation[] {
  const operations: Operation[] = [];
  for (let i = 0; i < retail.preOrder.length; i++) {
    const ordinal = retail.preOrder[i]!;
    const copy = retail.synced[ordinal]!;
    if (copy === NONE) continue;
    const ecomId = ecom.id[copy]!;
    const drift = drifts.get(ecomId);
    if (drift === undefined || (drift.name === undefined && drift.parent === undefined)) continue;
    const retailCategory = retail.categories[ordinal]!;
    const changes: Of<'update-category'>['changes'] = {};
    if (drift.name !== undefined) changes.name = ecomNameOf(retailCategory.name);
    const parent = retail.parent[ordinal]!;
    if (drift.parent !== undefined && (parent === NONE || held[parent] === 0)) {
      const parentEcomId = targetParentEcomId(retail, ecom, ordinal);
      if (parentEcomId === null) changes.parentRetailId = targetParentRetailId(retail, ordinal);
      else changes.parentId = parentEcomId;
      const orderBy = targetOrderByOf(retail, ordinal);
      if (ecom.orderBy[copy] !== orderBy) changes.orderBy = orderBy;
    }
    if (changes.name === undefined && changes.parentId === undefined && changes.parentRetailId === undefined) continue;
    operations.push({ kind: 'update-category', ecomId, retailId: retailCategory.id, changes });
  }
  return operations;
}

/**
 * S5: per eCom parent already in eCom, its synced children renumbered 10, 20, 30… in Retail's order, when one
 * that stays under it has another orderBy (created and moved children get theirs with their own operation).
 * Under a parent the plan creates, every child is created or moved, so no order operation is needed there.
 */
export function orderOperations(
  retail: RetailIndex,
  ecom: EcomIndex,
  drifts: ReadonlyMap<number, CategoryDrift>,
): Operation[] {
  const operations: Operation[] = [];
  // `parent` is a Retail ordinal (NONE: the top level) whose copy's id is parentEcomId.
  const consider = (parent: number, parentEcomId: number) => {
    if (!staysOutOfOrder(retail, ecom, parent, drifts)) return;
    const orderBy: Array<{ ecomId: number; orderBy: number }> = [];
    let createsChild = false;
    for (let at = childrenFrom(retail, parent); at < childrenTo(retail, parent); at++) {
      const child = retail.children[at]!;
      const copy = retail.synced[child]!;
      if (copy === NONE) createsChild = true;
      else orderBy.push({ ecomId: ecom.id[copy]!, orderBy: targetOrderByOf(retail, child) });
    }
    operations.push({
      kind: 'order-categories',
      parentId: parentEcomId,
      orderBy,
      sortable: !createsChild && onlySyncedChildren(ecom, parentEcomId),
    });
  };
  consider(NONE, 0);
  for (let i = 0; i < retail.preOrder.length; i++) {
    const ordinal = retail.preOrder[i]!;
    const copy = retail.synced[ordinal]!;
    if (copy !== NONE && childrenTo(retail, ordinal) > childrenFrom(retail, ordinal)) {
      consider(ordinal, ecom.id[copy]!);
    }
  }
  return operations;
}

/** A child already in eCom that stays under this parent has an orderBy other than its target. */
function staysOutOfOrder(
  retail: RetailIndex,
  ecom: EcomIndex,
  parent: number,
  drifts: ReadonlyMap<number, CategoryDrift>,
): boolean {
  for (let at = childrenFrom(retail, parent); at < childrenTo(retail, parent); at++) {
    const child = retail.children[at]!;
    const copy = retail.synced[child]!;
    if (copy === NONE) continue;
    if (ecom.orderBy[copy] === targetOrderByOf(retail, child)) continue;
    // A child that moves here gets its orderBy with the move.
    if (drifts.get(ecom.id[copy]!)?.parent === undefined) return true;
  }
  return false;
}

/**
 * True when nothing but synced categories sits under this eCom parent (no online-only or orphaned one, whose
 * orderBy the sort endpoint would renumber): then, after the plan, its children are exactly its Retail children
 * (synced ones that Retail places elsewhere move away).
 */
function onlySyncedChildren(ecom: EcomIndex, parentEcomId: number): boolean {
  return !ecom.parentsOfForeign.has(parentEcomId);
}

/** Memberships follow Retail: assign where missing, unassign where extra (orphaned categories included). */
export function productOperations(memberships: Memberships): Operation[] {
  const operations: Operation[] = [];
  for (const ecomId of sortedKeys(memberships.missing)) {
    operations.push({ kind: 'assign-products', ecomId, productIds: memberships.missing.get(ecomId)! });
  }
  for (const ecomId of sortedKeys(memberships.extra)) {
    operations.push({ kind: 'unassign-products', ecomId, productIds: memberships.extra.get(ecomId)! });
  }
  return operations;
}

function sortedKeys(map: ReadonlyMap<number, unknown>): number[] {
  return Array.from(map.keys()).sort((a, b) => a - b);
}
