import {
  NO_RETAIL,
  type CategoryMemory,
  type EcomCategory,
  type EcomSnapshot,
  type History,
  type LinkList,
} from './model.ts';

/**
 * *assumption* On first sight the engine has no memory of a category. Lightspeed's sync brings categories in
 * with an empty description and no image (docs/sync-rules.md#s2, #s7), so a disabled synced category that already carries a
 * description or an image has been worked on by the merchant: it is treated as disabled by them, not as new,
 * and "enable new categories" leaves it alone unless the merchant names it.
 */
export function looksManagedByMerchant(category: Pick<EcomCategory, 'description' | 'imageUrl'>): boolean {
  return category.description.trim() !== '' || category.imageUrl.trim() !== '';
}

/**
 * Brings the memory of eCom categories up to date after a fetch: a category seen for the first time is
 * remembered from `now`, one seen enabled is marked as enabled once (forever), one gone from eCom is forgotten.
 * Only a complete read can say a category is gone: after an incomplete one (offset paging that skipped a record,
 * a public token that hides disabled ones) what was not seen is kept, or a merchant-disabled category would come
 * back as new. Pure: returns a new History and leaves the given one as it was.
 */
export function rememberCategories(
  history: History,
  ecom: EcomSnapshot,
  now: string,
  read: { complete: boolean } = { complete: true },
): History {
  const categories: Record<number, CategoryMemory> = read.complete ? {} : { ...history.categories };
  for (const category of ecom.categories) {
    const memory = history.categories[category.id];
    categories[category.id] =
      memory === undefined
        ? { firstSeenAt: now, everEnabled: category.enabled || looksManagedByMerchant(category) }
        : { firstSeenAt: memory.firstSeenAt, everEnabled: memory.everEnabled || category.enabled };
  }
  return withLinksOf(history, categories);
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
  return withLinksOf(history, categories);
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
  return withLinksOf(history, categories);
}

/**
 * The merchant settles one eCom category's link (utils/sync/linker.ts): `retailId` is the Retail category it is
 * the copy of, NO_RETAIL for none, null to forget their earlier choice. The links remembered from earlier reads
 * for the records involved go too: once the choice is undone, the evidence decides afresh, and a link the choice
 * itself made must not live on as "remembered". Pure: returns a new History.
 */
export function withChoice(history: History, ecomId: number, retailId: number | null): History {
  const before = history.choices ?? { ecomIds: [], retailIds: [] };
  const involved = new Set<number>();
  if (retailId !== null && retailId !== NO_RETAIL) involved.add(retailId);
  for (let i = 0; i < before.ecomIds.length; i++) {
    if (before.ecomIds[i] === ecomId && before.retailIds[i] !== NO_RETAIL) involved.add(before.retailIds[i]!);
  }
  // One choice per eCom category, and one eCom category per Retail category: a new pair replaces both.
  const keep = (e: number, r: number) => e !== ecomId && !(r !== NO_RETAIL && involved.has(r));
  const choices = filterLinks(before, keep);
  if (retailId !== null) {
    choices.ecomIds.push(ecomId);
    choices.retailIds.push(retailId);
  }
  const { choices: _choices, links, ...rest } = history;
  const remembered = links && {
    categories: filterLinks(links.categories, (e, r) => e !== ecomId && !involved.has(r)),
    products: links.products,
  };
  return {
    ...rest,
    ...(remembered ? { links: remembered } : {}),
    ...(choices.ecomIds.length > 0 ? { choices } : {}),
  };
}

function filterLinks(list: LinkList, keep: (ecomId: number, retailId: number) => boolean): LinkList {
  const kept: LinkList = { ecomIds: [], retailIds: [], ...(list.hows ? { hows: [] } : {}) };
  for (let i = 0; i < list.ecomIds.length; i++) {
    if (!keep(list.ecomIds[i]!, list.retailIds[i]!)) continue;
    kept.ecomIds.push(list.ecomIds[i]!);
    kept.retailIds.push(list.retailIds[i]!);
    if (list.hows) kept.hows!.push(list.hows[i]!);
  }
  return kept;
}

/** A new History with these category memories, and the links and choices the given one remembers. */
function withLinksOf(history: History, categories: History['categories']): History {
  return {
    categories,
    ...(history.links === undefined ? {} : { links: history.links }),
    ...(history.choices === undefined ? {} : { choices: history.choices }),
  };
}
