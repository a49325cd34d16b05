import { isUnderway, type Job } from '../jobs/model.ts';
import { hasInFlight, settleStopped, withStop } from '../jobs/stop.ts';
import type { Db } from './open.ts';

/**
 * The merchant's Stop and a worker's step both write the job; each does its read and write in one transaction,
 * so neither can come between the other's and a Stop is never lost under a step's save.
 */

/**
 * Records the merchant's Stop. A job no worker holds, with nothing in flight, ends here and is returned; any
 * other is marked, made ready at once, and ended by its worker after it reads back the batch in flight.
 */
export async function requestStop(db: Db, id: string, now: Date): Promise<Job | undefined> {
  const tx = db.transaction('jobs', 'readwrite');
  const job = await tx.store.get(id);
  let ended: Job | undefined;
  if (job && isUnderway(job.status)) {
    const nowIso = now.toISOString();
    const flagged: Job = { ...job, stopRequested: job.stopRequested ?? nowIso, nextRunAt: null, updatedAt: nowIso };
    const held = job.lease !== null && job.lease.until > nowIso;
    if (!held && !hasInFlight(job)) ended = { ...settleStopped(flagged), lease: null };
    await tx.store.put(ended ?? flagged);
  }
  await tx.done;
  return ended;
}

/**
 * Saves the job as a worker's step left it, with any Stop pressed meanwhile applied (`stamp` then sets the
 * lease and time on the result). Undefined when the job is gone, forgotten with its store: it is not written back.
 */
export async function saveStep(db: Db, job: Job, stamp: (job: Job) => Job): Promise<Job | undefined> {
  const tx = db.transaction('jobs', 'readwrite');
  const stored = await tx.store.get(job.id);
  const saved = stored ? stamp(withStop(job, stored.stopRequested ?? job.stopRequested)) : undefined;
  if (saved) await tx.store.put(saved);
  await tx.done;
  return saved;
}
