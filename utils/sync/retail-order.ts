import type { RetailCategory } from './model.ts';

/**
 * *Assumption* (docs/sync-rules.md#a1): Retail's display order is the nested set's pre-order, i.e. ascending `leftNode`.
 * Equal leftNodes only happen in a broken snapshot; the id then keeps the order deterministic.
 */
export function retailDisplayOrder(categories: readonly RetailCategory[]): RetailCategory[] {
  const leftNode = Float64Array.from(categories, (category) => category.leftNode);
  const id = Float64Array.from(categories, (category) => category.id);
  return Array.from(displayOrderOf(leftNode, id), (index) => categories[index]!);
}

/**
 * The same order from the categories' leftNodes and ids (by their index in a list), as the list's indexes in
 * display order. The planner reads each record once into flat arrays and orders those.
 */
export function displayOrderOf(leftNode: Float64Array, id: Float64Array): Int32Array {
  return (
    bucketByLeftNode(leftNode) ??
    Int32Array.from(leftNode.keys()).sort((a, b) => leftNode[a]! - leftNode[b]! || id[a]! - id[b]!)
  );
}

/**
 * The same order in linear time for a sound nested set, whose leftNodes are distinct whole numbers up to twice
 * the number of categories; null for anything else (then a sort decides).
 */
function bucketByLeftNode(leftNode: Float64Array): Int32Array | null {
  const limit = 2 * leftNode.length + 1;
  // Slots hold index + 1 (0 = empty).
  const slots = new Int32Array(limit + 1);
  for (let i = 0; i < leftNode.length; i++) {
    const left = leftNode[i]!;
    if (!Number.isInteger(left) || left < 0 || left > limit || slots[left] !== 0) return null;
    slots[left] = i + 1;
  }
  const ordered = new Int32Array(leftNode.length);
  let next = 0;
  for (let left = 0; left < slots.length; left++) {
    const index = slots[left]!;
    if (index !== 0) ordered[next++] = index - 1;
  }
  return ordered;
}

/**
 * *Assumption* (docs/sync-rules.md#a1): under each eCom parent the synced children get orderBy 10, 20, 30… in Retail's
 * order (`index` is the 0-based place among the Retail siblings). Online-only siblings keep whatever they have.
 */
export function targetOrderBy(index: number): number {
  return (index + 1) * 10;
}
