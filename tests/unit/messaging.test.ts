import { describe, expect, it, vi } from 'vitest';

import { ApiError } from '../../utils/http/api-error.ts';
import type { Handlers } from '../../utils/messaging/protocol.ts';
import { dispatch, HandlerError } from '../../entrypoints/background/serve.ts';

const OWN_ID = 'own-extension-id';
/** The extension's own page as a sender (content scripts' senders are in the tests below and in message-policy). */
const fromPopup = [
  { id: OWN_ID, url: 'chrome-extension://own-extension-id/popup.html' },
  OWN_ID,
  'chrome-extension://own-extension-id/',
] as const;
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
    'start-job': vi.fn(async () => ({
      id: 'j1',
      kind: 'enable-categories' as const,
      status: 'queued' as const,
      total: 1,
      done: 0,
      failed: 0,
      skipped: 0,
    })),
    job: unused,
    'job-progress': unused,
    undo: unused,
    cancel: unused,
    'choose-link': unused,
    connections: vi.fn(async () => ({ ecom: null, retail: null, retailClient: null, ownClient: true })),
    'connect-ecom': unused,
    'connect-retail': unused,
    'retail-oauth': unused,
    'connect-sandbox': unused,
    forget: vi.fn(async () => ({
      ecom: null,
      retail: null,
      retailClient: null,
      ownClient: true,
      revoke: 'none' as const,
    })),
    settings: vi.fn(async () => ({
      mode: 'watch' as const,
      refreshMinutes: 5,
      language: 'auto' as const,
      notify: false,
    })),
    'save-settings': unused,
    activity: vi.fn(async () => []),
    words: unused,
    'open-options': unused,
    'admin-origins': unused,
    'add-admin-origin': unused,
    'remove-admin-origin': unused,
  };
}

describe('the message door', () => {
  it('answers a valid request from the extension itself', async () => {
    const reply = await dispatch(handlers(), { type: 'overview' }, ...fromPopup);
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
      const reply = await dispatch(handlers(), message, ...fromPopup);
      expect(reply, JSON.stringify(message)).toMatchObject({ ok: false, error: { code: 'bad-request' } });
    }
  });

  it('accepts a well-formed job request', async () => {
    const h = handlers();
    const reply = await dispatch(
      h,
      { type: 'start-job', job: { kind: 'enable-categories', ecomIds: [3, 4] } },
      ...fromPopup,
    );
    expect(reply.ok).toBe(true);
    expect(h['start-job']).toHaveBeenCalledWith({
      type: 'start-job',
      job: { kind: 'enable-categories', ecomIds: [3, 4] },
    });
  });

  it('passes a handler’s own error code through', async () => {
    const failing: Handlers = {
      ...handlers(),
      overview: async () => {
        throw new HandlerError('not-connected', 'Connect eCom first.');
      },
    };
    const reply = await dispatch(failing, { type: 'overview' }, ...fromPopup);
    expect(reply).toEqual({ ok: false, error: { code: 'not-connected', message: 'Connect eCom first.' } });
  });

  it('turns a failing handler into words, not a crash', async () => {
    const failing: Handlers = {
      ...handlers(),
      overview: async () => {
        throw new Error('IndexedDB is full');
      },
    };
    const reply = await dispatch(failing, { type: 'overview' }, ...fromPopup);
    expect(reply).toEqual({ ok: false, error: { code: 'failed', message: 'IndexedDB is full' } });
  });

  it('passes an API failure on in every language, so each page says it in its own', async () => {
    const said = {
      en: 'Sync Lens could not reach eCom (GET /categories).',
      fr: 'Sync Lens n’a pas pu joindre eCom (GET /categories).',
    };
    const failing: Handlers = {
      ...handlers(),
      refresh: async () => {
        throw new ApiError({
          kind: 'network',
          service: 'ecom',
          endpoint: 'GET /categories',
          status: null,
          retryable: true,
          said,
        });
      },
    };
    const reply = await dispatch(failing, { type: 'refresh' }, ...fromPopup);
    expect(reply).toEqual({ ok: false, error: { code: 'failed', message: said.en, said } });
  });
});

describe('requests that touch credentials', () => {
  const PAGES = 'chrome-extension://own-extension-id/';
  const optionsPage = { id: OWN_ID, url: `${PAGES}options.html` };
  const contentScript = { id: OWN_ID, url: 'https://my.ecwid.com/store/1003#categories', frameId: 0 };

  it('are answered for the extension’s own pages', async () => {
    const h = handlers();
    expect(await dispatch(h, { type: 'connections' }, optionsPage, OWN_ID, PAGES)).toMatchObject({ ok: true });
    expect(await dispatch(h, { type: 'forget' }, optionsPage, OWN_ID, PAGES)).toMatchObject({ ok: true });
    expect(await dispatch(h, { type: 'activity' }, optionsPage, OWN_ID, PAGES)).toEqual({ ok: true, value: [] });
  });

  it('are refused to a content script, and to any sender when the pages’ origin is unknown', async () => {
    const h = handlers();
    for (const message of [
      { type: 'connections' },
      { type: 'forget' },
      { type: 'connect-ecom', storeId: '1003', token: 'secret_x' },
      { type: 'connect-sandbox' },
      { type: 'retail-oauth', clientId: 'c' },
      { type: 'save-settings', settings: { mode: 'sync' } },
      { type: 'activity' },
    ]) {
      expect(await dispatch(h, message, contentScript, OWN_ID, PAGES), message.type).toMatchObject({
        ok: false,
        error: { code: 'forbidden' },
      });
      expect(await dispatch(h, message, optionsPage, OWN_ID), message.type).toMatchObject({ ok: false });
    }
    expect(h.connections).not.toHaveBeenCalled();
    expect(h.forget).not.toHaveBeenCalled();
    expect(h.activity).not.toHaveBeenCalled();
  });

  it('a look-alike origin is not the extension’s', async () => {
    const h = handlers();
    const lookAlike = { id: OWN_ID, url: 'https://evil.example/chrome-extension://own-extension-id/options.html' };
    expect(await dispatch(h, { type: 'forget' }, lookAlike, OWN_ID, PAGES)).toMatchObject({
      error: { code: 'forbidden' },
    });
  });

  it('leaves reading the settings to every part of the extension', async () => {
    const reply = await dispatch(handlers(), { type: 'settings' }, contentScript, OWN_ID, PAGES);
    expect(reply).toMatchObject({ ok: true, value: { mode: 'watch' } });
  });

  it('checks the shape of settings and credentials', async () => {
    for (const message of [
      { type: 'save-settings', settings: { refreshMinutes: 0 } },
      { type: 'save-settings', settings: { mode: 'write-everything' } },
      { type: 'save-settings', settings: { token: 'x' } },
      { type: 'connect-ecom', storeId: '1003', token: '' },
      { type: 'connect-ecom', storeId: '1003', token: 'x'.repeat(5000) },
      { type: 'connect-retail', token: 'x', extra: true },
    ]) {
      const reply = await dispatch(handlers(), message, optionsPage, OWN_ID, PAGES);
      expect(reply, JSON.stringify(message).slice(0, 80)).toMatchObject({ ok: false, error: { code: 'bad-request' } });
    }
  });
});
