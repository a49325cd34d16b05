import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';

import type { Sandbox } from '../../sandbox/server.ts';
import { ecomFetch, retailFetch } from '../integration/support/sandbox.ts';
import { connectedAdminPerFile } from './support/connected-admin.ts';
import type { ExtensionSession } from './support/extension.ts';
import { chooseWithKeyboard, DIALOG, openAdmin, PANEL, waitForBar, type AdminPage } from './support/overlay.ts';

/**
 * Category and product names are text. These are full of markup, script, quotes, right-to-left marks and emoji:
 * everywhere the overlay shows them they must read exactly as written, and nothing in them may run.
 */
const CATEGORY = `<img src=x onerror="window.__pwned=1">Sandales "d'été" \u202Eéte\u202C 🩴 <script>window.__pwned=2</script>`;
const RENAMED = `Doudounes & <b>parkas</b> ‏שלום‏ 🧥 '"`;
const PRODUCT = `<svg onload="window.__pwned=3"></svg>Blouson « motard » & vieilli 🏍️ \u202Bمرحبا\u202C`;

async function nothingRan(page: Page): Promise<void> {
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  expect(await page.locator('img[src="x"], svg[onload]').count()).toBe(0);
}

describe('names are text', () => {
  let sandbox: Sandbox;
  let session: ExtensionSession;
  let admin: AdminPage;
  let page: Page;
  const dialogs: string[] = [];

  connectedAdminPerFile(
    {
      // A new Retail category that Lightspeed's sync brings in (pending in the demo), a Retail rename left to
      // sync, and an eCom product.
      async prepare(world) {
        const put = (path: string, name: string) =>
          retailFetch(world, path, { method: 'PUT', body: JSON.stringify({ name }) });
        expect((await put('/Category/14.json', CATEGORY)).ok).toBe(true);
        await fetch(`${world.connection.control}/native-sync`, { method: 'POST' });
        expect((await put('/Category/6.json', RENAMED)).ok).toBe(true);
        expect(
          (await ecomFetch(world, '/products/7004', { method: 'PUT', body: JSON.stringify({ name: PRODUCT }) })).ok,
        ).toBe(true);
      },
    },
    (connected) => {
      ({ sandbox, session, admin, page } = connected);
      page.on('dialog', (dialog) => {
        dialogs.push(dialog.message());
        void dialog.dismiss();
      });
    },
  );

  it('shows product names as written on the products page', async () => {
    // (The badges, popovers and preview: tests/e2e/both/overlay-explain.test.ts, in both browsers.)
    await waitForBar(page);
    await page.evaluate(() => (location.hash = '#products'));
    await page.locator('sync-lens-overlay .sl-notice [data-action="enable-products"]').click();
    expect(await page.locator(`${DIALOG} tr[data-ecom-id="7004"] .sl-table__path`).textContent()).toBe(PRODUCT);
    await page.keyboard.press('Escape');
    await nothingRan(page);
  });

  it('shows them as written in the docked panel', async () => {
    const alt = await openAdmin(session, sandbox, { markup: 'alt' });
    const panel = alt.page.locator(PANEL);
    await panel.locator('.sl-bar[data-state="ready"]').waitFor({ timeout: 30_000 });
    await chooseWithKeyboard(panel.locator('select'), 'all');
    expect(
      await panel.locator('.sl-panel__row', { hasText: 'Sandales' }).locator('.sl-panel__path').textContent(),
    ).toBe(`Chaussures/${CATEGORY}`);
    await nothingRan(alt.page);
    expect(alt.errors).toEqual([]);
    await alt.page.close();
  });

  it('ran nothing and raised no error', () => {
    expect(dialogs).toEqual([]);
    expect(admin.errors).toEqual([]);
  });
});
