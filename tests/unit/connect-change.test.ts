import { describe, expect, it } from 'vitest';

import { changeBetween, pairKey, pairOf } from '../../utils/connect/change.ts';
import type { Connections } from '../../utils/connect/saved-connections.ts';

const ecom = (storeId: number, apiBase = 'https://app.ecwid.com/api/v3', token = 'secret_a') => ({
  apiBase,
  storeId,
  token,
  readOnly: false,
});
const retail = (accountId: number, token = 'access-a') => ({
  apiBase: 'https://api.lightspeedapp.com/API/V3',
  accountId,
  token,
});
const pair = (connections: Partial<Connections>) => pairOf({ ecom: null, retail: null, ...connections });

describe('what connecting other credentials changes', () => {
  it('is nothing for the same store and account with new tokens', () => {
    expect(
      changeBetween(
        pair({ ecom: ecom(1), retail: retail(7) }),
        pair({ ecom: ecom(1, undefined, 'secret_b'), retail: retail(7, 'access-b') }),
      ),
    ).toBe('same');
  });

  it('is another pair for another store, the same store id behind another API, or another Retail account', () => {
    const before = pair({ ecom: ecom(1), retail: retail(7) });
    expect(changeBetween(before, pair({ ecom: ecom(2), retail: retail(7) }))).toBe('other');
    expect(changeBetween(before, pair({ ecom: ecom(1, 'http://127.0.0.1:8787/api/v3'), retail: retail(7) }))).toBe(
      'other',
    );
    expect(changeBetween(before, pair({ ecom: ecom(1), retail: retail(8) }))).toBe('other');
  });

  it('is Retail added when Retail POS joins a connected eCom store for the first time', () => {
    expect(changeBetween(pair({ ecom: ecom(1) }), pair({ ecom: ecom(1), retail: retail(7) }))).toBe('retail-added');
    // Nothing was connected before: no memory to keep, and no Sync chosen for this pair.
    expect(changeBetween(pair({}), pair({ ecom: ecom(1) }))).toBe('other');
    expect(changeBetween(pair({ retail: retail(7) }), pair({ ecom: ecom(1), retail: retail(7) }))).toBe('other');
  });

  it('stamps each pair with its own key', () => {
    expect(pairKey(pair({ ecom: ecom(1) }))).not.toBe(pairKey(pair({ ecom: ecom(1), retail: retail(7) })));
    expect(pairKey(pair({ ecom: ecom(1), retail: retail(7) }))).toBe(
      pairKey(pair({ ecom: ecom(1, undefined, 'x'), retail: retail(7, 'y') })),
    );
  });
});
