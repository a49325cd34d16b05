import type { Context } from 'hono';
import * as v from 'valibot';

import { ecomFailure } from './http-error.ts';

/**
 * Reads a write's JSON body: Ecwid answers 415 when the body is not declared as JSON and 400 when it does not
 * parse. The result is still unknown: each route checks its own shape with checkBody().
 */
export async function readJsonBody(c: Context): Promise<unknown> {
  const contentType = c.req.header('content-type') ?? '';
  if (!/^application\/(.+\+)?json\b/i.test(contentType.trim())) {
    throw ecomFailure(415, `The body must be JSON (Content-Type: application/json), not "${contentType || 'none'}".`);
  }
  const text = await c.req.text();
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw ecomFailure(400, 'The body is not valid JSON.');
  }
}

/** Reads a write whose body is one JSON object (every call but the batch, whose body is an array). */
export async function readJsonObject(c: Context): Promise<Record<string, unknown>> {
  const body = await readJsonBody(c);
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    throw ecomFailure(400, 'The body must be a JSON object.');
  }
  return body as Record<string, unknown>;
}

/** Checks a body against a schema; a 400 names every field at fault (up to five). */
export function checkBody<S extends v.GenericSchema>(schema: S, body: unknown): v.InferOutput<S> {
  const parsed = v.safeParse(schema, body);
  if (parsed.success) return parsed.output;
  const problems = parsed.issues
    .slice(0, 5)
    .map((issue) => `${v.getDotPath(issue) ?? 'body'}: ${issue.message}`)
    .join('; ');
  throw ecomFailure(400, `The body is not valid: ${problems}.`);
}
