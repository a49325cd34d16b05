import { saveStep } from '../db/job-stop.ts';
import { getJob, leaseNextJob, nextWakeUp, releaseExpiredLeases } from '../db/jobs.ts';
import type { Db } from '../db/open.ts';
import { checkBinding, type ConnectionGuard } from './job-binding.ts';
import { isUnderway, type Job } from '../jobs/model.ts';
import type { StepContext } from '../jobs/ports.ts';
import { stepJob } from '../jobs/step.ts';

/** How long a worker holds a job between saves; a dead worker's job is free again after this. */
export const LEASE_MS = 60_000;
/** Waits up to this long stay inside the worker; longer ones are left to an alarm. */
export const SHORT_WAIT_MS = 5_000;

export interface RunnerDeps {
  db: Db;
  owner: string;
  now(): Date;
  sleep(ms: number): Promise<void>;
  context: StepContext;
  onProgress?(job: Job): void;
  afterJob?(job: Job): Promise<void>;
  /** Which store and account may be acted on; absent (the command line): whatever the jobs say. */
  connection?: ConnectionGuard;
}

const isFinished = (job: Job) => job.status === 'done' || job.status === 'failed' || job.status === 'cancelled';

/**
 * Runs every job that is ready, one step at a time, saving after each step. Returns when no job is ready, with
 * the time the next waiting job wants to run (for an alarm), or null when none waits.
 */
export async function runJobs(deps: RunnerDeps): Promise<string | null> {
  await releaseExpiredLeases(deps.db, deps.now());
  for (;;) {
    let job = await leaseNextJob(deps.db, deps.owner, deps.now(), LEASE_MS);
    if (!job) break;
    for (;;) {
      // The merchant may have stopped it between steps (a job with nothing in flight ends at once), or forgotten it.
      const stored = await getJob(deps.db, job.id);
      if (!stored || !isUnderway(stored.status)) break;
      if (stored.stopRequested !== undefined) job = { ...job, stopRequested: stored.stopRequested };
      const binding = await checkBinding(deps.db, job, deps.connection, deps.now());
      if (binding === 'stop') return nextWakeUp(deps.db);
      if (binding === 'skip') break;

      const stepped = await stepJob(job, deps.context);
      const now = deps.now();
      // A Stop pressed during the step is kept: the save applies it to what the step did.
      const saved = await saveStep(deps.db, stepped, (result) => ({
        ...result,
        updatedAt: now.toISOString(),
        lease: isFinished(result)
          ? null
          : { owner: deps.owner, until: new Date(now.getTime() + LEASE_MS).toISOString() },
      }));
      if (!saved) break;
      job = saved;
      deps.onProgress?.(job);

      if (isFinished(job)) {
        await deps.afterJob?.(job);
        break;
      }
      if (job.nextRunAt) {
        const wait = new Date(job.nextRunAt).getTime() - now.getTime();
        if (wait > SHORT_WAIT_MS) {
          const released = await saveStep(deps.db, job, (result) => ({ ...result, lease: null }));
          if (released && isFinished(released)) await deps.afterJob?.(released);
          break;
        }
        if (wait > 0) await deps.sleep(wait);
      }
    }
  }
  return nextWakeUp(deps.db);
}
