import { UNCHANGED_AFTER_SYNC } from '../i18n/said/jobs.ts';
import type { Operation } from '../sync/model.ts';
import { splitOperations, syncItems } from './create-jobs.ts';
import type { Job, JobItem } from './model.ts';
import { signatureOf, withoutRefused } from './refusals.ts';
import type { StepContext } from './ports.ts';

/**
 * A sync job plans when it runs, not when it is asked for: its first step reads both stores and plans, and the
 * runner saves that plan before anything is sent, so a worker that restarts goes on with the same plan. A sync
 * queued behind another one thus plans from what the first one left.
 */

/** A sync needs a second round for products of categories it created in the first; more is a sign of trouble. */
export const MAX_SYNC_ROUNDS = 4;

/** The first step of a sync job: its plan. The alarm's syncs leave out what eCom keeps refusing. */
export async function planSync(job: Job, ctx: StepContext): Promise<Job> {
  return {
    ...job,
    items: syncItems(await planned(job, ctx), 0),
    cursor: { chunk: 0, round: 0, created: {} },
    attempts: 0,
    nextRunAt: null,
  };
}

/** What is still to do, from a fresh read, one operation per request. */
async function planned(job: Job, ctx: StepContext): Promise<Operation[]> {
  const operations = await ctx.replan();
  return job.automatic ? withoutRefused(operations, (await ctx.refusedChanges?.()) ?? {}) : splitOperations(operations);
}

/**
 * After a round: plans again and starts another round with what is still to do, or says the sync has ended
 * (`another: false`). A round that changed nothing is not planned again (it would plan the same), and nothing is
 * sent twice in one job: a change planned again after it was done did not take (eCom keeps something else), so
 * its item is marked failed, once, rather than sent at every round.
 */
export async function nextSyncRound(job: Job, ctx: StepContext): Promise<{ job: Job; another: boolean }> {
  const round = job.cursor.round ?? 0;
  const changedSomething = job.items.some((item) => item.state === 'done' && item.key.startsWith(`s${round}.`));
  if (!changedSomething || round + 1 >= MAX_SYNC_ROUNDS) return { job, another: false };

  const tried = new Map<string, JobItem>();
  for (const item of job.items) if (item.operation) tried.set(signatureOf(item.operation), item);

  const unchanged = new Set<string>();
  const fresh = (await planned(job, ctx)).filter((operation) => {
    const before = tried.get(signatureOf(operation));
    if (before?.state === 'done') unchanged.add(before.key);
    // A change a round did not reach (not run, or under a parent that failed) may go in the next one.
    return before === undefined || before.state === 'skipped';
  });
  const items = job.items.map((item): JobItem =>
    unchanged.has(item.key) ? { ...item, state: 'failed', reason: UNCHANGED_AFTER_SYNC, unchanged: true } : item,
  );
  if (fresh.length === 0) return { job: { ...job, items }, another: false };
  return {
    job: {
      ...job,
      items: [...items, ...syncItems(fresh, round + 1)],
      cursor: { ...job.cursor, chunk: 0, round: round + 1 },
      nextRunAt: null,
    },
    another: true,
  };
}
