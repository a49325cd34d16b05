import 'fake-indexeddb/auto';

import { leaseNextJob, listJobs, nextWakeUp, releaseExpiredLeases, saveJob } from '../../utils/db/jobs.ts';
import { deleteDb, openDb, type Db } from '../../utils/db/open.ts';
import type { Job, JobItem } from '../../utils/jobs/model.ts';
import { medianMs, type BenchRow } from './support.ts';

/**
 * What a big store costs the pages and the job queue (issue 9, "at size"): the status message at 50,000
 * products, the bytes the overlay polls while a 1,000-item job runs, and leasing with many finished jobs kept.
 */

const T0 = Date.parse('2026-11-26T10:00:00.000Z');

function finishedJob(index: number, items: number): Job {
  const at = new Date(T0 + index * 60_000).toISOString();
  return {
    id: `finished-${index}`,
    kind: 'enable-categories',
    status: 'done',
    createdAt: at,
    updatedAt: at,
    items: Array.from({ length: items }, (_, i): JobItem => ({ key: `c${i}`, ecomId: i + 1, label: `Rayon ${i}`, state: 'done', before: 'new' })),
    cursor: { chunk: 1 },
    lease: null,
    nextRunAt: null,
    attempts: 0,
  };
}

/** One lease as the runner takes it: expired leases freed, the next job leased, the next wake-up read. */
async function leaseOnce(db: Db, queued: Job): Promise<void> {
  await saveJob(db, queued);
  const now = new Date(T0 + 10 * 86_400_000);
  await releaseExpiredLeases(db, now);
  await leaseNextJob(db, 'bench', now, 60_000);
  await nextWakeUp(db);
}

async function leaseRows(): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  for (const finished of [0, 1_000]) {
    const name = `bench-lease-${finished}`;
    const db = await openDb(name);
    for (let i = 0; i < finished; i++) await saveJob(db, finishedJob(i, 50));
    const queued = { ...finishedJob(finished, 50), id: 'queued', status: 'queued' as const };
    const ms = await medianMs(() => leaseOnce(db, queued), 21);
    const listMs = await medianMs(() => listJobs(db, 10), 21);
    await deleteDb(db, name);
    rows.push({
      group: 'job queue: the newest 10 jobs, as every status and overview reads them (median)',
      name: `with ${finished.toLocaleString('en')} finished jobs of 50 items in IndexedDB`,
      value: listMs,
      unit: 'ms',
      note: 'fake-indexeddb in Node',
    });
    rows.push({
      group: 'job queue: release expired leases, lease the next job, next wake-up (median)',
      name: `with ${finished.toLocaleString('en')} finished jobs of 50 items in IndexedDB`,
      value: ms,
      unit: 'ms',
      note: 'fake-indexeddb in Node',
    });
  }
  return rows;
}

export async function bench(): Promise<BenchRow[]> {
  return [...(await leaseRows())];
}
