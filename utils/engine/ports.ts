import type { Db } from '../db/open.ts';
import type { BatchRequest, BatchResult } from '../ecom/batch.ts';
import type { Listing } from '../ecom/offset-walk.ts';
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
  /** How many categories there are: an incremental read's one sign that a category was deleted. */
  categoryCount(): Promise<number>;
}

export type { BatchRequest, BatchResult, Listing };

export interface BatchState {
  status: 'QUEUED' | 'IN_PROGRESS' | 'COMPLETED';
  results: BatchResult[];
}

export interface EcomPort {
  /** Every category; `complete` false when one may be missing (the list moved while paging, a public token). */
  categories(): Promise<Listing<EcomCategory>>;
  /** Products changed at or after `updatedFrom` (ISO), or every product when it is null. */
  products(updatedFrom: string | null): Promise<Listing<EcomProduct>>;
  /** How many products there are, in one small request. */
  productTotal(): Promise<number>;
  /** Sends ≤ 500 requests as one batch; the same key within an hour returns the first ticket, runs nothing. */
  submitBatch(requests: BatchRequest[], deduplicationKey: string): Promise<string>;
  /** Null when eCom no longer knows the ticket (it keeps tickets for an hour). */
  pollBatch(ticket: string): Promise<BatchState | null>;
  /**
   * Whether each of ≤ 500 categories or products is enabled now, null for one eCom no longer has: one batch of
   * GET sub-requests, so a few calls whatever the store's size.
   */
  enabledNow(kind: RecordKind, ids: readonly number[]): Promise<Map<number, boolean | null>>;
}

export type RecordKind = 'categories' | 'products';

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
