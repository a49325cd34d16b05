import type { JobRequest } from '../engine/engine.ts';
import { isUnderway, progressOf, type Job, type JobProgress } from '../jobs/model.ts';
import { ask } from '../messaging/ask.ts';
import type { MessageError, PageStatus } from '../messaging/protocol.ts';
import { debugMark } from './debug-marks.ts';
import { isStale, readSince } from './freshness.ts';
import type { Store } from './store.ts';

/** How often a running job is read back. */
export const JOB_POLL_MS = 700;
/** How many polls to wait for the engine's own refresh after a job before showing what is there. */
const SETTLE_POLLS = 20;

/** other-store: the page is another store's admin (or its store cannot be told): nothing is shown or offered. */
export type Phase = 'loading' | 'ready' | 'not-connected' | 'unreachable' | 'other-store';

export interface WatchedJob {
  progress: JobProgress;
  /** The whole job once read: its items and what became of each. */
  job: Job | null;
  /** The engine has read both stores again after the job, and the status shown includes its result. */
  settled: boolean;
}

/** What the overlay knows from the background. */
export interface EngineView {
  phase: Phase;
  status: PageStatus | null;
  /** Why the background could not be reached (phase "unreachable"), or answers nothing here (phase "other-store"). */
  problem: string | null;
  /** eCom is connected with a public token (PageStatus.ecomReadOnly). */
  readOnly: boolean;
  refreshing: boolean;
  refreshError: string | null;
  job: WatchedJob | null;
  /** Why a job could not be started or undone. */
  jobError: string | null;
  /** A link choice is on its way to the background (utils/overlay/link-options.ts). */
  choosing: boolean;
  /** Why the last link choice was not taken. */
  choiceError: string | null;
  /** The clock the "read N minutes ago" text follows. */
  now: number;
}

export const INITIAL_ENGINE_VIEW: EngineView = {
  phase: 'loading',
  status: null,
  problem: null,
  readOnly: false,
  refreshing: false,
  refreshError: null,
  job: null,
  jobError: null,
  choosing: false,
  choiceError: null,
  now: Date.now(),
};

export interface Timers {
  setTimeout(handler: () => void, ms: number): number;
  clearTimeout(id: number): void;
}

const isActive = (progress: JobProgress) => isUnderway(progress.status);

export interface Session {
  /** Shows the cached state at once, then reads both stores again when it is missing or old. */
  start(): Promise<void>;
  /** Reads both stores again, whole, as the merchant asked. */
  refresh(): Promise<void>;
  /** Reads again what changed when what is shown has aged (the tab is back): incremental, as on opening. */
  refreshIfStale(): Promise<void>;
  startJob(request: JobRequest): Promise<boolean>;
  undo(): Promise<void>;
  cancel(): Promise<void>;
  /**
   * Settles an eCom category's Retail counterpart (a Retail id, 0 for none, null to undo the merchant's choice),
   * then shows the statuses decided again. True when it was taken.
   */
  chooseLink(ecomId: number, retailId: number | null): Promise<boolean>;
  /** Forgets a finished job's result. */
  dismissJob(): void;
  stop(): void;
}

/**
 * The overlay's whole conversation with the background: the status (cached, then fresh), reading the stores
 * again, and jobs, whose progress (counts only) is read back every JOB_POLL_MS while they run and whose items
 * are read once they end. A job found running when the page opens is followed the same way, so its progress
 * survives navigation and reloads.
 */
export interface SessionHooks {
  /** A job ended: what it changed can be shown in the admin's own list at once. */
  jobFinished(job: Job): void;
  /** Both stores were read again at the merchant's request: the admin may be behind too. */
  refreshed(): void;
  /** A failure in the overlay's language (MessageError.said when the background gave it, else its English). */
  say(error: MessageError): string;
}

export function createSession<S extends EngineView>(store: Store<S>, timers: Timers, hooks: SessionHooks): Session {
  let stopped = false;
  let pollTimer: number | undefined;
  let watching: string | null = null;

  const set = (patch: Partial<EngineView>) => {
    if (!stopped) store.set(patch as Partial<S>);
  };
  const wait = (ms: number) => new Promise<void>((resolve) => timers.setTimeout(resolve, ms));

  const applyStatus = (status: PageStatus | null) => {
    debugMark('status');
    set(
      status
        ? { phase: 'ready', status, readOnly: status.ecomReadOnly === true, now: Date.now() }
        : { phase: 'not-connected', status: null, now: Date.now() },
    );
  };

  const readStatus = async (): Promise<PageStatus | null | undefined> => {
    const reply = await ask({ type: 'status' });
    if (reply.ok) return reply.value;
    set({ phase: reply.error.code === 'other-store' ? 'other-store' : 'unreachable', problem: hooks.say(reply.error) });
    return undefined;
  };

  const settle = async (job: Job) => {
    for (let poll = 0; poll < SETTLE_POLLS && !stopped; poll++) {
      const status = await readStatus();
      if (status === undefined) return;
      if (status === null || readSince(status, job.updatedAt) || poll === SETTLE_POLLS - 1) {
        applyStatus(status);
        break;
      }
      await wait(JOB_POLL_MS);
    }
    const current = store.get().job;
    if (current?.progress.id === job.id) set({ job: { ...current, settled: true } });
  };

  const poll = async (id: string) => {
    if (stopped || watching !== id) return;
    // Only the counts while it runs: the items are read once, when there is a result to show.
    const reply = await ask({ type: 'job-progress', id });
    if (stopped || watching !== id) return;
    if (!reply.ok || reply.value === null) {
      // The job is gone (or the background is): stop following it rather than spin.
      watching = null;
      if (!reply.ok) set({ jobError: hooks.say(reply.error) });
      return;
    }
    const progress = reply.value;
    if (isActive(progress)) {
      set({ job: { progress, job: null, settled: false } });
      pollTimer = timers.setTimeout(() => void poll(id), JOB_POLL_MS);
      return;
    }
    watching = null;
    const whole = await ask({ type: 'job', id });
    // Another job may be followed by now (the merchant started one): this one's result is no longer shown.
    if (stopped || watching !== null) return;
    if (!whole.ok || whole.value === null) {
      set({ job: { progress, job: null, settled: false }, ...(whole.ok ? {} : { jobError: hooks.say(whole.error) }) });
      return;
    }
    const job = whole.value;
    set({ job: { progress: progressOf(job), job, settled: false } });
    hooks.jobFinished(job);
    await settle(job);
  };

  const watch = (progress: JobProgress) => {
    if (pollTimer !== undefined) timers.clearTimeout(pollTimer);
    watching = progress.id;
    set({ job: { progress, job: null, settled: false }, jobError: null });
    void poll(progress.id);
  };

  const refresh = async (byMerchant = false) => {
    if (store.get().refreshing || store.get().phase === 'other-store') return;
    set({ refreshing: true, refreshError: null });
    const reply = await ask(byMerchant ? { type: 'refresh', full: true } : { type: 'refresh' });
    if (!reply.ok) {
      set({
        refreshing: false,
        ...(reply.error.code === 'not-connected' ? { phase: 'not-connected' } : {}),
        refreshError: hooks.say(reply.error),
      });
      return;
    }
    const status = await readStatus();
    set({ refreshing: false });
    if (status !== undefined) applyStatus(status);
    if (byMerchant) hooks.refreshed();
  };

  return {
    async start() {
      const status = await readStatus();
      if (status === undefined) return;
      applyStatus(status);
      const running = status?.jobs.find(isActive);
      if (running) watch(running);
      if (status && isStale(status, Date.now())) await refresh();
    },

    refresh: () => refresh(true),

    async refreshIfStale() {
      if (isStale(store.get().status, Date.now())) await refresh();
    },

    async startJob(request) {
      set({ jobError: null });
      const reply = await ask({ type: 'start-job', job: request });
      if (!reply.ok) {
        set({ jobError: hooks.say(reply.error) });
        return false;
      }
      watch(reply.value);
      return true;
    },

    async undo() {
      const current = store.get().job;
      if (!current) return;
      set({ jobError: null });
      const reply = await ask({ type: 'undo', id: current.progress.id });
      if (!reply.ok) {
        set({ jobError: hooks.say(reply.error) });
        return;
      }
      watch(reply.value);
    },

    async cancel() {
      const current = store.get().job;
      if (!current || !isActive(current.progress)) return;
      await ask({ type: 'cancel', id: current.progress.id });
    },

    async chooseLink(ecomId, retailId) {
      set({ choosing: true, choiceError: null });
      const reply = await ask({ type: 'choose-link', ecomId, retailId });
      if (!reply.ok) {
        set({ choosing: false, choiceError: hooks.say(reply.error) });
        return false;
      }
      const status = await readStatus();
      set({ choosing: false });
      if (status !== undefined) applyStatus(status);
      return true;
    },

    dismissJob() {
      if (watching !== null) return;
      set({ job: null, jobError: null });
    },

    stop() {
      stopped = true;
      if (pollTimer !== undefined) timers.clearTimeout(pollTimer);
    },
  };
}

export function isJobActive(job: WatchedJob | null): boolean {
  return job !== null && isActive(job.progress);
}
