import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';

import { connectedAdminPerFile } from './support/connected-admin.ts';
import {
  badgesOffTheirRow,
  chooseWithKeyboard,
  DIALOG,
  HELP,
  PANEL,
  POPOVER,
  seriousViolations,
  traces,
  type AdminPage,
} from './support/overlay.ts';
import { screenshot } from './support/screenshots.ts';

/**
 * The live admin's markup will change one day. The sandbox's `?markup=alt` draws the same admin with other
 * classes and structure: none of utils/admin-dom's selectors find its rows, so the overlay docks its panel,
 * offers everything from the engine's data, and badges only the rows its catalog tells for certain
 * (utils/admin-dom/catalog-rows.ts): here every one, by name and order, with no id and no nesting to help.
 */

/** How much Sync Lens put into the admin's own markup (its chips and row marks). */
async function touchedRows(page: Page): Promise<number> {
  const { chips, marks } = await traces(page);
  return chips + marks;
}

/** Each badge the catalog placed: its category id and status, and the name its row shows. */
async function badges(page: Page) {
  return page.locator('.catalog-entry [data-sync-lens-chip="category"]').evaluateAll((hosts) =>
    hosts.map((host) => ({
      id: host.getAttribute('data-sync-lens-id'),
      status: host.getAttribute('data-sync-lens-status'),
      name: host.closest('.catalog-entry')!.querySelector('.catalog-entry__title')!.textContent,
    })),
  );
}

/** The alt markup's own toggle for a category, found by its name (it has no ids). */
function altToggle(page: Page, name: string) {
  return page
    .locator('.catalog-entry', { has: page.locator('.catalog-entry__title', { hasText: new RegExp(`^${name}$`) }) })
    .locator('.toggle');
}

describe('the docked panel on an admin whose markup changed', () => {
  let admin: AdminPage;
  let page: Page;

  connectedAdminPerFile({ markup: 'alt' }, (connected) => {
    ({ admin, page } = connected);
  });

  it('docks a panel, and badges the rows its catalog tells, each beside its name', async () => {
    const panel = page.locator(PANEL);
    await panel.waitFor({ timeout: 15_000 });
    await panel.locator('.sl-bar[data-state="ready"][aria-busy="false"]').waitFor({ timeout: 30_000 });
    await expect.poll(() => panel.locator('.sl-count--new').textContent()).toBe('3 new, still disabled');
    expect(await page.locator('sync-lens-overlay').count()).toBe(0);

    // Every category row of this markup (no ids, no nesting: names and order only) is told.
    const rows = await page.locator('.catalog-entry:not(.catalog-entry--home)').count();
    await expect.poll(async () => (await badges(page)).length).toBe(rows);
    const note = panel.locator('.sl-panel__note');
    expect(await note.getAttribute('data-explained')).toBe(String(rows));
    expect(await note.textContent()).toBe(
      `Sync Lens told ${rows} rows of this page from its catalog and put their badges there; rows it cannot tell for certain get none.`,
    );
    const shown = await badges(page);
    expect(shown).toContainEqual({ id: '501', status: 'live', name: 'Vestes' });
    expect(shown).toContainEqual({ id: '523', status: 'new', name: 'Doudounes' });
    expect(shown).toContainEqual({ id: '520', status: 'online-only', name: expect.any(String) });
    expect(new Set(shown.map((badge) => badge.id)).size).toBe(rows);
    expect(await badgesOffTheirRow(page, '.catalog-entry')).toBe(0);
  });

  it('explains the admin’s own lock, found as the icon only Retail categories’ rows have', async () => {
    const vestes = page.locator('.catalog-entry', {
      has: page.locator('.catalog-entry__title', { hasText: /^Vestes$/ }),
    });
    await vestes.locator('.catalog-entry__icon').click();
    const popover = page.locator(POPOVER);
    await popover.waitFor();
    expect(await popover.textContent()).toContain('Why the lock');
    expect(await popover.textContent()).toContain('Locked here: its name');
    await page.keyboard.press('Escape');
    await popover.waitFor({ state: 'detached' });
  });

  it('helps the merchant send an outline of the page: its structure, nothing of the store', async () => {
    const panel = page.locator(PANEL);
    await panel.getByRole('button', { name: 'Help Sync Lens support your admin' }).click();
    const text = panel.getByLabel('Outline of this page’s structure');
    const outline = await text.inputValue();
    expect(outline).toContain('div.catalog-entry');
    expect(outline).toMatch(/× \d+/);
    for (const leak of ['Vestes', 'Doudounes', 'Store 1003', 'sync-lens', '501']) expect(outline).not.toContain(leak);
    await panel.getByRole('button', { name: 'Copy' }).click();
    await expect
      .poll(() => panel.locator('.sl-outline [role="status"]').textContent())
      .toMatch(/^(Copied\.|This page cannot copy by itself)/);
    expect(await seriousViolations(page)).toEqual([]);
    await panel.getByRole('button', { name: 'Close' }).click();
    await panel.locator('[data-outline]').waitFor({ state: 'detached' });
  });

  it('lists the categories with their status, each explained', async () => {
    const panel = page.locator(PANEL);
    const doudounes = panel.locator('.sl-panel__row[data-ecom-id="523"]');
    expect(await doudounes.locator('.sl-panel__path').textContent()).toBe('Vestes/Doudounes');
    expect(await doudounes.locator('.sl-chip').textContent()).toBe('New');
    // "Needing attention" first; every category on demand.
    expect(await panel.locator('.sl-panel__row[data-ecom-id="501"]').count()).toBe(0);
    await chooseWithKeyboard(panel.locator('select'), 'all');
    expect(await panel.locator('.sl-panel__row[data-ecom-id="501"] .sl-chip').textContent()).toBe('Live');
    expect(await panel.locator('.sl-panel__row[data-ecom-id="520"] .sl-chip').textContent()).toBe('Online only');
    await screenshot(page, 'overlay-fallback-panel');
    expect(await seriousViolations(page)).toEqual([]);

    await panel.locator('.sl-panel__row[data-ecom-id="501"] .sl-chip').click();
    const popover = page.locator(POPOVER);
    await popover.waitFor();
    expect(await popover.textContent()).toContain('Locked here: its name');
    await page.keyboard.press('Escape');
    await popover.waitFor({ state: 'detached' });
  });

  it('enables the new categories from the panel, and undoes it', async () => {
    const panel = page.locator(PANEL);
    await panel.locator('[data-action="enable-categories"]').click();
    const dialog = page.locator(DIALOG);
    await dialog.waitFor();
    expect(await dialog.locator('tbody tr[data-reason="new"]').count()).toBe(3);
    await dialog.locator('[data-action="confirm"]').click();
    await page.locator(`${DIALOG} [data-job-status="done"]`).waitFor({ timeout: 30_000 });
    await page.locator(`${PANEL} .sl-job[data-job-status="done"][data-settled="true"]`).waitFor({ timeout: 30_000 });
    expect(await dialog.locator('.sl-results__item[data-item-state="done"]').count()).toBe(3);
    // The admin fetches its list again and shows them enabled, in its own markup.
    await expect
      .poll(() => altToggle(page, 'Doudounes').getAttribute('aria-pressed'), { timeout: 10_000 })
      .toBe('true');
    await screenshot(page, 'overlay-fallback-result');

    await dialog.locator('[data-action="undo"]').click();
    await page.locator(`${PANEL} .sl-job[data-job-status="done"][data-settled="true"]`).waitFor({ timeout: 30_000 });
    await expect
      .poll(() => altToggle(page, 'Doudounes').getAttribute('aria-pressed'), { timeout: 10_000 })
      .toBe('false');
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    await expect.poll(() => panel.locator('.sl-count--new').textContent()).toBe('3 new, still disabled');
    // The rows' badges followed the job and its undo.
    await expect.poll(async () => (await badges(page)).find((badge) => badge.id === '523')?.status).toBe('new');
  });

  it('offers Enable products and the help from the panel, and collapses', async () => {
    const panel = page.locator(PANEL);
    await panel.locator('.sl-panel__section [data-action="enable-products"]').click();
    const dialog = page.locator(DIALOG);
    await dialog.waitFor();
    expect(await dialog.locator('tbody tr').count()).toBe(3);
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await dialog.waitFor({ state: 'detached' });

    await panel.getByRole('button', { name: 'Where did my products go?' }).click();
    const help = page.locator(HELP);
    await help.waitFor();
    expect(await help.locator('#sl-help-q-where-products').getAttribute('aria-expanded')).toBe('true');
    await page.keyboard.press('Escape');
    await help.waitFor({ state: 'detached' });

    const toggle = panel.getByRole('button', { name: 'Collapse the Sync Lens panel' });
    await toggle.click();
    expect(await panel.locator('.sl-panel__body').isVisible()).toBe(false);
    await panel.getByRole('button', { name: 'Expand the Sync Lens panel' }).click();
    expect(await panel.locator('.sl-panel__body').isVisible()).toBe(true);
  });

  it('stays docked across the admin’s own navigation, with badges only where it tells rows', async () => {
    await page.evaluate(() => (location.hash = '#products'));
    await page.locator('.grid-row').first().waitFor();
    expect(await page.locator(PANEL).count()).toBe(1);
    await expect.poll(() => touchedRows(page)).toBe(0);
    await page.evaluate(() => (location.hash = '#categories'));
    await page.locator('.catalog-entry').first().waitFor();
    expect(await page.locator(PANEL).count()).toBe(1);
    const rows = await page.locator('.catalog-entry:not(.catalog-entry--home)').count();
    await expect.poll(async () => (await badges(page)).length).toBe(rows);
  });

  it('caused no error on the page', () => {
    expect(admin.errors).toEqual([]);
  });
});
