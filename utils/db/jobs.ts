import { isUnderway, type Job } from '../jobs/model.ts';
import type { Db } from './open.ts';

/** Jobs in IndexedDB: saved after every step, leased by one worker at a time. */

export async function saveJob(db: Db, job: Job): Promise<void> {
  await db.put('jobs', job);
}

export async function getJob(db: Db, id: string): Promise<Job | undefined> {
  return db.get('jobs', id);
}

/** Newest first. */
export async function listJobs(db: Db, limit = 20): Promise<Job[]> {
  const all = await db.getAll('jobs');
  return all.sort((a, b) => b.createdAt.localeCompare(a.createdAt)).slice(0, limit);
}

const isActive = (job: Job) => isUnderway(job.status);

/**
 * Takes the next job that is ready (active, not leased or lease expired, not waiting), in one transaction so two
 * workers can never hold the same job. Returns it with the lease set, or undefined.
 */
export async function leaseNextJob(db: Db, owner: string, now: Date, leaseMs: number): Promise<Job | undefined> {
  const tx = db.transaction('jobs', 'readwrite');
  const nowIso = now.toISOString();
  let chosen: Job | undefined;
  for (const job of await tx.store.getAll()) {
    if (!isActive(job)) continue;
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
  for (const job of await tx.store.getAll()) {
    if (isActive(job) && job.lease && job.lease.until <= nowIso) {
      await tx.store.put({ ...job, lease: null, updatedAt: nowIso });
      freed += 1;
    }
  }
  await tx.done;
  return freed;
}

/** The earliest time a waiting job wants to run, so an alarm can be set for it. */
export async function nextWakeUp(db: Db): Promise<string | null> {
  const times = (await db.getAll('jobs'))
    .filter(isActive)
    .map((job) => job.nextRunAt ?? job.lease?.until ?? job.updatedAt);
  return times.length === 0 ? null : times.sort()[0]!;
}

/**
 * At a worker's start: a lease held by any other owner belongs to a worker that is gone (there is one service
 * worker per extension, one process per CLI run), so its job may be taken up again at once.
 */
export async function releaseForeignLeases(db: Db, owner: string, now: Date): Promise<number> {
  const tx = db.transaction('jobs', 'readwrite');
  let freed = 0;
  for (const job of await tx.store.getAll()) {
    if (isActive(job) && job.lease && job.lease.owner !== owner) {
      await tx.store.put({ ...job, lease: null, updatedAt: now.toISOString() });
      freed += 1;
    }
  }
  await tx.done;
  return freed;
}
