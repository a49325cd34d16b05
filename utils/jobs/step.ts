import type { BatchState, StepContext } from './ports.ts';
import { sayAround, type Said } from '../i18n/said.ts';
import { ecomAnswered, notDoneBecause, STEP_REASONS } from '../i18n/said/jobs.ts';
import { checkBeforeSending, needsCheck } from './check-first.ts';
import { backoffMs, judgeError } from './errors.ts';
import { linkVerdict } from './link-check.ts';
import { batchOver, pastTicketMemory, readBackInFlight } from './in-flight.ts';
import type { Job, JobItem } from './model.ts';
import { requestFor } from './requests.ts';
import { hasInFlight, settleStopped } from './stop.ts';
import { nextSyncRound, planSync } from './sync-rounds.ts';

/** eCom's batch endpoint takes up to 500 requests. */
export const CHUNK_SIZE = 500;
/** How soon to read a batch back; short waits stay in the worker, long ones go to an alarm. */
export const POLL_MS = 600;
/** Retries of one step before the job gives up and says why. */
export const MAX_ATTEMPTS = 8;
export { MAX_SYNC_ROUNDS } from './sync-rounds.ts';

const later = (now: Date, ms: number) => new Date(now.getTime() + ms).toISOString();

/**
 * Does one request's worth of a job and returns the job as it now stands; the caller saves it before the next
 * step, so a worker killed between steps loses nothing and repeats nothing: a batch is recorded before it is
 * posted, then only ever polled (once its ticket is saved), posted again under the same deduplication key within
 * the hour eCom keeps it, or read back from eCom item by item once that hour is over or the ticket is gone.
 */
export async function stepJob(job: Job, ctx: StepContext): Promise<Job> {
  // After Stop nothing new is sent: only a batch already in flight is read back.
  if (job.stopRequested !== undefined && !hasInFlight(job)) return settleStopped(job);
  try {
    if (hasInFlight(job)) return await settleInFlight(job, ctx);
    if (job.kind === 'sync' && job.cursor.round === undefined) return await planSync(job, ctx);
    if (needsCheck(job)) return await checkBeforeSending(job, ctx);
    return await sendNextChunk(job, ctx);
  } catch (error) {
    const verdict = judgeError(error);
    if (verdict.retryable && job.attempts < MAX_ATTEMPTS) {
      return {
        ...job,
        attempts: job.attempts + 1,
        nextRunAt: later(ctx.now(), verdict.retryAfterMs ?? backoffMs(job.attempts)),
        error: verdict.message,
      };
    }
    return stopJob(job, verdict.message);
  }
}

function lookupWithCreated(job: Job, ctx: StepContext): (retailId: number) => number | undefined {
  const created = job.cursor.created ?? {};
  return (retailId) => created[retailId] ?? ctx.ecomIdOfRetail(retailId);
}

async function sendNextChunk(job: Job, ctx: StepContext): Promise<Job> {
  const lookup = lookupWithCreated(job, ctx);
  const requests = [];
  const inFlight: string[] = [];
  const blocked = new Set<string>();
  const unlinked = new Map<string, Said>();
  const categoriesNow = ctx.categoriesNow ? await ctx.categoriesNow() : undefined;
  for (const item of job.items) {
    if (item.state !== 'pending') continue;
    const why = categoriesNow ? linkVerdict(job, item, categoriesNow) : null;
    if (why !== null) {
      unlinked.set(item.key, why);
      continue;
    }
    const request = requestFor(job, item, lookup);
    if (!request) {
      // Waiting on a parent sent in this chunk: send what comes before it, in order, and take it up next time.
      if (requests.length > 0) break;
      // Waiting on a parent nothing will create any more (its creation failed).
      blocked.add(item.key);
      continue;
    }
    requests.push(request);
    inFlight.push(item.key);
    if (requests.length >= CHUNK_SIZE) break;
  }
  const withBlocked =
    blocked.size === 0 && unlinked.size === 0
      ? job
      : markItems(job, (item) => {
          if (blocked.has(item.key)) return { ...item, state: 'skipped', reason: STEP_REASONS.parentNotCreated };
          const why = unlinked.get(item.key);
          return why === undefined ? item : { ...item, state: 'skipped', reason: why };
        });
  if (requests.length === 0) return finishRound(withBlocked, ctx);
  // Saved before the batch is posted (the next step posts it): a worker that dies on the way leaves a trace of
  // what may have reached eCom, and when.
  const submittedAt = ctx.now().toISOString();
  return { ...withBlocked, cursor: { ...job.cursor, inFlight, submittedAt }, attempts: 0, nextRunAt: null };
}

/**
 * A batch is in flight: poll it when its ticket is known. Without a ticket it is posted (again): within the hour
 * eCom keeps its key, a second post runs nothing and answers with the first ticket. Past that hour, or after Stop
 * (which sends nothing new), what it did is read back from eCom instead.
 */
async function settleInFlight(job: Job, ctx: StepContext): Promise<Job> {
  if (job.cursor.ticket) return readBatch(job, ctx);
  if (job.stopRequested !== undefined || pastTicketMemory(job, ctx.now())) return readBackInFlight(job, ctx);
  const lookup = lookupWithCreated(job, ctx);
  const inFlight = new Set(job.cursor.inFlight);
  const requests = job.items.flatMap((item) => {
    const request = inFlight.has(item.key) ? requestFor(job, item, lookup) : undefined;
    return request ? [request] : [];
  });
  const key = `${job.id}.${job.cursor.round ?? 0}.${job.cursor.chunk}`;
  const ticket = await ctx.ecom.submitBatch(requests, key);
  return { ...job, cursor: { ...job.cursor, ticket }, attempts: 0, nextRunAt: later(ctx.now(), POLL_MS) };
}

/** eCom's own words for a failed change, as it gave them; else its status, in our words. */
function reasonOf(body: unknown, status: number): Said | string {
  if (typeof body === 'object' && body !== null && 'errorMessage' in body) {
    return `${String((body as { errorMessage: unknown }).errorMessage)} (${status})`;
  }
  return ecomAnswered(status);
}

async function readBatch(job: Job, ctx: StepContext): Promise<Job> {
  const state: BatchState | null = await ctx.ecom.pollBatch(job.cursor.ticket!);
  // eCom forgot the ticket (an hour after it was posted): what the batch did is read back instead.
  if (state === null) return readBackInFlight(job, ctx);
  if (state.status !== 'COMPLETED') return { ...job, attempts: 0, nextRunAt: later(ctx.now(), POLL_MS) };

  const results = new Map(state.results.map((result) => [result.id, result]));
  const inFlight = new Set(job.cursor.inFlight ?? []);
  const created = { ...(job.cursor.created ?? {}) };
  const updated = markItems(job, (item) => {
    if (!inFlight.has(item.key)) return item;
    const result = results.get(item.key);
    if (!result) return { ...item, state: 'failed', reason: STEP_REASONS.noResult };
    if (result.status === 'COMPLETED') {
      if (item.operation?.kind === 'create-category') {
        const id = (result.body as { id?: unknown } | null)?.id;
        if (typeof id === 'number') created[item.operation.retailId] = id;
        return { ...item, state: 'done', ...(typeof id === 'number' ? { ecomId: id } : {}) };
      }
      return { ...item, state: 'done' };
    }
    if (result.status === 'NOT_EXECUTED') return { ...item, state: 'skipped', reason: STEP_REASONS.notRun };
    return {
      ...item,
      state: 'failed',
      reason: reasonOf(result.body, result.httpStatusCode),
      httpStatus: result.httpStatusCode,
    };
  });
  const cursor = batchOver(job.cursor);
  return { ...updated, cursor: { ...cursor, chunk: cursor.chunk + 1, created }, attempts: 0, nextRunAt: null };
}

async function finishRound(job: Job, ctx: StepContext): Promise<Job> {
  if (job.kind === 'sync') {
    const next = await nextSyncRound(job, ctx);
    if (next.another) return next.job;
    job = next.job;
  }
  const { error: _error, ...rest } = job;
  return { ...rest, status: 'done', nextRunAt: null };
}

function markItems(job: Job, change: (item: JobItem) => JobItem): Job {
  return { ...job, items: job.items.map(change) };
}

/** The job cannot go on: it says why, and every item it did not reach says so too. */
export function stopJob(job: Job, message: Said | string): Job {
  const notDone = sayAround(message, notDoneBecause);
  return {
    ...markItems(job, (item) => (item.state === 'pending' ? { ...item, state: 'skipped', reason: notDone } : item)),
    status: 'failed',
    error: message,
    nextRunAt: null,
  };
}
