import type { MiddlewareHandler } from 'hono';

import type { SandboxContext } from '../context.ts';
import { retailError } from '../errors.ts';
import type { OAuthGrants } from './oauth-grants.ts';
import { bucketHeaders, costOfMethod, type RetailBuckets } from './rate-limit.ts';

/** The longest Retry-After ever sent; a bucket that never drains (drip 0) would otherwise say "forever". */
const MAX_RETRY_AFTER_SECONDS = 86_400;

function bearerToken(header: string | undefined): string | undefined {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header ?? '');
  return match?.[1];
}

/**
 * What stands before every R-Series endpoint: the token check, then the account's leaky bucket. Every answer
 * reports the bucket, refusals included. A request without a valid token is not charged: it cannot be told
 * whose account it is for.
 */
export function retailGate(ctx: SandboxContext, buckets: RetailBuckets, grants: OAuthGrants): MiddlewareHandler {
  return async (c, next) => {
    const limits = { size: ctx.config.retailBucketSize, dripPerSecond: ctx.config.retailDripPerSecond };
    const bucket = buckets.forAccount(ctx.world.retail.accountID, limits);

    const token = bearerToken(c.req.header('authorization'));
    if (token === undefined || (token !== ctx.tokens.retail && !grants.isAccessTokenValid(token))) {
      return retailError(401, 'Invalid or missing access token.', bucketHeaders(bucket.level(), limits));
    }

    const poured = bucket.pour(costOfMethod(c.req.method, new URL(c.req.url).searchParams.get('count') === '1'));
    if (!poured.accepted) {
      const retryAfter = Math.min(poured.retryAfterSeconds, MAX_RETRY_AFTER_SECONDS);
      return retailError(429, 'Rate limit exceeded: the leaky bucket is full.', {
        ...bucketHeaders(poured.level, limits),
        'Retry-After': String(retryAfter),
      });
    }

    await next();
    for (const [name, value] of Object.entries(bucketHeaders(poured.level, limits))) c.res.headers.set(name, value);
  };
}
