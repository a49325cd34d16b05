import { ApiError } from '../http/api-error.ts';
import type { ApiErrorKind } from '../i18n/failures/facts.ts';
import { checkAnswer } from '../http/validate.ts';
import { BATCH_SIZE_LIMIT, type BatchResult, type BatchRunner } from './batch.ts';
import { describeEcomFailure } from '../i18n/failures/ecom.ts';
import { EnabledAnswer } from './schemas.ts';

/**
 * Whether each of some categories or products is enabled now, read through one batch of `GET /categories/{id}`
 * (or `/products/{id}`) sub-requests: two or three calls for up to 500 records, whatever the store's size, where
 * the category list would cost a page per 100 categories of the whole store. A record eCom answers 404 for is
 * gone (null); any other failure throws, so nothing is judged on a read that did not happen.
 */
export async function readEnabled(
  batches: BatchRunner,
  kind: 'categories' | 'products',
  ids: readonly number[],
): Promise<Map<number, boolean | null>> {
  const unique = [...new Set(ids)];
  if (unique.length > BATCH_SIZE_LIMIT)
    throw new RangeError(`Read at most ${BATCH_SIZE_LIMIT} records at once, not ${unique.length}.`);
  const found = new Map<number, boolean | null>();
  if (unique.length === 0) return found;
  const results = await batches.runBatch(
    unique.map((id) => ({ id: String(id), method: 'GET', path: `/${kind}/${id}` })),
    // A read changes nothing, so a key of its own each time: a repeated read must read again, not replay.
    { deduplicationKey: `read.${crypto.randomUUID()}`, stopOnFirstFailure: false },
  );
  for (const result of results) found.set(Number(result.id), enabledOf(kind, result));
  return found;
}

function enabledOf(kind: string, result: BatchResult): boolean | null {
  const endpoint = `GET /${kind}/${result.id}`;
  if (result.status === 'COMPLETED') {
    const checked = checkAnswer(EnabledAnswer, result.body);
    if (!checked.ok) throw subFailure(endpoint, 'malformed', result.httpStatusCode, checked.problem, false);
    return checked.value.enabled;
  }
  if (result.status === 'FAILED' && result.httpStatusCode === 404) return null;
  // Not run, or refused for a reason that may pass (busy, rate limit, a concurrent edit): read again later.
  const status = result.status === 'NOT_EXECUTED' ? null : result.httpStatusCode;
  const retryable = status === null || status === 409 || status === 429 || status >= 500;
  const detail =
    typeof result.body === 'object' && result.body !== null && 'errorMessage' in result.body
      ? String(result.body.errorMessage)
      : null;
  throw subFailure(endpoint, 'http', status, detail, retryable);
}

function subFailure(
  endpoint: string,
  kind: ApiErrorKind,
  status: number | null,
  detail: string | null,
  retryable: boolean,
): ApiError {
  const facts = {
    kind,
    method: 'GET',
    endpoint,
    status,
    detail,
    retryAfterMs: null,
    retryable,
    maybeApplied: false,
    timeoutMs: 0,
  };
  return new ApiError({ kind, service: 'ecom', endpoint, status, retryable, detail, said: describeEcomFailure(facts) });
}
