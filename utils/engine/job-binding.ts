import { saveJob } from '../db/jobs.ts';
import type { Db } from '../db/open.ts';
import { WordedError } from '../i18n/said.ts';
import { MADE_FOR_ANOTHER_PAIR, REPLACED_WHILE_STARTING } from '../i18n/said/jobs.ts';
import type { Job } from '../jobs/model.ts';

/**
 * Which store and account an engine works for, and whether it still does. The background builds a new engine
 * when the connections change; the one before may be in the middle of a job, with the old store's ports. A job is
 * stamped with the pair it was made for and steps only under it, and an engine that was replaced takes no
 * further step: whatever it holds goes back to the queue for the engine that replaced it.
 */
export interface ConnectionGuard {
  /** The pair this engine works for (pairKey in utils/connect/change.ts). */
  key: string;
  /** False once another engine replaced this one (other credentials saved, or the store forgotten). */
  stillCurrent(): boolean;
}

/** Stamps a new job with the pair it is made for; an engine that was replaced makes none. */
export function bindJob(job: Job, guard: ConnectionGuard | undefined): Job {
  if (!guard) return job;
  if (!guard.stillCurrent()) throw new WordedError(REPLACED_WHILE_STARTING);
  return { ...job, connection: guard.key };
}

/**
 * Before each step of a leased job: `step` when it may go on; `stop` when this engine was replaced (the lease is
 * let go, and the runner stops); `skip` when the job was made for another pair (cancelled, never sent).
 * A job from before jobs were stamped belongs to the memory it is in.
 */
export async function checkBinding(
  db: Db,
  job: Job,
  guard: ConnectionGuard | undefined,
  now: Date,
): Promise<'step' | 'stop' | 'skip'> {
  if (!guard) return 'step';
  const updatedAt = now.toISOString();
  if (!guard.stillCurrent()) {
    await saveJob(db, { ...job, lease: null, updatedAt });
    return 'stop';
  }
  if (job.connection !== undefined && job.connection !== guard.key) {
    await saveJob(db, {
      ...job,
      status: 'cancelled',
      lease: null,
      nextRunAt: null,
      error: MADE_FOR_ANOTHER_PAIR,
      updatedAt,
    });
    return 'skip';
  }
  return 'step';
}
