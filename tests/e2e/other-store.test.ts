import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import type { Sandbox } from '../../sandbox/server.ts';
import type { Reply, Request } from '../../utils/messaging/protocol.ts';
import { control, startTestSandbox } from '../integration/support/sandbox.ts';
import { connectToSandbox } from './support/connect.ts';
import { openWithContentScriptWorld } from './support/content-script-world.ts';
import { openExtensionPage, valueFrom } from './support/extension-page.ts';
import { launchWithExtension, type ExtensionSession } from './support/extension.ts';
import { BAR, LAYER, seriousViolations } from './support/overlay.ts';
import { screenshot } from './support/screenshots.ts';

/**
 * The overlay on another store's admin: Sync Lens is connected to the sandbox's store, and the merchant opens
 * the admin of another store of theirs (the sandbox serves it with an empty catalog, `?empty=1`). It says so,
 * shows none of the connected store's data, offers nothing, and the background answers nothing about the store
 * to a content script there. On the connected store's own admin, a content script may start only the jobs the
 * overlay offers.
 */

const OTHER_STORE = 2_002;

interface Logged {
  method: string;
  path: string;
  api: string;
}

describe('another store’s admin', () => {
  let sandbox: Sandbox;
  let session: ExtensionSession;
  let extensionPage: Page;
  let newIds: number[];
  let liveIds: number[];

  const otherAdmin = (lang: string, empty = true) =>
    `${sandbox.origin}/store/${OTHER_STORE}?lang=${lang}${empty ? '&empty=1' : ''}#categories`;
  const writes = async () =>
    ((await (await control(sandbox, '/requests')).json()) as { requests: Logged[] }).requests.filter(
      (request) => request.method !== 'GET' && request.api !== 'oauth',
    );
  const jobs = async () => (await valueFrom(extensionPage, { type: 'status' }))!.jobs;

  beforeAll(async () => {
    sandbox = await startTestSandbox();
    session = await launchWithExtension();
    await connectToSandbox(session, sandbox);
    extensionPage = await openExtensionPage(session);
    await valueFrom(extensionPage, { type: 'refresh' });
    const status = (await valueFrom(extensionPage, { type: 'status' }))!;
    newIds = status.categories.filter((category) => category.status === 'new').map((category) => category.ecomId!);
    liveIds = status.categories.filter((category) => category.status === 'live').map((category) => category.ecomId!);
    // The connected store has something to offer: the overlay would show it anywhere it forgot to check.
    expect(newIds.length).toBeGreaterThan(0);
    expect(liveIds.length).toBeGreaterThan(0);
    await control(sandbox, '/requests', { method: 'DELETE' });
  });

  afterAll(async () => {
    await session?.close();
    await sandbox?.close();
  });

  it('says plainly which store Sync Lens is connected to, and shows and offers nothing else', async () => {
    const page = await session.context.newPage();
    await page.goto(otherAdmin('en'));
    // The other store's admin has drawn its (empty) list: the Store front row is there.
    await page.locator('li[data-category-id="0"]').waitFor({ timeout: 20_000 });
    const bar = page.locator(`${BAR}[data-state="other-store"]`);
    await bar.waitFor({ timeout: 20_000 });
    await expect.poll(() => bar.textContent()).toContain(`store ${sandbox.connection.storeId}`);
    expect(await bar.textContent()).toContain(`store ${OTHER_STORE}`);
    await screenshot(page, 'overlay-other-store');
    expect(await seriousViolations(page)).toEqual([]);

    // Nothing of the connected store's: no counts, no badge, no action but the way to the options page.
    expect(await page.locator(`${BAR} .sl-count`).count()).toBe(0);
    expect(await page.locator('[data-sync-lens-chip]').count()).toBe(0);
    expect(
      await page
        .locator('sync-lens-overlay button, sync-lens-layer button')
        .evaluateAll((buttons) => buttons.map((b) => b.textContent)),
    ).toEqual(['Open Sync Lens’s options']);

    // The options page opened at install would only be brought forward: close it, to see it open.
    for (const open of session.context.pages()) if (open.url().endsWith('/options.html')) await open.close();
    const opened = session.context.waitForEvent('page', { timeout: 15_000 });
    await bar.getByRole('button', { name: 'Open Sync Lens’s options' }).click();
    const options = await opened;
    await options.waitForLoadState();
    expect(options.url()).toBe(`chrome-extension://${session.extensionId}/options.html`);
    await options.close();
    await page.close();
    expect(await writes()).toEqual([]);
  });

  it('says it in the page’s language', async () => {
    const page = await session.context.newPage();
    await page.goto(otherAdmin('fr'));
    const bar = page.locator(`${BAR}[data-state="other-store"]`);
    await bar.waitFor({ timeout: 20_000 });
    await expect.poll(() => bar.textContent()).toContain(`boutique eCom ${OTHER_STORE}`);
    expect(await bar.getByRole('button', { name: 'Ouvrir les réglages de Sync Lens' }).count()).toBe(1);
    await page.close();
  });

  it('says it on the products page too', async () => {
    const page = await session.context.newPage();
    await page.goto(`${sandbox.origin}/store/${OTHER_STORE}?lang=en&empty=1#products`);
    await page.locator(`${BAR}[data-state="other-store"]`).waitFor({ timeout: 20_000 });
    expect(await page.locator('[data-sync-lens-chip]').count()).toBe(0);
    expect(
      await page
        .locator('sync-lens-overlay [data-action]')
        .evaluateAll((found) => found.map((e) => e.getAttribute('data-action'))),
    ).toEqual(['open-options']);
    await page.close();
  });

  it('says it in the docked panel where the page is not one Sync Lens knows, with none of the store’s categories', async () => {
    const page = await session.context.newPage();
    // Without ?empty=1 the sandbox answers another store's id with a bare 404 page: no admin markup at all.
    await page.goto(otherAdmin('en', false));
    const docked = page.locator(`${LAYER} .sl-bar[data-state="other-store"]`);
    await docked.waitFor({ timeout: 30_000 });
    expect(await page.locator(`${LAYER} .sl-panel`).count()).toBe(0);
    expect(await page.locator(`${LAYER} .sl-count, ${LAYER} .sl-chip`).count()).toBe(0);
    await page.close();
  });

  it('a content script there is answered nothing about the store, and writes nothing', async () => {
    const jobsBefore = await jobs();
    const { page, world } = await openWithContentScriptWorld(session, otherAdmin('en'), (opened) =>
      opened.locator(`${BAR}[data-state="other-store"]`).waitFor({ timeout: 20_000 }),
    );
    const requests: Request[] = [
      { type: 'overview' },
      { type: 'status' },
      { type: 'refresh' },
      { type: 'start-job', job: { kind: 'enable-categories', ecomIds: newIds } },
      { type: 'start-job', job: { kind: 'enable-products', ecomIds: [1] } },
      { type: 'job', id: 'no-such-job' },
      { type: 'undo', id: 'no-such-job' },
      { type: 'cancel', id: 'no-such-job' },
    ];
    const replies = await world.run<Array<Reply<unknown>>>(
      `Promise.all(${JSON.stringify(requests)}.map((request) => chrome.runtime.sendMessage(request)))`,
    );
    replies.forEach((reply, index) => {
      expect(reply, requests[index]!.type).toMatchObject({ ok: false, error: { code: 'other-store' } });
    });
    // What a page of any store may have: its words, and the way to the options page.
    expect(
      await world.run(`chrome.runtime.sendMessage({ type: 'words', part: 'overlay', language: 'en' })`),
    ).toMatchObject({ ok: true });
    await page.close();
    expect(await jobs()).toEqual(jobsBefore);
    expect(await writes()).toEqual([]);
  });

  it('on the connected store’s admin, a content script may start no sync, no disabling, no "every new one"', async () => {
    const jobsBefore = await jobs();
    const { page, world } = await openWithContentScriptWorld(
      session,
      `${sandbox.origin}/store/${sandbox.connection.storeId}?lang=en#categories`,
      (opened) => opened.locator(`${BAR}[data-state="ready"]`).waitFor({ timeout: 20_000 }),
    );
    const requests: Request[] = [
      { type: 'start-job', job: { kind: 'sync' } },
      { type: 'start-job', job: { kind: 'disable-categories', ecomIds: liveIds } },
      { type: 'start-job', job: { kind: 'enable-categories' } },
      { type: 'start-job', job: { kind: 'enable-products' } },
    ];
    const replies = await world.run<Array<Reply<unknown>>>(
      `Promise.all(${JSON.stringify(requests)}.map((request) => chrome.runtime.sendMessage(request)))`,
    );
    replies.forEach((reply, index) => {
      expect(reply, JSON.stringify(requests[index])).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    });
    // The same world is answered what the overlay lives on: this is its store.
    expect(await world.run(`chrome.runtime.sendMessage({ type: 'status' })`)).toMatchObject({ ok: true });
    await page.close();
    expect(await jobs()).toEqual(jobsBefore);
    expect(await writes()).toEqual([]);
  });
});
