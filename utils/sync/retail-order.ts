import type { RetailCategory } from './model.ts';

/**
 * *Assumption* (SYNC-RULES.md): Retail's display order is the nested set's pre-order, i.e. ascending `leftNode`.
 * Equal leftNodes only happen in a broken snapshot; the id then keeps the order deterministic.
 */
export function retailDisplayOrder(categories: readonly RetailCategory[]): RetailCategory[] {
  return bucketByLeftNode(categories) ?? categories.slice().sort((a, b) => a.leftNode - b.leftNode || a.id - b.id);
}

/**
 * The same order in linear time for a sound nested set, whose leftNodes are distinct whole numbers up to twice
 * the number of categories; null for anything else (then a sort decides).
 */
function bucketByLeftNode(categories: readonly RetailCategory[]): RetailCategory[] | null {
  const limit = 2 * categories.length + 1;
  // Slots hold index + 1 (0 = empty) in a typed array: nothing for the garbage collector to copy.
  const slots = new Int32Array(limit + 1);
  for (let i = 0; i < categories.length; i++) {
    const left = categories[i]!.leftNode;
    if (!Number.isInteger(left) || left < 0 || left > limit || slots[left] !== 0) return null;
    slots[left] = i + 1;
  }
  const ordered = new Array<RetailCategory>(categories.length);
  let next = 0;
  for (let left = 0; left < slots.length; left++) {
    const index = slots[left]!;
    if (index !== 0) ordered[next++] = categories[index - 1]!;
  }
  return ordered;
}

/**
 * *Assumption* (SYNC-RULES.md): under each eCom parent the synced children get orderBy 10, 20, 30… in Retail's
 * order (`index` is the 0-based place among the Retail siblings). Online-only siblings keep whatever they have.
 */
export function targetOrderBy(index: number): number {
  return (index + 1) * 10;
}
