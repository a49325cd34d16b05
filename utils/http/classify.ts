import type { ApiErrorKind } from '../i18n/failures/facts.ts';
import { parseRetryAfterMs } from './retry-after.ts';

/** A failed attempt, classified: what kind, whether another attempt may help, and the server's words. */
export interface AttemptFailure {
  kind: ApiErrorKind;
  status: number | null;
  retryable: boolean;
  maybeApplied: boolean;
  /** From Retry-After, when the answer had one. */
  retryAfterMs: number | null;
  detail: string | null;
  cause?: unknown;
}

/**
 * Statuses that mean "not done, try later" whatever the method: the server refused before doing anything.
 * 449 is Ecwid's "catalog import in progress".
 */
const REFUSED_UNTIL_LATER = new Set([429, 449, 503]);

/** The server's own explanation, if its error body has one (Ecwid: errorMessage; R-Series: message). */
export function serverMessageOf(text: string): string | null {
  try {
    const body: unknown = JSON.parse(text);
    if (body !== null && typeof body === 'object') {
      for (const key of ['errorMessage', 'message', 'error']) {
        const value = (body as Record<string, unknown>)[key];
        if (typeof value === 'string' && value.trim() !== '') return value.trim();
      }
    }
  } catch {
    // Not JSON: a proxy's HTML page says nothing useful to a merchant.
  }
  const plain = text.trim();
  return plain === '' || plain.startsWith('<') ? null : plain.slice(0, 200);
}

/** Classifies an HTTP error status. `idempotent`: sending the request twice does no harm. */
const KIND_OF_STATUS: Record<number, ApiErrorKind> = {
  401: 'auth',
  403: 'forbidden',
  404: 'not-found',
  429: 'rate-limited',
};

export function classifyStatus(
  status: number,
  headers: Headers,
  text: string,
  idempotent: boolean,
  now: number,
): AttemptFailure {
  const detail = serverMessageOf(text);
  const kind = KIND_OF_STATUS[status] ?? 'http';
  const refused = REFUSED_UNTIL_LATER.has(status);
  // Other 5xx may have happened half-way: only a request that is safe to repeat is repeated.
  const serverTrouble = status >= 500 && !refused;
  const retryable = refused || (serverTrouble && idempotent);
  return {
    kind,
    status,
    retryable,
    maybeApplied: serverTrouble && !idempotent,
    retryAfterMs: retryable ? parseRetryAfterMs(headers.get('retry-after'), now) : null,
    detail,
  };
}

/** A failure with no answer at all: the request may or may not have reached the server. */
export function classifyNoAnswer(kind: 'network' | 'timeout', idempotent: boolean, cause?: unknown): AttemptFailure {
  return {
    kind,
    status: null,
    retryable: idempotent,
    maybeApplied: !idempotent,
    retryAfterMs: null,
    detail: cause instanceof Error ? cause.message : null,
    ...(cause === undefined ? {} : { cause }),
  };
}

/** A success status whose body is not JSON: cut off on the way, or not what the API sends. */
export function classifyUnreadable(status: number, idempotent: boolean, cause: unknown): AttemptFailure {
  return {
    kind: 'malformed',
    status,
    retryable: idempotent,
    // A write that answered 2xx was done; only its answer was lost.
    maybeApplied: !idempotent,
    retryAfterMs: null,
    detail: `the answer is not valid JSON (${cause instanceof Error ? cause.message : String(cause)})`,
    cause,
  };
}
