import { loadEcom, loadRetail, saveEcom, saveRetail, saveRetailChanges, saveStates } from '../db/cache.ts';
import { getMeta, setMeta, type MetaRecords } from '../db/meta.ts';
import { ecomOnlyStates } from '../sync/ecom-only.ts';
import { rememberCategories } from '../sync/history.ts';
import type { EcomProduct, EcomSnapshot, History, Operation } from '../sync/model.ts';
import { plan } from '../sync/plan.ts';
import { summarize, type Summary } from '../sync/summary.ts';
import type { EngineDeps } from './ports.ts';

export interface RefreshResult {
  readAt: string;
  summary: Summary;
  operations: Operation[];
  /** True when only what changed since the last read was fetched. */
  incremental: boolean;
}

export interface RefreshOptions {
  /** Read everything whole: what a merchant asking for a refresh gets. */
  full?: boolean;
}

/**
 * An incremental read cannot see a deleted record (nothing dates its deletion), so now and then everything is
 * read whole even when nobody asks.
 */
export const FULL_REFRESH_EVERY_MS = 60 * 60_000;

const EMPTY_HISTORY: History = { categories: {} };

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

function mergeById<T extends { id: number }>(cached: readonly T[], changed: readonly T[]): T[] {
  const byId = new Map(cached.map((record) => [record.id, record]));
  for (const record of changed) byId.set(record.id, record);
  return [...byId.values()];
}

async function readRetail(deps: EngineDeps, cursor: Cursor | undefined, full: boolean) {
  const retail = deps.retail!;
  if (full || !cursor?.items || !cursor.categories) {
    const snapshot = { categories: await retail.categories(null), items: await retail.items(null) };
    await saveRetail(deps.db, snapshot);
    return { snapshot, cursor: { categories: newest(snapshot.categories, null), items: newest(snapshot.items, null) } };
  }
  // Any category change renumbers the nested set of others without dating them: then read all categories again.
  // The read starts at the newest time seen (inclusive), so records already held come back: they are no change.
  const cached = await loadRetail(deps.db);
  const changedCategories = withoutKnown(await retail.categories(cursor.categories), cached.categories);
  const categories = changedCategories.length > 0 ? await retail.categories(null) : cached.categories;
  const changedItems = await retail.items(cursor.items);
  await saveRetailChanges(deps.db, { categories, items: changedItems });
  const snapshot = await loadRetail(deps.db);
  return { snapshot, cursor: { categories: newest(categories, cursor.categories), items: newest(changedItems, cursor.items) } };
}

async function readEcom(deps: EngineDeps, productCursor: string | null, full: boolean) {
  const categories = await deps.ecom.categories();
  let products: EcomProduct[];
  if (full || productCursor === null) {
    products = await deps.ecom.products(null);
  } else {
    const merged = mergeById((await loadEcom(deps.db)).products, await deps.ecom.products(productCursor));
    // A product deleted since the last read leaves the total lower than what we hold: read them all again.
    products = (await deps.ecom.productTotal()) === merged.length ? merged : await deps.ecom.products(null);
  }
  const snapshot: EcomSnapshot = { categories, products };
  await saveEcom(deps.db, snapshot);
  return { snapshot, productCursor: newest(products, productCursor) };
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

  const ecom = ecomRead.snapshot;
  const history = rememberCategories((await getMeta(deps.db, 'history')) ?? EMPTY_HISTORY, ecom, readAt);
  const verdicts = retailRead
    ? plan(retailRead.snapshot, ecom, history)
    : { ...ecomOnlyStates(ecom, history), operations: [] };

  const summary = summarize(verdicts.categories, verdicts.products);
  await saveStates(deps.db, verdicts);
  await setMeta(deps.db, 'summary', summary);
  await setMeta(deps.db, 'history', history);
  await setMeta(deps.db, 'readAt', { retail: retailRead ? readAt : null, ecom: readAt });
  await setMeta(deps.db, 'cursors', {
    retail: retailRead?.cursor ?? { categories: null, items: null },
    ecomProducts: ecomRead.productCursor,
  });
  if (full) await setMeta(deps.db, 'lastFullRefresh', readAt);

  return {
    readAt,
    summary,
    operations: verdicts.operations,
    incremental: !full,
  };
}
