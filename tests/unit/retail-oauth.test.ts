import { describe, expect, it, vi } from 'vitest';

import type { FetchLike } from '../../utils/http/runtime.ts';
import {
  authorizeUrl,
  createTokenKeeper,
  exchangeCode,
  needsRefresh,
  OAuthError,
  oauthEndpoints,
  readRedirect,
  refreshTokens,
  type OAuthTokens,
} from '../../utils/retail/oauth.ts';

const ENDPOINTS = oauthEndpoints('https://cloud.example');
const CLIENT = { clientId: 'client-1', clientSecret: 'shh' };

/** A token endpoint that answers from a script and remembers every body it was sent. */
function fakeTokenEndpoint(answers: Array<{ status: number; body: unknown } | 'network'>) {
  const bodies: Array<Record<string, string>> = [];
  const fetch: FetchLike = async (url, init) => {
    expect(url).toBe(ENDPOINTS.tokenUrl);
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
  it('asks for a code with the client, the redirect URI, the state and the inventory scope', () => {
    const url = new URL(
      authorizeUrl(ENDPOINTS, { clientId: 'client-1', redirectUri: 'https://abc.chromiumapp.org/', state: 's1' }),
    );
    expect(url.origin + url.pathname).toBe('https://cloud.example/auth/oauth/authorize');
    expect(Object.fromEntries(url.searchParams)).toEqual({
      response_type: 'code',
      client_id: 'client-1',
      scope: 'employee:inventory',
      state: 's1',
      redirect_uri: 'https://abc.chromiumapp.org/',
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
  it('trades the code for tokens, the expiry counted from when the request left', async () => {
    const endpoint = fakeTokenEndpoint([tokens(1)]);
    const result = await exchangeCode(
      { fetch: endpoint.fetch, now: () => 1_000_000 },
      ENDPOINTS,
      CLIENT,
      'code-1',
      'https://r/',
    );
    expect(result).toEqual({ accessToken: 'access-1', refreshToken: 'refresh-1', expiresAt: 1_000_000 + 3_600_000 });
    expect(endpoint.bodies).toEqual([
      {
        client_id: 'client-1',
        client_secret: 'shh',
        grant_type: 'authorization_code',
        code: 'code-1',
        redirect_uri: 'https://r/',
      },
    ]);
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
    expect(await oauthCode(refreshTokens(deps({ status: 200, body: { token: 'x' } }), ENDPOINTS, CLIENT, 'r'))).toBe(
      'malformed',
    );
    expect(
      await oauthCode(
        exchangeCode(deps({ status: 200, body: { access_token: 'a', expires_in: 5 } }), ENDPOINTS, CLIENT, 'c', 'r'),
      ),
    ).toBe('malformed');
  });

  it('says a failed token refresh in French too: the background meets it alone, and every page shows it', async () => {
    const deps = { fetch: fakeTokenEndpoint([{ status: 400, body: { error: 'invalid_grant' } }]).fetch, now: () => 0 };
    const error = await refreshTokens(deps, ENDPOINTS, CLIENT, 'r').catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(OAuthError);
    expect((error as OAuthError).said).toEqual({
      en: (error as OAuthError).message,
      fr: 'Lightspeed n’accepte plus cette connexion (elle a expiré ou été révoquée). Reconnectez Retail POS dans les réglages de Sync Lens.',
    });
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

describe('keeping the access token fresh', () => {
  /** Storage and a token endpoint in memory, with a clock the test moves. */
  function world(start: OAuthTokens) {
    let stored = start;
    let clock = 0;
    let issued = 0;
    const used: string[] = [];
    const saves: OAuthTokens[] = [];
    const refresh = vi.fn(async (refreshToken: string) => {
      // Like R-Series: a refresh token works once.
      if (used.includes(refreshToken) || refreshToken !== stored.refreshToken)
        throw new OAuthError('expired-grant', 'used');
      used.push(refreshToken);
      issued += 1;
      await Promise.resolve();
      return { accessToken: `access-${issued}`, refreshToken: `refresh-${issued}`, expiresAt: clock + 3_600_000 };
    });
    const keeper = createTokenKeeper({
      load: async () => stored,
      save: async (tokens) => {
        saves.push(tokens);
        stored = tokens;
      },
      refresh,
      now: () => clock,
    });
    return {
      keeper,
      refresh,
      saves,
      stored: () => stored,
      advance: (ms: number) => {
        clock += ms;
      },
    };
  }

  const fresh: OAuthTokens = { accessToken: 'access-0', refreshToken: 'refresh-0', expiresAt: 3_600_000 };

  it('uses the stored token while it has time left', async () => {
    const w = world(fresh);
    expect(await w.keeper.token()).toBe('access-0');
    w.advance(3_000_000);
    expect(await w.keeper.token()).toBe('access-0');
    expect(w.refresh).not.toHaveBeenCalled();
  });

  it('refreshes shortly before expiry and saves the rotated tokens before using them', async () => {
    const w = world(fresh);
    w.advance(3_600_000 - 60_000);
    expect(needsRefresh(w.stored(), 3_600_000 - 60_000)).toBe(true);
    expect(await w.keeper.token()).toBe('access-1');
    expect(w.saves).toEqual([
      { accessToken: 'access-1', refreshToken: 'refresh-1', expiresAt: 3_600_000 - 60_000 + 3_600_000 },
    ]);
  });

  it('makes one refresh for requests that find the token stale at once', async () => {
    const w = world(fresh);
    w.advance(4_000_000);
    const all = await Promise.all([w.keeper.token(), w.keeper.token(), w.keeper.token()]);
    expect(all).toEqual(['access-1', 'access-1', 'access-1']);
    expect(w.refresh).toHaveBeenCalledTimes(1);
  });

  it('always refreshes with the newest refresh token, hour after hour', async () => {
    const w = world(fresh);
    for (let hour = 1; hour <= 5; hour++) {
      w.advance(3_600_000);
      expect(await w.keeper.token()).toBe(`access-${hour}`);
    }
    expect(w.refresh.mock.calls.map(([token]) => token)).toEqual([
      'refresh-0',
      'refresh-1',
      'refresh-2',
      'refresh-3',
      'refresh-4',
    ]);
    expect(w.stored().refreshToken).toBe('refresh-5');
  });

  it('renews on demand after a 401, and says whether it could', async () => {
    const w = world(fresh);
    expect(await w.keeper.renew()).toBe(true);
    expect(await w.keeper.token()).toBe('access-1');
    const dead = world(fresh);
    dead.refresh.mockRejectedValueOnce(new OAuthError('expired-grant', 'revoked'));
    expect(await dead.keeper.renew()).toBe(false);
  });

  it('does not hand out a new token it could not save', async () => {
    const stored = { ...fresh, expiresAt: 0 };
    const keeper = createTokenKeeper({
      load: async () => stored,
      save: async () => {
        throw new Error('storage is full');
      },
      refresh: async () => ({ accessToken: 'new', refreshToken: 'new-r', expiresAt: 9e12 }),
      now: () => 1,
    });
    await expect(keeper.token()).rejects.toThrow('storage is full');
  });
});
