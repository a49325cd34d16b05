import { Hono } from 'hono';

import * as v from 'valibot';

import type { SandboxContext } from './context.ts';
import { describeRetailLimits, RetailLimitsBody, setRetailLimits } from './retail/limits-control.ts';
import { dumpWorld, loadWorld, StateError } from './world/state.ts';
import type { World } from './world/types.ts';

/**
 * The sandbox's own controls, under /__sandbox/: read or replace the world, reset it, run Lightspeed's sync,
 * read the API call log, switch faults on, move the clock forward, and set R-Series' rate limits (the account's
 * registers). Not part of either platform's API.
 */
export function controlRoutes(ctx: SandboxContext, initialState: unknown, connection: () => unknown): Hono {
  const app = new Hono();

  const replaceWorld = (world: World) => {
    ctx.world = world;
    for (const listener of ctx.onWorldReplaced) listener();
  };

  app.get('/connection', (c) => c.json(connection()));

  app.get('/state', (c) => c.json(dumpWorld(ctx.world)));

  app.put('/state', async (c) => {
    const body = await jsonOf(c.req.raw);
    if (body === NOT_JSON) return c.json({ error: 'The state is not valid JSON.' }, 400);
    try {
      replaceWorld(loadWorld(body));
    } catch (error) {
      if (error instanceof StateError) return c.json({ error: error.message }, 400);
      throw error;
    }
    return c.json({ ok: true });
  });

  app.post('/reset', (c) => {
    replaceWorld(loadWorld(initialState));
    ctx.faults.set([]);
    ctx.requests.clear();
    return c.json({ ok: true });
  });

  app.post('/native-sync', (c) => c.json(ctx.runNativeSync() as object));

  app.get('/requests', (c) => {
    const api = c.req.query('api');
    const entries = ctx.requests.list().filter((entry) => api === undefined || entry.api === api);
    return c.json({ count: entries.length, requests: entries });
  });

  app.delete('/requests', (c) => {
    ctx.requests.clear();
    return c.json({ ok: true });
  });

  app.get('/clock', (c) => c.json({ now: ctx.now().toISOString(), offsetMs: ctx.clock.offsetMs }));

  // Moves the platforms' time forward, e.g. past the hour eCom keeps batch tickets and deduplication keys.
  app.post('/clock', async (c) => {
    const body = await jsonOf(c.req.raw);
    if (body === NOT_JSON) return c.json({ error: 'The body must be JSON: {"advanceMs": N}.' }, 400);
    const advanceMs =
      typeof body === 'object' && body !== null ? (body as { advanceMs?: unknown }).advanceMs : undefined;
    if (typeof advanceMs !== 'number' || !Number.isFinite(advanceMs) || advanceMs < 0) {
      return c.json(
        { error: 'advanceMs must be a number of milliseconds, 0 or more: the clock only moves forward.' },
        400,
      );
    }
    ctx.clock.advance(advanceMs);
    return c.json({ now: ctx.now().toISOString(), offsetMs: ctx.clock.offsetMs });
  });

  app.get('/retail-limits', (c) => c.json(describeRetailLimits(ctx.config)));

  app.put('/retail-limits', async (c) => {
    const body = v.safeParse(RetailLimitsBody, await jsonOf(c.req.raw));
    if (!body.success) {
      const problem = body.issues.map((issue) => `${v.getDotPath(issue) ?? 'body'}: ${issue.message}`).join('; ');
      return c.json({ error: `{registers?, bucketSize?, dripPerSecond?, burstPerSecond?}: ${problem}` }, 400);
    }
    return c.json(setRetailLimits(ctx.config, body.output));
  });

  app.get('/faults', (c) => c.json({ rules: ctx.faults.list(), held: ctx.faults.held }));

  app.post('/faults/release', (c) => c.json({ released: ctx.faults.release() }));

  app.put('/faults', async (c) => {
    try {
      ctx.faults.set(await c.req.json());
    } catch (error) {
      return c.json({ error: error instanceof Error ? error.message : String(error) }, 400);
    }
    return c.json({ rules: ctx.faults.list() });
  });

  app.delete('/faults', (c) => {
    ctx.faults.set([]);
    return c.json({ rules: [] });
  });

  return app;
}

const NOT_JSON = Symbol('not JSON');

async function jsonOf(request: Request): Promise<unknown> {
  try {
    return (await request.json()) as unknown;
  } catch {
    return NOT_JSON;
  }
}
