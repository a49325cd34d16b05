import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { SANDBOX_PUBLIC_CLIENT_ID } from '../../sandbox/retail/oauth-clients.ts';
import type { Sandbox } from '../../sandbox/server.ts';
import { ConnectError } from '../../utils/connect/errors.ts';
import { signInWithLightspeed, type SignInDeps } from '../../utils/connect/retail-signin.ts';
import { createRetailClient } from '../../utils/retail/client.ts';
import { oauthEndpoints, refreshTokens, type OAuthClient, type OAuthTokens } from '../../utils/retail/oauth.ts';
import { RefreshWindow } from '../../utils/retail/refresh-cap.ts';
import { createTokenKeeper, type TokenKeeper } from '../../utils/retail/token-keeper.ts';
import { control, retailFetch, startTestSandbox } from './support/sandbox.ts';

/**
 * The OAuth code path against the sandbox's stand-in for Lightspeed's authorization server, over real HTTP. Only
 * the browser window is played by the test: it loads the consent page and presses a button, as a merchant would.
 */

let sandbox: Sandbox;
beforeAll(async () => {
  sandbox = await startTestSandbox();
});
afterAll(() => sandbox.close());

const REDIRECT = 'https://abcdefghijklmnopabcdefghijklmnop.chromiumapp.org/';
/** Sync Lens's own client in the sandbox: public, no secret. */
const PUBLIC: OAuthClient = { clientId: SANDBOX_PUBLIC_CLIENT_ID };
/** A merchant's own API client: confidential, with its secret. Each test that refreshes has its own, as the cap is per client. */
const own = (name: string): OAuthClient => ({ clientId: `merchant-${name}`, clientSecret: 'test-secret' });
const fetchNode = (input: string, init: RequestInit) => fetch(input, init);
const DAY_MS = 24 * 3600 * 1000;

/** What launchWebAuthFlow does: shows the consent page, submits the merchant's choice, returns where it led. */
function consentAs(decision: 'allow' | 'deny'): SignInDeps['launch'] {
  return async (url) => {
    const page = await fetch(url);
    expect(page.status).toBe(200);
    const html = await page.text();
    const authorize = new URL(url);
    expect(html).toContain(authorize.searchParams.get('client_id'));
    // The consent page's own form, hidden fields and all, as the browser would submit it.
    const form = new URLSearchParams();
    for (const [, name, value] of html.matchAll(/<input type="hidden" name="([^"]+)" value="([^"]*)">/g)) {
      form.set(name!, value!.replaceAll('&amp;', '&'));
    }
    form.set('decision', decision);
    const answer = await fetch(new URL('/auth/oauth/authorize', authorize).href, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: form.toString(),
      redirect: 'manual',
    });
    expect(answer.status).toBe(302);
    return answer.headers.get('location')!;
  };
}

const deps = (decision: 'allow' | 'deny'): SignInDeps => ({
  redirectUri: REDIRECT,
  launch: consentAs(decision),
  fetch: fetchNode,
  now: Date.now,
});

const request = (client: OAuthClient = PUBLIC) => ({
  client,
  authBase: sandbox.origin,
  apiBase: sandbox.connection.retailApi,
});

const endpoints = () => oauthEndpoints(sandbox.origin);

async function postJson(path: string, body: Record<string, string>) {
  const response = await fetch(`${sandbox.origin}${path}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  });
  return { status: response.status, body: (await response.text()) || null };
}

/** An authorization code for `client`, got through the consent page with the given PKCE challenge. */
async function codeFor(clientId: string, challenge: string | null): Promise<{ status: number; code: string | null }> {
  const url = new URL('/auth/oauth/authorize', sandbox.origin);
  url.searchParams.set('response_type', 'code');
  url.searchParams.set('client_id', clientId);
  url.searchParams.set('redirect_uri', REDIRECT);
  url.searchParams.set('state', 's');
  if (challenge !== null) {
    url.searchParams.set('code_challenge', challenge);
    url.searchParams.set('code_challenge_method', 'S256');
  }
  const page = await fetch(url);
  if (page.status !== 200) return { status: page.status, code: null };
  await page.text();
  const location = await consentAs('allow')(url.href);
  return { status: 200, code: new URL(location).searchParams.get('code') };
}

/** The Retail client as the engine builds it, its token kept by `keeper`. */
const retailClientOf = (keeper: TokenKeeper) =>
  createRetailClient({
    apiBase: sandbox.connection.retailApi,
    accountId: sandbox.connection.retailAccountID,
    token: keeper.token,
    renewToken: keeper.renew,
  });

/** A refresh with the test's own `fetch` and clock, as the background sends it. */
const refreshAs = (client: OAuthClient, refreshToken: string, now: () => number = Date.now) =>
  refreshTokens({ fetch: fetchNode, now }, endpoints(), client, refreshToken);

const moveSandboxClock = (ms: number) =>
  control(sandbox, '/clock', { method: 'POST', body: JSON.stringify({ advanceMs: ms }) });

describe('signing in with Lightspeed (OAuth 2 with PKCE)', () => {
  it('signs in as Sync Lens’s own public client, with no secret: PKCE proves the browser', async () => {
    const signedIn = await signInWithLightspeed(request(), deps('allow'));
    expect(signedIn.account.accountId).toBe(Number(sandbox.connection.retailAccountID));
    expect(signedIn.tokenUrl).toBe(`${sandbox.origin}/auth/oauth/token`);
    expect(signedIn.tokens.expiresAt).toBeGreaterThan(Date.now() + 3_500_000);
  });

  it('signs in with a merchant’s own API client and its secret; a wrong secret or none is refused', async () => {
    const signedIn = await signInWithLightspeed(request(own('signin')), deps('allow'));
    expect(signedIn.account.accountId).toBe(Number(sandbox.connection.retailAccountID));
    // The sandbox takes any non-empty secret, so a wrong one is played by the token endpoint's refusal.
    await control(sandbox, '/faults', {
      method: 'PUT',
      body: JSON.stringify([{ match: 'POST /auth/oauth/token', status: 401, times: 1 }]),
    });
    const wrong = await signInWithLightspeed(request(own('signin')), deps('allow')).catch((error: unknown) => error);
    expect((wrong as ConnectError).code).toBe('oauth-bad-client');
    // Without a secret, a client is taken for the build's own public one, which Lightspeed does not know.
    const none = await signInWithLightspeed(request({ clientId: 'merchant-signin' }), deps('allow')).catch(
      (error: unknown) => error,
    );
    expect((none as ConnectError).code).toBe('oauth-own-client');
    expect((none as ConnectError).message).toContain('under “Advanced”');
  });

  it('refuses a public client’s code without PKCE, with a wrong verifier or none, in OAuth’s error shape', async () => {
    expect((await codeFor(SANDBOX_PUBLIC_CLIENT_ID, null)).status).toBe(400);

    const verifier = 'v'.repeat(43);
    const challenge = Buffer.from(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(verifier))).toString(
      'base64url',
    );
    const exchange = (code: string, codeVerifier?: string) =>
      postJson('/auth/oauth/token', {
        client_id: SANDBOX_PUBLIC_CLIENT_ID,
        grant_type: 'authorization_code',
        code,
        redirect_uri: REDIRECT,
        ...(codeVerifier === undefined ? {} : { code_verifier: codeVerifier }),
      });

    const wrong = await exchange((await codeFor(SANDBOX_PUBLIC_CLIENT_ID, challenge)).code!, 'w'.repeat(43));
    expect(wrong.status).toBe(400);
    expect(JSON.parse(wrong.body!)).toEqual({
      error: 'invalid_grant',
      error_description: 'code_verifier does not match the code_challenge.',
    });
    const missing = await exchange((await codeFor(SANDBOX_PUBLIC_CLIENT_ID, challenge)).code!);
    expect(missing.status).toBe(400);
    expect(JSON.parse(missing.body!)).toMatchObject({ error: 'invalid_grant' });

    const right = await exchange((await codeFor(SANDBOX_PUBLIC_CLIENT_ID, challenge)).code!, verifier);
    expect(right.status).toBe(200);
    expect(JSON.parse(right.body!)).toMatchObject({
      access_token: expect.any(String),
      refresh_token: expect.any(String),
    });
  });

  it('says so when the merchant denies access', async () => {
    const failure = await signInWithLightspeed(request(), deps('deny')).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(ConnectError);
    expect((failure as ConnectError).code).toBe('oauth-denied');
  });

  it('ignores an answer that belongs to another sign-in', async () => {
    const forged: SignInDeps = {
      ...deps('allow'),
      launch: async (url) => (await consentAs('allow')(url)).replace(/state=[^&]+/, 'state=forged'),
    };
    const failure = await signInWithLightspeed(request(), forged).catch((error: unknown) => error);
    expect((failure as ConnectError).code).toBe('oauth-state-mismatch');
  });

  it('says so when the window is closed', async () => {
    const closed: SignInDeps = {
      ...deps('allow'),
      launch: () => Promise.reject(new Error('The user did not approve access.')),
    };
    const failure = await signInWithLightspeed(request(), closed).catch((error: unknown) => error);
    expect((failure as ConnectError).code).toBe('oauth-cancelled');
    expect((failure as ConnectError).message).toContain(REDIRECT);
  });
});

describe('staying signed in', () => {
  it('rotates both tokens on refresh; the used refresh token is dead at once', async () => {
    const client = own('rotate');
    const { tokens } = await signInWithLightspeed(request(client), deps('allow'));
    const next = await refreshAs(client, tokens.refreshToken);
    expect(next.refreshToken).not.toBe(tokens.refreshToken);
    expect(next.accessToken).not.toBe(tokens.accessToken);
    const again = await refreshAs(client, tokens.refreshToken).catch((e: unknown) => e);
    expect(again).toMatchObject({ code: 'expired-grant' });
  });

  it('refreshes a public client’s tokens without a secret', async () => {
    const { tokens } = await signInWithLightspeed(request(), deps('allow'));
    const next = await refreshAs(PUBLIC, tokens.refreshToken);
    expect(next.refreshToken).not.toBe(tokens.refreshToken);
  });

  it('keeps the Retail client working across expiry and a 401, always storing the newest refresh token', async () => {
    const client = own('keeper');
    const { tokens } = await signInWithLightspeed(request(client), deps('allow'));
    // Storage as the background keeps it, and a clock the test moves.
    let stored: OAuthTokens = tokens;
    let clock = Date.now();
    const saved: string[] = [];
    const keeper = createTokenKeeper({
      load: async () => stored,
      save: async (next) => {
        stored = next;
        saved.push(next.refreshToken);
      },
      refresh: (refreshToken) => refreshAs(client, refreshToken, () => clock),
      window: new RefreshWindow(),
      sleep: async () => undefined,
      now: () => clock,
    });
    const retail = retailClientOf(keeper);

    expect((await retail.categories()).length).toBeGreaterThan(0);
    expect(saved).toEqual([]);

    // An hour later the token is about to expire: one refresh, before the request.
    clock += 3_590_000;
    expect((await retail.categories()).length).toBeGreaterThan(0);
    expect(saved).toHaveLength(1);

    // The access token is refused before its time (revoked, clocks apart): renewed once, and the call succeeds.
    stored = { ...stored, accessToken: 'revoked-access-token' };
    expect((await retail.categories()).length).toBeGreaterThan(0);
    expect(saved).toHaveLength(2);
    expect(stored.refreshToken).toBe(saved.at(-1));
    expect(stored.accessToken).not.toBe('revoked-access-token');
  });
});

describe('Lightspeed’s cap of 5 refreshes a minute', () => {
  it('is enforced by the sandbox: the sixth refresh within a minute gets 429 and Retry-After', async () => {
    const client = own('cap');
    let { refreshToken } = (await signInWithLightspeed(request(client), deps('allow'))).tokens;
    const refresh = () =>
      fetch(`${sandbox.origin}/auth/oauth/token`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({
          ...client,
          client_id: client.clientId,
          client_secret: client.clientSecret,
          grant_type: 'refresh_token',
          refresh_token: refreshToken,
        }),
      });
    for (let i = 0; i < 5; i++) {
      const answer = await refresh();
      expect(answer.status).toBe(200);
      refreshToken = ((await answer.json()) as { refresh_token: string }).refresh_token;
    }
    const sixth = await refresh();
    expect(sixth.status).toBe(429);
    expect(Number(sixth.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(await sixth.json()).toMatchObject({ error: 'too_many_requests' });
    // The refused request spent nothing: a minute later the same refresh token works.
    await moveSandboxClock(60_000);
    expect((await refresh()).status).toBe(200);
  });

  it('is never reached by the token keeper, however many renewals are asked for', async () => {
    const client = own('keeper-cap');
    let stored = (await signInWithLightspeed(request(client), deps('allow'))).tokens;
    // The keeper's waits move the sandbox's clock too: the cap is measured there.
    let clock = Date.now();
    const keeper = createTokenKeeper({
      load: async () => stored,
      save: async (next) => {
        stored = next;
      },
      refresh: (refreshToken) => refreshAs(client, refreshToken, () => clock),
      window: new RefreshWindow(),
      sleep: async (ms) => {
        clock += ms;
        if (ms > 0) await moveSandboxClock(ms);
      },
      now: () => clock,
    });
    await control(sandbox, '/requests', { method: 'DELETE' });
    for (let i = 0; i < 8; i++) expect(await keeper.renew()).toBe(true);
    const log = (await (await control(sandbox, '/requests?api=oauth')).json()) as {
      requests: Array<{ path: string; status: number }>;
    };
    const refreshes = log.requests.filter((entry) => entry.path === '/auth/oauth/token');
    expect(refreshes.map((entry) => entry.status)).toEqual(Array(8).fill(200));
  });
});

describe('ending a sign-in', () => {
  it('revokes the refresh token and the access token: neither works afterwards', async () => {
    const { tokens } = await signInWithLightspeed(request(), deps('allow'));
    expect((await retailFetch(sandbox, '/Category.json', { token: tokens.accessToken })).status).toBe(200);
    for (const [token, hint] of [
      [tokens.refreshToken, 'refresh_token'],
      [tokens.accessToken, 'access_token'],
    ] as const) {
      const answer = await postJson('/auth/oauth/revoke', { client_id: PUBLIC.clientId, token, token_type_hint: hint });
      expect(answer.status).toBe(200);
    }
    expect((await retailFetch(sandbox, '/Category.json', { token: tokens.accessToken })).status).toBe(401);
    const refresh = await refreshAs(PUBLIC, tokens.refreshToken).catch((e: unknown) => e);
    expect(refresh).toMatchObject({ code: 'expired-grant' });
  });

  it('asks a confidential client for its secret to revoke', async () => {
    const answer = await postJson('/auth/oauth/revoke', { client_id: 'merchant-revoke', token: 'anything' });
    expect(answer.status).toBe(401);
    expect(JSON.parse(answer.body!)).toMatchObject({ error: 'invalid_client' });
  });
});

describe('a refresh token unused for 30 days', () => {
  it('is refused, and the merchant is told to sign in again in both languages, with one refresh attempt', async () => {
    const { tokens } = await signInWithLightspeed(request(), deps('allow'));
    await moveSandboxClock(30 * DAY_MS);
    await control(sandbox, '/requests', { method: 'DELETE' });
    const keeper = createTokenKeeper({
      load: async () => ({ ...tokens, expiresAt: 0 }),
      save: async () => {},
      refresh: (refreshToken) => refreshAs(PUBLIC, refreshToken),
      window: new RefreshWindow(),
      sleep: async () => undefined,
      now: Date.now,
    });
    const retail = retailClientOf(keeper);
    const failures = await Promise.all(
      [retail.categories(), retail.items(), retail.categories()].map((read) => read.catch((e: unknown) => e)),
    );
    for (const failure of failures) {
      expect(failure).toMatchObject({
        code: 'expired-grant',
        said: {
          en: expect.stringContaining('Sign in with Lightspeed again'),
          fr: expect.stringContaining('Reconnectez-vous avec Lightspeed'),
        },
      });
    }
    // One refresh was tried, and no read was sent with a dead token.
    const log = (await (await control(sandbox, '/requests')).json()) as { requests: Array<{ path: string }> };
    expect(log.requests.map((entry) => entry.path)).toEqual(['/auth/oauth/token']);
  });
});
