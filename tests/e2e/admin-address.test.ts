import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import type { Sandbox } from '../../sandbox/server.ts';
import { startTestSandbox } from '../integration/support/sandbox.ts';
import { connectToSandbox } from './support/connect.ts';
import { launchWithExtension, type ExtensionSession } from './support/extension.ts';
import { openOptions } from './support/options.ts';
import { BAR, seriousViolations, waitForBar } from './support/overlay.ts';
import { screenshot } from './support/screenshots.ts';

/**
 * "My eCom admin is at another address": a white-label admin host (here a reserved .test name that Chromium maps
 * to the sandbox) gets the overlay once the merchant adds it in the options, keeps it after the background
 * restarts, and loses it when removed. The sandbox build holds that host's permission from install, so the
 * browser asks nothing; a real https host is asked for during the click.
 */

const HOST = 'admin.whitelabel.test';

describe('an eCom admin at another address', () => {
  let sandbox: Sandbox;
  let session: ExtensionSession;
  let origin: string;
  let options: Page;

  const adminThere = () => `${origin}/store/${sandbox.connection.storeId}?lang=en#categories`;
  const overlayOn = async (page: Page) => (await page.locator('sync-lens-overlay').count()) > 0;

  beforeAll(async () => {
    sandbox = await startTestSandbox();
    origin = `http://${HOST}:${new URL(sandbox.origin).port}`;
    session = await launchWithExtension(undefined, [`--host-resolver-rules=MAP ${HOST} 127.0.0.1`]);
    await connectToSandbox(session, sandbox);
  });

  afterAll(async () => {
    await session?.close();
    await sandbox?.close();
  });

  it('has no overlay there before the address is added', async () => {
    const page = await session.context.newPage();
    await page.goto(adminThere());
    await page.locator('.ec-category-row').first().waitFor({ timeout: 20_000 });
    // The content script would have drawn its bar by the time the admin drew its rows.
    await page.waitForTimeout(1_000);
    expect(await overlayOn(page)).toBe(false);
    await page.close();
  });

  it('refuses what is not an admin address, in words that say what to type', async () => {
    options = await openOptions(session);
    const card = options.locator('[data-card="admin-address"]');
    await card.getByLabel('Your admin’s address').fill('http://admin.myshop.com');
    await card.getByRole('button', { name: 'Add' }).click();
    await expect.poll(() => card.locator('[data-notice="error"]').textContent()).toContain('https://');
    expect(await card.locator('li[data-origin]').count()).toBe(0);
  });

  it('adds the address, and the overlay is there at once', async () => {
    const card = options.locator('[data-card="admin-address"]');
    await card.getByLabel('Your admin’s address').fill(`${origin}/store/${sandbox.connection.storeId}#categories`);
    await card.getByRole('button', { name: 'Add' }).click();
    await card.locator(`li[data-origin="${origin}"]`).waitFor();
    expect(await card.locator('[data-notice="success"]').textContent()).toContain(origin);
    await screenshot(options, 'options-admin-address');
    expect(await seriousViolations(options)).toEqual([]);

    const page = await session.context.newPage();
    await page.goto(adminThere());
    const bar = await waitForBar(page);
    expect(await bar.locator('.sl-count--new').count()).toBe(1);
    await expect
      .poll(() => page.locator('.ec-category-row [data-sync-lens-chip="category"]').count())
      .toBeGreaterThan(5);
    await page.close();
  });

  it('registers the overlay there once, kept across browser restarts', async () => {
    const worker = await session.serviceWorker();
    const ids = await worker.evaluate(async () =>
      (
        await (
          globalThis as unknown as {
            chrome: { scripting: { getRegisteredContentScripts(): Promise<Array<{ id: string }>> } };
          }
        ).chrome.scripting.getRegisteredContentScripts()
      ).map((script) => script.id),
    );
    expect(ids).toEqual([`sync-lens-admin@${origin}`]);
  });

  it('removes it: the overlay is gone from there, and only from there', async () => {
    const card = options.locator('[data-card="admin-address"]');
    await card.getByRole('button', { name: `Remove ${origin}` }).click();
    await card.locator('li[data-origin]').waitFor({ state: 'detached' });
    const page = await session.context.newPage();
    await page.goto(adminThere());
    await page.locator('.ec-category-row').first().waitFor({ timeout: 20_000 });
    await page.waitForTimeout(1_000);
    expect(await overlayOn(page)).toBe(false);
    await page.goto(`${sandbox.origin}/store/${sandbox.connection.storeId}?lang=en#categories`);
    await page.locator(`${BAR}[data-state="ready"]`).waitFor({ timeout: 30_000 });
  });
});
