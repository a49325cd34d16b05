import type { DBSchema } from 'idb';

import type { Said } from '../i18n/said.ts';
import type { Job, JobKind, JobStatus } from '../jobs/model.ts';
import type {
  CategoryState,
  EcomCategory,
  EcomProduct,
  ProductState,
  RetailCategory,
  RetailItem,
} from '../sync/model.ts';

/** Everything Sync Lens keeps in IndexedDB. Change it only through a new migration in migrations.ts. */
export interface SyncLensDb extends DBSchema {
  retailCategories: { key: number; value: RetailCategory };
  retailItems: { key: number; value: RetailItem };
  ecomCategories: { key: number; value: EcomCategory };
  ecomProducts: { key: number; value: EcomProduct };
  /** The planner's verdicts, ready for the overlay: keyed "e:<ecomId>" or "r:<retailId>" for pending ones. */
  categoryStates: { key: string; value: CategoryState & { key: string } };
  productStates: { key: string; value: ProductState & { key: string } };
  /** Small named records: history, when each side was read, sync cursors, the summary. */
  meta: { key: string; value: unknown };
  jobs: { key: string; value: Job; indexes: { byStatus: string; byCreated: string } };
  /** A log of refreshes and jobs, newest last. */
  runs: { key: number; value: RunRecord };
}

/** One entry of the run log: a read of both stores, or a job that ended. */
export type RunRecord = RefreshRun | JobRun;

interface RunTimes {
  /** Given by the store (autoIncrement). */
  id?: number;
  startedAt: string;
  finishedAt: string;
}

export interface RefreshRun extends RunTimes {
  kind: 'refresh';
  ok: boolean;
  /** Categories on either side, when the read worked. */
  categories: number | null;
  /** What went wrong, in the words the engine gave the merchant (every language when it has them). */
  error: Said | string | null;
}

export interface JobRun extends RunTimes {
  kind: 'job';
  job: JobKind;
  /** It undid another job. */
  undo: boolean;
  status: JobStatus;
  done: number;
  failed: number;
  skipped: number;
  /** Sync jobs: the changes eCom refused that no earlier job had, said once (later automatic syncs skip them). */
  refused?: string[];
}

export type StoreName =
  | 'retailCategories'
  | 'retailItems'
  | 'ecomCategories'
  | 'ecomProducts'
  | 'categoryStates'
  | 'productStates'
  | 'meta'
  | 'jobs'
  | 'runs';
