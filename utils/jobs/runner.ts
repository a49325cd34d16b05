import { getJob, leaseNextJob, nextWakeUp, releaseExpiredLeases, saveJob } from '../db/jobs.ts';
import type { Db } from '../db/open.ts';
import { checkBinding, type ConnectionGuard } from './binding.ts';
import type { Job } from './model.ts';
import { stepJob, type StepContext } from './step.ts';

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
      // The merchant may have cancelled it between steps.
      const stored = await getJob(deps.db, job.id);
      if (stored?.status === 'cancelled') break;
      const binding = await checkBinding(deps.db, job, deps.connection, deps.now());
      if (binding === 'stop') return nextWakeUp(deps.db);
      if (binding === 'skip') break;

      job = await stepJob(job, deps.context);
      const now = deps.now();
      const holdsLease = !isFinished(job);
      job = {
        ...job,
        updatedAt: now.toISOString(),
        lease: holdsLease ? { owner: deps.owner, until: new Date(now.getTime() + LEASE_MS).toISOString() } : null,
      };
      await saveJob(deps.db, job);
      deps.onProgress?.(job);

      if (isFinished(job)) {
        await deps.afterJob?.(job);
        break;
      }
      if (job.nextRunAt) {
        const wait = new Date(job.nextRunAt).getTime() - now.getTime();
        if (wait > SHORT_WAIT_MS) {
          job = { ...job, lease: null };
          await saveJob(deps.db, job);
          break;
        }
        if (wait > 0) await deps.sleep(wait);
      }
    }
  }
  return nextWakeUp(deps.db);
}
