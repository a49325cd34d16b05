import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';

import { connectedAdminPerFile } from './support/connected-admin.ts';
import type { ExtensionSession } from './support/extension.ts';
import { openExtensionPage, valueFrom } from './support/extension-page.ts';
import { focused, HELP, POPOVER, seriousViolations, TOOLTIP, type AdminPage } from './support/overlay.ts';
import { screenshot } from './support/screenshots.ts';

/**
 * Elsewhere in the admin: the products page and a category's settings. Disabled products in enabled categories
 * (the demo has three: 7004, 7014, 7018) and products on the Store front page for want of a Retail category
 * (7026, 7028, 7029) are pointed out, and Enable products runs like the categories' bulk enable.
 */

const HIDDEN = [7004, 7014, 7018];
const STOREFRONT = [7026, 7028, 7029];
const NOTICE = 'sync-lens-overlay .sl-notice';

function productFlag(page: Page, ecomId: number) {
  return page.locator(`tr.ec-product-row[data-product-id="${ecomId}"] [data-sync-lens-chip="product"] button`);
}

describe('products and a category’s settings', () => {
  let admin: AdminPage;
  let page: Page;
  let session: ExtensionSession;

  connectedAdminPerFile({ route: 'products' }, (connected) => {
    ({ admin, page, session } = connected);
  });

  it('says on the products page which products shoppers miss, and why', async () => {
    const notice = page.locator(NOTICE);
    await notice.waitFor({ timeout: 30_000 });
    await expect
      .poll(() => notice.locator('.sl-notice__line--hidden').textContent())
      .toBe('3 products are disabled although their category is enabled: shoppers do not see them.');
    expect(await notice.locator('.sl-notice__line--storefront').textContent()).toBe(
      '3 products have no category in Retail POS, so they show on the Store front page.',
    );
    for (const id of HIDDEN) await expect.poll(() => productFlag(page, id).textContent()).toBe('Hidden');
    for (const id of STOREFRONT) expect(await productFlag(page, id).textContent()).toBe('Store front page');
    expect(await productFlag(page, 7001).count()).toBe(0);
    await productFlag(page, 7004).hover();
    await page.locator(TOOLTIP).waitFor();
    expect(await page.locator(TOOLTIP).textContent()).toContain('shoppers browsing the category do not see it');
    await screenshot(page, 'overlay-products-page');
    expect(await seriousViolations(page)).toEqual([]);
    await page.mouse.move(5, 5);
  });

  it('is sent only the products it flags, with what it shows of them; the counts cover every product', async () => {
    const extensionPage = await openExtensionPage(session);
    const status = (await valueFrom(extensionPage, { type: 'status' }))!;
    await extensionPage.close();
    expect(status.products.map((product) => product.ecomId).sort()).toEqual([...HIDDEN, ...STOREFRONT].sort());
    for (const product of status.products)
      expect(Object.keys(product).sort()).toEqual(['ecomId', 'issues', 'name', 'path']);
    expect(status.summary.products.total).toBeGreaterThan(status.products.length);
  });

  it('answers where products went from a flag', async () => {
    await productFlag(page, 7026).click();
    const help = page.locator(HELP);
    await help.waitFor();
    expect(await help.locator('#sl-help-q-where-products').getAttribute('aria-expanded')).toBe('true');
    await page.keyboard.press('Escape');
    await help.waitFor({ state: 'detached' });
    await expect.poll(async () => (await focused(page)).text).toContain('Store front page');
  });

  // Enabling the hidden products, with preview, result and undo, runs in both browsers: tests/e2e/both/overlay-jobs.test.ts.

  it('marks on a category’s settings which fields are Retail’s and which are the merchant’s', async () => {
    await page.evaluate(() => (location.hash = '#category:id=504'));
    const form = page.locator('form.ec-category-form[data-category-id="504"]');
    await form.waitFor();
    const note = (field: string) => page.locator(`[data-sync-lens-chip="field"][data-sync-lens-id="${field}"] button`);
    await expect.poll(() => note('name').textContent()).toBe('From Retail POS');
    expect(await note('parent').textContent()).toBe('From Retail POS');
    expect(await note('products').textContent()).toBe('From Retail POS');
    expect(await note('description').textContent()).toBe('Yours');
    expect(await note('image').textContent()).toBe('Yours');
    expect(await note('availability').textContent()).toBe('Yours');
    // Each note sits right after its field, outside the field's label.
    const outside = await page.evaluate(() =>
      [...document.querySelectorAll('[data-sync-lens-chip="field"]')].every((chip) => chip.closest('label') === null),
    );
    expect(outside).toBe(true);
    // The category's own products: the disabled one is flagged, and can be enabled from here.
    const flag = page.locator('li[data-product-id="7004"] [data-sync-lens-chip="product"] button');
    expect(await flag.textContent()).toBe('Hidden');
    const notice = page.locator(NOTICE);
    expect(await notice.getAttribute('data-status')).toBe('live');
    expect(await notice.locator('.sl-notice__line').first().textContent()).toContain(
      'its image, description and availability are yours',
    );
    expect(await notice.locator('[data-action="enable-products"]').textContent()).toBe('Enable 1 product');
    await screenshot(page, 'overlay-edit-page');
    expect(await seriousViolations(page)).toEqual([]);

    await note('availability').focus();
    await page.locator(TOOLTIP).waitFor();
    expect(await page.locator(TOOLTIP).textContent()).toContain('not from Retail POS');
    await page.keyboard.press('Enter');
    await page.locator(HELP).waitFor();
    expect(await page.locator(`${HELP} #sl-help-q-what-disabling-does`).getAttribute('aria-expanded')).toBe('true');
    await page.keyboard.press('Escape');

    await notice.locator('.sl-chip').click();
    await page.locator(POPOVER).waitFor();
    expect(await page.locator(POPOVER).textContent()).toContain('Why the lock');
    await page.keyboard.press('Escape');
  });

  it('says an online-only category is all the merchant’s', async () => {
    await page.evaluate(() => (location.hash = '#category:id=520'));
    await page.locator('form.ec-category-form[data-category-id="520"]').waitFor();
    const note = page.locator('[data-sync-lens-chip="field"][data-sync-lens-id="name"] button');
    await expect.poll(() => note.textContent()).toBe('Online only');
    expect(await page.locator(`${NOTICE} .sl-notice__line`).first().textContent()).toBe(
      'Online-only category: everything here is yours, and none of it goes to Retail POS.',
    );
  });

  it('caused no error on the page', () => {
    expect(admin.errors).toEqual([]);
  });
});
