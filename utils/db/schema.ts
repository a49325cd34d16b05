import type { DBSchema } from 'idb';

import type { Job } from '../jobs/model.ts';
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
  jobs: { key: string; value: Job; indexes: { byStatus: string } };
  /** A log of refreshes and jobs, newest last. */
  runs: { key: number; value: RunRecord };
}

export interface RunRecord {
  id?: number;
  kind: 'refresh' | 'job';
  startedAt: string;
  finishedAt: string;
  ok: boolean;
  detail: string;
  requests?: number;
}

export type StoreName = 'retailCategories' | 'retailItems' | 'ecomCategories' | 'ecomProducts' | 'categoryStates' | 'productStates' | 'meta' | 'jobs' | 'runs';
