import type { Job, JobItem } from './model.ts';
import { enabledTarget, judgeBefore } from './read-back.ts';
import type { StepContext } from './ports.ts';

/** eCom's batch endpoint takes up to 500 requests: as many records are read in one step. */
const READ_SIZE = 500;

/** A job on enabled flags reads its items' current state before its first batch, and only then sends. */
export function needsCheck(job: Job): boolean {
  return enabledTarget(job) !== null && (job.cursor.checked ?? 0) < job.items.length;
}

/**
 * The first steps of a job on enabled flags: the preview and the job were made from the cache, which may be
 * older than what the merchant did since. Each item is read from eCom: one already as wanted is skipped and so
 * never undone, one gone is skipped, and `before` says what the read found. Saved like any step, so a restart
 * goes on from the next unread item.
 */
export async function checkBeforeSending(job: Job, ctx: StepContext): Promise<Job> {
  const target = enabledTarget(job)!;
  const from = job.cursor.checked ?? 0;
  const slice = job.items.slice(from, from + READ_SIZE);
  const ids = slice.flatMap((item) => (item.state === 'pending' && item.ecomId !== null ? [item.ecomId] : []));
  const now = ids.length === 0 ? new Map<number, boolean | null>() : await ctx.ecom.enabledNow(target.kind, ids);
  const checked = new Set(slice.map((item) => item.key));
  const items = job.items.map((item): JobItem => {
    if (!checked.has(item.key) || item.state !== 'pending' || item.ecomId === null) return item;
    const outcome = judgeBefore(now.get(item.ecomId), target.enabled);
    if (outcome.state === 'skipped') return { ...item, state: 'skipped', reason: outcome.reason };
    return job.undoOf === undefined && item.before !== undefined
      ? { ...item, before: beforeFrom(item.before, target.enabled) }
      : item;
  });
  return { ...job, items, cursor: { ...job.cursor, checked: from + slice.length }, attempts: 0, nextRunAt: null };
}

/**
 * A category about to be enabled is disabled now: new or disabled by the merchant, as the cache knew it (a cache
 * that thought it live was stale, and the merchant disabled it). One about to be disabled is live now.
 */
function beforeFrom(cached: JobItem['before'], enabling: boolean): JobItem['before'] {
  if (!enabling) return 'live';
  return cached === 'new' ? 'new' : 'disabled';
}
