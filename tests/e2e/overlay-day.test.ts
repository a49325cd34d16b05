import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';

import type { Sandbox } from '../../sandbox/server.ts';
import { control } from '../integration/support/sandbox.ts';
import { connectedAdminPerFile } from './support/connected-admin.ts';
import {
  badge,
  BAR,
  categorySwitch,
  checkAgain,
  DIALOG,
  row,
  runNativeSync,
  seriousViolations,
  waitForBar,
  type AdminPage,
} from './support/overlay.ts';
import { screenshot } from './support/screenshots.ts';

/**
 * The merchant's day with the demo store (sandbox/world/demo.ts): new categories arrive by Lightspeed's sync,
 * the bar counts them, the preview lists them, enabling runs in the background (through a reload), the admin
 * shows them live, and undo puts them back. One page, one story, in order.
 */

/** The demo's categories that arrived disabled and were never enabled, and the one Retail has not sent yet. */
const NEW = { doudounes: 523, velours: 524, bottines: 525 } as const;
const IMPERMEABLES = 505;
const SANDALES = "Sandales d'été";

describe('a day in the admin with Sync Lens', () => {
  let sandbox: Sandbox;
  let admin: AdminPage;
  let page: Page;
  let sandalesId: number;

  connectedAdminPerFile({}, (connected) => {
    ({ sandbox, admin, page } = connected);
  });

  it('reads both stores on arrival and counts what needs the merchant', async () => {
    const bar = await waitForBar(page);
    await expect.poll(() => bar.locator('.sl-count--new').textContent()).toBe('3 new, still disabled');
    expect(await bar.locator('.sl-count--pending').textContent()).toBe('1 on its way from Retail');
    expect(await bar.locator('.sl-count--disabled').textContent()).toBe('1 disabled in eCom');
    expect(await bar.locator('.sl-bar__read').textContent()).toMatch(/^Read (just now|1 minute ago)$/);
    expect(await bar.locator('[data-action="enable-categories"]').textContent()).toBe('Enable 3 new categories');
    await screenshot(page, 'overlay-summary-bar');
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('puts a status badge beside every category, once', async () => {
    await expect.poll(() => badge(page, NEW.doudounes).textContent()).toBe('New');
    expect(await badge(page, 501).textContent()).toBe('Live');
    expect(await badge(page, IMPERMEABLES).textContent()).toBe('Disabled');
    expect(await badge(page, 520).textContent()).toBe('Online only');
    expect(await badge(page, NEW.doudounes).getAttribute('aria-label')).toBe('Sync status of Doudounes: New');
    // One badge per row, however often the admin draws its rows again.
    await page.evaluate(() => window.dispatchEvent(new Event('focus')));
    await page.evaluate(() => (location.hash = '#products'));
    await page.evaluate(() => (location.hash = '#categories'));
    await expect.poll(() => badge(page, 501).count()).toBe(1);
    const rows = await page.locator('li[data-category-id] > .ec-category-row').count();
    expect(await page.locator('li[data-category-id] > .ec-category-row > [data-sync-lens-chip]').count()).toBe(rows);
    // A badge's meaning is one hover away.
    await badge(page, NEW.doudounes).hover();
    await page.locator('sync-lens-layer .sl-tooltip').waitFor();
    await screenshot(page, 'overlay-badges');
    await page.mouse.move(5, 5);
  });

  it('sees new categories arrive by Lightspeed’s sync', async () => {
    await runNativeSync(sandbox);
    await checkAgain(page);
    const bar = page.locator(BAR);
    await expect.poll(() => bar.locator('.sl-count--new').textContent()).toBe('4 new, still disabled');
    expect(await bar.locator('.sl-count--pending').count()).toBe(0);
    // "Check again" also has the admin fetch its list, so the arrival shows without a reload.
    const sandales = page.locator('li[data-category-id] > .ec-category-row', { hasText: SANDALES });
    await sandales.waitFor({ timeout: 10_000 });
    sandalesId = Number(await sandales.locator('..').getAttribute('data-category-id'));
    expect(await badge(page, sandalesId).textContent()).toBe('New');
  });

  it('previews every candidate before anything happens', async () => {
    await page.locator(`${BAR} [data-action="enable-categories"]`).click();
    const dialog = page.locator(DIALOG);
    await dialog.waitFor();
    expect(await dialog.locator('.sl-dialog__title').textContent()).toBe('Enable new categories');
    const ticked = dialog.locator('tbody tr[data-reason="new"]');
    expect(await ticked.count()).toBe(4);
    for (const id of [...Object.values(NEW), sandalesId]) {
      expect(await dialog.locator(`tr[data-ecom-id="${id}"] input`).isChecked(), String(id)).toBe(true);
    }
    const doudounes = dialog.locator(`tr[data-ecom-id="${NEW.doudounes}"]`);
    expect(await doudounes.locator('.sl-table__path').textContent()).toBe('Vestes/Doudounes');
    expect(await doudounes.locator('.sl-table__num').textContent()).toBe('Products enabled: 2 of 2');
    // The merchant turned Imperméables off after it was live: shown, unticked, with why.
    const impermeables = dialog.locator(`tr[data-ecom-id="${IMPERMEABLES}"]`);
    expect(await impermeables.locator('input').isChecked()).toBe(false);
    expect(await impermeables.locator('.sl-table__why').textContent()).toContain('it looks disabled on purpose');
    expect(await dialog.locator('[data-action="confirm"]').textContent()).toBe('Enable 4 categories');
    await screenshot(page, 'overlay-preview');
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('enables them in the background, through a reload, and shows the result per category', async () => {
    // eCom answers the batch slowly this time, so the job is still running when the page reloads.
    await control(sandbox, '/faults', {
      method: 'PUT',
      body: JSON.stringify([{ match: 'GET /api/v3/\\d+/batch', delayMs: 3000, times: 3 }]),
    });
    await page.locator(`${DIALOG} [data-action="confirm"]`).click();
    const progress = page.locator(`${DIALOG} [role="progressbar"]`);
    await progress.waitFor();
    expect(await progress.getAttribute('aria-valuemax')).toBe('4');
    await screenshot(page, 'overlay-progress');
    expect(await seriousViolations(page)).toEqual([]);

    await page.reload();
    const strip = page.locator(`${BAR} .sl-job`);
    await strip.waitFor({ timeout: 15_000 });
    expect(await strip.getAttribute('data-job-status')).toMatch(/^(queued|running)$/);
    expect(await strip.locator('[role="progressbar"]').count()).toBe(1);
    await screenshot(page, 'overlay-progress-after-reload');

    await page.locator(`${BAR} .sl-job[data-job-status="done"][data-settled="true"]`).waitFor({ timeout: 30_000 });
    expect(await strip.locator('.sl-job__summary').textContent()).toBe('4 done, 0 failed, 0 skipped');
    await strip.getByRole('button', { name: 'Details' }).click();
    const results = page.locator(`${DIALOG} .sl-results__item`);
    await expect.poll(() => results.count()).toBe(4);
    expect(await page.locator(`${DIALOG} .sl-results__item[data-item-state="done"]`).count()).toBe(4);
    expect(await page.locator(`${DIALOG} .sl-results__item`, { hasText: 'Vestes/Doudounes' }).textContent()).toContain(
      'Enabled',
    );
    await screenshot(page, 'overlay-result');
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('shows them live in the admin’s own list without a reload', async () => {
    for (const id of [...Object.values(NEW), sandalesId]) {
      await expect.poll(() => categorySwitch(page, id).isChecked(), { timeout: 10_000 }).toBe(true);
      await expect.poll(() => badge(page, id).textContent()).toBe('Live');
    }
    expect(await categorySwitch(page, IMPERMEABLES).isChecked()).toBe(false);
    expect(await row(page, NEW.doudounes).locator('.ec-switch__label').textContent()).toBe('Enabled');
  });

  it('undoes it: the categories are disabled again and count as new', async () => {
    await page.locator(`${DIALOG} [data-action="undo"]`).click();
    // The enabling job's own "done" is still on screen until the undo job takes its place: wait for the undo's.
    await expect
      .poll(() => page.locator(`${DIALOG} .sl-dialog__title`).textContent(), { timeout: 30_000 })
      .toBe('Categories put back');
    await page.locator(`${DIALOG} [data-job-status="done"]`).waitFor({ timeout: 30_000 });
    await page.locator(`${BAR} .sl-job[data-job-status="done"][data-settled="true"]`).waitFor({ timeout: 30_000 });
    expect(await page.locator(`${DIALOG} .sl-results__item[data-item-state="done"]`).count()).toBe(4);
    await screenshot(page, 'overlay-undo');
    await page.keyboard.press('Escape');
    await page.locator(DIALOG).waitFor({ state: 'detached' });
    for (const id of [...Object.values(NEW), sandalesId]) {
      await expect.poll(() => categorySwitch(page, id).isChecked(), { timeout: 10_000 }).toBe(false);
      await expect.poll(() => badge(page, id).textContent()).toBe('New');
    }
    await expect.poll(() => page.locator(`${BAR} .sl-count--new`).textContent()).toBe('4 new, still disabled');
  });

  it('caused no error on the page', () => {
    expect(admin.errors).toEqual([]);
  });
});
