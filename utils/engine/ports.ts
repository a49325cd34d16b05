import type { Db } from '../db/open.ts';
import type { EcomPort } from '../jobs/ports.ts';
import type { RetailCategory, RetailItem } from '../sync/model.ts';
import type { ConnectionGuard } from './job-binding.ts';

/**
 * What the engine needs from each platform, and nothing more. The API clients in utils/retail and utils/ecom
 * provide these (see adapters.ts); tests may provide them too. eCom's side is the jobs' port (utils/jobs/ports.ts).
 */

export interface RetailPort {
  /** Categories changed after `since` (ISO), or every category when since is null. */
  categories(since: string | null): Promise<RetailCategory[]>;
  /** Items changed after `since` (ISO), archived ones included; every item when since is null. */
  items(since: string | null): Promise<RetailItem[]>;
  /** How many categories there are: an incremental read's one sign that a category was deleted. */
  categoryCount(): Promise<number>;
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
