import { describe, expect, it, vi } from 'vitest';

import { sayIn } from '../../utils/i18n/said.ts';
import { otherStoreSaid } from '../../utils/i18n/said/other-store.ts';
import type { Reply } from '../../utils/messaging/protocol.ts';
import { createSession, INITIAL_ENGINE_VIEW, type EngineView } from '../../utils/overlay/session.ts';
import { createStore } from '../../utils/overlay/store.ts';

/** The overlay on another store's admin, against a background that answers nothing about the store there. */
const background = vi.hoisted(() => ({ asked: [] as Array<{ type: string }> }));

vi.mock('../../utils/messaging/ask.ts', async () => {
  const { otherStoreSaid: said } = await import('../../utils/i18n/said/other-store.ts');
  return {
    ask: async (request: { type: string }): Promise<Reply<never>> => {
      background.asked.push(request);
      const words = said(1003, 2002);
      return { ok: false, error: { code: 'other-store', message: words.en, said: words } };
    },
  };
});

const timers = { setTimeout: () => 0, clearTimeout: () => undefined };

describe('the overlay on another store’s admin', () => {
  it('says why in the page’s language, shows no status, and asks nothing more about the store', async () => {
    const store = createStore<EngineView>({ ...INITIAL_ENGINE_VIEW });
    const session = createSession(store, timers, {
      jobFinished: () => undefined,
      refreshed: () => undefined,
      say: (error) => sayIn(error.said ?? error.message, 'fr'),
    });
    await session.start();
    expect(store.get()).toMatchObject({ phase: 'other-store', status: null, problem: otherStoreSaid(1003, 2002).fr });
    expect(store.get().problem).toContain('2002');

    // Coming back to the tab reads again when what is shown is old: here there is nothing to read.
    await session.refresh();
    expect(background.asked.map((request) => request.type)).toEqual(['status']);
    expect(store.get().refreshError).toBeNull();
  });
});
