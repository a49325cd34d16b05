import { createHash } from 'node:crypto';

import { describe, expect, it } from 'vitest';

import { clientRefusal, redirectRefusal, SANDBOX_PUBLIC_CLIENT_ID } from '../../sandbox/retail/oauth-clients.ts';
import { OAuthGrants, type GrantOutcome, type IssuedTokens } from '../../sandbox/retail/oauth-grants.ts';
import { challengeRefusal } from '../../sandbox/retail/pkce-check.ts';
import { RefreshLimit } from '../../sandbox/retail/refresh-limit.ts';

const DAY_MS = 24 * 3600 * 1000;

function setup() {
  let now = 0;
  let counter = 0;
  const grants = new OAuthGrants(
    () => now,
    () => `token-${++counter}`,
  );
  return { grants, advance: (ms: number) => (now += ms), now: () => now };
}

function tokensOf(outcome: GrantOutcome): IssuedTokens {
  if (!('tokens' in outcome)) throw new Error(`refused: ${outcome.description}`);
  return outcome.tokens;
}

const VERIFIER = 'a-verifier-of-forty-three-characters-or-more_0123456789';
const CHALLENGE = createHash('sha256').update(VERIFIER).digest('base64url');

describe('OAuthGrants', () => {
  it('issues access tokens that work for an hour and not a moment longer', () => {
    const { grants, advance } = setup();
    const tokens = tokensOf(grants.exchangeCode('app', grants.issueCode('app', 'employee:all')));
    expect(tokens).toMatchObject({ expires_in: 3600, token_type: 'bearer', scope: 'employee:all' });
    advance(3_599_999);
    expect(grants.isAccessTokenValid(tokens.access_token)).toBe(true);
    advance(1);
    expect(grants.isAccessTokenValid(tokens.access_token)).toBe(false);
  });

  it('refuses a code used twice, after ten minutes, or by another client', () => {
    const { grants, advance } = setup();
    const code = grants.issueCode('app', 'employee:all');
    expect('tokens' in grants.exchangeCode('app', code)).toBe(true);
    expect(grants.exchangeCode('app', code)).toMatchObject({ error: 'invalid_grant' });

    const late = grants.issueCode('app', 'employee:all');
    advance(600_000);
    expect(grants.exchangeCode('app', late)).toMatchObject({ error: 'invalid_grant' });

    const other = grants.issueCode('app', 'employee:all');
    expect(grants.exchangeCode('intruder', other)).toMatchObject({ error: 'invalid_grant' });
  });

  it('trades a code issued with a PKCE challenge only for its verifier, and spends it on a wrong one', () => {
    const { grants } = setup();
    const code = grants.issueCode('app', 'employee:inventory', CHALLENGE);
    expect(grants.exchangeCode('app', code, `${VERIFIER}x`)).toEqual({
      error: 'invalid_grant',
      description: 'code_verifier does not match the code_challenge.',
    });
    expect(grants.exchangeCode('app', code, VERIFIER)).toMatchObject({ error: 'invalid_grant' });

    const missing = grants.issueCode('app', 'employee:inventory', CHALLENGE);
    expect(grants.exchangeCode('app', missing)).toMatchObject({
      error: 'invalid_grant',
      description: expect.stringContaining('code_verifier is required'),
    });

    const right = grants.issueCode('app', 'employee:inventory', CHALLENGE);
    expect('tokens' in grants.exchangeCode('app', right, VERIFIER)).toBe(true);
  });

  it('trades a code only with the redirect_uri it was sent to, when the trade names one', () => {
    const { grants } = setup();
    const sentTo = 'https://abcdefghijklmnopabcdefghijklmnop.chromiumapp.org/';
    const elsewhere = grants.issueCode('app', 'employee:inventory', null, sentTo);
    expect(grants.exchangeCode('app', elsewhere, '', 'https://attacker.example/')).toEqual({
      error: 'invalid_grant',
      description: 'redirect_uri is not the one the code was issued for.',
    });
    // Spent by the refused attempt, like any other.
    expect(grants.exchangeCode('app', elsewhere, '', sentTo)).toMatchObject({ error: 'invalid_grant' });

    const same = grants.issueCode('app', 'employee:inventory', null, sentTo);
    expect('tokens' in grants.exchangeCode('app', same, '', sentTo.slice(0, -1))).toBe(true);
    const unnamed = grants.issueCode('app', 'employee:inventory', null, sentTo);
    expect('tokens' in grants.exchangeCode('app', unnamed)).toBe(true);
  });

  it('rotates both tokens on refresh; the used refresh token dies, the old access token lives out its hour', () => {
    const { grants } = setup();
    const first = tokensOf(grants.exchangeCode('app', grants.issueCode('app', 'employee:inventory')));
    const second = tokensOf(grants.refresh('app', first.refresh_token));
    expect(second.access_token).not.toBe(first.access_token);
    expect(second.refresh_token).not.toBe(first.refresh_token);
    expect(second.scope).toBe('employee:inventory');
    expect(grants.refresh('app', first.refresh_token)).toMatchObject({ error: 'invalid_grant' });
    expect(grants.isAccessTokenValid(first.access_token)).toBe(true);
    expect(grants.refresh('intruder', second.refresh_token)).toMatchObject({ error: 'invalid_grant' });
    // Another client's attempt does not burn the token.
    expect('tokens' in grants.refresh('app', second.refresh_token)).toBe(true);
  });

  it('lets a refresh token expire 30 days after it was issued, each refresh starting a new 30 days', () => {
    const { grants, advance } = setup();
    const first = tokensOf(grants.exchangeCode('app', grants.issueCode('app', 'employee:inventory')));
    advance(29 * DAY_MS);
    const second = tokensOf(grants.refresh('app', first.refresh_token));
    advance(30 * DAY_MS);
    expect(grants.refresh('app', second.refresh_token)).toEqual({
      error: 'invalid_grant',
      description: 'The refresh token expired: it went unused for 30 days.',
    });
  });

  it('revokes a refresh token with the access tokens of its sign-in, and an access token alone', () => {
    const { grants } = setup();
    const one = tokensOf(grants.exchangeCode('app', grants.issueCode('app', 'employee:inventory')));
    const other = tokensOf(grants.exchangeCode('app', grants.issueCode('app', 'employee:inventory')));
    grants.revoke('intruder', one.refresh_token);
    expect(grants.isAccessTokenValid(one.access_token)).toBe(true);
    grants.revoke('app', one.refresh_token);
    expect(grants.isAccessTokenValid(one.access_token)).toBe(false);
    expect(grants.refresh('app', one.refresh_token)).toMatchObject({ error: 'invalid_grant' });
    expect(grants.isAccessTokenValid(other.access_token)).toBe(true);
    grants.revoke('app', other.access_token);
    expect(grants.isAccessTokenValid(other.access_token)).toBe(false);
    expect('tokens' in grants.refresh('app', other.refresh_token)).toBe(true);
  });
});

describe('the stand-in’s clients and limits', () => {
  it('asks a secret of confidential clients only', () => {
    expect(clientRefusal(SANDBOX_PUBLIC_CLIENT_ID, '')).toBeNull();
    expect(clientRefusal('merchant-client', '')).toMatch(/client_secret is required/);
    expect(clientRefusal('merchant-client', 'secret')).toBeNull();
    expect(clientRefusal('', 'secret')).toMatch(/client_id/);
  });

  it('sends the public client’s codes only to an extension’s redirect address, in Chrome or in Firefox', () => {
    const refusal = (address: string) => redirectRefusal(SANDBOX_PUBLIC_CLIENT_ID, new URL(address));
    expect(refusal('https://abcdefghijklmnopabcdefghijklmnop.chromiumapp.org/')).toBeNull();
    expect(refusal(`https://${'0123456789abcdef0123'.repeat(2)}.extensions.allizom.org/`)).toBeNull();
    expect(refusal('https://attacker.example/')).toMatch(/is not registered with the client sync-lens-sandbox/);
    expect(refusal('http://abcdefghijklmnopabcdefghijklmnop.chromiumapp.org/')).not.toBeNull();
    expect(refusal('https://chromiumapp.org.attacker.example/')).not.toBeNull();
    // A merchant's own client: the sandbox keeps no registry of their addresses.
    expect(redirectRefusal('merchant-client', new URL('https://merchant.example/back'))).toBeNull();
  });

  it('requires an S256 challenge of public clients', () => {
    expect(challengeRefusal(undefined, undefined, true)).toMatch(/code_challenge is required/);
    expect(challengeRefusal(undefined, undefined, false)).toBeNull();
    expect(challengeRefusal(CHALLENGE, 'plain', true)).toMatch(/S256/);
    expect(challengeRefusal(CHALLENGE, 'S256', true)).toBeNull();
  });

  it('admits 5 refreshes a minute per client, and says how long to wait', () => {
    let now = 0;
    const limit = new RefreshLimit(() => now);
    for (let i = 0; i < 5; i++) expect(limit.admit('app')).toBeNull();
    expect(limit.admit('other')).toBeNull();
    now = 20_000;
    expect(limit.admit('app')).toBe(40);
    now = 60_000;
    expect(limit.admit('app')).toBeNull();
  });
});
