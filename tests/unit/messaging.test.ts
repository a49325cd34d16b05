import { describe, expect, it, vi } from 'vitest';

import type { Handlers } from '../../utils/messaging/protocol.ts';
import { dispatch, HandlerError } from '../../utils/messaging/serve.ts';

const OWN_ID = 'own-extension-id';
const overview = {
  version: '1.0.0',
  connected: { retail: false, ecom: true },
  readAt: null,
  summary: null,
  activeJob: null,
  lastError: null,
};

const unused = async (): Promise<never> => {
  throw new Error('not called in this test');
};

function handlers(): Handlers {
  return {
    overview: vi.fn(async () => overview),
    status: unused,
    refresh: unused,
    'start-job': vi.fn(async () => ({ id: 'j1', kind: 'enable-categories' as const, status: 'queued' as const, total: 1, done: 0, failed: 0, skipped: 0 })),
    job: unused,
    undo: unused,
    cancel: unused,
  };
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
    for (const message of [
      null,
      'overview',
      { type: 'steal-tokens' },
      { type: 'overview', extra: 1 },
      { type: 'start-job', job: { kind: 'delete-everything' } },
      { type: 'start-job', job: { kind: 'enable-categories', ecomIds: ['1; DROP'] } },
      { type: 'undo', id: '' },
    ]) {
      const reply = await dispatch(handlers(), message, { id: OWN_ID }, OWN_ID);
      expect(reply, JSON.stringify(message)).toMatchObject({ ok: false, error: { code: 'bad-request' } });
    }
  });

  it('accepts a well-formed job request', async () => {
    const h = handlers();
    const reply = await dispatch(h, { type: 'start-job', job: { kind: 'enable-categories', ecomIds: [3, 4] } }, { id: OWN_ID }, OWN_ID);
    expect(reply.ok).toBe(true);
    expect(h['start-job']).toHaveBeenCalledWith({ type: 'start-job', job: { kind: 'enable-categories', ecomIds: [3, 4] } });
  });

  it('passes a handler’s own error code through', async () => {
    const failing: Handlers = {
      ...handlers(),
      overview: async () => {
        throw new HandlerError('not-connected', 'Connect eCom first.');
      },
    };
    const reply = await dispatch(failing, { type: 'overview' }, { id: OWN_ID }, OWN_ID);
    expect(reply).toEqual({ ok: false, error: { code: 'not-connected', message: 'Connect eCom first.' } });
  });

  it('turns a failing handler into words, not a crash', async () => {
    const failing: Handlers = {
      ...handlers(),
      overview: async () => {
        throw new Error('IndexedDB is full');
      },
    };
    const reply = await dispatch(failing, { type: 'overview' }, { id: OWN_ID }, OWN_ID);
    expect(reply).toEqual({ ok: false, error: { code: 'failed', message: 'IndexedDB is full' } });
  });
});
