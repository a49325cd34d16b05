import { WordedError } from '../i18n/said.ts';
import { LIST_MOVED_DURING_READ_BACK } from '../i18n/said/jobs.ts';
import type { EcomCategory } from '../sync/model.ts';
import type { Job, JobCursor, JobItem } from './model.ts';
import { enabledTarget, judgeAfter, judgeSyncAfter, type Outcome } from './read-back.ts';
import type { StepContext } from './ports.ts';

/** Retried later by the job's back-off (see errors.ts): the list moved under the read, or the token hides some. */
const incompleteRead = () => Object.assign(new WordedError(LIST_MOVED_DURING_READ_BACK), { retryable: true });

/** eCom keeps a batch's ticket and deduplication key for an hour; past this, neither is trusted (with a margin). */
export const TICKET_MEMORY_MS = 55 * 60_000;

/** The batch in flight was posted so long ago that eCom may have forgotten its key: sending it again could apply it twice. */
export function pastTicketMemory(job: Job, now: Date): boolean {
  const submittedAt = job.cursor.submittedAt;
  // A batch in flight from before submittedAt was kept has no age: it is read back rather than trusted.
  return submittedAt === undefined || now.getTime() - Date.parse(submittedAt) > TICKET_MEMORY_MS;
}

/** The cursor once the batch in flight is accounted for. */
export function batchOver(cursor: JobCursor): JobCursor {
  const { ticket: _ticket, inFlight: _inFlight, submittedAt: _submittedAt, ...rest } = cursor;
  return rest;
}

/**
 * When the record of what a batch did is lost (its ticket forgotten, never saved, or the merchant stopped the
 * job), each item in flight is read back from eCom before anything is sent again: one found carried out is
 * done, one gone is skipped, the rest go back to pending and a later batch sends them under a new key.
 */
export async function readBackInFlight(job: Job, ctx: StepContext): Promise<Job> {
  const inFlight = new Set(job.cursor.inFlight ?? []);
  const items = job.items.filter((item) => inFlight.has(item.key) && item.state === 'pending');
  const outcomes = await outcomesOf(job, items, ctx);
  const created = { ...(job.cursor.created ?? {}) };
  const updated = job.items.map((item): JobItem => {
    const outcome = outcomes.get(item.key);
    if (!outcome || outcome.state === 'pending') return item;
    if (outcome.state === 'skipped') return { ...item, state: 'skipped', reason: outcome.reason };
    if (outcome.ecomId === undefined) return { ...item, state: 'done' };
    if (item.operation?.kind === 'create-category') created[item.operation.retailId] = outcome.ecomId;
    return { ...item, state: 'done', ecomId: outcome.ecomId };
  });
  const cursor = batchOver(job.cursor);
  return {
    ...job,
    items: updated,
    // The next chunk number makes the next batch's key a new one: the old key may still stand for this batch.
    cursor: { ...cursor, chunk: cursor.chunk + 1, ...(job.cursor.created === undefined ? {} : { created }) },
    attempts: 0,
    nextRunAt: null,
  };
}

async function outcomesOf(job: Job, items: readonly JobItem[], ctx: StepContext): Promise<Map<string, Outcome>> {
  const outcomes = new Map<string, Outcome>();
  const target = enabledTarget(job);
  if (target) {
    const ids = items.flatMap((item) => (item.ecomId === null ? [] : [item.ecomId]));
    const now = await ctx.ecom.enabledNow(target.kind, ids);
    for (const item of items)
      outcomes.set(item.key, judgeAfter(item.ecomId === null ? null : now.get(item.ecomId), target.enabled));
    return outcomes;
  }
  // A sync's changes are all on categories, some found only by searching (a created one): one read of the list.
  const listing = await ctx.ecom.categories();
  // A category missing from a walk that skipped is not known to be missing: creating it again could make a
  // second copy. Wait and read again rather than guess.
  if (!listing.complete) throw incompleteRead();
  const categories = new Map<number, EcomCategory>(listing.records.map((category) => [category.id, category]));
  const created = { ...(job.cursor.created ?? {}) };
  const lookup = (retailId: number) => created[retailId] ?? ctx.ecomIdOfRetail(retailId);
  for (const item of items) {
    if (!item.operation) continue;
    const outcome = judgeSyncAfter(item.operation, categories, lookup);
    if (outcome.state === 'done' && outcome.ecomId !== undefined && item.operation.kind === 'create-category') {
      created[item.operation.retailId] = outcome.ecomId;
    }
    outcomes.set(item.key, outcome);
  }
  return outcomes;
}
