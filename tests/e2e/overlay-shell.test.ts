import { readFile } from 'node:fs/promises';

import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import type { Sandbox } from '../../sandbox/server.ts';
import { startTestSandbox } from '../integration/support/sandbox.ts';
import { launchWithExtension, SANDBOX_BUILD, type ExtensionSession } from './support/extension.ts';
import { screenshot } from './support/screenshots.ts';

const BAR = 'sync-lens-overlay .sl-bar';

describe('the overlay on the sandbox admin', () => {
  let sandbox: Sandbox;
  let session: ExtensionSession;
  let version: string;
  const pageErrors: string[] = [];

  const adminUrl = (lang: string, route = 'categories') =>
    `${sandbox.origin}/store/${sandbox.connection.storeId}?lang=${lang}#${route}`;

  async function openAdmin(lang: string, route = 'categories'): Promise<Page> {
    const page = await session.context.newPage();
    page.on('pageerror', (error) => pageErrors.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error') pageErrors.push(message.text());
    });
    await page.goto(adminUrl(lang, route));
    return page;
  }

  beforeAll(async () => {
    sandbox = await startTestSandbox();
    session = await launchWithExtension();
    version = JSON.parse(await readFile(`${SANDBOX_BUILD}/manifest.json`, 'utf8')).version;
  });

  afterAll(async () => {
    await session?.close();
    await sandbox?.close();
  });

  it('mounts on the categories page with what the background says', async () => {
    const page = await openAdmin('en');
    const bar = page.locator(`${BAR}[data-state="not-connected"]`);
    await expect.poll(() => bar.count(), { timeout: 15_000 }).toBe(1);
    expect(await bar.locator('.sl-bar__brand').getAttribute('title')).toBe(
      `Sync Lens ${version} is active on this page.`,
    );
    expect(await bar.textContent()).toContain('Connect your Retail POS and eCom stores');
    await screenshot(page, 'overlay-shell-en');
    await page.close();
  });

  it('shows what changed in the background, proving the data comes from there', async () => {
    const worker = await session.serviceWorker();
    const { ecomApi, storeId, ecomToken } = sandbox.connection;
    await worker.evaluate(
      (connection) =>
        (
          globalThis as unknown as { chrome: { storage: { local: { set(v: object): Promise<void> } } } }
        ).chrome.storage.local.set({
          ecomConnection: connection,
        }),
      { apiBase: ecomApi, storeId: Number(storeId), token: ecomToken },
    );
    const page = await openAdmin('en');
    await expect
      .poll(() => page.locator(`${BAR}[data-state="ready"]`).textContent(), { timeout: 15_000 })
      .toContain('eCom is connected.');
    await worker.evaluate(() =>
      (
        globalThis as unknown as { chrome: { storage: { local: { clear(): Promise<void> } } } }
      ).chrome.storage.local.clear(),
    );
    await page.close();
  });

  it('speaks the admin page’s language', async () => {
    const page = await openAdmin('fr');
    const bar = page.locator(`${BAR}[data-state="not-connected"]`);
    await expect
      .poll(() => bar.textContent(), { timeout: 15_000 })
      .toContain('Connectez vos boutiques Retail POS et eCom');
    expect(await bar.locator('.sl-bar__brand').getAttribute('title')).toBe(
      `Sync Lens ${version} est actif sur cette page.`,
    );
    await screenshot(page, 'overlay-shell-fr');
    await page.close();
  });

  it('leaves other pages alone and never mounts twice across navigation', async () => {
    const page = await openAdmin('en');
    await expect.poll(() => page.locator(BAR).count(), { timeout: 15_000 }).toBe(1);
    await page.evaluate(() => (location.hash = '#products'));
    await expect.poll(() => page.locator('main[data-page="products"]').count(), { timeout: 10_000 }).toBe(1);
    await expect.poll(() => page.locator(BAR).count(), { timeout: 5_000 }).toBe(0);
    await page.evaluate(() => (location.hash = '#categories'));
    await expect.poll(() => page.locator(`${BAR}[data-state="not-connected"]`).count(), { timeout: 10_000 }).toBe(1);
    // The admin re-renders on focus too; the overlay follows without duplicating itself.
    await page.evaluate(() => window.dispatchEvent(new Event('focus')));
    await page.waitForTimeout(500);
    expect(await page.locator('sync-lens-overlay').count()).toBe(1);
    await page.close();
  });

  it('caused no error on the page', () => {
    expect(pageErrors).toEqual([]);
  });
});
