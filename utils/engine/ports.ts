import type { Db } from '../db/open.ts';
import type { EcomPort } from '../jobs/ports.ts';
import type { RetailResumed } from '../retail/client.ts';
import type { RetailCategory, RetailItem } from '../sync/model.ts';
import type { ConnectionGuard } from './job-binding.ts';

/**
 * What the engine needs from each platform, and nothing more. The API clients in utils/retail and utils/ecom
 * provide these (see adapters.ts); tests may provide them too. eCom's side is the jobs' port (utils/jobs/ports.ts).
 */

export interface RetailPort {
  /**
   * Categories by change time from the page `from` on (what an earlier read handed back as `resume`), or every
   * category when it is null; records stamped before `settledBefore` are settled (see RetailResumeOptions).
   * `count`: also count every category, in the same request (10 units instead of 1).
   */
  categories(from: string | null, settledBefore: string, count?: boolean): Promise<RetailResumed<RetailCategory>>;
  /** Items the same way, archived ones included. */
  items(from: string | null, settledBefore: string): Promise<RetailResumed<RetailItem>>;
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
  /** Called when what the engine knows may have changed: after every read (done or failed) and every job's end. */
  changed?(): void;
}
