import type { Db } from '../db/open.ts';
import type { BatchRequest, BatchResult } from '../ecom/batch.ts';
import type { ConnectionGuard } from '../jobs/binding.ts';
import type { EcomCategory, EcomProduct, RetailCategory, RetailItem } from '../sync/model.ts';

/**
 * What the engine needs from each platform, and nothing more. The API clients in utils/retail and utils/ecom
 * provide these (see adapters.ts); tests may provide them too.
 */

export interface RetailPort {
  /** Categories changed after `since` (ISO), or every category when since is null. */
  categories(since: string | null): Promise<RetailCategory[]>;
  /** Items changed after `since` (ISO), archived ones included; every item when since is null. */
  items(since: string | null): Promise<RetailItem[]>;
}

export type { BatchRequest, BatchResult };

export interface BatchState {
  status: 'QUEUED' | 'IN_PROGRESS' | 'COMPLETED';
  results: BatchResult[];
}

export interface EcomPort {
  categories(): Promise<EcomCategory[]>;
  /** Products changed at or after `updatedFrom` (ISO), or every product when it is null. */
  products(updatedFrom: string | null): Promise<EcomProduct[]>;
  /** How many products there are, in one small request. */
  productTotal(): Promise<number>;
  /** Sends ≤ 500 requests as one batch; the same key within an hour returns the first ticket, runs nothing. */
  submitBatch(requests: BatchRequest[], deduplicationKey: string): Promise<string>;
  pollBatch(ticket: string): Promise<BatchState>;
}

export interface EngineDeps {
  db: Db;
  /** Null when Retail POS is not connected: the engine then works from eCom's own data. */
  retail: RetailPort | null;
  ecom: EcomPort;
  now(): Date;
  sleep(ms: number): Promise<void>;
  /** The background's: which store and account this engine is for, so its jobs run under no other. */
  connection?: ConnectionGuard;
}
