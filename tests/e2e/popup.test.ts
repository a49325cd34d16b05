import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import type { Sandbox } from '../../sandbox/server.ts';
import { CATEGORY_STATUSES } from '../../utils/sync/model.ts';
import { control, startTestSandbox } from '../integration/support/sandbox.ts';
import { launchWithExtension, type ExtensionSession } from './support/extension.ts';
import { valueFrom } from './support/extension-page.ts';
import { installOptionsTab, openOptions, openPopup } from './support/options.ts';
import { screenshot } from './support/screenshots.ts';

interface WorldCategory {
  id: number;
  enabled: boolean;
}

/** The popup: the state at a glance, with the same counts as the engine, and the two next actions. */
describe('the toolbar popup', () => {
  let sandbox: Sandbox;
  let session: ExtensionSession;
  let popup: Page;

  const count = async (name: string) =>
    Number(await popup.locator(`[data-count="${name}"]`).getAttribute('data-value'));
  const ecomCategories = async () =>
    ((await (await control(sandbox, '/state')).json()) as { ecom: { categories: WorldCategory[] } }).ecom.categories;

  beforeAll(async () => {
    sandbox = await startTestSandbox();
    session = await launchWithExtension();
    // The options page the extension opened at install is closed, so the popup's button is seen opening it.
    await (await installOptionsTab(session)).close();
  });

  afterAll(async () => {
    await session?.close();
    await sandbox?.close();
  });

  it('sends a merchant with nothing connected to the options page', async () => {
    popup = await openPopup(session);
    expect(await popup.locator('[data-connected="none"]').textContent()).toBe('No store is connected yet.');
    const options = session.context.waitForEvent('page', { predicate: (page) => page.url().endsWith('/options.html') });
    await popup.getByRole('button', { name: 'Connect your stores' }).click();
    const page = await options;
    await page.locator('main[data-ready="yes"]').waitFor();
    // Connected as a new user would: the sandbox button on the options page.
    await page.getByRole('button', { name: 'Connect to the local sandbox' }).waitFor();
    await page.getByLabel('Sandbox address').fill(sandbox.origin);
    await page.getByRole('button', { name: 'Connect to the local sandbox' }).click();
    await page.locator('[data-card="first-read"] [data-read="done"]').waitFor({ timeout: 30_000 });
    await page.close();
    await popup.close();
  });

  it('shows the connected stores, when the state was read, and the engine’s own counts', async () => {
    popup = await openPopup(session);
    expect(await popup.locator('[data-store="ecom"]').textContent()).toBe(`eCom store ${sandbox.connection.storeId}`);
    expect(await popup.locator('[data-store="retail"]').textContent()).toBe('Retail POS: Sync Lens Sandbox');
    expect(await popup.locator('.popup__read').textContent()).toMatch(/^State read /);

    const status = await valueFrom(popup, { type: 'status' });
    expect(status).not.toBeNull();
    const summary = status!.summary;
    expect(await count('total')).toBe(summary.categories.total);
    for (const name of CATEGORY_STATUSES) expect(await count(name), name).toBe(summary.categories[name]);
    expect(Number(await popup.locator('[data-count="products"]').getAttribute('data-disabled'))).toBe(
      summary.products.disabled,
    );
    expect(summary.newDisabled).toBeGreaterThan(0);
    expect(await popup.getByRole('button', { name: `Enable ${summary.newDisabled} new categories` }).isEnabled()).toBe(
      true,
    );
  });

  it('refreshes on demand', async () => {
    const before = await popup.locator('.popup__read').getAttribute('data-read-at');
    await popup.getByRole('button', { name: 'Refresh' }).click();
    await expect
      .poll(() => popup.locator('.popup__read').getAttribute('data-read-at'), { timeout: 15_000 })
      .not.toBe(before);
  });

  it('enables every new category from the popup, after one confirmation, and follows the job to its end', async () => {
    const { summary, categories } = (await valueFrom(popup, { type: 'status' }))!;
    const newIds = categories.filter((c) => c.status === 'new').map((c) => c.ecomId);
    expect(newIds.length).toBe(summary.categories.new);

    await popup.getByRole('button', { name: `Enable ${summary.newDisabled} new categories` }).click();
    expect(await popup.locator('#enable-confirm').textContent()).toContain(`Enable ${summary.newDisabled} categories`);
    await popup.getByRole('button', { name: 'Enable them' }).click();
    await popup.locator('[data-job-kind="enable-categories"][data-job-status="done"]').waitFor({ timeout: 30_000 });
    expect(await popup.locator('[data-job-done]').getAttribute('data-job-done')).toBe(String(summary.newDisabled));

    const world = await ecomCategories();
    for (const id of newIds) expect(world.find((category) => category.id === id)?.enabled, `category ${id}`).toBe(true);

    // The counts follow: nothing new is left, and they are still the engine's.
    await expect.poll(() => count('new'), { timeout: 15_000 }).toBe(0);
    const after = (await valueFrom(popup, { type: 'status' }))!.summary;
    for (const name of CATEGORY_STATUSES) expect(await count(name), name).toBe(after.categories[name]);
    expect(await popup.getByRole('button', { name: 'No new category to enable' }).isDisabled()).toBe(true);
    await screenshot(popup, 'popup');
  });

  it('undoes it', async () => {
    await popup.getByRole('button', { name: 'Undo' }).click();
    await popup.locator('[data-job-kind="disable-categories"][data-job-status="done"]').waitFor({ timeout: 30_000 });
    await expect.poll(() => count('new'), { timeout: 15_000 }).toBeGreaterThan(0);
  });

  it('says the last problem in plain words', async () => {
    await control(sandbox, '/faults', {
      method: 'PUT',
      body: JSON.stringify([{ match: 'GET /api/v3/.*/categories', status: 401, times: 1 }]),
    });
    await popup.getByRole('button', { name: 'Refresh' }).click();
    await popup.locator('[data-last-error]').waitFor({ timeout: 15_000 });
    expect(await popup.locator('[data-last-error]').textContent()).toContain('eCom refused the token (401)');
    // Said once, as an alert.
    expect(await popup.getByRole('alert').count()).toBe(1);
    expect(await popup.getByRole('alert').textContent()).toContain('Last problem');
    await screenshot(popup, 'popup-error');
  });

  it('reads the options page in the language the merchant chose', async () => {
    const options = await openOptions(session);
    await options.getByLabel('Language').selectOption('fr');
    await options.locator('[data-saved="yes"]').waitFor();
    await options.close();
    await popup.reload();
    await popup.locator('main[data-ready="yes"]').waitFor();
    expect(await popup.getByRole('button', { name: 'Actualiser' }).count()).toBe(1);
    await expect.poll(() => popup.evaluate(() => document.documentElement.lang)).toBe('fr');
    // The last problem too: the background words API failures in both languages.
    expect(await popup.locator('[data-last-error]').textContent()).toContain('eCom a refusé le jeton (401)');
    await screenshot(popup, 'popup-fr');
  });
});
