import { isUnderway, type Job } from '../jobs/model.ts';
import type { Db } from './open.ts';

/**
 * Saves a new sync job unless one is under way, and returns the one that is: in one transaction, so that two
 * asked for at once (two pages, two engines) cannot both find none. Two syncs under way would both plan before
 * either ran, and create everything twice.
 */
export async function saveSyncUnlessUnderway(db: Db, job: Job): Promise<Job> {
  const tx = db.transaction('jobs', 'readwrite');
  const byStatus = tx.store.index('byStatus');
  const active = [...(await byStatus.getAll('queued')), ...(await byStatus.getAll('running'))];
  const underway = active.find((other) => other.kind === 'sync' && isUnderway(other.status));
  if (!underway) await tx.store.put(job);
  await tx.done;
  return underway ?? job;
}
