import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';

import { connectedAdminPerFile } from './support/connected-admin.ts';
import { badgesBesideLinks, checkAgainInPanel, makeSecondVestes, POPOVER, type AdminPage } from './support/overlay.ts';
import { screenshot } from './support/screenshots.ts';

/**
 * A GWT-style admin (`?markup=table`): one table, hashed class names, ids only in links, the tree by indentation
 * alone, the lock an icon whose title says so. Two categories share a name in different branches. Every badge must
 * name the category its row links to.
 */

/** Each badge in the table, with the id its row's link names and the name it shows. */
const badgesWithLinks = (page: Page) => badgesBesideLinks(page, 'tr');

describe('the overlay on a GWT-style table it has never seen', () => {
  let admin: AdminPage;
  let page: Page;

  connectedAdminPerFile(
    {
      markup: 'table',
      // A second "Vestes", made in eCom under another branch, before the admin opens.
      prepare: makeSecondVestes,
    },
    async (connected) => {
      ({ admin, page } = connected);
      await checkAgainInPanel(page);
    },
  );

  it('badges every category row with the category its link names, same names included', async () => {
    const rows = await page.locator('tr a[href*="category:id="]').count();
    await expect.poll(async () => (await badgesWithLinks(page)).length).toBe(rows);
    const badges = await badgesWithLinks(page);
    for (const { badge, link } of badges) expect(badge).toBe(link);
    expect(badges.filter((b) => b.name === 'Vestes')).toHaveLength(2);
    // The Store front page's row names no category: it gets nothing.
    expect(await page.locator('tr.GKXQ3-h [data-sync-lens-chip]').count()).toBe(0);
    await screenshot(page, 'overlay-table');
  });

  it('explains the lock, found by its title', async () => {
    await page
      .locator('tr', { has: page.locator('a', { hasText: /^Pantalons$/ }) })
      .locator('[title]')
      .first()
      .click();
    const popover = page.locator(POPOVER);
    await popover.waitFor();
    expect(await popover.textContent()).toContain('Why the lock');
    await page.keyboard.press('Escape');
    await popover.waitFor({ state: 'detached' });
    expect(admin.errors).toEqual([]);
  });
});
