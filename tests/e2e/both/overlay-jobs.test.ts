import { describe, expect, it } from 'vitest';

import { chosenBrowsers } from '../../../scripts/e2e-browsers.ts';
import type { Sandbox } from '../../../sandbox/server.ts';
import { control } from '../../integration/support/sandbox.ts';
import { connectedPerBlock } from '../support/driver/connected.ts';
import { BAR, DIALOG, READY } from '../support/driver/overlay-parts.ts';
import { adminUrl } from '../support/overlay.ts';

/**
 * More of the overlay's jobs, in every browser: the disabled products in enabled categories enabled from the
 * products page with a preview, a result per item and an undo; and a Stop pressed while a batch is on its way to
 * eCom, kept, with what eCom applied recorded and undone. (The categories' bulk flow on every markup:
 * overlay-markups.test.ts.)
 */

/** The demo's categories that arrived disabled and were never enabled. */
const NEW = [523, 524, 525];

/** The job's own batches sent to eCom (reads go under keys of their own, "read.…"). */
async function writeBatches(sandbox: Sandbox): Promise<number> {
  const { requests } = (await (await control(sandbox, '/requests?api=ecom')).json()) as {
    requests: Array<{ method: string; path: string; query: string }>;
  };
  return requests.filter(
    (entry) =>
      entry.method === 'POST' &&
      entry.path.endsWith('/batch') &&
      !new URLSearchParams(entry.query).get('deduplicationKey')?.startsWith('read.'),
  ).length;
}

for (const browser of chosenBrowsers()) {
  describe(`the overlay's other jobs, in ${browser}`, () => {
    const connected = connectedPerBlock(browser);

    it('enables the hidden products in one go from the products page, one kept back, and undoes it', async () => {
      const { sandbox, session } = connected();
      const page = await session.newPage();
      await page.goto(adminUrl(sandbox, { route: 'products' }));
      const notice = 'sync-lens-overlay >>> .sl-notice';
      const productSwitch = (id: number) => `tr.ec-product-row[data-product-id="${id}"] input.ec-switch__input`;
      await page.click(`${notice} [data-action="enable-products"]`, { timeout: 30_000 });
      await page.waitFor(DIALOG);
      // The demo's three disabled products in enabled categories.
      expect(await page.count(`${DIALOG} tbody tr`)).toBe(3);
      expect(await page.text(`${DIALOG} tr[data-ecom-id="7004"] .sl-table__path`)).toBe('Blouson motard vieilli');
      // The merchant keeps one back, with a person's click.
      await page.click(`${DIALOG} tr[data-ecom-id="7018"] input`);
      expect(await page.text(`${DIALOG} [data-action="confirm"]`)).toBe('Enable 2 products');
      await page.click(`${DIALOG} [data-action="confirm"]`);
      const settled = `${notice} .sl-job[data-job-status="done"][data-settled="true"]`;
      await page.waitFor(settled, { timeout: 30_000, visible: false });
      expect(await page.count(`${DIALOG} .sl-results__item[data-item-state="done"]`)).toBe(2);
      for (const id of [7004, 7014])
        await expect.poll(async () => (await page.find(productSwitch(id))).checked, { timeout: 10_000 }).toBe(true);
      expect((await page.find(productSwitch(7018))).checked).toBe(false);

      await page.click(`${DIALOG} [data-action="undo"]`);
      await expect.poll(() => page.text(`${DIALOG} .sl-dialog__title`), { timeout: 30_000 }).toBe('Products put back');
      await page.waitFor(settled, { timeout: 30_000, visible: false });
      for (const id of [7004, 7014])
        await expect.poll(async () => (await page.find(productSwitch(id))).checked, { timeout: 10_000 }).toBe(false);
      await page.press('Escape');
      await page.waitForGone(DIALOG);
      expect(page.errors).toEqual([]);
      await page.close();
    });

    it('keeps a Stop pressed while the batch is on its way, records what eCom applied, and undoes it', async () => {
      const { sandbox, session } = connected();
      const page = await session.newPage();
      await page.goto(adminUrl(sandbox));
      await page.waitFor(`${BAR}${READY}`, { timeout: 30_000 });
      const switchOf = (id: number) => `li[data-category-id="${id}"] > .ec-category-row input.ec-switch__input`;
      // eCom answers polls slowly, so the job's batch is still being read back when Stop is pressed.
      await control(sandbox, '/faults', {
        method: 'PUT',
        body: JSON.stringify([{ match: 'GET /api/v3/\\d+/batch', delayMs: 4000 }]),
      });
      await control(sandbox, '/requests', { method: 'DELETE' });

      await page.click(`${BAR} [data-action="enable-categories"]`);
      await page.click(`${DIALOG} [data-action="confirm"]`);
      await expect.poll(() => writeBatches(sandbox), { timeout: 30_000 }).toBe(1);
      await page.click({ css: `${DIALOG} button`, text: 'Stop' });
      await page.waitFor(`${BAR} .sl-job[data-job-status="cancelled"][data-settled="true"]`, {
        timeout: 30_000,
        visible: false,
      });
      await control(sandbox, '/faults', { method: 'DELETE' });
      // The batch posted before Stop was applied by eCom: recorded as done, for Undo to cover; nothing sent after.
      await expect.poll(() => page.count(`${DIALOG} .sl-results__item[data-item-state="done"]`)).toBe(NEW.length);
      expect(await writeBatches(sandbox)).toBe(1);
      for (const id of NEW)
        await expect.poll(async () => (await page.find(switchOf(id))).checked, { timeout: 10_000 }).toBe(true);

      await page.click(`${DIALOG} [data-action="undo"]`);
      await expect
        .poll(() => page.text(`${DIALOG} .sl-dialog__title`), { timeout: 30_000 })
        .toBe('Categories put back');
      await page.waitFor(`${DIALOG} [data-job-status="done"]`, { timeout: 30_000, visible: false });
      for (const id of NEW)
        await expect.poll(async () => (await page.find(switchOf(id))).checked, { timeout: 10_000 }).toBe(false);
      await page.press('Escape');
      expect(page.errors).toEqual([]);
      await page.close();
    });
  });
}
