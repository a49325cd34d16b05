import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';

import { demoWithTwin } from '../integration/support/twin-category.ts';
import { connectedAdminPerFile } from './support/connected-admin.ts';
import { badge, checkAgain, chooseWithKeyboard, POPOVER, seriousViolations, waitForBar } from './support/overlay.ts';
import { screenshot } from './support/screenshots.ts';

/** The demo's "Doudounes": a Retail category synced to eCom as 523, found here by its place and name alone. */
const DOUDOUNES = 523;

/**
 * A store whose eCom records carry no Retail id (`--external-ids none`): the overlay shows how each category was
 * linked to Retail, and where the evidence cannot tell two copies apart, the merchant settles it from the
 * category's details, with a preview, and can undo it there (issue 11).
 */
describe('links on evidence, and the merchant’s word where evidence ends', () => {
  let page: Page;
  // The twin is there before Sync Lens first reads the store: nothing it remembers can have settled it.
  const { state, twins } = demoWithTwin();

  connectedAdminPerFile({ sandbox: { externalIds: 'none', state } }, async (connected) => {
    ({ page } = connected);
    await checkAgain(page);
    await badge(page, twins.twin.id).waitFor();
  });

  const popover = () => page.locator(POPOVER);
  const openDetails = async (ecomId: number) => {
    await badge(page, ecomId).click();
    await popover().waitFor();
  };
  const close = async () => {
    await page.keyboard.press('Escape');
    await popover().waitFor({ state: 'detached' });
  };

  it('says how a category was linked to Retail when no id says so, read after read', async () => {
    await openDetails(DOUDOUNES);
    // Read twice by now (on connecting, then "Check again"): the link is remembered, and still says its evidence.
    const link = popover().locator('[data-link]');
    expect(await link.getAttribute('data-link')).toBe('remembered');
    expect(await link.getAttribute('data-first-link')).toBe('path');
    expect(await link.textContent()).toContain('It was first found by the same place and name.');
    // Nothing to settle on a category the evidence linked.
    expect(await popover().locator('[data-choice]').count()).toBe(0);
    await close();
  });

  it('shows two copies nothing tells apart as “Cannot tell”, and lets the merchant say which is Retail’s', async () => {
    expect(await badge(page, twins.original.id).textContent()).toBe('Cannot tell');
    expect(await badge(page, twins.twin.id).textContent()).toBe('Cannot tell');

    await openDetails(twins.original.id);
    const choice = popover().locator('[data-choice="open"]');
    expect(await choice.textContent()).toContain('Which Retail category is it?');
    const select = choice.getByLabel('Its Retail category');
    const likely = await select.locator('option', { hasText: '(same name)' }).first().getAttribute('value');
    expect(likely).toMatch(/^\d+$/);
    await chooseWithKeyboard(select, likely!);

    // The preview says what will change, and that nothing is written to the stores.
    const preview = choice.locator('[data-preview]');
    await preview.waitFor();
    expect(await preview.textContent()).toContain(`Sync Lens will treat “${twins.original.name}” as the copy of`);
    expect(await preview.textContent()).toContain('Nothing is written to your stores');
    await screenshot(page, 'overlay-link-choice');
    expect(await seriousViolations(page)).toEqual([]);

    await choice.getByRole('button', { name: 'Remember this choice' }).click();
    const settled = popover().locator('[data-choice="settled"]');
    await settled.waitFor();
    expect(await settled.textContent()).toContain('You chose its Retail category');
    expect(await popover().locator('[data-link]').getAttribute('data-link')).toBe('chosen');
    await close();
    await expect.poll(() => badge(page, twins.original.id).textContent()).not.toBe('Cannot tell');
    await expect.poll(() => badge(page, twins.twin.id).textContent()).toBe('Not in Retail');

    // The choice outlives a fresh read of both stores.
    await checkAgain(page);
    await expect.poll(() => badge(page, twins.twin.id).textContent()).toBe('Not in Retail');
  });

  it('keeps the testing contract on every category badge: its eCom id and its status on the host', async () => {
    const hosts = page.locator('li[data-category-id] > .ec-category-row [data-sync-lens-chip="category"]');
    const seen = await hosts.evaluateAll((elements) =>
      elements.map((host) => ({
        row: host.closest('li[data-category-id]')!.getAttribute('data-category-id'),
        id: host.getAttribute('data-sync-lens-id'),
        status: host.getAttribute('data-sync-lens-status'),
      })),
    );
    expect(seen.length).toBeGreaterThan(10);
    for (const chip of seen) expect(chip.id).toBe(chip.row);
    const statusOf = (id: number) => seen.find((chip) => chip.id === String(id))?.status;
    expect(statusOf(twins.twin.id)).toBe('orphaned');
    expect(statusOf(DOUDOUNES)).toMatch(/^(new|live|disabled|drift)$/);
    expect(seen.find((chip) => chip.id === '0')?.status).toBe('storefront');
  });

  it('undoes the choice from the same place, and the evidence decides again', async () => {
    await waitForBar(page);
    await openDetails(twins.original.id);
    await popover().getByRole('button', { name: 'Undo my choice' }).click();
    await popover().locator('[data-choice="open"]').waitFor();
    await close();
    await expect.poll(() => badge(page, twins.original.id).textContent()).toBe('Cannot tell');
    await expect.poll(() => badge(page, twins.twin.id).textContent()).toBe('Cannot tell');
  });
});
