import { Hono } from 'hono';

import type { SandboxContext } from '../context.ts';
import { retailError } from '../errors.ts';
import { registerAccountRoutes } from './account-routes.ts';
import { registerCategoryRoutes } from './category-routes.ts';
import { retailGate } from './gate.ts';
import { registerItemRoutes } from './item-routes.ts';
import { OAuthGrants } from './oauth-grants.ts';
import { registerOAuthRoutes } from './oauth-routes.ts';
import { API_ROOT } from './paths.ts';
import { RetailBuckets } from './rate-limit.ts';
import { RefreshLimit } from './refresh-limit.ts';

/**
 * The Retail POS (R-Series) API V3 stand-in, with its OAuth endpoints. Tokens issued and rate-limit buckets
 * belong to the server, not to the world, so they outlive resets and PUT /__sandbox/state.
 */
export function retailRoutes(ctx: SandboxContext): Hono {
  const app = new Hono();
  // The bucket drains with monotonic time, which must not jump when the wall clock is set.
  const buckets = new RetailBuckets(() => ctx.rateLimitClock());
  // Tokens age on the sandbox's clock, so a test can move it past an hour (access) or 30 days (refresh).
  const sandboxTime = () => ctx.clock.now().getTime();
  const grants = new OAuthGrants(sandboxTime);

  registerOAuthRoutes(app, grants, new RefreshLimit(sandboxTime));

  app.use(`${API_ROOT}/*`, retailGate(ctx, buckets, grants));
  registerAccountRoutes(app, ctx);
  registerCategoryRoutes(app, ctx);
  registerItemRoutes(app, ctx);
  // Answered here rather than by the server's notFound, so unknown endpoints still pass through the gate.
  app.all(`${API_ROOT}/*`, (c) => retailError(404, `No such endpoint: ${c.req.method} ${new URL(c.req.url).pathname}`));

  return app;
}
