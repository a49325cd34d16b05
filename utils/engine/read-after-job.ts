import { loadEcom, loadRetail, saveEcom } from '../db/cache.ts';
import { getMeta, setMeta } from '../db/meta.ts';
import { BATCH_SIZE_LIMIT } from '../ecom/batch.ts';
import type { Job } from '../jobs/model.ts';
import type { RecordKind } from '../jobs/ports.ts';
import { enabledTarget } from '../jobs/read-back.ts';
import type { EcomSnapshot } from '../sync/model.ts';
import { decideAndKeep } from './decide.ts';
import type { EngineDeps } from './ports.ts';
import { readEcom, type RefreshResult } from './refresh.ts';

/**
 * The read after a job: only what the job wrote, in eCom. No job writes to Retail, so Retail is taken from the
 * cache; a store of thousands of items costs no Retail request after enabling a few categories.
 * - A job on enabled flags reads back the records it acted on or checked (one batch of GETs per 500, two or
 *   three calls), which also takes in what the merchant changed on them meanwhile.
 * - A sync reads eCom's categories whole (eCom dates no category change) and the products changed since the
 *   last read.
 * Null when there is no earlier read to start from: then the caller reads both stores.
 */
export async function readAfterJob(deps: EngineDeps, job: Job): Promise<RefreshResult | null> {
  const { db } = deps;
  const readAt = await getMeta(db, 'readAt');
  const cursors = await getMeta(db, 'cursors');
  if (!readAt || !cursors || (deps.retail && readAt.retail === null)) return null;

  const target = enabledTarget(job);
  let ecom: EcomSnapshot;
  let complete: boolean;
  if (target) {
    const ids = job.items.flatMap((item) => (item.ecomId === null ? [] : [item.ecomId]));
    ecom = await withEnabledNow(deps, await loadEcom(db), target.kind, ids);
    complete = (await getMeta(db, 'ecomComplete')) ?? false;
    await saveEcom(db, ecom);
  } else {
    const read = await readEcom(deps, cursors.ecomProducts, false);
    ecom = read.snapshot;
    complete = read.complete;
    await setMeta(db, 'cursors', { ...cursors, ecomProducts: read.productCursor });
  }

  const now = deps.now().toISOString();
  const retail = deps.retail ? await loadRetail(db) : null;
  const { summary, operations } = await decideAndKeep(deps, { retail, ecom, complete, readAt: now });
  await setMeta(db, 'readAt', { retail: readAt.retail, ecom: now });
  return { readAt: now, summary, operations, incremental: true, complete };
}

/** The cached records with `enabled` as eCom says it is now; a record eCom no longer has is dropped. */
async function withEnabledNow(
  deps: EngineDeps,
  cached: EcomSnapshot,
  kind: RecordKind,
  ids: readonly number[],
): Promise<EcomSnapshot> {
  const now = new Map<number, boolean | null>();
  const unique = [...new Set(ids)];
  for (let start = 0; start < unique.length; start += BATCH_SIZE_LIMIT) {
    for (const [id, enabled] of await deps.ecom.enabledNow(kind, unique.slice(start, start + BATCH_SIZE_LIMIT))) {
      now.set(id, enabled);
    }
  }
  const patch = <T extends { id: number; enabled: boolean }>(records: readonly T[]): T[] =>
    records.flatMap((record) => {
      const enabled = now.get(record.id);
      if (enabled === undefined) return [record];
      return enabled === null ? [] : [{ ...record, enabled }];
    });
  return kind === 'categories'
    ? { categories: patch(cached.categories), products: cached.products }
    : { categories: cached.categories, products: patch(cached.products) };
}
