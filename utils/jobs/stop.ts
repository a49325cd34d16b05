import { STOPPED } from '../i18n/said/jobs.ts';
import { batchOver } from './in-flight.ts';
import type { Job } from './model.ts';

/** A batch was posted (or was about to be) and what it did is not yet known. */
export function hasInFlight(job: Job): boolean {
  return (job.cursor.inFlight?.length ?? 0) > 0;
}

/**
 * The job as the merchant's Stop leaves it once nothing is in flight: the items it did not reach say so, and it
 * ends as cancelled (a job that failed keeps saying why). What was done stays done, for Undo to cover.
 */
export function settleStopped(job: Job): Job {
  return {
    ...job,
    items: job.items.map((item) => (item.state === 'pending' ? { ...item, state: 'skipped', reason: STOPPED } : item)),
    cursor: batchOver(job.cursor),
    status: job.status === 'failed' ? 'failed' : 'cancelled',
    nextRunAt: null,
  };
}

/**
 * Applies a Stop pressed at `requestedAt` to the job as a step left it: with a batch in flight it goes on only
 * to read that batch back (and sends nothing new), else it ends now.
 */
export function withStop(job: Job, requestedAt: string | undefined): Job {
  if (requestedAt === undefined) return job;
  const flagged = { ...job, stopRequested: requestedAt };
  if (job.status === 'failed' || hasInFlight(flagged)) return flagged;
  // A job whose last step ended it as the Stop came ends as stopped all the same: the merchant asked for that.
  return settleStopped(flagged);
}
