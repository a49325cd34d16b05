import type { MiddlewareHandler } from 'hono';

import type { SandboxContext } from '../context.ts';
import { identify, tokenOf } from './auth.ts';
import type { EcomEnv } from './env.ts';
import { ecomFailure } from './http-error.ts';
import { RollingWindowLimiter } from './rate-limiter.ts';

/** Ecwid blocks a bad token after this many calls a minute (API-FACTS). */
const BAD_TOKEN_PER_MINUTE = 20;

/**
 * What every eCom call passes before its handler: the store must be this one (404), the token must be known
 * (401), and the token must be within its per-minute limit (429 with Retry-After). Batch sub-requests arrive
 * in-process without `c.env.incoming` and are not counted: the batch itself was.
 */
export function ecomGate(ctx: SandboxContext): MiddlewareHandler<EcomEnv> {
  // Kept across world resets on purpose: a reset must not hand a client a fresh quota.
  const limiter = new RollingWindowLimiter({ windowMs: 60_000, clock: () => ctx.now().getTime() });

  const checkRate = (key: string, limit: number) => {
    const decision = limiter.take(key, limit);
    if (!decision.allowed) {
      const seconds = decision.retryAfterSeconds;
      throw ecomFailure(429, `Too many requests: at most ${limit} a minute per token. Retry in ${seconds} s.`, {
        'Retry-After': String(seconds),
      });
    }
  };

  return async (c, next) => {
    const storeId = c.req.param('storeId');
    if (storeId !== String(ctx.world.ecom.storeId)) throw ecomFailure(404, `Store ${storeId} is not found.`);

    const viaHttp = (c.env as { incoming?: unknown } | undefined)?.incoming !== undefined;
    const token = tokenOf(c);
    const caller = identify(token, ctx.tokens);
    if (!caller) {
      if (viaHttp) checkRate(`bad:${token ?? ''}`, BAD_TOKEN_PER_MINUTE);
      throw ecomFailure(401, token ? 'The access token is not valid.' : 'An access token is required.');
    }
    if (viaHttp) checkRate(`token:${caller.token}`, ctx.config.ecomPerMinute);
    c.set('caller', caller);
    await next();
  };
}
