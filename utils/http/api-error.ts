import type { ApiErrorKind } from '../i18n/failures/facts.ts';
import { WordedError, type Said } from '../i18n/said.ts';

/**
 * The one error type every API client throws. `said` is written for the merchant (what happened, what to do) in
 * every language of the interface, and `message` is its English; `detail` keeps the technical part (the server's
 * own words, or the field that did not validate) for logs.
 */

export interface ApiErrorInit {
  kind: ApiErrorKind;
  /** Which platform answered: "retail" or "ecom". */
  service: string;
  /** "GET /Category.json": method and path below the API base, never the host, query or token. */
  endpoint: string;
  /** The HTTP status, or null when no answer came (network, timeout) or the answer could not be read. */
  status: number | null;
  /** Whether trying the same request later may succeed. */
  retryable: boolean;
  /** When the caller should try again, if the service said or the back-off decided. */
  retryAfterMs?: number | null;
  /** The technical part: the server's error message, or `endpoint: field.path: problem`. */
  detail?: string | null;
  /** For the merchant, in every language of the interface; `message` is its English. */
  said: Said;
  cause?: unknown;
}

export class ApiError extends WordedError {
  override name = 'ApiError';
  readonly kind: ApiErrorKind;
  readonly service: string;
  readonly endpoint: string;
  readonly status: number | null;
  readonly retryable: boolean;
  readonly retryAfterMs: number | null;
  readonly detail: string | null;
  declare readonly said: Said;

  constructor(init: ApiErrorInit) {
    super(init.said, init.cause === undefined ? undefined : { cause: init.cause });
    this.kind = init.kind;
    this.service = init.service;
    this.endpoint = init.endpoint;
    this.status = init.status;
    this.retryable = init.retryable;
    this.retryAfterMs = init.retryAfterMs ?? null;
    this.detail = init.detail ?? null;
  }
}

export function isApiError(error: unknown): error is ApiError {
  return error instanceof ApiError;
}
