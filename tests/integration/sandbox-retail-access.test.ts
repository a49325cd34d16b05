import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import type { Sandbox } from '../../sandbox/server.ts';
import { ACCOUNT_ID, getList, retailState, UNLIMITED } from './support/retail.ts';
import { retailFetch, startTestSandbox } from './support/sandbox.ts';
import { SANDBOX_PUBLIC_CLIENT_ID } from '../../sandbox/retail/oauth-clients.ts';

const REDIRECT = 'https://abcdefghijklmnop.chromiumapp.org/retail';
const ENTITIES: Record<string, string> = { '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'", '&amp;': '&' };
const unescapeHtml = (text: string) => text.replace(/&(lt|gt|quot|#39|amp);/g, (entity) => ENTITIES[entity]!);

const CLIENT = { client_id: 'sync-lens-dev', client_secret: 'any-secret' };

describe('R-Series access: tokens, accounts and the OAuth stand-in', () => {
  let sandbox: Sandbox;
  beforeAll(async () => {
    sandbox = await startTestSandbox({
      state: retailState([{ categoryID: 1, name: 'Vestes' }]),
      config: UNLIMITED,
    });
  });
  afterAll(() => sandbox.close());

  const token = (body: Record<string, string>) =>
    fetch(`${sandbox.origin}/auth/oauth/token`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(body),
    });

  /** Goes through the consent page as a browser would and returns where it was sent back to. */
  async function authorize(decision: 'allow' | 'deny', state = 'xyz-123'): Promise<URL> {
    const query = new URLSearchParams({
      response_type: 'code',
      client_id: CLIENT.client_id,
      scope: 'employee:all',
      state,
      redirect_uri: REDIRECT,
    });
    const page = await fetch(`${sandbox.origin}/auth/oauth/authorize?${query}`);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toContain('text/html');
    const html = await page.text();
    expect(html).toMatch(/<button[^>]*value="allow"[^>]*>Authorize<\/button>/);
    const form = /<form method="post" action="([^"]+)">/.exec(html)!;
    // Submit exactly what the page holds.
    const fields = new URLSearchParams();
    for (const [, name, value] of html.matchAll(/<input type="hidden" name="([^"]+)" value="([^"]*)">/g)) {
      fields.set(name!, unescapeHtml(value!));
    }
    fields.set('decision', decision);
    const answer = await fetch(new URL(form[1]!, sandbox.origin), {
      method: 'POST',
      body: fields,
      redirect: 'manual',
    });
    expect(answer.status).toBe(302);
    return new URL(answer.headers.get('location')!);
  }

  it('serves the account', async () => {
    const response = await fetch(`${sandbox.connection.retailApi}/Account.json`, {
      headers: { Authorization: `Bearer ${sandbox.connection.retailToken}` },
    });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({
      '@attributes': { count: '1' },
      Account: { accountID: String(ACCOUNT_ID), name: expect.any(String) },
    });
  });

  it('answers a wrong or missing token with a 401 in R-Series shape', async () => {
    const wrong = await getList(sandbox, '/Category.json', 'not-the-token');
    expect(wrong.status).toBe(401);
    expect(wrong.body).toMatchObject({ httpCode: '401', httpMessage: 'Unauthorized', message: expect.any(String) });
    const missing = await fetch(`${sandbox.connection.retailApi}/Account.json`);
    expect(missing.status).toBe(401);
  });

  it("answers another account's resources with a 404 in R-Series shape", async () => {
    const otherAccount = `${sandbox.connection.retailApi}/Account/${ACCOUNT_ID + 1}/Category.json`;
    const response = await retailFetch(sandbox, otherAccount);
    expect(response.status).toBe(404);
    expect(await response.json()).toMatchObject({ httpCode: '404', httpMessage: 'Not Found' });
    const unknown = await retailFetch(sandbox, '/Widget.json');
    expect(unknown.status).toBe(404);
  });

  it('runs the OAuth code flow; a refresh rotates both tokens and the old refresh token is refused', async () => {
    const back = await authorize('allow');
    expect(back.origin + back.pathname).toBe(REDIRECT);
    expect(back.searchParams.get('state')).toBe('xyz-123');
    const code = back.searchParams.get('code')!;
    expect(code).toBeTruthy();

    const first = await token({ ...CLIENT, grant_type: 'authorization_code', code });
    expect(first.status).toBe(200);
    expect(first.headers.get('cache-control')).toBe('no-store');
    const tokens = (await first.json()) as Record<string, unknown>;
    expect(tokens).toEqual({
      access_token: expect.any(String),
      refresh_token: expect.any(String),
      expires_in: 3600,
      token_type: 'bearer',
      scope: 'employee:all',
    });
    // Codes are single use.
    const reused = await token({ ...CLIENT, grant_type: 'authorization_code', code });
    expect(reused.status).toBe(400);
    expect(await reused.json()).toMatchObject({ error: 'invalid_grant' });

    // The issued access token works on the API.
    expect((await getList(sandbox, '/Category.json', tokens.access_token as string)).status).toBe(200);

    const refresh = (refreshToken: unknown) =>
      token({ ...CLIENT, grant_type: 'refresh_token', refresh_token: refreshToken as string });
    const refreshed = await refresh(tokens.refresh_token);
    expect(refreshed.status).toBe(200);
    const rotated = (await refreshed.json()) as Record<string, unknown>;
    expect(rotated.access_token).not.toBe(tokens.access_token);
    expect(rotated.refresh_token).not.toBe(tokens.refresh_token);

    const stale = await refresh(tokens.refresh_token);
    expect(stale.status).toBe(400);
    expect(await stale.json()).toMatchObject({ error: 'invalid_grant' });

    const api = await getList(sandbox, '/Category.json', rotated.access_token as string);
    expect(api.status).toBe(200);
    expect(api.body.Category).toMatchObject({ name: 'Vestes' });
    // The newest refresh token still works.
    expect((await refresh(rotated.refresh_token)).status).toBe(200);
  });

  it('sends a denial back as error=access_denied', async () => {
    const back = await authorize('deny', 'st"ate&<>');
    expect(back.searchParams.get('error')).toBe('access_denied');
    expect(back.searchParams.get('state')).toBe('st"ate&<>');
    expect(back.searchParams.has('code')).toBe(false);
  });

  it('refuses bad OAuth requests', async () => {
    const authorizeUrl = `${sandbox.origin}/auth/oauth/authorize`;
    const bad = await fetch(`${authorizeUrl}?response_type=token&client_id=x&redirect_uri=${REDIRECT}`);
    expect(bad.status).toBe(400);
    const noRedirect = await fetch(`${authorizeUrl}?response_type=code&client_id=x`);
    expect(noRedirect.status).toBe(400);
    // The public client's code goes only to an extension's redirect address, and the refusal sends nobody there.
    const unregistered = new URLSearchParams({
      response_type: 'code',
      client_id: SANDBOX_PUBLIC_CLIENT_ID,
      redirect_uri: 'https://attacker.example/',
      code_challenge: 'c'.repeat(43),
      code_challenge_method: 'S256',
    });
    const elsewhere = await fetch(`${authorizeUrl}?${unregistered}`, { redirect: 'manual' });
    expect(elsewhere.status).toBe(400);
    expect(await elsewhere.text()).toContain('is not registered with the client');
    const posted = await fetch(authorizeUrl, { method: 'POST', body: unregistered, redirect: 'manual' });
    expect(posted.status).toBe(400);
    expect(posted.headers.get('location')).toBeNull();

    const noSecret = await token({ client_id: 'x', client_secret: '', grant_type: 'authorization_code', code: 'c' });
    expect(noSecret.status).toBe(401);
    expect(await noSecret.json()).toMatchObject({ error: 'invalid_client' });
    // A code is traded only by naming the address it was sent to, if the trade names one.
    const code = (await authorize('allow')).searchParams.get('code')!;
    const moved = await token({
      ...CLIENT,
      grant_type: 'authorization_code',
      code,
      redirect_uri: 'https://x.example/',
    });
    expect(await moved.json()).toMatchObject({ error: 'invalid_grant' });
    const madeUp = await token({ ...CLIENT, grant_type: 'authorization_code', code: 'made-up' });
    expect(await madeUp.json()).toMatchObject({ error: 'invalid_grant' });
    const password = await token({ ...CLIENT, grant_type: 'password' });
    expect(await password.json()).toMatchObject({ error: 'unsupported_grant_type' });
  });
});
