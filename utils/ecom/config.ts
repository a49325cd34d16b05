import type { RequestPolicy } from '../http/request.ts';
import type { RuntimeOptions, TokenSource } from '../http/runtime.ts';

/** Where and as whom to reach eCom (E-Series, the Ecwid API); shared by the engine, the options page and the CLI. */
export interface EcomConfig {
  /** "https://app.ecwid.com/api/v3", or a sandbox's `ecomApi`. */
  apiBase: string;
  storeId: number | string;
  /** The secret_… token (writes need it); a public_… token can only read enabled records. */
  token: TokenSource;
}

export const ECOM_API_BASE = 'https://app.ecwid.com/api/v3';

export interface BatchPollOptions {
  /** The wait before the first status check of a batch. */
  firstMs: number;
  /** Waits grow by half each time up to this. */
  maxMs: number;
  /** How long runBatch polls one batch before giving up with a retryable timeout. */
  giveUpAfterMs: number;
}

export interface EcomClientOptions extends EcomConfig, RuntimeOptions {
  /** Requests per minute this client allows itself (eCom's limit is 600 per token). */
  perMinute?: number;
  policy?: Partial<RequestPolicy>;
  batchPoll?: Partial<BatchPollOptions>;
}
