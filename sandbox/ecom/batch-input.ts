import * as v from 'valibot';

import type { BatchRequestSpec } from './batch-types.ts';
import { checkBody } from './body.ts';
import { ecomFailure } from './http-error.ts';

/** Ecwid's limit on requests per batch. */
export const MAX_BATCH_REQUESTS = 500;

const BatchRequest = v.looseObject({
  id: v.optional(v.union([v.string(), v.number()], 'must be a string or a number')),
  path: v.pipe(
    v.string('must be a string'),
    v.regex(/^\/\S*$/, 'must be a path relative to the store, starting with "/", e.g. /categories/42'),
    v.check((path) => !/^\/batch(?:[/?]|$)/.test(path), 'a batch cannot contain another batch'),
  ),
  method: v.picklist(['GET', 'POST', 'PUT', 'DELETE'], 'must be GET, POST, PUT or DELETE'),
  body: v.optional(v.unknown()),
});

/** The requests of a batch body: a JSON array, or (as some clients send it) an object with `requests`. */
export function batchRequestsOf(body: unknown): BatchRequestSpec[] {
  const list = Array.isArray(body)
    ? body
    : typeof body === 'object' && body !== null && Array.isArray((body as { requests?: unknown }).requests)
      ? (body as { requests: unknown[] }).requests
      : undefined;
  if (list === undefined) throw ecomFailure(400, 'The body must be a JSON array of requests.');
  if (list.length === 0) throw ecomFailure(400, 'The batch has no requests.');
  if (list.length > MAX_BATCH_REQUESTS) {
    throw ecomFailure(400, `A batch holds at most ${MAX_BATCH_REQUESTS} requests, not ${list.length}.`);
  }
  return checkBody(v.array(BatchRequest), list).map(({ id, path, method, body: requestBody }) => ({
    ...(id === undefined ? {} : { id }),
    path,
    method,
    ...(requestBody === undefined ? {} : { body: requestBody }),
  }));
}
