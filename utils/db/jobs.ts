import type { Job, JobKind, JobStatus } from '../jobs/model.ts';
import type { Db } from './open.ts';

/**
 * Jobs in IndexedDB: saved after every step, leased by one worker at a time. The queue reads only the jobs
 * underway, through the byStatus index, so finished jobs kept for Undo cost a lease nothing.
 */

/** A finished job is kept this long after it ended, for Undo; the run log keeps its counts for good. */
export const JOB_KEEP_MS = 24 * 3_600_000;

const UNDERWAY: readonly JobStatus[] = ['queued', 'running'];
const FINISHED: readonly JobStatus[] = ['done', 'failed', 'cancelled'];

/** The byStatus index of the jobs store, in any transaction. */
interface ByStatus {
  getAll(status: string): Promise<Job[]>;
}

async function withStatus(index: ByStatus, statuses: readonly JobStatus[]): Promise<Job[]> {
  return (await Promise.all(statuses.map((status) => index.getAll(status)))).flat();
}

export async function saveJob(db: Db, job: Job): Promise<void> {
  await db.put('jobs', job);
}

export async function getJob(db: Db, id: string): Promise<Job | undefined> {
  return db.get('jobs', id);
}

/** Newest first. */
export async function listJobs(db: Db, limit = 20): Promise<Job[]> {
  const jobs: Job[] = [];
  let cursor = await db.transaction('jobs').store.index('byCreated').openCursor(null, 'prev');
  while (cursor && jobs.length < limit) {
    jobs.push(cursor.value);
    cursor = await cursor.continue();
  }
  return jobs;
}

/**
 * Drops finished jobs whose undo window is over: ended more than `keepMs` ago, and not the newest finished job
 * of their kind (the last thing done stays undoable). Jobs underway are never dropped. Returns how many went.
 */
export async function pruneJobs(db: Db, now: Date, keepMs = JOB_KEEP_MS): Promise<number> {
  const tx = db.transaction('jobs', 'readwrite');
  const finished = await withStatus(tx.store.index('byStatus'), FINISHED);
  const newest = new Map<JobKind, Job>();
  for (const job of finished) {
    const kept = newest.get(job.kind);
    if (!kept || job.updatedAt > kept.updatedAt) newest.set(job.kind, job);
  }
  const keepFrom = new Date(now.getTime() - keepMs).toISOString();
  const dropped = finished.filter((job) => job.updatedAt < keepFrom && newest.get(job.kind) !== job);
  for (const job of dropped) await tx.store.delete(job.id);
  await tx.done;
  return dropped.length;
}

/**
 * Takes the next job that is ready (active, not leased or lease expired, not waiting), in one transaction so two
 * workers can never hold the same job. Returns it with the lease set, or undefined.
 */
export async function leaseNextJob(db: Db, owner: string, now: Date, leaseMs: number): Promise<Job | undefined> {
  const tx = db.transaction('jobs', 'readwrite');
  const nowIso = now.toISOString();
  let chosen: Job | undefined;
  for (const job of await withStatus(tx.store.index('byStatus'), UNDERWAY)) {
    if (job.lease && job.lease.until > nowIso) continue;
    if (job.nextRunAt && job.nextRunAt > nowIso) continue;
    if (!chosen || job.createdAt < chosen.createdAt) chosen = job;
  }
  if (chosen) {
    chosen = {
      ...chosen,
      status: 'running',
      lease: { owner, until: new Date(now.getTime() + leaseMs).toISOString() },
      updatedAt: nowIso,
    };
    await tx.store.put(chosen);
  }
  await tx.done;
  return chosen;
}

/** Expired leases go back to the queue: their worker died mid-step. Returns how many were freed. */
export async function releaseExpiredLeases(db: Db, now: Date): Promise<number> {
  const tx = db.transaction('jobs', 'readwrite');
  const nowIso = now.toISOString();
  let freed = 0;
  for (const job of await withStatus(tx.store.index('byStatus'), UNDERWAY)) {
    if (job.lease && job.lease.until <= nowIso) {
      await tx.store.put({ ...job, lease: null, updatedAt: nowIso });
      freed += 1;
    }
  }
  await tx.done;
  return freed;
}

/** The earliest time a waiting job wants to run, so an alarm can be set for it. */
export async function nextWakeUp(db: Db): Promise<string | null> {
  const times = (await withStatus(db.transaction('jobs').store.index('byStatus'), UNDERWAY)).map(
    (job) => job.nextRunAt ?? job.lease?.until ?? job.updatedAt,
  );
  return times.length === 0 ? null : times.sort()[0]!;
}

/**
 * At a worker's start: a lease held by any other owner belongs to a worker that is gone (there is one service
 * worker per extension, one process per CLI run), so its job may be taken up again at once.
 */
export async function releaseForeignLeases(db: Db, owner: string, now: Date): Promise<number> {
  const tx = db.transaction('jobs', 'readwrite');
  let freed = 0;
  for (const job of await withStatus(tx.store.index('byStatus'), UNDERWAY)) {
    if (job.lease && job.lease.owner !== owner) {
      await tx.store.put({ ...job, lease: null, updatedAt: now.toISOString() });
      freed += 1;
    }
  }
  await tx.done;
  return freed;
}
