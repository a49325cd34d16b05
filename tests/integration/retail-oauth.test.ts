import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import type { Sandbox } from '../../sandbox/server.ts';
import { ConnectError } from '../../utils/connect/errors.ts';
import { signInWithLightspeed, type SignInDeps } from '../../utils/connect/retail-signin.ts';
import { createRetailClient } from '../../utils/retail/client.ts';
import { createTokenKeeper, refreshTokens, type OAuthTokens } from '../../utils/retail/oauth.ts';
import { startTestSandbox } from './support/sandbox.ts';

/**
 * The OAuth code path against the sandbox's stand-in for Lightspeed's authorization server, over real HTTP. Only
 * the browser window is played by the test: it loads the consent page and presses a button, as a merchant would.
 */

let sandbox: Sandbox;
beforeAll(async () => {
  sandbox = await startTestSandbox();
});
afterAll(() => sandbox.close());

const REDIRECT = 'https://extension-id.chromiumapp.org/';
const CLIENT = { clientId: 'sync-lens-test', clientSecret: 'test-secret' };
const fetchNode = (input: string, init: RequestInit) => fetch(input, init);

/** What launchWebAuthFlow does: shows the consent page, submits the merchant's choice, returns where it led. */
function consentAs(decision: 'allow' | 'deny'): SignInDeps['launch'] {
  return async (url) => {
    const page = await fetch(url);
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain(CLIENT.clientId);
    const authorize = new URL(url);
    const form = new URLSearchParams(authorize.searchParams);
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

const request = () => ({ client: CLIENT, authBase: sandbox.origin, apiBase: sandbox.connection.retailApi });

describe('signing in with Lightspeed (OAuth 2)', () => {
  it('trades the code for tokens and finds the account', async () => {
    const signedIn = await signInWithLightspeed(request(), deps('allow'));
    expect(signedIn.account.accountId).toBe(Number(sandbox.connection.retailAccountID));
    expect(signedIn.tokenUrl).toBe(`${sandbox.origin}/auth/oauth/token`);
    expect(signedIn.tokens.expiresAt).toBeGreaterThan(Date.now() + 3_500_000);
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
    const { tokens, tokenUrl } = await signInWithLightspeed(request(), deps('allow'));
    const endpoints = { tokenUrl };
    const next = await refreshTokens({ fetch: fetchNode, now: Date.now }, endpoints, CLIENT, tokens.refreshToken);
    expect(next.refreshToken).not.toBe(tokens.refreshToken);
    expect(next.accessToken).not.toBe(tokens.accessToken);
    const again = await refreshTokens(
      { fetch: fetchNode, now: Date.now },
      endpoints,
      CLIENT,
      tokens.refreshToken,
    ).catch((e: unknown) => e);
    expect(again).toMatchObject({ code: 'expired-grant' });
  });

  it('keeps the Retail client working across expiry and a 401, always storing the newest refresh token', async () => {
    const { tokens, tokenUrl } = await signInWithLightspeed(request(), deps('allow'));
    const endpoints = { tokenUrl };
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
      refresh: (refreshToken) => refreshTokens({ fetch: fetchNode, now: () => clock }, endpoints, CLIENT, refreshToken),
      now: () => clock,
    });
    const client = createRetailClient({
      apiBase: sandbox.connection.retailApi,
      accountId: sandbox.connection.retailAccountID,
      token: keeper.token,
      renewToken: keeper.renew,
    });

    expect((await client.categories()).length).toBeGreaterThan(0);
    expect(saved).toEqual([]);

    // An hour later the token is about to expire: one refresh, before the request.
    clock += 3_590_000;
    expect((await client.categories()).length).toBeGreaterThan(0);
    expect(saved).toHaveLength(1);

    // The access token is refused before its time (revoked, clocks apart): renewed once, and the call succeeds.
    stored = { ...stored, accessToken: 'revoked-access-token' };
    expect((await client.categories()).length).toBeGreaterThan(0);
    expect(saved).toHaveLength(2);
    expect(stored.refreshToken).toBe(saved.at(-1));
    expect(stored.accessToken).not.toBe('revoked-access-token');
  });

  it('reports a sign-in Lightspeed no longer accepts in words that say to connect again', async () => {
    const { tokenUrl } = await signInWithLightspeed(request(), deps('allow'));
    const endpoints = { tokenUrl };
    const keeper = createTokenKeeper({
      load: async () => ({ accessToken: 'old', refreshToken: 'a-refresh-token-already-used', expiresAt: 0 }),
      save: async () => {},
      refresh: (refreshToken) => refreshTokens({ fetch: fetchNode, now: Date.now }, endpoints, CLIENT, refreshToken),
      now: Date.now,
    });
    const client = createRetailClient({
      apiBase: sandbox.connection.retailApi,
      token: keeper.token,
      renewToken: keeper.renew,
    });
    await expect(client.categories()).rejects.toThrow(/Connect Retail POS again/);
  });
});
