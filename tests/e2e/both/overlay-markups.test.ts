import { describe, expect, it } from 'vitest';

import { MARKUPS, type Markup } from '../../../sandbox/admin/client/markups.ts';
import { control } from '../../integration/support/sandbox.ts';
import { chosenBrowsers } from '../../../scripts/e2e-browsers.ts';
import { connectedPerBlock } from '../support/driver/connected.ts';
import { BAR, barOn, DIALOG, PANEL, POPOVER, READY } from '../support/driver/overlay-parts.ts';
import type { TestPage } from '../support/driver/test-page.ts';
import { adminUrl } from '../support/overlay.ts';

/**
 * The overlay's bulk actions, in every browser. On every admin markup the sandbox serves: each badge names the
 * category its row links to, the admin's own lock is explained where it is clicked, and the new categories are
 * enabled with a preview, progress, a result per item and an undo. On the products page: the disabled products
 * in enabled categories, the same way. And a Stop pressed while a batch is on its way. The same flows, word for word, in Chromium and in Firefox.
 */

/** Each markup's row of a category and the admin's lock in it, as a person sees them. */
const ROWS: Record<Markup, { row: string; lock: string }> = {
  standard: { row: 'li[data-category-id] > .ec-category-row', lock: '.ec-category-row__lock' },
  alt: { row: '.catalog-entry', lock: '.catalog-entry__icon' },
  virtual: { row: '[role="row"]', lock: '.i5z7w' },
  table: { row: 'tr', lock: '[title]' },
  tree: { row: '[role="treeitem"] > ._q1x1', lock: 'i' },
};

/** Where the bar's actions and its job strip are: the inline bar on the known markup, the docked panel elsewhere. */
const hostOn = (markup: Markup) => (markup === 'standard' ? BAR : PANEL);

/**
 * Every category badge with what its row says of the category: the admin's own id (known markup), its link's id,
 * or, on the markup with no ids at all, its title; and whether the badge is drawn at its row's height.
 */
function badgesInRows(page: TestPage, row: string) {
  return page.evaluate((rowSelector) => {
    return [...document.querySelectorAll('[data-sync-lens-chip="category"]')].map((chip) => {
      const line = chip.closest(rowSelector);
      const badge = chip.getBoundingClientRect();
      const box = line?.getBoundingClientRect();
      const middle = badge.top + badge.height / 2;
      return {
        id: chip.getAttribute('data-sync-lens-id'),
        rowId:
          line?.closest('[data-category-id]')?.getAttribute('data-category-id') ??
          /id=(\d+)/.exec(line?.querySelector('a[href*="id="]')?.getAttribute('href') ?? '')?.[1] ??
          null,
        rowTitle: line?.querySelector('.catalog-entry__title')?.textContent?.trim() ?? null,
        onRow: box !== undefined && badge.height > 0 && middle >= box.top && middle <= box.bottom,
      };
    });
  }, row);
}

/** The badges that do not name their row's category, described. */
async function wrongBadges(page: TestPage, row: string, names: Map<string, string>): Promise<string[]> {
  return (await badgesInRows(page, row))
    .filter((badge) => (badge.rowId !== null ? badge.rowId !== badge.id : badge.rowTitle !== names.get(badge.id ?? '')))
    .map((badge) => JSON.stringify(badge));
}

/** Marks the admin's lock in the row of the category named `name`, so a person's click can be aimed at it. */
function markLock(page: TestPage, facts: { row: string; lock: string }, name: string) {
  return page.evaluate(
    ({ row, lock, name: wanted }) => {
      const line = [...document.querySelectorAll(row)].find((candidate) =>
        [...candidate.querySelectorAll('*')].some(
          (element) => element.childElementCount === 0 && element.textContent?.trim() === wanted,
        ),
      );
      const icon = line?.querySelector(lock);
      icon?.setAttribute('data-e2e', 'lock');
      return icon !== null && icon !== undefined;
    },
    { ...facts, name },
  );
}

for (const browser of chosenBrowsers()) {
  describe(`the overlay on every admin markup, in ${browser}`, () => {
    const connected = connectedPerBlock(browser);

    for (const markup of MARKUPS) {
      it(`badges, explains the lock and enables the new categories with preview, progress, result and undo on the ${markup} markup`, async () => {
        const { sandbox, session } = connected();
        const page = await session.newPage();
        await page.goto(adminUrl(sandbox, { markup }));
        const bar = barOn(markup);
        await page.waitFor(`${bar}${READY}`, { timeout: 30_000 });

        // Every badge beside the category its row names, drawn at its row's height.
        const state = (await (await control(sandbox, '/state')).json()) as {
          ecom: { categories: Array<{ id: number; name: string }> };
        };
        const names = new Map(state.ecom.categories.map((category) => [String(category.id), category.name]));
        await expect.poll(async () => (await badgesInRows(page, ROWS[markup].row)).length).toBeGreaterThan(5);
        expect(await wrongBadges(page, ROWS[markup].row, names)).toEqual([]);
        expect((await badgesInRows(page, ROWS[markup].row)).filter((badge) => !badge.onRow)).toEqual([]);

        // The admin's own lock, explained where the merchant clicks it.
        expect(await markLock(page, ROWS[markup], 'Pantalons')).toBe(true);
        await page.click('[data-e2e="lock"]');
        expect(await page.text(POPOVER)).toContain('Why the lock');
        await page.press('Escape');
        await page.waitForGone(POPOVER);

        // eCom answers slowly once, so the progress is there to be seen.
        await control(sandbox, '/faults', {
          method: 'PUT',
          body: JSON.stringify([{ match: 'GET /api/v3/\\d+/batch', delayMs: 1000, times: 1 }]),
        });
        const newBadges = '[data-sync-lens-chip="category"][data-sync-lens-status="new"]';
        const before = await page.count(newBadges);
        await page.click(`${hostOn(markup)} [data-action="enable-categories"]`);
        await page.waitFor(DIALOG);
        const shown = await page.count(`${DIALOG} tbody tr[data-reason="new"]`);
        expect(shown).toBeGreaterThan(0);
        await page.click(`${DIALOG} [data-action="confirm"]`);
        await page.waitFor(`${DIALOG} [role="progressbar"]`, { visible: false });
        const settled = `${hostOn(markup)} .sl-job[data-job-status="done"][data-settled="true"]`;
        await page.waitFor(settled, { timeout: 30_000, visible: false });
        await expect.poll(() => page.count(`${DIALOG} .sl-results__item[data-item-state="done"]`)).toBe(shown);
        await expect.poll(() => page.count(newBadges), { timeout: 10_000 }).toBe(0);
        await page.screenshot(`both-${markup}-result-${browser}`);

        await page.click(`${DIALOG} [data-action="undo"]`);
        await expect
          .poll(() => page.text(`${DIALOG} .sl-dialog__title`), { timeout: 30_000 })
          .toBe('Categories put back');
        await page.waitFor(settled, { timeout: 30_000, visible: false });
        expect(await page.count(`${DIALOG} .sl-results__item[data-item-state="done"]`)).toBe(shown);
        await expect.poll(() => page.count(newBadges), { timeout: 10_000 }).toBe(before);
        await page.press('Escape');
        await page.waitForGone(DIALOG);
        expect(page.errors).toEqual([]);
        await page.close();
      });
    }
  });
}
