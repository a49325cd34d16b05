import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';

import { connectedAdminPerFile } from './support/connected-admin.ts';
import type { ExtensionSession } from './support/extension.ts';
import { badge, BAR, traces, waitForBar, type AdminPage } from './support/overlay.ts';

/**
 * The overlay never breaks the page: across the admin's own navigation it leaves nothing behind and never
 * doubles, and when the extension is updated (reloaded) the old copy takes everything of its own away.
 */

describe('the overlay’s life in the page', () => {
  let session: ExtensionSession;
  let admin: AdminPage;
  let page: Page;

  connectedAdminPerFile({}, async (connected) => {
    ({ session, admin, page } = connected);
    await waitForBar(page);
    await badge(page, 501).waitFor();
  });

  it('leaves nothing behind on a page it has nothing to say on, and comes back once', async () => {
    const rows = await page.locator('li[data-category-id] > .ec-category-row').count();
    expect(await traces(page)).toMatchObject({ overlays: 1, layers: 1, chips: rows, marks: rows, claimed: true });

    await page.evaluate(() => (location.hash = '#orders'));
    await expect
      .poll(() => traces(page))
      .toMatchObject({ overlays: 0, layers: 1, layerContent: 0, chips: 0, marks: 0 });

    for (const route of ['#products', '#category:id=504', '#categories', '#products', '#categories']) {
      await page.evaluate((hash) => (location.hash = hash), route);
      await page.locator('main.ec-main:not([aria-busy])').waitFor();
    }
    await badge(page, 501).waitFor();
    expect(await traces(page)).toMatchObject({ overlays: 1, layers: 1, chips: rows, marks: rows });
    expect(await page.locator(BAR).count()).toBe(1);
  });

  it('leaves the admin’s own scripts free to act on the rows it annotated', async () => {
    // An event the admin's code dispatches (untrusted) on one of its rows carrying Sync Lens's mark goes through.
    const toggle = 'li[data-category-id="524"] > .ec-category-row input.ec-switch__input';
    const clickByScript = () =>
      page.evaluate((selector) => document.querySelector<HTMLInputElement>(selector)!.click(), toggle);
    await clickByScript();
    await expect.poll(() => page.locator(toggle).isChecked()).toBe(true);
    // The admin turns the switch off while it saves, then draws the row anew: a click before that is lost.
    await expect.poll(() => page.locator(toggle).isEnabled()).toBe(true);
    await badge(page, 524).waitFor();
    await clickByScript();
    await expect.poll(() => page.locator(toggle).isChecked()).toBe(false);
  });

  it('stays out of a page another copy of it already claimed', async () => {
    const other = await session.context.newPage();
    // What a first, live copy does on the page it runs in (utils/overlay/single-instance.ts): its mark, and an
    // answer when a newer copy asks whether it is there. (A mark no copy answers for is a gone copy's leftover,
    // taken over: tests/e2e/both/extension-update.test.ts.)
    await other.addInitScript(() => {
      window.addEventListener('sync-lens:owner?', () => window.dispatchEvent(new CustomEvent('sync-lens:owner')));
      document.addEventListener('DOMContentLoaded', () =>
        document.documentElement.setAttribute('data-sync-lens', 'active'),
      );
    });
    await other.goto(page.url());
    await other.locator('li[data-category-id="501"] > .ec-category-row').waitFor();
    // The copy that found the page claimed exited at once: give it the time it would need to show anything.
    await other.waitForTimeout(1_500);
    expect(await traces(other)).toMatchObject({ overlays: 0, layers: 0, chips: 0, marks: 0 });
    await other.close();
  });

  it('takes everything of its own away when the extension is updated', async () => {
    const worker = await session.serviceWorker();
    // The worker goes away with the reload: its answer never comes.
    await worker
      .evaluate(() => (globalThis as unknown as { chrome: { runtime: { reload(): void } } }).chrome.runtime.reload())
      .catch(() => undefined);
    await expect
      .poll(() => traces(page), { timeout: 15_000 })
      .toMatchObject({ overlays: 0, layers: 0, chips: 0, marks: 0, claimed: false });
    // The admin itself is untouched and still works.
    expect(await page.locator('li[data-category-id] > .ec-category-row').count()).toBeGreaterThan(0);
    await page.locator('li[data-category-id="523"] > .ec-category-row input.ec-switch__input').click();
    await expect
      .poll(() => page.locator('li[data-category-id="523"] > .ec-category-row input.ec-switch__input').isChecked())
      .toBe(true);
  });

  it('caused no error on the page', () => {
    expect(admin.errors).toEqual([]);
  });
});
