import type { Said } from '../i18n/said.ts';
import type { Operation } from '../sync/model.ts';

/**
 * A job is a merchant's action carried out in steps that survive the service worker being killed: the whole
 * record lives in IndexedDB, a worker leases it, does one request's worth of work, records the result and the
 * cursor, and lets go. A job never sleeps through a long back-off: it writes nextRunAt and an alarm wakes it.
 */

export const JOB_KINDS = [
  'enable-categories',
  'disable-categories',
  'enable-products',
  'disable-products',
  'sync',
] as const;
export type JobKind = (typeof JOB_KINDS)[number];

export type JobStatus = 'queued' | 'running' | 'done' | 'failed' | 'cancelled';

export type JobItemState = 'pending' | 'done' | 'failed' | 'skipped';

/** One thing the job acts on, and what became of it. */
export interface JobItem {
  /** Unique within the job; also the batch request id. */
  key: string;
  /** The eCom category or product id acted on (null for a category the sync has yet to create). */
  ecomId: number | null;
  label: string;
  state: JobItemState;
  /** For failed and skipped items: why, in words (the API's own reason for a failure, as it gave it). */
  reason?: Said | string;
  /** For sync jobs: the operation this item carries out. */
  operation?: Operation;
  /** For categories: where it stood before, so an undo can put "new" ones back to new. */
  before?: 'new' | 'live' | 'disabled' | null;
  /** For failed items: the status eCom answered this change with. */
  httpStatus?: number;
  /** Sync jobs: eCom said it made this change, yet the next read showed it unchanged (see sync-rounds.ts). */
  unchanged?: true;
}

/** Where a job stands between steps. */
export interface JobCursor {
  /** Index of the next chunk of items to send. */
  chunk: number;
  /** A submitted batch not yet read back: polling it again after a restart never re-applies it. */
  ticket?: string;
  /**
   * The keys of the items in the batch being sent: saved before it is posted, so a worker that dies on the way
   * leaves a trace of what may have reached eCom.
   */
  inFlight?: string[];
  /**
   * When that batch was first posted (ISO). eCom keeps a ticket and its deduplication key for an hour: past
   * that, neither can tell what the batch did, and each item is read back from eCom instead.
   */
  submittedAt?: string;
  /** Jobs on enabled flags: how many items have had their current state read from eCom before any batch. */
  checked?: number;
  /** Sync jobs: eCom ids of the categories this job created, by Retail id, for their children to find. */
  created?: Record<number, number>;
  /**
   * Sync jobs: the plan-and-apply round under way (a new category's products need a second one); absent until
   * the job's first step has read both stores and planned, so a sync plans when it runs, not when it is asked for.
   */
  round?: number;
}

export interface Job {
  id: string;
  kind: JobKind;
  status: JobStatus;
  createdAt: string;
  updatedAt: string;
  items: JobItem[];
  cursor: JobCursor;
  /** Who holds the job and until when; an expired lease goes back to the queue. */
  lease: { owner: string; until: string } | null;
  /** Not before this time (a back-off or a poll interval). */
  nextRunAt: string | null;
  attempts: number;
  /** For an undo: the job it reverses. */
  undoOf?: string;
  /** Sync jobs the refresh alarm started (not the merchant): they leave out the changes eCom keeps refusing. */
  automatic?: true;
  /** The store and account it was made for (see binding.ts): it steps under no other. */
  connection?: string;
  /** The last problem, in words, when the job failed or is waiting to retry. */
  error?: Said | string;
  /**
   * When the merchant pressed Stop (ISO). Nothing is sent after it; a batch already in flight is read back so
   * that what eCom applied is recorded (and can be undone), then the job ends as cancelled.
   */
  stopRequested?: string;
}

export interface JobProgress {
  id: string;
  kind: JobKind;
  status: JobStatus;
  total: number;
  done: number;
  failed: number;
  skipped: number;
  error?: Said | string;
}

/** The job has yet to end: waiting its turn, or running. */
export function isUnderway(status: JobStatus): boolean {
  return status === 'queued' || status === 'running';
}

export function progressOf(job: Job): JobProgress {
  const count = (state: JobItemState) => job.items.filter((item) => item.state === state).length;
  return {
    id: job.id,
    kind: job.kind,
    status: job.status,
    total: job.items.length,
    done: count('done'),
    failed: count('failed'),
    skipped: count('skipped'),
    ...(job.error === undefined ? {} : { error: job.error }),
  };
}
