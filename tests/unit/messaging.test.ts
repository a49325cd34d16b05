import { describe, expect, it, vi } from 'vitest';

import { dispatch, type Handlers } from '../../utils/messaging.ts';

const OWN_ID = 'own-extension-id';
const overview = { version: '1.0.0', connected: { retail: false, ecom: true } };

function handlers(): Handlers {
  return { overview: vi.fn(async () => overview) };
}

describe('the message door', () => {
  it('answers a valid request from the extension itself', async () => {
    const reply = await dispatch(handlers(), { type: 'overview' }, { id: OWN_ID }, OWN_ID);
    expect(reply).toEqual({ ok: true, value: overview });
  });

  it('refuses another sender without running anything', async () => {
    const h = handlers();
    const reply = await dispatch(h, { type: 'overview' }, { id: 'someone-else' }, OWN_ID);
    expect(reply).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(h.overview).not.toHaveBeenCalled();
  });

  it('refuses unknown or malformed requests', async () => {
    for (const message of [null, 'overview', { type: 'steal-tokens' }, { type: 'overview', extra: 1 }]) {
      const reply = await dispatch(handlers(), message, { id: OWN_ID }, OWN_ID);
      expect(reply, JSON.stringify(message)).toMatchObject({ ok: false, error: { code: 'bad-request' } });
    }
  });

  it('turns a failing handler into words, not a crash', async () => {
    const failing: Handlers = {
      overview: async () => {
        throw new Error('IndexedDB is full');
      },
    };
    const reply = await dispatch(failing, { type: 'overview' }, { id: OWN_ID }, OWN_ID);
    expect(reply).toEqual({ ok: false, error: { code: 'failed', message: 'IndexedDB is full' } });
  });
});
