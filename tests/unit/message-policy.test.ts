import { describe, expect, it, vi } from 'vitest';

import type { Handlers, Request } from '../../utils/messaging/protocol.ts';
import type { SenderFacts } from '../../utils/messaging/policy.ts';
import { dispatch } from '../../entrypoints/background/serve.ts';
import type { JobKind } from '../../utils/jobs/model.ts';

/**
 * What a content script may ask for, and on which page: the overlay's own requests on the connected store's
 * admin, nothing about a store anywhere else, and no write the overlay does not offer.
 */

const OWN_ID = 'own-extension-id';
const PAGES = 'chrome-extension://own-extension-id/';
const STORE = 1003;
const popup = { id: OWN_ID, url: `${PAGES}popup.html` };
const onAdmin = (address: string) => ({ id: OWN_ID, url: address, frameId: 0 });
const ownAdmin = onAdmin(`https://my.ecwid.com/store/${STORE}#categories`);
const otherAdmin = onAdmin('https://my.ecwid.com/store/2002#categories');

const progress = {
  id: 'j2',
  kind: 'enable-categories' as const,
  status: 'queued' as const,
  total: 1,
  done: 0,
  failed: 0,
  skipped: 0,
};

/** Every handler answers and counts its calls: a refused request must reach none of them. */
function handlers() {
  const answer = <T>(value: T) => vi.fn(async () => value);
  const views = { ecom: null, retail: null, retailClient: null, ownClient: true };
  const connected = { ...views, switched: null };
  return {
    overview: answer({
      version: '1',
      connected: { retail: true, ecom: true },
      readAt: null,
      summary: null,
      activeJob: null,
      lastError: null,
    }),
    status: answer(null),
    refresh: answer({ readAt: '2026-01-01T00:00:00.000Z', summary: {} as never }),
    'start-job': answer(progress),
    job: answer(null),
    'job-progress': answer(null),
    undo: answer(progress),
    cancel: answer(null),
    'choose-link': answer({ summary: {} as never }),
    connections: answer(views),
    'connect-ecom': answer(connected),
    'connect-retail': answer(connected),
    'retail-oauth': answer(connected),
    'connect-sandbox': answer(connected),
    forget: answer({ ...views, revoke: 'none' as const }),
    settings: answer({ mode: 'watch' as const, refreshMinutes: 5, language: 'auto' as const, notify: false }),
    'save-settings': answer({ mode: 'watch' as const, refreshMinutes: 5, language: 'auto' as const, notify: false }),
    'admin-origins': answer([]),
    'add-admin-origin': answer([]),
    'remove-admin-origin': answer([]),
    activity: answer([]),
    words: answer({} as never),
    'open-options': answer(null),
  } satisfies Handlers;
}

const calls = (h: ReturnType<typeof handlers>) => Object.values(h).reduce((sum, fn) => sum + fn.mock.calls.length, 0);

const JOBS: Record<string, { kind: JobKind; undoOf?: string }> = {
  enable: { kind: 'enable-categories' },
  products: { kind: 'enable-products' },
  undoOfEnable: { kind: 'disable-categories', undoOf: 'enable' },
  sync: { kind: 'sync' },
  disable: { kind: 'disable-categories' },
};

function facts(
  store: SenderFacts['connectedStore'] extends () => Promise<infer S> ? S : never = {
    storeId: STORE,
    sandboxOrigin: null,
  },
): SenderFacts {
  return {
    connectedStore: async () => store,
    // The connected store's last read holds categories 1–100 and products 500–599.
    countKnown: async ({ categoryIds, productIds }) =>
      categoryIds.filter((id) => id <= 100).length + productIds.filter((id) => id >= 500 && id < 600).length,
    // The merchant added their white-label admin's address in the options.
    adminOrigins: async () => ['https://admin.myshop.com'],
    job: async (id) => JOBS[id],
  };
}

const ask = (h: Handlers, request: unknown, sender: object, known: SenderFacts | undefined = facts()) =>
  dispatch(h, request, sender, OWN_ID, PAGES, known);

/** Every request about the store the overlay sends, in the shape it sends it. */
const STORE_REQUESTS: Request[] = [
  { type: 'overview' },
  { type: 'status' },
  { type: 'refresh' },
  { type: 'start-job', job: { kind: 'enable-categories', ecomIds: [3] } },
  { type: 'start-job', job: { kind: 'enable-products', ecomIds: [4] } },
  { type: 'job', id: 'enable' },
  { type: 'job-progress', id: 'enable' },
  { type: 'undo', id: 'enable' },
  { type: 'cancel', id: 'enable' },
];

describe('who may ask for what', () => {
  it('answers the overlay’s own requests on the connected store’s admin', async () => {
    for (const request of STORE_REQUESTS) {
      const h = handlers();
      expect(await ask(h, request, ownAdmin), JSON.stringify(request)).toMatchObject({ ok: true });
      expect(h[request.type]).toHaveBeenCalledTimes(1);
    }
  });

  it('refuses a content script every job the overlay does not offer, whatever the page', async () => {
    for (const job of [
      { kind: 'sync' },
      { kind: 'disable-categories', ecomIds: [3] },
      { kind: 'enable-categories' },
      { kind: 'enable-products' },
    ]) {
      const h = handlers();
      const reply = await ask(h, { type: 'start-job', job }, ownAdmin);
      expect(reply, job.kind).toMatchObject({
        ok: false,
        error: { code: 'forbidden', said: { en: expect.any(String), fr: expect.any(String) } },
      });
      expect(calls(h)).toBe(0);
    }
  });

  it('leaves sync, disabling and "every new one" to Sync Lens’s own pages', async () => {
    for (const job of [{ kind: 'sync' }, { kind: 'disable-categories', ecomIds: [3] }, { kind: 'enable-categories' }]) {
      const h = handlers();
      expect(await ask(h, { type: 'start-job', job }, popup), job.kind).toMatchObject({ ok: true });
    }
  });

  it('lets a content script undo only the merchant’s own enable jobs', async () => {
    for (const id of ['enable', 'products']) {
      expect(await ask(handlers(), { type: 'undo', id }, ownAdmin), id).toMatchObject({ ok: true });
    }
    for (const id of ['undoOfEnable', 'sync', 'disable']) {
      const h = handlers();
      expect(await ask(h, { type: 'undo', id }, ownAdmin), id).toMatchObject({
        ok: false,
        error: { code: 'forbidden' },
      });
      expect(calls(h)).toBe(0);
    }
    // A job that is gone is the handler's to explain; it acts on nothing.
    expect(await ask(handlers(), { type: 'undo', id: 'gone' }, ownAdmin)).toMatchObject({ ok: true });
  });
});

describe('another store’s admin', () => {
  it('is answered nothing about the store, and told which store Sync Lens is connected to in both languages', async () => {
    for (const request of STORE_REQUESTS) {
      const h = handlers();
      const reply = await ask(h, request, otherAdmin);
      expect(reply, request.type).toMatchObject({ ok: false, error: { code: 'other-store' } });
      if (reply.ok) continue;
      expect(reply.error.said?.en).toContain('1003');
      expect(reply.error.said?.en).toContain('2002');
      expect(reply.error.said?.fr).toContain('1003');
      expect(reply.error.said?.fr).toContain('2002');
      expect(calls(h)).toBe(0);
    }
  });

  it('still gets its words, the settings, and the way to the options page', async () => {
    const h = handlers();
    for (const request of [
      { type: 'settings' },
      { type: 'words', part: 'overlay', language: 'fr' },
      { type: 'open-options' },
    ]) {
      expect(await ask(h, request, otherAdmin), request.type).toMatchObject({ ok: true });
    }
  });

  it('includes a page whose store cannot be told: no address, no store in it, not an admin host', async () => {
    for (const sender of <Array<{ id: string; url?: string }>>[
      { id: OWN_ID },
      onAdmin('https://my.ecwid.com/'),
      onAdmin('https://my.ecwid.com/stores/1003'),
      onAdmin('https://evil.example/store/1003'),
      onAdmin('http://my.ecwid.com/store/1003'),
      onAdmin('not an address'),
      // The sandbox's admin, on loopback, is not eCom's store 1003 even when its id is.
      onAdmin('http://127.0.0.1:8787/store/1003'),
    ]) {
      const h = handlers();
      expect(await ask(h, { type: 'status' }, sender), sender.url ?? 'no url').toMatchObject({
        ok: false,
        error: { code: 'other-store' },
      });
      expect(calls(h)).toBe(0);
    }
  });

  it('knows the same store on both of eCom’s admin hosts', async () => {
    expect(
      await ask(handlers(), { type: 'status' }, onAdmin(`https://my.business.shop/store/${STORE}/#products`)),
    ).toMatchObject({ ok: true });
  });

  it('tells a sandbox store’s admin by the sandbox’s origin', async () => {
    const sandboxed = facts({ storeId: STORE, sandboxOrigin: 'http://127.0.0.1:8787' });
    expect(
      await ask(
        handlers(),
        { type: 'status' },
        onAdmin('http://127.0.0.1:8787/store/1003?lang=en#categories'),
        sandboxed,
      ),
    ).toMatchObject({ ok: true });
    for (const address of [
      'http://127.0.0.1:9999/store/1003',
      'http://localhost:8787/store/1003',
      'https://my.ecwid.com/store/1003',
    ]) {
      expect(await ask(handlers(), { type: 'status' }, onAdmin(address), sandboxed), address).toMatchObject({
        ok: false,
        error: { code: 'other-store' },
      });
    }
  });

  it('is refused too when the background cannot say which store is connected', async () => {
    const h = handlers();
    expect(await dispatch(h, { type: 'status' }, ownAdmin, OWN_ID, PAGES)).toMatchObject({
      ok: false,
      error: { code: 'other-store' },
    });
    expect(calls(h)).toBe(0);
  });

  it('does not matter while no store is connected: there is nothing to show or change, and the handlers say so', async () => {
    const h = handlers();
    expect(await ask(h, { type: 'status' }, otherAdmin, facts(null))).toEqual({ ok: true, value: null });
  });

  it('does not concern Sync Lens’s own pages', async () => {
    expect(await ask(handlers(), { type: 'status' }, popup, facts({ storeId: 9, sandboxOrigin: null }))).toMatchObject({
      ok: true,
    });
  });
});

describe('an admin address that names no store (/cp/#…)', () => {
  const cp = onAdmin('https://my.ecwid.com/cp/CP.html#categories');
  const withEvidence = (request: object, evidence: object) => ({
    ...request,
    pageEvidence: { storeIds: [], categoryIds: [], productIds: [], ...evidence },
  });

  it('is the connected store’s admin when most records the page names are in its last read', async () => {
    for (const address of ['https://my.ecwid.com/cp/#categories', 'https://my.ecwid.com/cp/CP.html#categories']) {
      const h = handlers();
      const request = withEvidence({ type: 'status' }, { categoryIds: [3, 4, 5, 9001] });
      expect(await ask(h, request, onAdmin(address)), address).toMatchObject({ ok: true });
      expect(h.status).toHaveBeenCalledTimes(1);
    }
    const onProducts = withEvidence({ type: 'status' }, { productIds: [501, 502] });
    expect(await ask(handlers(), onProducts, cp)).toMatchObject({ ok: true });
  });

  it('is another store’s when the admin’s own links name another store, whatever records it shows', async () => {
    const request = withEvidence({ type: 'status' }, { storeIds: [2002], categoryIds: [3, 4, 5] });
    const reply = await ask(handlers(), request, cp);
    expect(reply).toMatchObject({ ok: false, error: { code: 'other-store' } });
    if (!reply.ok) expect(reply.error.said?.en).toContain('2002');
    expect(await ask(handlers(), withEvidence({ type: 'status' }, { storeIds: [STORE] }), cp)).toMatchObject({
      ok: true,
    });
  });

  it('cannot be told with no evidence, with records mostly unknown, or with links naming two stores', async () => {
    for (const evidence of [
      undefined,
      {},
      { categoryIds: [3, 9001, 9002] },
      { productIds: [7] },
      { storeIds: [STORE, 2002], categoryIds: [3, 4] },
    ]) {
      const h = handlers();
      const request = evidence ? withEvidence({ type: 'status' }, evidence) : { type: 'status' };
      expect(await ask(h, request, cp), JSON.stringify(evidence)).toMatchObject({
        ok: false,
        error: { code: 'other-store' },
      });
      expect(calls(h)).toBe(0);
    }
  });

  it('refuses malformed evidence as a bad request, and ignores evidence where the address names the store', async () => {
    for (const evidence of [{ storeIds: ['1003'] }, { categoryIds: [-1] }, { extra: true }]) {
      const h = handlers();
      expect(await ask(h, withEvidence({ type: 'status' }, evidence), cp)).toMatchObject({
        ok: false,
        error: { code: 'bad-request' },
      });
    }
    const h = handlers();
    const claim = withEvidence({ type: 'status' }, { storeIds: [STORE], categoryIds: [3] });
    expect(await ask(h, claim, otherAdmin)).toMatchObject({ ok: false, error: { code: 'other-store' } });
    expect(calls(h)).toBe(0);
  });

  it('is no admin page on a host that is not the admin’s', async () => {
    const request = withEvidence({ type: 'status' }, { storeIds: [STORE], categoryIds: [3] });
    for (const address of ['https://evil.example/cp/#categories', 'https://my.ecwid.com/cpanel/#categories']) {
      expect(await ask(handlers(), request, onAdmin(address)), address).toMatchObject({
        ok: false,
        error: { code: 'other-store' },
      });
    }
  });
});

describe('an admin address the merchant added', () => {
  it('is the connected store’s admin when its address or content names that store', async () => {
    for (const address of [`https://admin.myshop.com/store/${STORE}#categories`]) {
      expect(await ask(handlers(), { type: 'status' }, onAdmin(address)), address).toMatchObject({ ok: true });
    }
    const cp = { type: 'status', pageEvidence: { storeIds: [], categoryIds: [3], productIds: [] } };
    expect(await ask(handlers(), cp, onAdmin('https://admin.myshop.com/cp/#categories'))).toMatchObject({ ok: true });
  });

  it('is still another store’s admin when it names another store, and no admin at all on another origin', async () => {
    const other = await ask(handlers(), { type: 'status' }, onAdmin('https://admin.myshop.com/store/2002'));
    expect(other).toMatchObject({ ok: false, error: { code: 'other-store' } });
    for (const address of ['https://admin.myshop.com:8443/store/1003', 'https://evil.myshop.com/store/1003']) {
      expect(await ask(handlers(), { type: 'status' }, onAdmin(address)), address).toMatchObject({
        ok: false,
        error: { code: 'other-store' },
      });
    }
  });

  it('is read from storage only where the address alone does not settle the page', async () => {
    const asked = vi.fn(async () => ['https://admin.myshop.com']);
    const counting = { ...facts(), adminOrigins: asked };
    expect(await ask(handlers(), { type: 'status' }, ownAdmin, counting)).toMatchObject({ ok: true });
    expect(asked).not.toHaveBeenCalled();
    const there = onAdmin(`https://admin.myshop.com/store/${STORE}#categories`);
    expect(await ask(handlers(), { type: 'status' }, there, counting)).toMatchObject({ ok: true });
    expect(asked).toHaveBeenCalledTimes(1);
  });

  it('is added and removed from Sync Lens’s own pages only', async () => {
    for (const request of [
      { type: 'admin-origins' },
      { type: 'add-admin-origin', address: 'https://evil.example' },
      { type: 'remove-admin-origin', origin: 'https://admin.myshop.com' },
    ]) {
      const h = handlers();
      expect(await ask(h, request, ownAdmin), request.type).toMatchObject({ ok: false, error: { code: 'forbidden' } });
      expect(calls(h)).toBe(0);
      expect(await ask(handlers(), request, popup), request.type).toMatchObject({ ok: true });
    }
  });
});
