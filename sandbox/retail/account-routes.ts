import type { Hono } from 'hono';

import type { SandboxContext } from '../context.ts';
import { retailError } from '../errors.ts';
import { ACCOUNT_PATH, API_ROOT } from './paths.ts';

/** The sandbox serves a single account; the world has no name for it, so it gets a fixed one. */
const ACCOUNT_NAME = 'Sync Lens Sandbox';

export function registerAccountRoutes(app: Hono, ctx: SandboxContext): void {
  app.get(`${API_ROOT}/Account.json`, (c) =>
    c.json({
      '@attributes': { count: '1' },
      Account: { accountID: String(ctx.world.retail.accountID), name: ACCOUNT_NAME },
    }),
  );

  // Another account's resources: the token has no access to them, which R-Series answers as not found.
  app.use(`${ACCOUNT_PATH}/*`, async (c, next) => {
    const accountID = c.req.param('accountID');
    if (accountID !== String(ctx.world.retail.accountID)) {
      return retailError(404, `Account ${accountID} does not exist or this token has no access to it.`);
    }
    await next();
  });
}
