import type { CategoryMemory, EcomSnapshot, History } from './model.ts';

/**
 * Brings the memory of eCom categories up to date after a fetch: a category seen for the first time is
 * remembered from `now`, one seen enabled is marked as enabled once (forever), one gone from eCom is forgotten.
 * Pure: returns a new History and leaves the given one as it was.
 */
export function rememberCategories(history: History, ecom: EcomSnapshot, now: string): History {
  const categories: Record<number, CategoryMemory> = {};
  for (const category of ecom.categories) {
    const memory = history.categories[category.id];
    categories[category.id] =
      memory === undefined
        ? { firstSeenAt: now, everEnabled: category.enabled }
        : { firstSeenAt: memory.firstSeenAt, everEnabled: memory.everEnabled || category.enabled };
  }
  return { categories };
}

/**
 * Records that the engine itself enabled these categories (so a later disable by the merchant is told apart
 * from "never enabled"). Categories it had no memory of are remembered from `now`.
 */
export function markEnabled(history: History, ids: readonly number[], now: string): History {
  const categories: Record<number, CategoryMemory> = { ...history.categories };
  for (const id of ids) {
    const memory = categories[id];
    categories[id] = { firstSeenAt: memory?.firstSeenAt ?? now, everEnabled: true };
  }
  return { categories };
}

/**
 * The undo of "enable new categories": these go back to never-enabled, so they count as new again rather than
 * as disabled by the merchant. Categories it has no memory of stay unknown.
 */
export function forgetEnabled(history: History, ids: readonly number[]): History {
  const categories: Record<number, CategoryMemory> = { ...history.categories };
  for (const id of ids) {
    const memory = categories[id];
    if (memory) categories[id] = { ...memory, everEnabled: false };
  }
  return { categories };
}
