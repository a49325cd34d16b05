import 'fake-indexeddb/auto';

import { generateState } from '../../sandbox/generate/world.ts';
import { loadWorld } from '../../sandbox/world/state.ts';
import { leaseNextJob, listJobs, nextWakeUp, releaseExpiredLeases, saveJob } from '../../utils/db/jobs.ts';
import { deleteDb, openDb, type Db } from '../../utils/db/open.ts';
import { pageStatus } from '../../entrypoints/background/handlers/page-status.ts';
import { createCategoryJob } from '../../utils/jobs/create-jobs.ts';
import { progressOf, type Job, type JobItem } from '../../utils/jobs/model.ts';
import { JOB_POLL_MS } from '../../utils/overlay/session.ts';
import { plan } from '../../utils/sync/plan.ts';
import { summarize } from '../../utils/sync/summary.ts';
import { snapshotsOfWorld } from '../unit/support/sync-snapshots.ts';
import { medianMs, type BenchRow } from './support.ts';

/**
 * What a big store costs the pages and the job queue (issue 9, "at size"): the status message at 50,000
 * products, the bytes the overlay polls while a 1,000-item job runs, and leasing with many finished jobs kept.
 */

/** What a message costs: the bytes of its JSON, as the extension's messaging serialises it. */
const bytesOf = (value: unknown) => new TextEncoder().encode(JSON.stringify(value)).length;
const kB = (bytes: number) => bytes / 1000;

async function statusRows(): Promise<BenchRow[]> {
  // About 17,500 categories make about 50,000 products in the generated world.
  const { retail, ecom } = snapshotsOfWorld(loadWorld(generateState({ categories: 17_500, seed: 11 })));
  const { categories, products } = plan(retail, ecom, { categories: {} });
  const readAt = { retail: '2026-11-26T10:00:00.000Z', ecom: '2026-11-26T10:00:00.000Z' };
  const full = { readAt, summary: summarize(categories, products), categories, products, jobs: [], lastError: null };
  const sent = pageStatus(full, false);
  const group = `the status message at ${products.length.toLocaleString('en')} products, ${categories.length.toLocaleString('en')} categories`;
  return [
    {
      group,
      name: 'before: the engine’s whole status',
      value: kB(bytesOf({ ...full, ecomReadOnly: false })),
      unit: 'kB',
      note: `${products.length.toLocaleString('en')} products`,
    },
    {
      group,
      name: 'now: what the page shows (PageStatus)',
      value: kB(bytesOf(sent)),
      unit: 'kB',
      note: `${sent.products.length.toLocaleString('en')} flagged products`,
    },
    {
      group,
      name: 'of which the categories',
      value: kB(bytesOf(sent.categories)),
      unit: 'kB',
      note: 'every category has a badge',
    },
  ];
}

function pollingRows(): BenchRow[] {
  const categories = Array.from({ length: 1_000 }, (_, i) => ({
    retailId: i + 1,
    ecomId: 1_000 + i,
    name: `Rayon ${i + 1}`,
    path: `Vêtements/Rayon ${i + 1}`,
    status: 'new' as const,
    enabled: false,
    availability: 'new' as const,
    drift: null,
    productCount: 3,
    enabledProductCount: 0,
  }));
  const job = createCategoryJob('enable-categories', categories, new Date(T0));
  // Half way: what a poll in the middle of the run reads back.
  const running: Job = {
    ...job,
    status: 'running',
    items: job.items.map((item, i) => (i < 500 ? { ...item, state: 'done' } : item)),
  };
  const perSecond = 1000 / JOB_POLL_MS;
  const group = `the overlay following a 1,000-item job (a poll every ${JOB_POLL_MS} ms)`;
  return [
    { group, name: 'before: the whole job every poll', value: kB(bytesOf(running) * perSecond), unit: 'kB/s' },
    { group, name: 'now: its progress every poll', value: kB(bytesOf(progressOf(running)) * perSecond), unit: 'kB/s' },
    { group, name: 'now: the whole job, once when it ends', value: kB(bytesOf(running)), unit: 'kB' },
  ];
}

const T0 = Date.parse('2026-11-26T10:00:00.000Z');

function finishedJob(index: number, items: number): Job {
  const at = new Date(T0 + index * 60_000).toISOString();
  return {
    id: `finished-${index}`,
    kind: 'enable-categories',
    status: 'done',
    createdAt: at,
    updatedAt: at,
    items: Array.from({ length: items }, (_, i): JobItem => ({
      key: `c${i}`,
      ecomId: i + 1,
      label: `Rayon ${i}`,
      state: 'done',
      before: 'new',
    })),
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
    // What the same machine measured before the byStatus and byCreated reads (every job read, every time).
    const before = finished === 0 ? '' : '; was 36 ms reading every job';
    rows.push({
      group: 'job queue: the newest 10 jobs, as every status and overview reads them (median)',
      name: `with ${finished.toLocaleString('en')} finished jobs of 50 items in IndexedDB`,
      value: listMs,
      unit: 'ms',
      note: `fake-indexeddb in Node${before}`,
    });
    rows.push({
      group: 'job queue: release expired leases, lease the next job, next wake-up (median)',
      name: `with ${finished.toLocaleString('en')} finished jobs of 50 items in IndexedDB`,
      value: ms,
      unit: 'ms',
      note: `fake-indexeddb in Node${finished === 0 ? '' : '; was 141 ms reading every job'}`,
    });
  }
  return rows;
}

export async function bench(): Promise<BenchRow[]> {
  return [...(await statusRows()), ...pollingRows(), ...(await leaseRows())];
}
