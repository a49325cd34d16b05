import 'fake-indexeddb/auto';

import { afterEach, describe, expect, it } from 'vitest';

import { loadCategoryStates, saveEcom, saveRetail } from '../../utils/db/cache.ts';
import { setMeta } from '../../utils/db/meta.ts';
import { deleteDb, openDb, type Db } from '../../utils/db/open.ts';
import type { EngineDeps, RetailPort } from '../../utils/engine/ports.ts';
import { readAfterJob } from '../../utils/engine/read-after-job.ts';
import { createSyncJob } from '../../utils/jobs/create-jobs.ts';
import type { Job } from '../../utils/jobs/model.ts';
import type { EcomPort } from '../../utils/jobs/ports.ts';
import { ecomIdOf, NOW, retailStore, syncedEcom, type TreeSpec } from './support/store-builders.ts';

let db: Db | undefined;
const name = `test-read-after-job-${process.pid}`;
afterEach(async () => {
  await deleteDb(db, name);
  db = undefined;
});

const TREE: TreeSpec[] = [{ id: 1, name: 'Vestes', children: [{ id: 2, name: 'Imperméables' }] }];

/** A Retail that must not be asked anything: no job writes to Retail. */
const untouchable: RetailPort = {
  categories: () => Promise.reject(new Error('Retail read after a job')),
  items: () => Promise.reject(new Error('Retail read after a job')),
  categoryCount: () => Promise.reject(new Error('Retail read after a job')),
};

/** eCom as the store stands now, counting what is asked of it. */
function ecomNow(enabled: boolean) {
  const asked: string[] = [];
  const ecom = syncedEcom(retailStore(TREE));
  const now = { ...ecom, categories: ecom.categories.map((category) => ({ ...category, enabled })) };
  const port: EcomPort = {
    categories: async () => (asked.push('categories'), { records: now.categories, complete: true }),
    products: async (from) => (asked.push(`products ${from}`), { records: now.products, complete: true }),
    productTotal: async () => (asked.push('total'), now.products.length),
    submitBatch: () => Promise.reject(new Error('nothing is sent')),
    pollBatch: () => Promise.reject(new Error('nothing is sent')),
    enabledNow: async (kind, ids) => {
      asked.push(`${kind} ${ids.join(',')}`);
      return new Map(ids.map((id) => [id, enabled]));
    },
  };
  return { port, asked };
}

async function earlierRead(ecom: EcomPort): Promise<EngineDeps> {
  db = await openDb(name);
  await saveRetail(db, retailStore(TREE));
  await saveEcom(db, syncedEcom(retailStore(TREE)));
  await setMeta(db, 'readAt', { retail: NOW, ecom: NOW });
  await setMeta(db, 'cursors', { retail: {}, ecomProducts: NOW });
  await setMeta(db, 'ecomComplete', true);
  return { db, retail: untouchable, ecom, now: () => new Date(NOW), sleep: async () => undefined };
}

function enableJob(ecomIds: number[]): Job {
  const job = createSyncJob(new Date(NOW));
  return {
    ...job,
    kind: 'enable-categories',
    items: ecomIds.map((ecomId) => ({ key: String(ecomId), ecomId, label: String(ecomId), state: 'done' })),
  };
}

describe('readAfterJob', () => {
  it('reads back the records a job on enabled flags acted on, and nothing from Retail', async () => {
    const { port, asked } = ecomNow(true);
    const deps = await earlierRead(port);
    const read = await readAfterJob(deps, enableJob([ecomIdOf(1), ecomIdOf(2)]));
    expect(read).not.toBeNull();
    expect(asked).toEqual([`categories ${ecomIdOf(1)},${ecomIdOf(2)}`]);
    const states = await loadCategoryStates(deps.db);
    expect(states.filter((state) => state.enabled).map((state) => state.ecomId)).toEqual([ecomIdOf(1), ecomIdOf(2)]);
  });

  it("reads eCom's categories and changed products after a sync, and nothing from Retail", async () => {
    const { port, asked } = ecomNow(false);
    const deps = await earlierRead(port);
    expect(await readAfterJob(deps, createSyncJob(new Date(NOW)))).not.toBeNull();
    expect(asked).toEqual(['categories', `products ${new Date(Date.parse(NOW) - 5 * 60_000).toISOString()}`, 'total']);
  });

  it('gives way to a read of both stores when nothing was read before', async () => {
    db = await openDb(name);
    const deps = { db, retail: untouchable, ecom: ecomNow(true).port, now: () => new Date(NOW), sleep: async () => {} };
    expect(await readAfterJob(deps, enableJob([ecomIdOf(1)]))).toBeNull();
  });
});
