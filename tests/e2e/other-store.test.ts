import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import type { Sandbox } from '../../sandbox/server.ts';
import type { Reply, Request } from '../../utils/messaging/protocol.ts';
import { control, startTestSandbox } from '../integration/support/sandbox.ts';
import { connectToSandbox } from './support/connect.ts';
import { openWithContentScriptWorld } from './support/content-script-world.ts';
import { openExtensionPage, valueFrom } from './support/extension-page.ts';
import { launchWithExtension, type ExtensionSession } from './support/extension.ts';
import { BAR } from './support/overlay.ts';

/**
 * Another store's admin, from inside the content script's own world (Chromium's DevTools protocol reaches it;
 * Firefox's WebDriver does not): the background answers nothing about the connected store to a content script
 * there, and on the connected store's own admin a content script may start only the jobs the overlay offers. What
 * the merchant sees there runs in both browsers: tests/e2e/both/other-store.test.ts.
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
