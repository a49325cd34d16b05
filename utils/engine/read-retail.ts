import { loadRetail, saveRetail, saveRetailChanges } from '../db/cache.ts';
import type { MetaRecords } from '../db/meta.ts';
import { ApiError } from '../http/api-error.ts';
import type { RetailSnapshot } from '../sync/model.ts';
import type { EngineDeps } from './ports.ts';

/**
 * Retail, incrementally (issue 13). Each list is paged by timeStamp from the page where the last read stopped
 * (R-Series' own `next` link: an opaque cursor of timeStamp and id), not filtered by time: a bulk import stamps
 * thousands of items with one timeStamp, and a time filter reads every one of them again at each read.
 *
 * Where the next read starts: the first page holding a record stamped within SETTLE_MS of the read (by the
 * engine's clock), or else the last page. A record can only come in behind that place if it was stamped earlier
 * than SETTLE_MS before the read yet committed after it; a changed record is stamped anew and sorts after it.
 *
 * A deleted item is an archived one, and archiving dates it, so it comes back. A deleted category is not dated,
 * nor are the others it renumbers: a count of the categories (count=1 on their own first request: 10 units of the
 * bucket instead of 1, whatever the store's size; at most once a minute, see COUNT_EVERY_MS) tells whether one is
 * gone.
 *
 * Cost of an automatic read: 2 requests, 2 units (11 with the count), plus a request per 100 records changed or
 * stamped within SETTLE_MS; every category again (a request per 100) when one changed or went.
 */

/** How late a record may be committed after it was stamped (a long transaction, another server's clock). */
export const SETTLE_MS = 5 * 60_000;

/**
 * A count costs 10 units of Retail's bucket (90 on the smallest account). Reads that come in a row (a sync job's
 * plan, the overlay opening) share one a minute, so they do not drain the bucket and wait on it; a deletion is
 * still seen within a minute of the next automatic read.
 */
export const COUNT_EVERY_MS = 60_000;

export type RetailCursor = MetaRecords['cursors']['retail'];

function countDue(cursor: RetailCursor, now: Date): boolean {
  return !cursor.countedAt || now.getTime() - Date.parse(cursor.countedAt) >= COUNT_EVERY_MS;
}

/** The records that differ from what the cache holds. */
function withoutKnown<T extends { id: number }>(records: readonly T[], cached: readonly T[]): T[] {
  const known = new Map(cached.map((record) => [record.id, JSON.stringify(record)]));
  return records.filter((record) => known.get(record.id) !== JSON.stringify(record));
}

export interface RetailRead {
  snapshot: RetailSnapshot;
  cursor: RetailCursor;
}

export async function readRetail(
  deps: EngineDeps,
  cursor: RetailCursor | undefined,
  full: boolean,
): Promise<RetailRead> {
  const settledBefore = new Date(deps.now().getTime() - SETTLE_MS).toISOString();
  if (full || !cursor?.itemsFrom || !cursor.categoriesFrom) return readWhole(deps, settledBefore, cursor);
  try {
    return await readChanges(
      deps,
      { ...cursor, categoriesFrom: cursor.categoriesFrom, itemsFrom: cursor.itemsFrom },
      settledBefore,
    );
  } catch (error) {
    // A kept cursor R-Series no longer takes (too old, or its format changed): read everything once more.
    if (error instanceof ApiError && error.status === 400) return readWhole(deps, settledBefore, cursor);
    throw error;
  }
}

async function readWhole(
  deps: EngineDeps,
  settledBefore: string,
  cursor: RetailCursor | undefined,
): Promise<RetailRead> {
  const retail = deps.retail!;
  const categories = await retail.categories(null, settledBefore);
  const items = await retail.items(null, settledBefore);
  const snapshot = { categories: categories.records, items: items.records };
  await saveRetail(deps.db, snapshot);
  return {
    snapshot,
    cursor: { categoriesFrom: categories.resume, itemsFrom: items.resume, countedAt: cursor?.countedAt ?? null },
  };
}

async function readChanges(
  deps: EngineDeps,
  cursor: RetailCursor & { categoriesFrom: string; itemsFrom: string },
  settledBefore: string,
): Promise<RetailRead> {
  const retail = deps.retail!;
  const cached = await loadRetail(deps.db);
  // The count rides on the categories' own request (count=1) when it is due: one request, 10 units.
  const counting = countDue(cursor, deps.now());
  const categoryRead = await retail.categories(cursor.categoriesFrom, settledBefore, counting);
  const changedCategories = withoutKnown(categoryRead.records, cached.categories);
  // An answer without its count (an API that counts only on a list of its own): the count asked apart.
  const count = !counting ? null : (categoryRead.count ?? (await retail.categoryCount()));
  const anyGone = count !== null && count !== cached.categories.length;
  const countedAt = counting ? deps.now().toISOString() : (cursor.countedAt ?? null);
  // Any category change renumbers the nested set of others without dating them: then read all categories again.
  const categories =
    changedCategories.length > 0 || anyGone
      ? await retail.categories(null, settledBefore)
      : { records: cached.categories, resume: categoryRead.resume };
  const itemRead = await retail.items(cursor.itemsFrom, settledBefore);
  await saveRetailChanges(deps.db, {
    categories: categories.records,
    items: withoutKnown(itemRead.records, cached.items),
  });
  return {
    snapshot: await loadRetail(deps.db),
    cursor: { categoriesFrom: categories.resume, itemsFrom: itemRead.resume, countedAt },
  };
}
