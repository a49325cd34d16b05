import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';

import { ecomFetch } from '../integration/support/sandbox.ts';
import { connectedAdminPerFile } from './support/connected-admin.ts';
import { badgesBesideLinks, badgesOffTheirRow, checkAgainInPanel, type AdminPage } from './support/overlay.ts';
import { screenshot } from './support/screenshots.ts';

/**
 * An admin drawn on a virtual-scrolling grid (`?markup=virtual`): a dozen row elements recycled as the list
 * scrolls, hashed class names, ids only in links, long names cut with "…". The catalog finds the rows in view
 * (utils/admin-dom/catalog-rows.ts); each badge must name the category its row shows now, never the one the
 * element showed before.
 */

const LONG_NAME = 'Idées cadeaux pour toute la famille et les amis';

/** Each badge in the grid, with the id its row's own link names. */
const badgesWithLinks = (page: Page) => badgesBesideLinks(page, '[role="row"]');

describe('the overlay on a virtualised list it has never seen', () => {
  let admin: AdminPage;
  let page: Page;

  connectedAdminPerFile(
    {
      markup: 'virtual',
      // A name the grid cuts, made in eCom before the admin opens.
      prepare: async (sandbox) => {
        const renamed = await ecomFetch(sandbox, '/categories/520', {
          method: 'PUT',
          body: JSON.stringify({ name: LONG_NAME }),
        });
        if (!renamed.ok) throw new Error(`rename failed: ${renamed.status}`);
      },
    },
    async (connected) => {
      ({ admin, page } = connected);
      await checkAgainInPanel(page);
    },
  );

  it('badges every row in view with the category its link names', async () => {
    const rows = await page.locator('[role="row"]').count();
    await expect.poll(async () => (await badgesWithLinks(page)).length).toBe(rows);
    for (const { badge, link } of await badgesWithLinks(page)) expect(badge).toBe(link);
    expect(await badgesOffTheirRow(page, '[role="row"]')).toBe(0);
    await screenshot(page, 'overlay-virtual');
  });

  it('moves each badge with the content when the grid recycles its rows', async () => {
    const before = await badgesWithLinks(page);
    await page.locator('[role="grid"]').evaluate((grid) => grid.scrollTo(0, grid.scrollHeight));
    await expect
      .poll(async () => (await badgesWithLinks(page)).map((b) => b.link).join())
      .not.toBe(before.map((b) => b.link).join());
    await expect.poll(async () => (await badgesWithLinks(page)).every(({ badge, link }) => badge === link)).toBe(true);
    expect(admin.errors).toEqual([]);
  });

  it('finds a name the grid cut short (at the end of the list, scrolled to)', async () => {
    const cut = page.locator('[role="row"] a[title]', { hasText: '…' });
    await cut.first().waitFor();
    expect(await cut.first().getAttribute('title')).toBe(LONG_NAME);
    const host = cut.first().locator('xpath=ancestor::*[@role="row"]').locator('[data-sync-lens-chip="category"]');
    expect(await host.getAttribute('data-sync-lens-id')).toBe('520');
    expect(await host.getAttribute('data-sync-lens-status')).toBe('online-only');
  });
});
