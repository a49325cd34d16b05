import type { MiddlewareHandler } from 'hono';

import type { SandboxContext } from '../context.ts';
import { retailError } from '../errors.ts';
import { requestCost, retailLimits } from './limits.ts';
import type { OAuthGrants } from './oauth-grants.ts';
import { rateLimitHeaders, type RetailBuckets } from './rate-limit.ts';

/** The longest Retry-After ever sent; a bucket that never drains (drip 0) would otherwise say "forever". */
const MAX_RETRY_AFTER_SECONDS = 86_400;

function bearerToken(header: string | undefined): string | undefined {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header ?? '');
  return match?.[1];
}

/**
 * What stands before every R-Series endpoint: the token check, then the account's burst window and leaky bucket.
 * Every answer reports both, refusals included. A request without a valid token is not charged: it cannot be
 * told whose account it is for. A refused request is charged to neither limiter.
 */
export function retailGate(ctx: SandboxContext, buckets: RetailBuckets, grants: OAuthGrants): MiddlewareHandler {
  return async (c, next) => {
    const limits = retailLimits(ctx.config);
    const { bucket, burst } = buckets.forAccount(ctx.world.retail.accountID, limits);
    const report = { limits, cost: 0, type: 'bucket' as const };

    const token = bearerToken(c.req.header('authorization'));
    if (token === undefined || (token !== ctx.tokens.retail && !grants.isAccessTokenValid(token))) {
      const levels = { bucketLevel: bucket.level(), burstLevel: burst.level() };
      return retailError(401, 'Invalid or missing access token.', rateLimitHeaders({ ...report, ...levels }));
    }

    const cost = requestCost(c.req.method, new URL(c.req.url));
    // The bucket is asked first without pouring, so that a request the burst window refuses costs nothing.
    const fitsBucket = bucket.level() + Math.min(cost, limits.size) <= limits.size + 1e-9;
    const taken = fitsBucket ? burst.take(cost, limits.burstPerSecond) : null;
    if (taken && !taken.accepted) {
      return retailError(429, 'Rate limit exceeded: too many requests in one second.', {
        ...rateLimitHeaders({ ...report, type: 'burst', bucketLevel: bucket.level(), burstLevel: taken.level }),
        'Retry-After': String(taken.retryAfterSeconds),
      });
    }
    const poured = bucket.pour(cost);
    if (!poured.accepted) {
      const retryAfter = Math.min(poured.retryAfterSeconds, MAX_RETRY_AFTER_SECONDS);
      return retailError(429, 'Rate limit exceeded: the leaky bucket is full.', {
        ...rateLimitHeaders({ ...report, bucketLevel: poured.level, burstLevel: burst.level() }),
        'Retry-After': String(retryAfter),
      });
    }

    await next();
    const headers = rateLimitHeaders({ ...report, cost, bucketLevel: poured.level, burstLevel: taken!.level });
    for (const [name, value] of Object.entries(headers)) c.res.headers.set(name, value);
  };
}
