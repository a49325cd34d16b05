import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import type { Sandbox } from '../../sandbox/server.ts';
import { startTestSandbox } from '../integration/support/sandbox.ts';
import { connectToSandbox } from './support/connect.ts';
import { launchWithExtension, type ExtensionSession } from './support/extension.ts';
import {
  adminUrl,
  badgesBesideLinks,
  badgesOffTheirRow,
  BAR,
  DIALOG,
  makeSecondVestes,
  openAdmin,
  PANEL,
  POPOVER,
  seriousViolations,
  waitForBar,
  type AdminAddress,
} from './support/overlay.ts';
import { screenshot } from './support/screenshots.ts';

/**
 * Markups and doors of the admin Sync Lens has never seen, side by side, in one browser connected to one
 * sandbox: a nested tree with hashed class names whose ids are only in links (`?markup=tree`), and the control
 * panel's /cp/CP.html door, whose address names no store, on the known markup and on an unknown one. Each badge
 * must name the category its row links to; where the page cannot be told to be the connected store's, nothing
 * of that store is shown.
 */

const OTHER_STORE = 2_002;
/** The tree markup's line of one category: its lock, link, count and switch. */
const TREE_LINE = '[role="treeitem"] > ._q1x1';

/**
 * From the docked panel: enables the new categories its preview lists, checks a result per item, then `enabled`;
 * undoes it from the result, then `undone`.
 */
async function enableNewThenUndo(
  page: Page,
  checks: { enabled: () => Promise<unknown>; undone: () => Promise<unknown> },
): Promise<void> {
  await page.locator(`${PANEL} [data-action="enable-categories"]`).click();
  const dialog = page.locator(DIALOG);
  await dialog.waitFor();
  const shown = await dialog.locator('tbody tr[data-reason="new"]').count();
  expect(shown).toBeGreaterThan(0);
  await dialog.locator('[data-action="confirm"]').click();
  const settled = page.locator(`${PANEL} .sl-job[data-job-status="done"][data-settled="true"]`);
  await settled.waitFor({ timeout: 30_000 });
  expect(await dialog.locator('.sl-results__item[data-item-state="done"]').count()).toBe(shown);
  await checks.enabled();
  await dialog.locator('[data-action="undo"]').click();
  await settled.waitFor({ timeout: 30_000 });
  await checks.undone();
}

describe('the overlay on every admin markup and door', () => {
  let sandbox: Sandbox;
  let session: ExtensionSession;
  const pages: Page[] = [];

  const open = async (address: AdminAddress) => {
    const admin = await openAdmin(session, sandbox, address);
    pages.push(admin.page);
    return admin;
  };

  beforeAll(async () => {
    sandbox = await startTestSandbox();
    session = await launchWithExtension();
    await connectToSandbox(session, sandbox);
    // Told apart by its place in the tree and its link.
    await makeSecondVestes(sandbox);
  });

  afterAll(async () => {
    await session?.close();
    await sandbox?.close();
  });

  describe('a nested tree with hashed class names, ids only in links', () => {
    let page: Page;
    beforeAll(async () => {
      ({ page } = await open({ markup: 'tree' }));
      const panel = page.locator(PANEL);
      await panel.waitFor({ timeout: 15_000 });
      await panel.locator('.sl-bar[data-state="ready"][aria-busy="false"]').waitFor({ timeout: 30_000 });
    });

    it('badges every category line with the category its link names, same names included', async () => {
      const lines = await page.locator(`${TREE_LINE}:has(a[href*="category:id="])`).count();
      await expect.poll(async () => (await badgesBesideLinks(page, TREE_LINE)).length).toBe(lines);
      const badges = await badgesBesideLinks(page, TREE_LINE);
      for (const { badge, link } of badges) expect(badge).toBe(link);
      expect(badges.filter((b) => b.name === 'Vestes')).toHaveLength(2);
      expect(await badgesOffTheirRow(page, TREE_LINE)).toBe(0);
      await screenshot(page, 'overlay-tree');
      expect(await seriousViolations(page)).toEqual([]);
    });

    it('explains the lock, found as the bare icon only Retail categories’ lines have', async () => {
      await page
        .locator(TREE_LINE, { has: page.locator('a', { hasText: /^Pantalons$/ }) })
        .locator('i')
        .click();
      const popover = page.locator(POPOVER);
      await popover.waitFor();
      expect(await popover.textContent()).toContain('Locked here: its name');
      await page.keyboard.press('Escape');
      await popover.waitFor({ state: 'detached' });
    });

    it('enables the new categories from the panel, shown in the tree’s own switches, and undoes it', async () => {
      const doudounes = page
        .locator(TREE_LINE, { has: page.locator('a', { hasText: /^Doudounes$/ }) })
        .locator('[role="switch"]');
      expect(await doudounes.getAttribute('aria-checked')).toBe('false');
      await enableNewThenUndo(page, {
        enabled: async () => {
          await expect.poll(() => doudounes.getAttribute('aria-checked'), { timeout: 10_000 }).toBe('true');
          // Its badge follows: the line was drawn anew, the badge is back in it with the new status.
          const line = page.locator(TREE_LINE, { has: page.locator('a', { hasText: /^Doudounes$/ }) });
          await expect
            .poll(() => line.locator('[data-sync-lens-chip="category"]').getAttribute('data-sync-lens-status'))
            .toBe('live');
        },
        undone: () => expect.poll(() => doudounes.getAttribute('aria-checked'), { timeout: 10_000 }).toBe('false'),
      });
      await page.keyboard.press('Escape');
    });
  });

  // The same enabling on every markup, in Chromium and in Firefox: tests/e2e/both/overlay-markups.test.ts.

  describe('a page whose address Sync Lens does not know', () => {
    it('is told the categories list by the rows it shows, on the known markup and on an unknown one', async () => {
      const known = await open({ route: 'catalog' });
      await waitForBar(known.page);
      await expect
        .poll(() => known.page.locator('.ec-category-row [data-sync-lens-chip="category"]').count())
        .toBeGreaterThan(5);

      const { page } = await open({ markup: 'table', route: 'catalog' });
      await page.locator(`${PANEL} .sl-bar[data-state="ready"]`).waitFor({ timeout: 30_000 });
      const rows = await page.locator('tr a[href*="category:id="]').count();
      await expect.poll(async () => (await badgesBesideLinks(page, 'tr')).length).toBe(rows);
      for (const { badge, link } of await badgesBesideLinks(page, 'tr')) expect(badge).toBe(link);
    });
  });

  describe('the /cp/CP.html door, whose address names no store', () => {
    it('tells the connected store from the records the page links to, on an unknown markup', async () => {
      const { page } = await open({ markup: 'table', door: 'cp' });
      await page.locator(`${PANEL} .sl-bar[data-state="ready"]`).waitFor({ timeout: 30_000 });
      const rows = await page.locator('tr a[href*="category:id="]').count();
      await expect.poll(async () => (await badgesBesideLinks(page, 'tr')).length).toBe(rows);
      for (const { badge, link } of await badgesBesideLinks(page, 'tr')) expect(badge).toBe(link);
      expect(await badgesOffTheirRow(page, 'tr')).toBe(0);
    });

    it('tells it from the admin’s own link to the store, on the known markup, with the inline bar', async () => {
      const { page, errors } = await open({ door: 'cp' });
      const bar = await waitForBar(page);
      expect(await bar.locator('.sl-count--new').count()).toBe(1);
      await expect
        .poll(() => page.locator('.ec-category-row [data-sync-lens-chip="category"]').count())
        .toBeGreaterThan(5);
      expect(errors).toEqual([]);
    });

    it('shows nothing of the connected store on another store’s /cp/ page, and says which store it is', async () => {
      const page = await session.context.newPage();
      pages.push(page);
      await page.goto(`${sandbox.origin}/cp/?store=${OTHER_STORE}&empty=1&lang=en#categories`);
      const bar = page.locator(`${BAR}[data-state="other-store"]`);
      await bar.waitFor({ timeout: 20_000 });
      expect(await bar.textContent()).toContain(`store ${OTHER_STORE}`);
      expect(await page.locator('[data-sync-lens-chip]').count()).toBe(0);
      expect(adminUrl(sandbox, { door: 'cp' })).toContain('/cp/CP.html');
    });
  });
});
