import { describe, expect, it } from 'vitest';

import { chosenBrowsers } from '../../../scripts/e2e-browsers.ts';
import { connectedPerBlock } from '../support/driver/connected.ts';
import { BAR, READY } from '../support/driver/overlay-parts.ts';
import type { TestPage } from '../support/driver/test-page.ts';

/**
 * "My eCom admin is at another address", in every browser: a white-label admin host (a reserved .test name the
 * browser resolves to the sandbox) gets the overlay once the merchant adds it in the options, and loses it when
 * removed. The sandbox build holds that host's permission from install, so the browser asks nothing; a real https
 * host is asked for during the merchant's click (Firefox too wants that click: `permissions.request` needs it).
 */

const HOST = 'admin.whitelabel.test';
const CARD = '[data-card="admin-address"]';
const FIELD = { label: 'Your admin’s address' };
const ADD = { css: `${CARD} button`, text: 'Add' };

/** What the background registered for the added addresses, read from an extension page. */
type ScriptingInPage = {
  chrome: { scripting: { getRegisteredContentScripts(): Promise<Array<{ id: string; matches?: string[] }>> } };
};

for (const browser of chosenBrowsers()) {
  describe(`an eCom admin at another address, in ${browser}`, () => {
    const connected = connectedPerBlock(browser, { loopbackHosts: [HOST] });
    let options: TestPage;
    const origin = () => `http://${HOST}:${new URL(connected().sandbox.origin).port}`;
    const adminThere = () => `${origin()}/store/${connected().sandbox.connection.storeId}?lang=en#categories`;

    /** The admin there, drawn, and whether Sync Lens drew its bar by then (it would have, long before a second). */
    const overlayThere = async () => {
      const page = await connected().session.newPage();
      await page.goto(adminThere());
      await page.waitFor('.ec-category-row', { timeout: 20_000 });
      await new Promise((resolve) => setTimeout(resolve, 1_000));
      const drawn = (await page.count('sync-lens-overlay')) > 0;
      return { page, drawn };
    };

    it('has no overlay there before the address is added', async () => {
      const { page, drawn } = await overlayThere();
      expect(drawn).toBe(false);
      await page.close();
    });

    it('refuses what is not an admin address, in words that say what to type', async () => {
      options = await connected().session.openExtensionPage('options.html');
      await options.waitFor('main[data-ready="yes"]');
      await options.fill(FIELD, 'http://admin.myshop.com');
      await options.click(ADD);
      await expect.poll(() => options.text(`${CARD} [data-notice="error"]`)).toContain('https://');
      expect(await options.count(`${CARD} li[data-origin]`)).toBe(0);
    });

    it('adds the address, asked for during the click, and the overlay is there at once', async () => {
      await options.fill(FIELD, `${origin()}/store/${connected().sandbox.connection.storeId}#categories`);
      await options.click(ADD);
      await options.waitFor(`${CARD} li[data-origin="${origin()}"]`);
      expect(await options.text(`${CARD} [data-notice="success"]`)).toContain(origin());
      const scripts = await options.evaluate(async () =>
        (await (globalThis as unknown as ScriptingInPage).chrome.scripting.getRegisteredContentScripts()).map(
          (script) => script.id,
        ),
      );
      expect(scripts).toEqual([`sync-lens-admin@${origin()}`]);

      const page = await connected().session.newPage();
      await page.goto(adminThere());
      await page.waitFor(`${BAR}${READY}`, { timeout: 30_000 });
      await expect.poll(() => page.count('.ec-category-row [data-sync-lens-chip="category"]')).toBeGreaterThan(5);
      expect(page.errors).toEqual([]);
      await page.close();
    });

    it('removes it: the overlay is gone from there, and only from there', async () => {
      await options.click({ css: `${CARD} button`, text: `Remove ${origin()}` });
      await options.waitForGone(`${CARD} li[data-origin]`);
      const { page, drawn } = await overlayThere();
      expect(drawn).toBe(false);
      await page.goto(
        `${connected().sandbox.origin}/store/${connected().sandbox.connection.storeId}?lang=en#categories`,
      );
      await page.waitFor(`${BAR}[data-state="ready"]`, { timeout: 30_000 });
      await page.close();
    });
  });
}
