import { describe, expect, it } from 'vitest';

import { OAuthGrants } from '../../sandbox/retail/oauth-grants.ts';

function setup() {
  let now = 0;
  let counter = 0;
  const grants = new OAuthGrants(
    () => now,
    () => `token-${++counter}`,
  );
  return { grants, advance: (ms: number) => (now += ms) };
}

describe('OAuthGrants', () => {
  it('issues access tokens that work for an hour and not a moment longer', () => {
    const { grants, advance } = setup();
    const tokens = grants.exchangeCode('app', grants.issueCode('app', 'employee:all'))!;
    expect(tokens).toMatchObject({ expires_in: 3600, token_type: 'bearer', scope: 'employee:all' });
    advance(3_599_999);
    expect(grants.isAccessTokenValid(tokens.access_token)).toBe(true);
    advance(1);
    expect(grants.isAccessTokenValid(tokens.access_token)).toBe(false);
  });

  it('refuses a code used twice, after ten minutes, or by another client', () => {
    const { grants, advance } = setup();
    const code = grants.issueCode('app', 'employee:all');
    expect(grants.exchangeCode('app', code)).toBeDefined();
    expect(grants.exchangeCode('app', code)).toBeUndefined();

    const late = grants.issueCode('app', 'employee:all');
    advance(600_000);
    expect(grants.exchangeCode('app', late)).toBeUndefined();

    const other = grants.issueCode('app', 'employee:all');
    expect(grants.exchangeCode('intruder', other)).toBeUndefined();
  });

  it('rotates both tokens on refresh; the used refresh token dies, the old access token lives out its hour', () => {
    const { grants } = setup();
    const first = grants.exchangeCode('app', grants.issueCode('app', 'employee:inventory'))!;
    const second = grants.refresh('app', first.refresh_token)!;
    expect(second.access_token).not.toBe(first.access_token);
    expect(second.refresh_token).not.toBe(first.refresh_token);
    expect(second.scope).toBe('employee:inventory');
    expect(grants.refresh('app', first.refresh_token)).toBeUndefined();
    expect(grants.isAccessTokenValid(first.access_token)).toBe(true);
    expect(grants.refresh('intruder', second.refresh_token)).toBeUndefined();
    // Another client's attempt does not burn the token.
    expect(grants.refresh('app', second.refresh_token)).toBeDefined();
  });
});
