/**
 * What Sync Lens knows about a failed API request: the facts each service's sentences are written from
 * (ecom.ts, retail.ts). Plain data, so the words can live here, below the HTTP layer that gathers the facts.
 */

export const API_ERROR_KINDS = [
  'network',
  'timeout',
  'http',
  'malformed',
  'rate-limited',
  'auth',
  'forbidden',
  'not-found',
] as const;
export type ApiErrorKind = (typeof API_ERROR_KINDS)[number];

/** Everything known about a failed request, from which each service's voice writes the merchant's message. */
export interface FailureFacts {
  kind: ApiErrorKind;
  method: string;
  /** "GET /Category.json". */
  endpoint: string;
  status: number | null;
  /** The server's own error message, or the validation problem for a malformed answer. */
  detail: string | null;
  retryAfterMs: number | null;
  retryable: boolean;
  /** A write that may have reached the server before it failed: it may have been applied. */
  maybeApplied: boolean;
  timeoutMs: number;
}
