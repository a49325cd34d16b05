import type { EcomCategory, EcomWorld } from '../world/types.ts';

/** The eCom category tree, read from the flat map on demand (the world is small enough for that). */

/** Children of a parent (0 = top level) in display order: orderBy, then id for ties. */
export function childrenOf(ecom: EcomWorld, parentId: number): EcomCategory[] {
  return [...ecom.categories.values()]
    .filter((category) => category.parentId === parentId)
    .sort((a, b) => a.orderBy - b.orderBy || a.id - b.id);
}

/** Every category below the given parents (not the parents themselves). */
export function descendantIds(ecom: EcomWorld, parentIds: readonly number[]): Set<number> {
  const kids = new Map<number, number[]>();
  for (const category of ecom.categories.values()) {
    const list = kids.get(category.parentId);
    if (list) list.push(category.id);
    else kids.set(category.parentId, [category.id]);
  }
  const found = new Set<number>();
  const pending = [...parentIds];
  while (pending.length > 0) {
    for (const kid of kids.get(pending.pop()!) ?? []) {
      if (found.has(kid)) continue;
      found.add(kid);
      pending.push(kid);
    }
  }
  return found;
}

/** True when putting `categoryId` under `newParentId` would make it its own ancestor. */
export function wouldLoop(ecom: EcomWorld, categoryId: number, newParentId: number): boolean {
  let current = newParentId;
  const seen = new Set<number>();
  while (current !== 0 && !seen.has(current)) {
    if (current === categoryId) return true;
    seen.add(current);
    current = ecom.categories.get(current)?.parentId ?? 0;
  }
  return false;
}

/** The orderBy that puts a new child after all its siblings, on Ecwid's 10, 20, 30… scale. */
export function orderByAfterSiblings(ecom: EcomWorld, parentId: number): number {
  let highest = 0;
  for (const category of ecom.categories.values()) {
    if (category.parentId === parentId && category.orderBy > highest) highest = category.orderBy;
  }
  return Math.floor(highest / 10) * 10 + 10;
}

/** The next free id: one more than the highest ever seen in the map. */
export function nextId(records: ReadonlyMap<number, unknown>): number {
  let highest = 0;
  for (const id of records.keys()) if (id > highest) highest = id;
  return highest + 1;
}
