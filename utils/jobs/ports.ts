import type { BatchRequest, BatchResult } from '../ecom/batch.ts';
import type { Listing } from '../ecom/offset-walk.ts';
import type { EcomCategory, EcomProduct, Operation } from '../sync/model.ts';
import type { CategoryNow } from './link-check.ts';
import type { RefusedChanges } from './refusals.ts';

/**
 * What a job needs from eCom, and nothing more: the engine hands the API client behind it (see
 * utils/engine/adapters.ts); tests hand their own.
 */

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

/** What one step of a job may use: eCom, the clock, and for sync jobs a fresh plan. */
export interface StepContext {
  ecom: EcomPort;
  now(): Date;
  /** eCom id of a synced Retail category, from the cache. */
  ecomIdOfRetail(retailId: number): number | undefined;
  /** Sync jobs: reads both sides again and returns what is still to do. */
  replan(): Promise<Operation[]>;
  /** Sync jobs: the changes eCom keeps refusing, which the alarm's syncs leave out; none when absent. */
  refusedChanges?(): Promise<RefusedChanges>;
  /**
   * What the last read says of each eCom category, asked for only when a batch is about to be sent: the links
   * its items rest on (utils/sync/linker.ts) may have changed since the job was made (link-check.ts). Without
   * it, every item is sent as its job was made.
   */
  categoriesNow?(): Promise<(ecomId: number) => CategoryNow | undefined>;
}
