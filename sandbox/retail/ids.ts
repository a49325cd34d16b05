import type { RetailWorld } from '../world/types.ts';

/**
 * New ids, never reused within a world: after a delete, a sync engine must not mistake a new record for the
 * one that went away, so the highest id ever handed out is remembered even when that record is gone.
 */

type Kind = 'category' | 'item';

const highestIssued = new WeakMap<RetailWorld, Record<Kind, number>>();

function highestKey(ids: Iterable<number>): number {
  let highest = 0;
  for (const id of ids) if (id > highest) highest = id;
  return highest;
}

export function nextRetailID(retail: RetailWorld, kind: Kind): number {
  const issued = highestIssued.get(retail) ?? { category: 0, item: 0 };
  const existing = highestKey(kind === 'category' ? retail.categories.keys() : retail.items.keys());
  const id = Math.max(issued[kind], existing) + 1;
  highestIssued.set(retail, { ...issued, [kind]: id });
  return id;
}
