import type { RequestPolicy } from '../http/request.ts';
import type { RuntimeOptions, TokenSource } from '../http/runtime.ts';

/** Where and as whom to reach Retail POS (R-Series); shared by the engine, the options page and the CLI. */
export interface RetailConfig {
  /** "https://api.lightspeedapp.com/API/V3", or a sandbox's `retailApi`. */
  apiBase: string;
  /** Found with GET /Account.json when absent. */
  accountId?: number | string;
  /** The OAuth access token, or a function giving the current one (tokens expire and are refreshed). */
  token: TokenSource;
}

export const RETAIL_API_BASE = 'https://api.lightspeedapp.com/API/V3';

/** Where Lightspeed's OAuth sign-in lives (the authorize page and the token endpoint). */
export const RETAIL_AUTH_BASE = 'https://cloud.lightspeedapp.com';

export interface RetailClientOptions extends RetailConfig, RuntimeOptions {
  /** Timeouts, retries and the longest wait a request sleeps through; defaults suit the real service. */
  policy?: Partial<RequestPolicy>;
  /** Units kept free in the rate-limit bucket (default 1). */
  bucketHeadroom?: number;
  /** Gets a new access token after a 401 (OAuth connections); resolves to whether it did. */
  renewToken?: () => Promise<boolean>;
}
