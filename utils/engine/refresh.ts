import { loadEcom, saveEcom } from '../db/cache.ts';
import { getMeta, setMeta } from '../db/meta.ts';
import type { EcomProduct, EcomSnapshot, Operation } from '../sync/model.ts';
import type { Summary } from '../sync/summary.ts';
import type { Listing } from '../ecom/offset-walk.ts';
import { decideAndKeep } from './decide.ts';
import type { EngineDeps } from './ports.ts';
import { readRetail } from './read-retail.ts';

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
 * An incremental read of eCom's products starts this long before the newest change already read: a record
 * stamped a little before it (another server's clock, a transaction committed after a later one was read) is not
 * missed. Records read again in the overlap are the same as the cached ones, and count as no change.
 */
export const OVERLAP_MS = 5 * 60_000;

/** The newest change time among records: the next incremental read starts there (server time, no clock skew). */
function newest(records: ReadonlyArray<{ updatedAt: string }>, previous: string | null): string | null {
  let latest = previous;
  for (const record of records) if (latest === null || record.updatedAt > latest) latest = record.updatedAt;
  return latest;
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
    retail: retailRead?.cursor ?? {},
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
