import { describe, expect, it, vi } from 'vitest';

import { OAuthError, type OAuthTokens } from '../../utils/retail/oauth.ts';
import { REFRESHES_PER_MINUTE, RefreshWindow } from '../../utils/retail/refresh-cap.ts';
import { createTokenKeeper, needsRefresh } from '../../utils/retail/token-keeper.ts';

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
    const sleeps: number[] = [];
    const keeper = createTokenKeeper({
      load: async () => stored,
      save: async (tokens) => {
        saves.push(tokens);
        stored = tokens;
      },
      refresh,
      window: new RefreshWindow(),
      // Waiting moves the clock, as time would.
      sleep: async (ms) => {
        sleeps.push(ms);
        clock += ms;
      },
      now: () => clock,
    });
    return {
      keeper,
      refresh,
      saves,
      sleeps,
      now: () => clock,
      stored: () => stored,
      /** A new sign-in in the options page stores new tokens. */
      signIn: (tokens: OAuthTokens) => {
        stored = tokens;
      },
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
    const down = world(fresh);
    down.refresh.mockRejectedValueOnce(new OAuthError('unreachable', 'no network'));
    expect(await down.keeper.renew()).toBe(false);
  });

  it('says "sign in again" rather than the 401 when Lightspeed refuses the refresh token', async () => {
    const dead = world(fresh);
    dead.refresh.mockRejectedValueOnce(new OAuthError('expired-grant', 'sign in again'));
    await expect(dead.keeper.renew()).rejects.toMatchObject({ code: 'expired-grant' });
  });

  it('after a refused refresh (a 401 then "sign in again"), sends nothing more, even with time left on the token', async () => {
    const w = world(fresh);
    w.refresh.mockRejectedValueOnce(new OAuthError('expired-grant', 'sign in again'));
    expect(await w.keeper.token()).toBe('access-0');
    await expect(w.keeper.renew()).rejects.toMatchObject({ code: 'expired-grant' });
    await expect(w.keeper.token()).rejects.toMatchObject({ code: 'expired-grant' });
    expect(w.refresh).toHaveBeenCalledTimes(1);
  });

  it('never sends a refused refresh token again: every later call fails at once, until a new sign-in', async () => {
    const w = world({ ...fresh, expiresAt: 0 });
    w.refresh.mockRejectedValueOnce(new OAuthError('expired-grant', 'sign in again'));
    for (let i = 0; i < 4; i++) await expect(w.keeper.token()).rejects.toMatchObject({ code: 'expired-grant' });
    await expect(w.keeper.renew()).rejects.toMatchObject({ code: 'expired-grant' });
    expect(w.refresh).toHaveBeenCalledTimes(1);
    w.signIn({ accessToken: 'signed-in-again', refreshToken: 'refresh-new', expiresAt: w.now() + 3_600_000 });
    expect(await w.keeper.token()).toBe('signed-in-again');
  });

  it('refreshes at most 5 times a minute, waiting for room rather than being refused', async () => {
    const w = world(fresh);
    const sentAt: number[] = [];
    w.refresh.mockImplementation(async (refreshToken: string) => {
      sentAt.push(w.now());
      const n = sentAt.length;
      expect(refreshToken).toBe(n === 1 ? 'refresh-0' : `refresh-${n - 1}`);
      return { accessToken: `access-${n}`, refreshToken: `refresh-${n}`, expiresAt: w.now() + 3_600_000 };
    });
    // A token refused again and again (401s one after another): every one asks for a renewal.
    for (let i = 0; i < 12; i++) expect(await w.keeper.renew()).toBe(true);
    expect(sentAt).toHaveLength(12);
    for (let i = REFRESHES_PER_MINUTE; i < sentAt.length; i++) {
      expect(sentAt[i]! - sentAt[i - REFRESHES_PER_MINUTE]!).toBeGreaterThanOrEqual(60_000);
    }
    expect(w.sleeps.filter((ms) => ms > 0).length).toBeGreaterThan(0);
  });

  it('runs one refresh at a time, also while one waits for room under the cap', async () => {
    const w = world(fresh);
    for (let i = 0; i < REFRESHES_PER_MINUTE; i++) await w.keeper.renew();
    w.refresh.mockClear();
    const together = await Promise.all([w.keeper.renew(), w.keeper.renew(), w.keeper.token()]);
    expect(together).toEqual([true, true, 'access-6']);
    expect(w.refresh).toHaveBeenCalledTimes(1);
  });

  it('does not hand out a new token it could not save', async () => {
    const stored = { ...fresh, expiresAt: 0 };
    const keeper = createTokenKeeper({
      load: async () => stored,
      save: async () => {
        throw new Error('storage is full');
      },
      refresh: async () => ({ accessToken: 'new', refreshToken: 'new-r', expiresAt: 9e12 }),
      window: new RefreshWindow(),
      sleep: async () => undefined,
      now: () => 1,
    });
    await expect(keeper.token()).rejects.toThrow('storage is full');
  });
});
