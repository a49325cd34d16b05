import { beforeEach, describe, expect, it, vi } from 'vitest';

import type { RefreshOptions } from '../../utils/engine/refresh.ts';
import { createHandlers } from '../../entrypoints/background/handlers/engine.ts';
import { dispatch } from '../../entrypoints/background/serve.ts';

/**
 * Issue 9, at size: a read the page asks for by itself (the overlay opening, the tab coming back) is incremental;
 * only the merchant's Refresh reads everything whole. The engine is played by the test.
 */
const engine = vi.hoisted(() => ({ asked: [] as RefreshOptions[] }));

vi.mock('../../entrypoints/background/engine-host.ts', () => ({
  currentEngine: async () => ({
    refresh: async (options: RefreshOptions = {}) => {
      engine.asked.push(options);
      return {
        readAt: '2026-11-26T10:00:00.000Z',
        summary: {},
        operations: [],
        incremental: options.full !== true,
        complete: true,
      };
    },
  }),
}));

const OWN_ID = 'own-extension-id';
const contentScript = { id: OWN_ID, url: 'https://my.ecwid.com/store/1003#categories', frameId: 0 };
/** The page above is the connected store's admin (the store check itself is tested in message-policy.test.ts). */
const facts = {
  connectedStore: async () => ({ storeId: 1003, sandboxOrigin: null }),
  countKnown: async () => 0,
  adminOrigins: async () => [],
  job: async () => undefined,
};

describe('the refresh request', () => {
  beforeEach(() => {
    engine.asked = [];
  });

  it('reads incrementally unless the merchant asked for a whole read', async () => {
    const handlers = createHandlers(() => undefined, {
      refreshSoon: () => undefined,
      clearSchedules: async () => undefined,
    });
    expect(await dispatch(handlers, { type: 'refresh' }, contentScript, OWN_ID, undefined, facts)).toMatchObject({
      ok: true,
    });
    expect(
      await dispatch(handlers, { type: 'refresh', full: true }, contentScript, OWN_ID, undefined, facts),
    ).toMatchObject({ ok: true });
    expect(engine.asked.map((options) => options.full === true)).toEqual([false, true]);
  });

  it('refuses a full flag that is not a boolean', async () => {
    const handlers = createHandlers(() => undefined, {
      refreshSoon: () => undefined,
      clearSchedules: async () => undefined,
    });
    expect(
      await dispatch(handlers, { type: 'refresh', full: 'yes' }, contentScript, OWN_ID, undefined, facts),
    ).toMatchObject({ ok: false });
    expect(engine.asked).toEqual([]);
  });
});
