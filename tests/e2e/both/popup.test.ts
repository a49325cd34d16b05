import { describe, expect, it } from 'vitest';

import { chosenBrowsers } from '../../../scripts/e2e-browsers.ts';
import { CATEGORY_STATUSES } from '../../../utils/sync/model.ts';
import { control } from '../../integration/support/sandbox.ts';
import { connectedPerBlock } from '../support/driver/connected.ts';
import { openOptions, openPopup, READY_PAGE } from '../support/driver/own-pages.ts';
import { valueOf } from '../support/driver/session.ts';
import type { TestPage } from '../support/driver/test-page.ts';

interface WorldCategory {
  id: number;
  enabled: boolean;
}

const button = (text: string) => ({ css: 'button', text });

/** The popup, in every browser: the state at a glance, with the same counts as the engine, and the two next actions. */
for (const browser of chosenBrowsers()) {
  describe(`the toolbar popup, in ${browser}`, () => {
    const connected = connectedPerBlock(browser, { connect: false });
    let popup: TestPage;

    const count = async (name: string) => Number(await popup.attribute(`[data-count="${name}"]`, 'data-value'));
    const ecomCategories = async () =>
      ((await (await control(connected().sandbox, '/state')).json()) as { ecom: { categories: WorldCategory[] } }).ecom
        .categories;

    it('sends a merchant with nothing connected to the options page', async () => {
      const { sandbox, session } = connected();
      // The options page the extension opened at install is closed, so the popup's button is seen opening it.
      await (await session.installTab()).close();
      popup = await openPopup(session);
      expect(await popup.text('[data-connected="none"]')).toBe('No store is connected yet.');
      const options = await session.pageOpenedBy(
        () => popup.click(button('Connect your stores')),
        (address) => address.endsWith('/options.html'),
      );
      await options.waitFor(READY_PAGE);
      // Connected as a new user would: the sandbox button on the options page.
      await options.fill({ label: 'Sandbox address' }, sandbox.origin);
      await options.click(button('Connect to the local sandbox'));
      await options.waitFor('[data-card="first-read"] [data-read="done"]', { timeout: 30_000 });
      await options.close();
      await popup.close();
    });

    it('shows the connected stores, when the state was read, and the engine’s own counts', async () => {
      const { sandbox, session } = connected();
      popup = await openPopup(session);
      expect(await popup.text('[data-store="ecom"]')).toBe(`eCom store ${sandbox.connection.storeId}`);
      expect(await popup.text('[data-store="retail"]')).toBe('Retail POS: Sync Lens Sandbox');
      expect(await popup.text('.popup__read')).toMatch(/^State read /);

      const status = await valueOf(session, { type: 'status' });
      expect(status).not.toBeNull();
      const summary = status!.summary;
      expect(await count('total')).toBe(summary.categories.total);
      for (const name of CATEGORY_STATUSES) expect(await count(name), name).toBe(summary.categories[name]);
      expect(Number(await popup.attribute('[data-count="products"]', 'data-disabled'))).toBe(summary.products.disabled);
      expect(summary.newDisabled).toBeGreaterThan(0);
      const enable = await popup.find(button(`Enable ${summary.newDisabled} new categories`));
      expect(enable).toMatchObject({ count: 1, disabled: false });
    });

    it('refreshes on demand', async () => {
      const before = await popup.attribute('.popup__read', 'data-read-at');
      await popup.click(button('Refresh'));
      await expect.poll(() => popup.attribute('.popup__read', 'data-read-at'), { timeout: 15_000 }).not.toBe(before);
    });

    it('enables every new category from the popup, after one confirmation, and follows the job to its end', async () => {
      const { session } = connected();
      const { summary, categories } = (await valueOf(session, { type: 'status' }))!;
      const newIds = categories.filter((c) => c.status === 'new').map((c) => c.ecomId);
      expect(newIds.length).toBe(summary.categories.new);

      await popup.click(button(`Enable ${summary.newDisabled} new categories`));
      expect(await popup.text('#enable-confirm')).toContain(`Enable ${summary.newDisabled} categories`);
      await popup.click(button('Enable them'));
      await popup.waitFor('[data-job-kind="enable-categories"][data-job-status="done"]', { timeout: 30_000 });
      expect(await popup.attribute('[data-job-done]', 'data-job-done')).toBe(String(summary.newDisabled));

      const world = await ecomCategories();
      for (const id of newIds)
        expect(world.find((category) => category.id === id)?.enabled, `category ${id}`).toBe(true);

      // The counts follow: nothing new is left, and they are still the engine's.
      await expect.poll(() => count('new'), { timeout: 15_000 }).toBe(0);
      const after = (await valueOf(session, { type: 'status' }))!.summary;
      for (const name of CATEGORY_STATUSES) expect(await count(name), name).toBe(after.categories[name]);
      expect(await popup.find(button('No new category to enable'))).toMatchObject({ count: 1, disabled: true });
      await popup.screenshot(`popup-${browser}`);
    });

    it('undoes it', async () => {
      await popup.click(button('Undo'));
      await popup.waitFor('[data-job-kind="disable-categories"][data-job-status="done"]', { timeout: 30_000 });
      await expect.poll(() => count('new'), { timeout: 15_000 }).toBeGreaterThan(0);
    });

    it('says the last problem in plain words', async () => {
      await control(connected().sandbox, '/faults', {
        method: 'PUT',
        body: JSON.stringify([{ match: 'GET /api/v3/.*/categories', status: 401, times: 1 }]),
      });
      await popup.click(button('Refresh'));
      expect(await popup.text('[data-last-error]')).toContain('eCom refused the token (401)');
      // Said once, as an alert.
      expect(await popup.count('[role="alert"]')).toBe(1);
      expect(await popup.text('[role="alert"]')).toContain('Last problem');
      await popup.screenshot(`popup-error-${browser}`);
    });

    it('reads the options page in the language the merchant chose', async () => {
      const options = await openOptions(connected().session);
      await options.choose({ label: 'Language' }, 'fr');
      await options.waitFor('[data-saved="yes"]');
      await expect.poll(() => options.text('h1')).toBe('Sync Lens : connectez vos boutiques');
      await options.close();
      await popup.reload();
      await popup.waitFor(READY_PAGE);
      expect(await popup.count(button('Actualiser'))).toBe(1);
      await expect.poll(() => popup.evaluate(() => document.documentElement.lang)).toBe('fr');
      // The last problem too: the background words API failures in both languages.
      expect(await popup.text('[data-last-error]')).toContain('eCom a refusé le jeton (401)');
      await popup.screenshot(`popup-fr-${browser}`);
      expect(popup.errors).toEqual([]);
    });
  });
}
