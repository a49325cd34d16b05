import { describe, expect, it } from 'vitest';

import type { FetchLike } from '../../utils/http/runtime.ts';
import {
  authorizeUrl,
  exchangeCode,
  OAuthError,
  oauthEndpoints,
  readRedirect,
  refreshTokens,
} from '../../utils/retail/oauth.ts';
import { revokeTokens } from '../../utils/retail/oauth-revoke.ts';

const ENDPOINTS = oauthEndpoints('https://cloud.example');
const CLIENT = { clientId: 'client-1', clientSecret: 'shh' };

/** A token endpoint that answers from a script and remembers every body it was sent. */
function fakeTokenEndpoint(
  answers: Array<{ status: number; body: unknown } | 'network'>,
  endpoint: string = ENDPOINTS.tokenUrl,
) {
  const bodies: Array<Record<string, string>> = [];
  const fetch: FetchLike = async (url, init) => {
    expect(url).toBe(endpoint);
    expect(init.method).toBe('POST');
    bodies.push(JSON.parse(String(init.body)) as Record<string, string>);
    const answer = answers.shift();
    if (!answer) throw new Error('no more answers scripted');
    if (answer === 'network') throw new TypeError('Failed to fetch');
    return new Response(JSON.stringify(answer.body), { status: answer.status });
  };
  return { fetch, bodies };
}

const tokens = (n: number, expiresIn = 3600) => ({
  status: 200,
  body: { access_token: `access-${n}`, refresh_token: `refresh-${n}`, expires_in: expiresIn, token_type: 'bearer' },
});

async function oauthCode(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof OAuthError) return error.code;
    throw error;
  }
  throw new Error('did not fail');
}

describe('the authorize step', () => {
  it('asks for a code with the client, the redirect URI, the state, the S256 challenge and the inventory scope', () => {
    const url = new URL(
      authorizeUrl(ENDPOINTS, {
        clientId: 'client-1',
        redirectUri: 'https://abc.chromiumapp.org/',
        state: 's1',
        codeChallenge: 'challenge-1',
      }),
    );
    expect(url.origin + url.pathname).toBe('https://cloud.example/auth/oauth/authorize');
    expect(Object.fromEntries(url.searchParams)).toEqual({
      response_type: 'code',
      client_id: 'client-1',
      scope: 'employee:inventory',
      state: 's1',
      redirect_uri: 'https://abc.chromiumapp.org/',
      code_challenge: 'challenge-1',
      code_challenge_method: 'S256',
    });
  });

  it('uses the current endpoints, the old .php ones being deprecated', () => {
    expect(oauthEndpoints('https://cloud.lightspeedapp.com/')).toEqual({
      authorizeUrl: 'https://cloud.lightspeedapp.com/auth/oauth/authorize',
      tokenUrl: 'https://cloud.lightspeedapp.com/auth/oauth/token',
      revokeUrl: 'https://cloud.lightspeedapp.com/auth/oauth/revoke',
    });
  });

  it('reads the code only when the state is this sign-in’s', () => {
    expect(readRedirect('https://abc.chromiumapp.org/?code=c1&state=s1', 's1')).toBe('c1');
    expect(() => readRedirect('https://abc.chromiumapp.org/?code=c1&state=other', 's1')).toThrow(
      expect.objectContaining({ code: 'state-mismatch' }),
    );
    expect(() => readRedirect('https://abc.chromiumapp.org/?code=c1', 's1')).toThrow(
      expect.objectContaining({ code: 'state-mismatch' }),
    );
    expect(() => readRedirect('https://abc.chromiumapp.org/?error=access_denied&state=s1', 's1')).toThrow(
      expect.objectContaining({ code: 'denied' }),
    );
    expect(() => readRedirect('https://abc.chromiumapp.org/?state=s1', 's1')).toThrow(
      expect.objectContaining({ code: 'malformed' }),
    );
  });
});

describe('the token endpoint', () => {
  it('trades the code and its PKCE verifier for tokens, the expiry counted from when the request left', async () => {
    const endpoint = fakeTokenEndpoint([tokens(1)]);
    const result = await exchangeCode({ fetch: endpoint.fetch, now: () => 1_000_000 }, ENDPOINTS, CLIENT, {
      code: 'code-1',
      redirectUri: 'https://r/',
      codeVerifier: 'verifier-1',
    });
    expect(result).toEqual({ accessToken: 'access-1', refreshToken: 'refresh-1', expiresAt: 1_000_000 + 3_600_000 });
    expect(endpoint.bodies).toEqual([
      {
        client_id: 'client-1',
        client_secret: 'shh',
        grant_type: 'authorization_code',
        code: 'code-1',
        redirect_uri: 'https://r/',
        code_verifier: 'verifier-1',
      },
    ]);
  });

  it('sends no secret for a public client (Sync Lens’s own), in the exchange and in refreshes', async () => {
    const endpoint = fakeTokenEndpoint([tokens(1), tokens(2)]);
    const deps = { fetch: endpoint.fetch, now: () => 0 };
    const publicClient = { clientId: 'sync-lens' };
    await exchangeCode(deps, ENDPOINTS, publicClient, { code: 'c', redirectUri: 'https://r/', codeVerifier: 'v' });
    await refreshTokens(deps, ENDPOINTS, publicClient, 'refresh-1');
    expect(endpoint.bodies.map((body) => 'client_secret' in body)).toEqual([false, false]);
    expect(endpoint.bodies.map((body) => body.client_id)).toEqual(['sync-lens', 'sync-lens']);
  });

  it('sends the refresh token, and keeps it when an answer brings no new one', async () => {
    const endpoint = fakeTokenEndpoint([{ status: 200, body: { access_token: 'access-2', expires_in: 60 } }]);
    const result = await refreshTokens({ fetch: endpoint.fetch, now: () => 0 }, ENDPOINTS, CLIENT, 'refresh-1');
    expect(result).toEqual({ accessToken: 'access-2', refreshToken: 'refresh-1', expiresAt: 60_000 });
    expect(endpoint.bodies[0]).toEqual({
      client_id: 'client-1',
      client_secret: 'shh',
      grant_type: 'refresh_token',
      refresh_token: 'refresh-1',
    });
  });

  it('says what went wrong in a way the options page can act on', async () => {
    const deps = (answer: Parameters<typeof fakeTokenEndpoint>[0][number]) => ({
      fetch: fakeTokenEndpoint([answer]).fetch,
      now: () => 0,
    });
    expect(
      await oauthCode(refreshTokens(deps({ status: 400, body: { error: 'invalid_grant' } }), ENDPOINTS, CLIENT, 'r')),
    ).toBe('expired-grant');
    expect(
      await oauthCode(refreshTokens(deps({ status: 401, body: { error: 'invalid_client' } }), ENDPOINTS, CLIENT, 'r')),
    ).toBe('bad-client');
    expect(await oauthCode(refreshTokens(deps('network'), ENDPOINTS, CLIENT, 'r'))).toBe('unreachable');
    expect(await oauthCode(refreshTokens(deps({ status: 503, body: 'busy' }), ENDPOINTS, CLIENT, 'r'))).toBe(
      'unreachable',
    );
    // Over Lightspeed's 5 refreshes a minute: it passes, like an outage.
    expect(
      await oauthCode(
        refreshTokens(deps({ status: 429, body: { error: 'too_many_requests' } }), ENDPOINTS, CLIENT, 'r'),
      ),
    ).toBe('unreachable');
    expect(await oauthCode(refreshTokens(deps({ status: 200, body: { token: 'x' } }), ENDPOINTS, CLIENT, 'r'))).toBe(
      'malformed',
    );
    expect(
      await oauthCode(
        exchangeCode(deps({ status: 200, body: { access_token: 'a', expires_in: 5 } }), ENDPOINTS, CLIENT, {
          code: 'c',
          redirectUri: 'r',
          codeVerifier: 'v',
        }),
      ),
    ).toBe('malformed');
  });

  it('says "sign in again" in both languages for a refresh token Lightspeed refuses (30 days unused, revoked)', async () => {
    const deps = { fetch: fakeTokenEndpoint([{ status: 400, body: { error: 'invalid_grant' } }]).fetch, now: () => 0 };
    const error = await refreshTokens(deps, ENDPOINTS, CLIENT, 'r').catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(OAuthError);
    expect((error as OAuthError).said).toEqual({
      en: (error as OAuthError).message,
      fr: 'Lightspeed n’accepte plus la connexion de Sync Lens : elle est restée inutilisée 30 jours, ou elle a été révoquée. Reconnectez-vous avec Lightspeed dans les réglages de Sync Lens.',
    });
    expect((error as OAuthError).message).toContain('went unused for 30 days');
    expect((error as OAuthError).message).toContain('Sign in with Lightspeed again');
  });

  it('never puts the client secret or a token in its messages', async () => {
    const endpoint = fakeTokenEndpoint([{ status: 400, body: { error: 'invalid_request', error_description: 'bad' } }]);
    const error = await refreshTokens(
      { fetch: endpoint.fetch, now: () => 0 },
      ENDPOINTS,
      CLIENT,
      'refresh-secret-value',
    ).catch((e: unknown) => e);
    expect(String((error as Error).message)).not.toMatch(/shh|refresh-secret-value/);
    expect(JSON.stringify((error as OAuthError).said ?? null)).not.toMatch(/shh|refresh-secret-value/);
  });
});

describe('revoking a sign-in', () => {
  it('revokes the refresh token, then the access token, at the revoke endpoint', async () => {
    const endpoint = fakeTokenEndpoint(
      [
        { status: 200, body: '' },
        { status: 200, body: '' },
      ],
      ENDPOINTS.revokeUrl,
    );
    await revokeTokens(endpoint.fetch, ENDPOINTS, { clientId: 'sync-lens' }, { accessToken: 'a1', refreshToken: 'r1' });
    expect(endpoint.bodies).toEqual([
      { client_id: 'sync-lens', token: 'r1', token_type_hint: 'refresh_token' },
      { client_id: 'sync-lens', token: 'a1', token_type_hint: 'access_token' },
    ]);
  });

  it('fails, so the caller can say so, when Lightspeed cannot be reached', async () => {
    const endpoint = fakeTokenEndpoint(['network'], ENDPOINTS.revokeUrl);
    const revoking = revokeTokens(endpoint.fetch, ENDPOINTS, CLIENT, { accessToken: 'a', refreshToken: 'r' });
    expect(await oauthCode(revoking)).toBe('unreachable');
  });
});
