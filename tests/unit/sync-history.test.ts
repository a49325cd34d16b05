import { describe, expect, it } from 'vitest';

import { markEnabled, rememberCategories } from '../../utils/sync/history.ts';
import type { History } from '../../utils/sync/model.ts';
import { ecomCategory, NOW, T0 } from './support/store-builders.ts';

const history: History = {
  categories: {
    1: { firstSeenAt: T0, everEnabled: false },
    2: { firstSeenAt: T0, everEnabled: true },
    3: { firstSeenAt: T0, everEnabled: false },
  },
};

describe('rememberCategories', () => {
  it('remembers new ones from now, keeps firstSeenAt, sets everEnabled for good, forgets gone ones', () => {
    const ecom = {
      categories: [
        ecomCategory(1, { enabled: true }),
        ecomCategory(2, { enabled: false }),
        ecomCategory(4, { enabled: true }),
        ecomCategory(5, { enabled: false }),
      ],
      products: [],
    };
    const copy = structuredClone(history);
    expect(rememberCategories(history, ecom, NOW)).toEqual({
      categories: {
        1: { firstSeenAt: T0, everEnabled: true },
        2: { firstSeenAt: T0, everEnabled: true },
        4: { firstSeenAt: NOW, everEnabled: true },
        5: { firstSeenAt: NOW, everEnabled: false },
      },
    });
    expect(history).toEqual(copy);
  });
});

describe('rememberCategories after a read that may have missed some (incomplete)', () => {
  it('adds and updates what it saw and forgets nothing: a category it did not see is not known to be gone', () => {
    const ecom = {
      categories: [ecomCategory(1, { enabled: true }), ecomCategory(4, { enabled: false })],
      products: [],
    };
    const copy = structuredClone(history);
    expect(rememberCategories(history, ecom, NOW, { complete: false })).toEqual({
      categories: {
        1: { firstSeenAt: T0, everEnabled: true },
        // Enabled once, then disabled by the merchant, and skipped by this read: still theirs.
        2: { firstSeenAt: T0, everEnabled: true },
        3: { firstSeenAt: T0, everEnabled: false },
        4: { firstSeenAt: NOW, everEnabled: false },
      },
    });
    expect(history).toEqual(copy);
  });

  it('a merchant-disabled category skipped by one read is still theirs when the next whole read sees it', () => {
    const skipped = rememberCategories(history, { categories: [ecomCategory(1)], products: [] }, NOW, {
      complete: false,
    });
    const seenAgain = rememberCategories(
      skipped,
      { categories: [ecomCategory(2, { enabled: false })], products: [] },
      NOW,
    );
    expect(seenAgain.categories[2]).toEqual({ firstSeenAt: T0, everEnabled: true });
  });
});

describe('markEnabled', () => {
  it('marks the categories the engine enabled, remembering unknown ones from now, and keeps the others', () => {
    const copy = structuredClone(history);
    expect(markEnabled(history, [1, 9], NOW)).toEqual({
      categories: {
        1: { firstSeenAt: T0, everEnabled: true },
        2: { firstSeenAt: T0, everEnabled: true },
        3: { firstSeenAt: T0, everEnabled: false },
        9: { firstSeenAt: NOW, everEnabled: true },
      },
    });
    expect(history).toEqual(copy);
  });
});
