import { randomUUID } from 'node:crypto';

import { Hono } from 'hono';

import type { SandboxContext } from '../context.ts';
import { shortenToken } from '../request-log.ts';
import { requireScope } from './auth.ts';
import { BatchBook } from './batch-book.ts';
import { batchRequestsOf } from './batch-input.ts';
import { BatchRunner, type Dispatch } from './batch-runner.ts';
import type { Batch } from './batch-types.ts';
import { readJsonBody } from './body.ts';
import type { EcomEnv } from './env.ts';
import { ecomFailure } from './http-error.ts';
import { booleanParam } from './query.ts';

/** Parses a sub-answer's body: JSON when it is JSON, else its text. */
async function bodyOf(response: Response): Promise<unknown> {
  const text = await response.text();
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}

/**
 * POST /batch and GET /batch?ticket=: a batch answers with a ticket at once and runs afterwards, each
 * request dispatched in-process through the whole sandbox app with the token that posted it.
 */
export function batchRoutes(ctx: SandboxContext, app: () => { request: Hono['request'] }): Hono<EcomEnv> {
  const routes = new Hono<EcomEnv>();
  const book = new BatchBook(() => ctx.now().getTime());

  const dispatch: Dispatch = async (batch, request) => {
    const hasBody = request.body !== undefined && request.method !== 'GET';
    const started = Date.now();
    const url = new URL(`${batch.origin}/api/v3/${ctx.world.ecom.storeId}${request.path}`);
    const response = await app().request(url.href, {
      method: request.method,
      headers: {
        Authorization: `Bearer ${batch.token}`,
        ...(hasBody ? { 'Content-Type': 'application/json' } : {}),
      },
      ...(hasBody ? { body: JSON.stringify(request.body) } : {}),
    });
    // Logged apart from HTTP calls ("ecom-batch"), so tests can count what a batch really carried out.
    ctx.requests.add({
      method: request.method,
      path: url.pathname,
      query: url.search,
      status: response.status,
      time: new Date(started).toISOString(),
      durationMs: Date.now() - started,
      api: 'ecom-batch',
      token: shortenToken(`Bearer ${batch.token}`),
    });
    return { status: response.status, body: await bodyOf(response) };
  };
  const runner = new BatchRunner(dispatch);

  // A reset replaces the world: batches still pending must not go on changing the new one.
  ctx.onWorldReplaced.add(() => {
    runner.cancelPending();
    book.forgetDeduplicationKeys();
  });

  routes.post('/batch', async (c) => {
    // Posting a batch needs only a known token: each request inside is checked against its own scope.
    const caller = requireScope(c, 'read_catalog');
    const stopOnFirstFailure = booleanParam(c.req.query('stopOnFirstFailure'), 'stopOnFirstFailure') ?? true;
    // Accepted and checked, but requests always run in order: a valid way to honour parallel mode.
    booleanParam(c.req.query('allowParallelMode'), 'allowParallelMode');
    const deduplicationKey = c.req.query('deduplicationKey') || undefined;
    const requests = batchRequestsOf(await readJsonBody(c));

    if (deduplicationKey !== undefined) {
      const earlier = book.byDeduplicationKey(caller.token, deduplicationKey);
      if (earlier) return c.json({ ticket: earlier.ticket });
    }
    const batch: Batch = {
      ticket: randomUUID(),
      createdAt: ctx.now().getTime(),
      token: caller.token,
      origin: new URL(c.req.url).origin,
      stopOnFirstFailure,
      requests,
      results: [],
      status: 'QUEUED',
      cancelled: false,
    };
    book.add(batch, deduplicationKey);
    runner.enqueue(batch);
    return c.json({ ticket: batch.ticket });
  });

  routes.get('/batch', (c) => {
    requireScope(c, 'read_catalog');
    const ticket = c.req.query('ticket');
    if (!ticket) throw ecomFailure(400, 'Parameter "ticket" is required.');
    const batch = book.get(ticket);
    if (!batch) throw ecomFailure(404, `Batch ticket ${ticket} is not found (tickets are kept for an hour).`);
    return c.json({
      status: batch.status,
      totalRequests: batch.requests.length,
      completedRequests: batch.results.filter((result) => result.status !== 'NOT_EXECUTED').length,
      requests: batch.results,
    });
  });

  return routes;
}
