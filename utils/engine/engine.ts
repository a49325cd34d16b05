import {
  countKnownEcomRecords,
  loadCategoryStates,
  loadEcom,
  loadProductStates,
  type NamedRecords,
} from '../db/cache.ts';
import { requestStop } from '../db/job-stop.ts';
import { getJob, listJobs, pruneJobs, releaseForeignLeases, saveJob } from '../db/jobs.ts';
import { getMeta, setMeta, type Problem } from '../db/meta.ts';
import { addRun, recentRuns } from '../db/runs.ts';
import { saveSyncUnlessUnderway } from '../db/sync-job.ts';
import type { RunRecord } from '../db/schema.ts';
import { saidOf, type Said } from '../i18n/said.ts';
import { bindJob } from './job-binding.ts';
import { createCategoryJob, createProductJob, createSyncJob, createUndoJob } from '../jobs/create-jobs.ts';
import type { CategoryNow } from '../jobs/link-check.ts';
import { isUnderway, progressOf, type Job, type JobProgress } from '../jobs/model.ts';
import { keepPlanned, rememberRefusals, type RefusedChanges } from '../jobs/refusals.ts';
import { runJobs } from './job-runner.ts';
import type { StepContext } from '../jobs/ports.ts';
import { enableCandidates } from '../sync/enable-candidates.ts';
import { retailIdOf } from '../sync/external-ids.ts';
import { forgetEnabled, markEnabled } from '../sync/history.ts';
import type { CategoryState, Operation, ProductState } from '../sync/model.ts';
import { summarize, type Summary } from '../sync/summary.ts';
import type { EngineDeps } from './ports.ts';
import { settleLink } from './link-choice.ts';
import { readAfterJob } from './read-after-job.ts';
import { refresh, type RefreshOptions, type RefreshResult } from './refresh.ts';

export type JobRequest =
  /** No ids: every "new" category (never a merchant-disabled one). With ids: exactly those, if disabled. */
  | { kind: 'enable-categories'; ecomIds?: number[] }
  | { kind: 'disable-categories'; ecomIds: number[] }
  /** No ids: every disabled product that sits in an enabled category. */
  | { kind: 'enable-products'; ecomIds?: number[] }
  | { kind: 'sync' };

/** The state at a glance: what the popup and the summary need, without reading every record. */
export interface EngineGlance {
  readAt: { retail: string | null; ecom: string | null } | null;
  /** Null until the first refresh. */
  summary: Summary | null;
  jobs: JobProgress[];
  lastError: Problem | null;
}

export interface EngineStatus extends EngineGlance {
  summary: Summary;
  categories: CategoryState[];
  products: ProductState[];
}

export interface Engine {
  /** Incremental where the APIs allow; `full` reads everything whole (a merchant's own refresh). */
  refresh(options?: RefreshOptions): Promise<RefreshResult>;
  /** Everything known, from IndexedDB alone: instant, and works offline. */
  status(): Promise<EngineStatus>;
  /** Counts, times, jobs and the last problem, without reading every category and product. */
  glance(): Promise<EngineGlance>;
  /** Every category's state from the cache alone, without the products (the toolbar's count). */
  categories(): Promise<CategoryState[]>;
  /** How many of these eCom records the last read holds (telling a /cp/ admin page's store by its content). */
  countKnown(named: NamedRecords): Promise<number>;
  /**
   * Queues a job. A sync is planned when it starts running, and there is only ever one under way: asked for
   * again meanwhile, it is that one. `by: 'alarm'` is the refresh alarm's sync, which leaves out the changes
   * eCom keeps refusing; the merchant's own Sync sends them again.
   */
  startJob(request: JobRequest, by?: 'merchant' | 'alarm'): Promise<Job>;
  /** The changes eCom keeps refusing, by signature (utils/jobs/refusals.ts). */
  refusedChanges(): Promise<RefusedChanges>;
  undo(jobId: string): Promise<Job>;
  cancel(jobId: string): Promise<void>;
  job(jobId: string): Promise<Job | undefined>;
  /** Runs ready jobs; returns when the next waiting one wants to run, or null. */
  runJobs(onProgress?: (job: Job) => void): Promise<string | null>;
  /** The arrived categories a note told of, kept with the store's memory; undefined before the first look. */
  toldArrivals(): Promise<number[] | undefined>;
  rememberToldArrivals(ecomIds: number[]): Promise<void>;
  /** The run log: the newest reads and ended jobs, newest first. */
  runs(limit: number): Promise<RunRecord[]>;
  /**
   * The merchant settles an eCom category's Retail counterpart (a Retail id, NO_RETAIL for none, null to forget
   * their choice); every status is decided again from the cache (utils/engine/link-choice.ts).
   */
  chooseLink(ecomId: number, retailId: number | null): Promise<Summary>;
}

export function createEngine(deps: EngineDeps, owner: string = crypto.randomUUID()): Engine {
  const { db } = deps;

  /** Keeps the problem for the pages; returns it as the run log keeps it (every language when known). */
  const recordError = async (error: unknown): Promise<Said | string> => {
    const message = error instanceof Error ? error.message : String(error);
    const said = saidOf(error);
    await setMeta(db, 'lastError', { at: deps.now().toISOString(), message, ...(said ? { said } : {}) });
    return said ?? message;
  };

  // Refreshes and the engine's memory writes run one at a time: a refresh reads the memory at its start and writes
  // it at its end, so one running beside a job's own update (undo puts categories back to "new") would undo it.
  let queue: Promise<unknown> = Promise.resolve();
  const oneAtATime = <T>(work: () => Promise<T>): Promise<T> => {
    const result = queue.then(work, work);
    queue = result.catch(() => undefined);
    return result;
  };

  const doRefresh = (options: RefreshOptions = {}): Promise<RefreshResult> =>
    oneAtATime(() => logged(() => refresh(deps, options)));

  /** The read after a job: what it wrote, in eCom only; both stores when there is no earlier read to build on. */
  const readBack = (job: Job): Promise<RefreshResult> =>
    oneAtATime(() => logged(async () => (await readAfterJob(deps, job)) ?? refresh(deps)));

  /** Runs a read and keeps its outcome in the run log, and its problem for the pages. */
  const logged = async (read: () => Promise<RefreshResult>): Promise<RefreshResult> => {
    const startedAt = deps.now().toISOString();
    try {
      const result = await read();
      await setMeta(db, 'lastError', null);
      const finishedAt = deps.now().toISOString();
      const categories = result.summary.categories.total;
      await addRun(db, { kind: 'refresh', startedAt, finishedAt, ok: true, categories, error: null });
      return result;
    } catch (error) {
      const problem = await recordError(error);
      const finishedAt = deps.now().toISOString();
      await addRun(db, { kind: 'refresh', startedAt, finishedAt, ok: false, categories: null, error: problem });
      throw error;
    } finally {
      // Whoever follows the engine (the toolbar) is told after every read, done or failed, a job's own included.
      deps.changed?.();
    }
  };

  const loadRefused = async (): Promise<RefusedChanges> => (await getMeta(db, 'refused')) ?? {};

  const context = async (): Promise<StepContext> => {
    // Read again after every plan: a sync plans from a fresh read, and its creates look their parents up here.
    const byRetail = new Map<number, number>();
    // The links the last plan rested on (utils/sync/linker.ts), then what references alone say: a store whose
    // records carry no Retail id has only the first, and a category this sync has just made only the second.
    const readLinks = async () => {
      byRetail.clear();
      for (const category of (await loadEcom(db)).categories) {
        const retailId = retailIdOf(category.externalReferenceId);
        if (retailId !== null) byRetail.set(retailId, category.id);
      }
      const links = (await getMeta(db, 'history'))?.links?.categories;
      for (let i = 0; i < (links?.ecomIds.length ?? 0); i++) byRetail.set(links!.retailIds[i]!, links!.ecomIds[i]!);
    };
    await readLinks();
    // What the last read says of each eCom category, for the check before each batch (utils/jobs/link-check.ts):
    // read the first time a batch is about to go, not on every wake-up that finds no job, and again after a plan.
    let categoriesNow: Promise<(ecomId: number) => CategoryNow | undefined> | null = null;
    const readCategories = async () => {
      const byEcomId = new Map<number, CategoryNow>();
      for (const state of await loadCategoryStates(db)) if (state.ecomId !== null) byEcomId.set(state.ecomId, state);
      return (ecomId: number) => byEcomId.get(ecomId);
    };
    return {
      ecom: deps.ecom,
      now: deps.now,
      ecomIdOfRetail: (retailId) => byRetail.get(retailId),
      categoriesNow: () => (categoriesNow ??= readCategories()),
      replan: async () => {
        const { operations } = await doRefresh();
        await readLinks();
        categoriesNow = null;
        return operations;
      },
      refusedChanges: loadRefused,
    };
  };

  /** What a sync job met that eCom refused: remembered, and the new ones named for the run log. */
  const noteRefusals = (job: Job, now: string): Promise<string[]> =>
    oneAtATime(async () => {
      const { memory, added } = rememberRefusals(await loadRefused(), job, now);
      await setMeta(db, 'refused', memory);
      return added;
    });

  /** After a sync's closing read: a refused change no longer planned was taken, or Retail made it another. */
  const forgetUnplanned = (operations: readonly Operation[]) =>
    oneAtATime(async () => setMeta(db, 'refused', keepPlanned(await loadRefused(), operations)));

  /** What a finished job means for the engine's memory, then a read of what it wrote so every page shows it. */
  const afterJob = async (job: Job) => {
    const done = job.items.filter((item) => item.state === 'done' && item.ecomId !== null);
    const now = deps.now().toISOString();
    await oneAtATime(async () => {
      const history = (await getMeta(db, 'history')) ?? { categories: {} };
      if (job.kind === 'enable-categories') {
        await setMeta(
          db,
          'history',
          markEnabled(
            history,
            done.map((item) => item.ecomId!),
            now,
          ),
        );
      } else if (job.kind === 'disable-categories' && job.undoOf) {
        // Undoing "enable new categories" puts them back to new, not to "disabled by the merchant".
        const wereNew = done.filter((item) => item.before === 'new').map((item) => item.ecomId!);
        await setMeta(db, 'history', forgetEnabled(history, wereNew));
      }
    });
    const refused = job.kind === 'sync' ? await noteRefusals(job, now) : [];
    const progress = progressOf(job);
    await addRun(db, {
      kind: 'job',
      startedAt: job.createdAt,
      finishedAt: now,
      job: job.kind,
      undo: job.undoOf !== undefined,
      status: job.status,
      done: progress.done,
      failed: progress.failed,
      skipped: progress.skipped,
      ...(refused.length > 0 ? { refused } : {}),
    });
    // The run log now holds its counts; jobs whose undo window is over can go.
    await pruneJobs(db, deps.now());
    const refreshed = await readBack(job).catch(() => undefined);
    if (job.kind === 'sync' && refreshed) await forgetUnplanned(refreshed.operations);
  };

  let started = false;
  let running: Promise<string | null> | undefined;

  return {
    refresh: doRefresh,

    async status() {
      const [categories, products, readAt, jobs, lastError] = await Promise.all([
        loadCategoryStates(db),
        loadProductStates(db),
        getMeta(db, 'readAt'),
        listJobs(db, 10),
        getMeta(db, 'lastError'),
      ]);
      return {
        readAt: readAt ?? null,
        summary: summarize(categories, products),
        categories,
        products,
        jobs: jobs.map(progressOf),
        lastError: lastError ?? null,
      };
    },

    runs: (limit) => recentRuns(db, limit),

    categories: () => loadCategoryStates(db),

    toldArrivals: () => getMeta(db, 'toldArrivals'),
    rememberToldArrivals: (ecomIds) => setMeta(db, 'toldArrivals', ecomIds),

    countKnown: (named) => countKnownEcomRecords(db, named),

    // With the refreshes: each reads the memory at its start and writes it at its end.
    chooseLink: (ecomId, retailId) =>
      oneAtATime(() => settleLink(db, ecomId, retailId)).finally(() => deps.changed?.()),

    async glance() {
      const [readAt, summary, jobs, lastError] = await Promise.all([
        getMeta(db, 'readAt'),
        getMeta(db, 'summary'),
        listJobs(db, 10),
        getMeta(db, 'lastError'),
      ]);
      return {
        readAt: readAt ?? null,
        summary: summary ?? null,
        jobs: jobs.map(progressOf),
        lastError: lastError ?? null,
      };
    },

    refusedChanges: loadRefused,

    async startJob(request, by = 'merchant') {
      if (request.kind === 'sync') return saveSyncUnlessUnderway(db, createSyncJob(deps.now(), by));
      const now = deps.now();
      let job: Job;
      if (request.kind === 'enable-categories') {
        const categories = await loadCategoryStates(db);
        const selected = request.ecomIds
          ? pickDisabled(categories, request.ecomIds)
          : enableCandidates({ categories, products: [], operations: [] }).selected;
        job = createCategoryJob('enable-categories', selected, now);
      } else if (request.kind === 'disable-categories') {
        const wanted = new Set(request.ecomIds);
        const categories = (await loadCategoryStates(db)).filter(
          (c) => c.ecomId !== null && wanted.has(c.ecomId) && c.enabled === true,
        );
        job = createCategoryJob('disable-categories', categories, now);
      } else {
        const products = await loadProductStates(db);
        const wanted = request.ecomIds ? new Set(request.ecomIds) : null;
        const selected = products.filter(
          (p) =>
            p.ecomId !== null &&
            p.enabled === false &&
            (wanted ? wanted.has(p.ecomId) : p.issues.includes('disabled-in-enabled-category')),
        );
        job = createProductJob('enable-products', selected, now);
      }
      job = bindJob(job, deps.connection);
      await saveJob(db, job);
      return job;
    },

    async undo(jobId) {
      const original = await getJob(db, jobId);
      if (!original) throw new Error('That job is no longer known, so it cannot be undone.');
      if (isUnderway(original.status)) {
        throw new Error('That job is still running: wait for it to finish, then undo it.');
      }
      const undo = createUndoJob(original, deps.now());
      if (!undo) throw new Error('That job changed nothing that can be put back.');
      const bound = bindJob(undo, deps.connection);
      await saveJob(db, bound);
      return bound;
    },

    async cancel(jobId) {
      // A job with a batch in flight ends once its worker has read that batch back (see runner.ts).
      const ended = await requestStop(db, jobId, deps.now());
      if (ended) await afterJob(ended);
    },

    job: (jobId) => getJob(db, jobId),

    runJobs(onProgress) {
      // One runner at a time in this worker; a second caller shares the first one's run.
      running ??= (async () => {
        if (!started) {
          await releaseForeignLeases(db, owner, deps.now());
          await pruneJobs(db, deps.now());
          started = true;
        }
        return runJobs({
          db,
          owner,
          now: deps.now,
          sleep: deps.sleep,
          context: await context(),
          afterJob,
          ...(onProgress ? { onProgress } : {}),
          ...(deps.connection ? { connection: deps.connection } : {}),
        });
      })().finally(() => {
        running = undefined;
      });
      return running;
    },
  };
}

/** Named categories that are in eCom and disabled; whatever else was named is left out. */
function pickDisabled(categories: readonly CategoryState[], ecomIds: readonly number[]): CategoryState[] {
  const wanted = new Set(ecomIds);
  return categories.filter((c) => c.ecomId !== null && wanted.has(c.ecomId) && c.enabled === false);
}
