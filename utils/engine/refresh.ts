import { loadEcom, loadRetail, saveEcom, saveRetail, saveRetailChanges } from '../db/cache.ts';
import { getMeta, setMeta, type MetaRecords } from '../db/meta.ts';
import type { EcomProduct, EcomSnapshot, Operation } from '../sync/model.ts';
import type { Summary } from '../sync/summary.ts';
import type { Listing } from '../ecom/offset-walk.ts';
import { decideAndKeep } from './decide.ts';
import type { EngineDeps } from './ports.ts';

export interface RefreshResult {
  readAt: string;
  summary: Summary;
  operations: Operation[];
  /** True when only what changed since the last read was fetched. */
  incremental: boolean;
  /**
   * False when eCom may have records this read did not see (the list moved while it was paged, a public token
   * that hides disabled ones). Such a read forgets nothing the engine remembers and plans no change.
   */
  complete: boolean;
}

export interface RefreshOptions {
  /** Read everything whole: what a merchant asking for a refresh gets. Automatic reads are incremental. */
  full?: boolean;
}

/**
 * Incremental reads see deletions only through totals and counts (see readRetail, readEcom); everything is still
 * read whole now and then, even when nobody asks, in case something slipped past those.
 */
export const FULL_REFRESH_EVERY_MS = 60 * 60_000;

/**
 * An incremental read starts this long before the newest change already read: a record stamped a little before
 * it (another server's clock, a transaction committed after a later one was read) is not missed. Records read
 * again in the overlap are the same as the cached ones, and count as no change.
 */
export const OVERLAP_MS = 5 * 60_000;

type Cursor = MetaRecords['cursors']['retail'];

/** The newest change time among records: the next incremental read starts there (server time, no clock skew). */
function newest(records: ReadonlyArray<{ updatedAt: string }>, previous: string | null): string | null {
  let latest = previous;
  for (const record of records) if (latest === null || record.updatedAt > latest) latest = record.updatedAt;
  return latest;
}

/** The records that differ from what the cache holds. */
function withoutKnown<T extends { id: number }>(records: readonly T[], cached: readonly T[]): T[] {
  const known = new Map(cached.map((record) => [record.id, JSON.stringify(record)]));
  return records.filter((record) => known.get(record.id) !== JSON.stringify(record));
}

/** Where an incremental read starts: the cursor, less the overlap. */
function overlapped(cursor: string): string {
  return new Date(Date.parse(cursor) - OVERLAP_MS).toISOString();
}

function mergeById<T extends { id: number }>(cached: readonly T[], changed: readonly T[]): T[] {
  const byId = new Map(cached.map((record) => [record.id, record]));
  for (const record of changed) byId.set(record.id, record);
  return [...byId.values()];
}

/**
 * Retail, incrementally: changed categories and items since the cursor (less the overlap). A deleted item is an
 * archived one, and archiving dates it, so it comes back. A deleted category is not dated, nor are the others it
 * renumbers: when no category changed, one count (count=1: 10 units of the bucket whatever the store's size;
 * 1 request; at most once a minute, see COUNT_EVERY_MS) tells whether one is gone. Worst case of an automatic read: 3 requests and 12 units,
 * plus every category again (one request per 100) when one changed or went.
 */
/**
 * A count costs 10 units of Retail's bucket (90 on the smallest account). Reads that come in a row (a sync job's
 * plan, the read after a job, the overlay opening) share one a minute, so they do not drain the bucket and wait
 * on it; a deletion is still seen within a minute of the next automatic read.
 */
export const COUNT_EVERY_MS = 60_000;

function countDue(cursor: Cursor, now: Date): boolean {
  return !cursor.countedAt || now.getTime() - Date.parse(cursor.countedAt) >= COUNT_EVERY_MS;
}

async function readRetail(deps: EngineDeps, cursor: Cursor | undefined, full: boolean) {
  const retail = deps.retail!;
  if (full || !cursor?.items || !cursor.categories) {
    const snapshot = { categories: await retail.categories(null), items: await retail.items(null) };
    await saveRetail(deps.db, snapshot);
    return { snapshot, cursor: { categories: newest(snapshot.categories, null), items: newest(snapshot.items, null) } };
  }
  // Any category change renumbers the nested set of others without dating them: then read all categories again.
  const cached = await loadRetail(deps.db);
  const changedCategories = withoutKnown(await retail.categories(overlapped(cursor.categories)), cached.categories);
  const counting = changedCategories.length === 0 && countDue(cursor, deps.now());
  const anyGone = counting && (await retail.categoryCount()) !== cached.categories.length;
  const countedAt = counting ? deps.now().toISOString() : (cursor.countedAt ?? null);
  const categories = changedCategories.length > 0 || anyGone ? await retail.categories(null) : cached.categories;
  const changedItems = withoutKnown(await retail.items(overlapped(cursor.items)), cached.items);
  await saveRetailChanges(deps.db, { categories, items: changedItems });
  const snapshot = await loadRetail(deps.db);
  return {
    snapshot,
    cursor: { categories: newest(categories, cursor.categories), items: newest(changedItems, cursor.items), countedAt },
  };
}

/**
 * eCom: categories whole each time (eCom dates no category change; a deleted one is simply not listed), products
 * changed since the cursor (less the overlap) with one check of their total, which is short of what the cache
 * holds when one was deleted (a new one is among the changed ones).
 */
export async function readEcom(deps: EngineDeps, productCursor: string | null, full: boolean) {
  const categories = await deps.ecom.categories();
  let products: Listing<EcomProduct>;
  if (full || productCursor === null) {
    products = await deps.ecom.products(null);
  } else {
    const changed = await deps.ecom.products(overlapped(productCursor));
    const merged = mergeById((await loadEcom(deps.db)).products, changed.records);
    products =
      (await deps.ecom.productTotal()) === merged.length
        ? { records: merged, complete: changed.complete }
        : await deps.ecom.products(null);
  }
  const snapshot: EcomSnapshot = { categories: categories.records, products: products.records };
  await saveEcom(deps.db, snapshot);
  return {
    snapshot,
    productCursor: newest(products.records, productCursor),
    complete: categories.complete && products.complete,
  };
}

/**
 * Reads both platforms (only what changed, where the APIs allow it), decides every category's and product's
 * status, and keeps all of it in IndexedDB so the overlay opens at once next time, also offline. Returns what a
 * sync would change.
 */
export async function refresh(deps: EngineDeps, options: RefreshOptions = {}): Promise<RefreshResult> {
  const now = deps.now();
  const lastFull = await getMeta(deps.db, 'lastFullRefresh');
  const full = options.full === true || !lastFull || now.getTime() - Date.parse(lastFull) >= FULL_REFRESH_EVERY_MS;
  const cursors = await getMeta(deps.db, 'cursors');

  const ecomRead = await readEcom(deps, full ? null : (cursors?.ecomProducts ?? null), full);
  const retailRead = deps.retail ? await readRetail(deps, full ? undefined : cursors?.retail, full) : null;
  const readAt = deps.now().toISOString();

  const { complete } = ecomRead;
  const { summary, operations } = await decideAndKeep(deps, {
    retail: retailRead?.snapshot ?? null,
    ecom: ecomRead.snapshot,
    complete,
    readAt,
  });
  await setMeta(deps.db, 'readAt', { retail: retailRead ? readAt : null, ecom: readAt });
  await setMeta(deps.db, 'cursors', {
    retail: retailRead?.cursor ?? { categories: null, items: null },
    ecomProducts: ecomRead.productCursor,
  });
  if (full) await setMeta(deps.db, 'lastFullRefresh', readAt);

  return {
    readAt,
    summary,
    operations,
    incremental: !full,
    complete,
  };
}
