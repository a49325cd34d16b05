import { randomBytes } from 'node:crypto';
import type { AddressInfo } from 'node:net';

import { serve, type HttpBindings } from '@hono/node-server';
import { Hono, type MiddlewareHandler } from 'hono';

import { adminRoutes } from './admin/routes.ts';
import { SandboxClock } from './clock.ts';
import type { SandboxConfig, SandboxContext, SandboxTokens } from './context.ts';
import { controlRoutes } from './control.ts';
import { ecomRoutes } from './ecom/routes.ts';
import { apiOfPath, ecomError, retailError } from './errors.ts';
import { FaultBook } from './faults.ts';
import { runNativeSync } from './native-sync.ts';
import { RequestLog, shortenToken } from './request-log.ts';
import { retailRoutes } from './retail/routes.ts';
import { demoState } from './world/demo.ts';
import { loadWorld, withExternalIds } from './world/state.ts';
import type { ExternalIds } from './world/types.ts';

export interface SandboxOptions {
  port?: number;
  host?: string;
  /** A state file's content; the demo world when absent. */
  state?: unknown;
  /** What eCom's API shows of Lightspeed's own mapping, over what the state says (see ExternalIds). */
  externalIds?: ExternalIds;
  tokens?: Partial<SandboxTokens>;
  config?: Partial<SandboxConfig>;
  /** R-Series' rate limits' clock (milliseconds, monotonic); the machine's by default. */
  rateLimitClock?: () => number;
}

/** What `npm run sandbox` prints as its first line: everything a client needs to connect. */
export interface SandboxConnection {
  admin: string;
  retailApi: string;
  retailAccountID: string;
  retailToken: string;
  ecomApi: string;
  storeId: string;
  ecomToken: string;
  ecomReadOnlyToken: string;
  control: string;
}

export interface Sandbox {
  origin: string;
  connection: SandboxConnection;
  context: SandboxContext;
  /** The Hono app, to call in-process without a socket (as the batch endpoint does). */
  app: Hono<{ Bindings: HttpBindings }>;
  close(): Promise<void>;
}

export const DEFAULT_CONFIG: SandboxConfig = {
  retailRegisters: 1,
  ecomPerMinute: 600,
  nativeSyncEverySeconds: 0,
};

function freshTokens(): SandboxTokens {
  const hex = (bytes: number) => randomBytes(bytes).toString('hex');
  return { retail: hex(20), ecomSecret: `secret_${hex(16)}`, ecomPublic: `public_${hex(16)}` };
}

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Logs every API call, then applies any fault rule that matches it (before rate limits count it). */
function apiMiddleware(ctx: SandboxContext): MiddlewareHandler<{ Bindings: HttpBindings }> {
  return async (c, next) => {
    const url = new URL(c.req.url);
    const api = apiOfPath(url.pathname);
    // Batch sub-requests are dispatched in-process: neither logged nor faulted as HTTP calls.
    if (api === null || c.env?.incoming === undefined) return next();

    const started = Date.now();
    const entry = {
      method: c.req.method,
      path: url.pathname,
      query: url.search,
      status: 0,
      time: new Date(started).toISOString(),
      durationMs: 0,
      api,
      token: shortenToken(c.req.header('authorization')),
    };
    try {
      const fault = ctx.faults.take(c.req.method, url.pathname, url.search.slice(1));
      if (fault) await fault.released;
      if (fault && fault.delayMs > 0) await wait(fault.delayMs);
      if (fault?.drop) {
        c.env.incoming.socket.destroy();
        return new Response(null, { status: 599 });
      }
      if (fault?.status !== undefined) {
        const headers: Record<string, string> =
          fault.retryAfter === undefined ? {} : { 'Retry-After': String(fault.retryAfter) };
        const message = `Injected fault: ${fault.status}`;
        c.res =
          api === 'ecom'
            ? ecomError(fault.status, message, undefined, headers)
            : retailError(fault.status, message, headers);
        return;
      }
      await next();
      if (fault?.malformed) {
        const text = await c.res.text();
        const headers = new Headers(c.res.headers);
        headers.delete('content-length');
        c.res = new Response(`${text.slice(0, Math.floor(text.length / 2))}\u0000`, {
          status: c.res.status,
          headers,
        });
      }
    } finally {
      entry.status = c.env.incoming.socket.destroyed && entry.status === 0 ? 0 : (c.res?.status ?? 0);
      entry.durationMs = Date.now() - started;
      ctx.requests.add(entry);
    }
  };
}

export async function startSandbox(options: SandboxOptions = {}): Promise<Sandbox> {
  const initialState = withExternalIds(options.state ?? demoState(), options.externalIds);
  const clock = new SandboxClock();
  const ctx: SandboxContext = {
    world: loadWorld(initialState),
    tokens: { ...freshTokens(), ...options.tokens },
    config: { ...DEFAULT_CONFIG, ...options.config },
    requests: new RequestLog(),
    faults: new FaultBook(),
    now: () => clock.now(),
    clock,
    rateLimitClock: options.rateLimitClock ?? (() => performance.now()),
    runNativeSync: () => runNativeSync(ctx.world, ctx.now()),
    onWorldReplaced: new Set(),
  };

  let connection: SandboxConnection | undefined;
  const app = new Hono<{ Bindings: HttpBindings }>();
  app.use('*', apiMiddleware(ctx));
  app.route('/', retailRoutes(ctx));
  app.route(
    '/',
    ecomRoutes(ctx, () => app),
  );
  app.route('/', adminRoutes(ctx));
  app.route(
    '/__sandbox',
    controlRoutes(ctx, initialState, () => connection),
  );
  app.get('/', (c) => c.redirect(`/store/${ctx.world.ecom.storeId}#categories`));
  app.notFound((c) => {
    const api = apiOfPath(new URL(c.req.url).pathname);
    const message = `No such endpoint: ${c.req.method} ${new URL(c.req.url).pathname}`;
    if (api === 'retail') return retailError(404, message);
    if (api === 'ecom') return ecomError(404, message);
    return c.text(message, 404);
  });

  const host = options.host ?? '127.0.0.1';
  const server = await new Promise<ReturnType<typeof serve>>((resolve, reject) => {
    const s = serve({ fetch: app.fetch, port: options.port ?? 0, hostname: host }, () => resolve(s));
    s.once('error', reject);
  });
  const { port } = server.address() as AddressInfo;
  const origin = `http://${host}:${port}`;

  let timer: NodeJS.Timeout | undefined;
  if (ctx.config.nativeSyncEverySeconds > 0) {
    timer = setInterval(() => ctx.runNativeSync(), ctx.config.nativeSyncEverySeconds * 1000);
    timer.unref();
  }

  connection = {
    admin: `${origin}/store/${ctx.world.ecom.storeId}#categories`,
    retailApi: `${origin}/API/V3`,
    retailAccountID: String(ctx.world.retail.accountID),
    retailToken: ctx.tokens.retail,
    ecomApi: `${origin}/api/v3`,
    storeId: String(ctx.world.ecom.storeId),
    ecomToken: ctx.tokens.ecomSecret,
    ecomReadOnlyToken: ctx.tokens.ecomPublic,
    control: `${origin}/__sandbox`,
  };

  return {
    origin,
    connection: connection,
    context: ctx,
    app,
    close: () =>
      new Promise<void>((resolve, reject) => {
        if (timer) clearInterval(timer);
        if ('closeAllConnections' in server) server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
