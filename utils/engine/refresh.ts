import { loadRetail, saveEcom, saveRetail, saveRetailChanges, saveStates } from '../db/cache.ts';
import { getMeta, setMeta } from '../db/meta.ts';
import { ecomOnlyStates } from '../sync/ecom-only.ts';
import { rememberCategories } from '../sync/history.ts';
import type { EcomSnapshot, History, Operation, RetailSnapshot } from '../sync/model.ts';
import { plan } from '../sync/plan.ts';
import { summarize, type Summary } from '../sync/summary.ts';
import type { EngineDeps } from './ports.ts';

export interface RefreshResult {
  readAt: string;
  summary: Summary;
  operations: Operation[];
  /** True when Retail items were read incrementally (only those changed since the last read). */
  incremental: boolean;
}

const EMPTY_HISTORY: History = { categories: {} };

/** The newest R-Series timeStamp among records: the next incremental read starts there. */
function newestTimeStamp(records: ReadonlyArray<{ updatedAt: string }>, previous: string | null): string | null {
  let newest = previous;
  for (const record of records) if (newest === null || record.updatedAt > newest) newest = record.updatedAt;
  return newest;
}

async function readRetail(deps: EngineDeps): Promise<{ snapshot: RetailSnapshot; incremental: boolean }> {
  const retail = deps.retail!;
  const cursor = await getMeta(deps.db, 'retailCursor');
  const categories = await retail.categories();
  const since = cursor?.items ?? null;
  const items = await retail.items(since);
  if (since === null) {
    const snapshot = { categories, items };
    await saveRetail(deps.db, snapshot);
    await setMeta(deps.db, 'retailCursor', { categories: null, items: newestTimeStamp(items, null) });
    return { snapshot, incremental: false };
  }
  // Categories are always read whole (deletions must show); changed items merge into the cache.
  await saveRetailChanges(deps.db, { categories, items });
  const cached = await loadRetail(deps.db);
  await setMeta(deps.db, 'retailCursor', { categories: null, items: newestTimeStamp(items, since) });
  return { snapshot: cached, incremental: true };
}

/**
 * Reads both platforms, decides every category's and product's status, and keeps all of it in IndexedDB so the
 * overlay opens at once next time, also offline. Returns what a sync would change.
 */
export async function refresh(deps: EngineDeps): Promise<RefreshResult> {
  const ecom: EcomSnapshot = { categories: await deps.ecom.categories(), products: await deps.ecom.products() };
  const retailRead = deps.retail ? await readRetail(deps) : null;
  const readAt = deps.now().toISOString();

  const history = rememberCategories((await getMeta(deps.db, 'history')) ?? EMPTY_HISTORY, ecom, readAt);
  const verdicts = retailRead ? plan(retailRead.snapshot, ecom, history) : { ...ecomOnlyStates(ecom, history), operations: [] };

  await saveEcom(deps.db, ecom);
  await saveStates(deps.db, verdicts);
  await setMeta(deps.db, 'history', history);
  await setMeta(deps.db, 'readAt', { retail: retailRead ? readAt : null, ecom: readAt });

  return {
    readAt,
    summary: summarize(verdicts.categories, verdicts.products),
    operations: verdicts.operations,
    incremental: retailRead?.incremental ?? false,
  };
}
