import { describe, expect, it } from 'vitest';

import { ecomFetch, retailFetch } from '../../integration/support/sandbox.ts';
import { chosenBrowsers } from '../../../scripts/e2e-browsers.ts';
import { axeViolations } from '../support/driver/axe.ts';
import { connectedPerBlock } from '../support/driver/connected.ts';
import { BAR, DIALOG, HELP, LAYER, POPOVER, READY } from '../support/driver/overlay-parts.ts';
import type { TestPage } from '../support/driver/test-page.ts';
import { adminUrl, describeFocus } from '../support/overlay.ts';

/**
 * The overlay explains itself and is used from the keyboard alone, in every browser: Tab reaches its buttons and
 * badges, the preview and the lock's popover open, keep and give back focus; the lock is explained in English
 * and in French. And the names it shows are text: markup in a category's name reads as written and never runs.
 * The same flows, word for word, in Chromium and in Firefox, with one browser per browser.
 */

/** The demo's "Vestes": a Retail category (retailId 1) synced to eCom as 501. */
const VESTES = 501;
const DOUDOUNES = 523;

const row = (ecomId: number) => `li[data-category-id="${ecomId}"] > .ec-category-row`;
const badge = (ecomId: number) => `${row(ecomId)} [data-sync-lens-chip="category"] >>> button`;
const lock = (ecomId: number) => `${row(ecomId)} .ec-category-row__lock`;

/** The element that has the focus, down through the shadow roots, and the host of the innermost one. */
function focused(page: TestPage) {
  return page.evaluate(describeFocus);
}

/** The overlay's parts, for axe: its shadow hosts and the chips in the admin's rows. */
const OVERLAY_PARTS = ['sync-lens-overlay', LAYER, '[data-sync-lens-chip]'];

/** Full of markup, script, quotes, right-to-left marks and emoji: it must read as written, and nothing may run. */
const CATEGORY = `<img src=x onerror="window.__pwned=1">Sandales "d'été" \u202Eéte\u202C 🩴 <script>window.__pwned=2</script>`;
const RENAMED = `Doudounes & <b>parkas</b> ‏שלום‏ 🧥 '"`;
const PRODUCT = `<svg onload="window.__pwned=3"></svg>Blouson « motard » & vieilli 🏍️ \u202Bمرحبا\u202C`;

async function nothingRan(page: TestPage): Promise<void> {
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned ?? null)).toBeNull();
  expect(await page.count('img[src="x"], svg[onload]')).toBe(0);
}

for (const browser of chosenBrowsers()) {
  describe(`the admin explains itself, in ${browser}`, () => {
    const connected = connectedPerBlock(browser);
    let admin: TestPage;

    async function english(): Promise<TestPage> {
      if (admin) return admin;
      const { sandbox, session } = connected();
      admin = await session.newPage();
      await admin.goto(adminUrl(sandbox));
      await admin.waitFor(`${BAR}${READY}`, { timeout: 30_000 });
      await admin.waitFor(badge(VESTES));
      return admin;
    }

    it('is reachable and operable from the keyboard alone', async () => {
      const page = await english();
      // From the top of the page, Tab reaches the summary's buttons, then the badges in the rows.
      await page.evaluate(() => {
        (document.activeElement as HTMLElement | null)?.blur();
        window.scrollTo(0, 0);
      });
      const reached: string[] = [];
      for (let i = 0; i < 20; i++) {
        await page.press('Tab');
        reached.push((await focused(page)).text);
      }
      expect(reached).toEqual(
        expect.arrayContaining(['Check again', 'Help', 'Enable 3 new categories', 'Sync status of Vestes: Live']),
      );

      // The main action opens the preview; Space unticks, Escape closes, focus goes back to the button.
      await page.find(`${BAR} [data-action="enable-categories"]`, { focus: true });
      await page.press('Enter');
      await page.waitFor(DIALOG);
      await page.press('Tab');
      expect((await focused(page)).tag).toBe('input');
      await page.press(' ');
      await expect.poll(() => page.text(`${DIALOG} [data-action="confirm"]`)).toBe('Enable 2 categories');
      await page.press('Escape');
      await page.waitForGone(DIALOG);
      await expect.poll(async () => (await focused(page)).text).toBe('Enable 3 new categories');
    });

    it('explains the lock when it is clicked', async () => {
      const page = await english();
      await page.click(lock(VESTES));
      const text = await page.text(POPOVER);
      expect(text).toContain('Why the lock');
      expect(text).toContain('Locked here: its name, its place in the category tree and which products it holds.');
      expect(text).toContain('They come from Retail POS, one way');
      expect(text).toContain('Yours to change here: its image, its description and its availability.');
      expect(text).toContain('it stays active in Retail POS');
      expect(text).toContain('Inventory > Categories');
      await expect.poll(() => focused(page)).toMatchObject({ host: LAYER, text: 'Why the lock' });
      await page.screenshot(`overlay-lock-popover-${browser}`);
      expect(await axeViolations(page, { include: OVERLAY_PARTS })).toEqual([]);
      await page.press('Escape');
      await page.waitForGone(POPOVER);
    });

    it('explains the lock from the keyboard alone, and gives focus back', async () => {
      const page = await english();
      await page.find(badge(VESTES), { scroll: true, focus: true });
      await page.press('Enter');
      expect(await page.text(POPOVER)).toContain('Locked here: its name');
      await expect.poll(async () => (await focused(page)).host).toBe(LAYER);
      // Tab stays in the popover.
      for (let i = 0; i < 6; i++) await page.press('Tab');
      expect((await focused(page)).host).toBe(LAYER);
      await page.press('Escape');
      await page.waitForGone(POPOVER);
      await expect.poll(async () => (await focused(page)).text).toBe('Sync status of Vestes: Live');
      expect(page.errors).toEqual([]);
    });

    it('speaks French on a French admin', async () => {
      const { sandbox, session } = connected();
      const page = await session.newPage();
      await page.goto(adminUrl(sandbox, { lang: 'fr' }));
      await page.waitFor(`${BAR}${READY}`, { timeout: 30_000 });
      await expect.poll(() => page.text(`${BAR} .sl-count--new`)).toBe('3 nouvelles, encore désactivées');
      await expect.poll(() => page.text(badge(DOUDOUNES))).toBe('Nouvelle');
      await page.click(lock(VESTES));
      const text = await page.text(POPOVER);
      expect(text).toContain('Pourquoi ce verrou');
      expect(text).toContain('Inventaire > Catégories');
      await page.press('Escape');
      await page.waitForGone(POPOVER);
      await page.click({ css: `${BAR} button`, text: 'Aide' });
      await page.waitFor(HELP);
      // The driver reads text as a person does, white space (the French no-break one, too) as one space.
      expect(await page.text(`${HELP} #sl-help-q-online-only`)).toBe('Que sont les catégories en ligne uniquement ?');
      await page.click(`${HELP} #sl-help-q-where-products`);
      await expect
        .poll(() => page.text(`${HELP} #sl-help-a-where-products`))
        .toContain('Page de vitrine de la boutique');
      await page.screenshot(`overlay-help-fr-${browser}`);
      expect(page.errors).toEqual([]);
      await page.close();
    });

    // Last: it changes the store (a new category, a rename, the new categories enabled).
    it('shows names as written in badges, popovers and the preview, and runs nothing in them', async () => {
      const { sandbox, session } = connected();
      // A new Retail category that Lightspeed's sync brings in, a Retail rename left to sync, an eCom product.
      const put = (path: string, name: string) =>
        retailFetch(sandbox, path, { method: 'PUT', body: JSON.stringify({ name }) });
      expect((await put('/Category/14.json', CATEGORY)).ok).toBe(true);
      await fetch(`${sandbox.connection.control}/native-sync`, { method: 'POST' });
      expect((await put('/Category/6.json', RENAMED)).ok).toBe(true);
      expect(
        (await ecomFetch(sandbox, '/products/7004', { method: 'PUT', body: JSON.stringify({ name: PRODUCT }) })).ok,
      ).toBe(true);

      const page = await session.newPage();
      await page.goto(adminUrl(sandbox));
      await page.waitFor(`${BAR}${READY}`, { timeout: 30_000 });
      // The background may answer from what it saw before the changes: asked again, it looks afresh.
      await page.click({ css: `${BAR} button`, text: 'Check again' });
      await page.waitFor(`${BAR}${READY}`, { timeout: 30_000 });
      const evilRow = { css: 'li[data-category-id] > .ec-category-row', has: 'Sandales' };
      await page.waitFor(evilRow);
      const evilId = Number(
        await page.evaluate(
          () =>
            [...document.querySelectorAll('li[data-category-id]')]
              .find((item) => item.querySelector(':scope > .ec-category-row')?.textContent?.includes('Sandales'))
              ?.getAttribute('data-category-id') ?? null,
        ),
      );
      expect(evilId).toBeGreaterThan(0);
      await expect
        .poll(() => page.attribute(badge(evilId), 'aria-label'), { timeout: 15_000 })
        .toBe(`Sync status of ${CATEGORY}: New`);

      await page.click(badge(evilId));
      expect(await page.text(`${POPOVER} .sl-details__title`)).toBe(CATEGORY);
      expect(await page.text(`${POPOVER} .sl-details__path`)).toBe(`In the tree: Chaussures/${CATEGORY}`);
      await page.press('Escape');
      await page.waitForGone(POPOVER);

      // A rename not synced yet: Retail's new name shows in the drift, as text.
      await page.click(badge(DOUDOUNES));
      expect(await page.text(`${POPOVER} .sl-details__drift li`)).toBe(
        `Name in Retail: “${RENAMED}” (eCom shows “Doudounes”).`,
      );
      await page.press('Escape');
      await page.waitForGone(POPOVER);

      await page.click(`${BAR} [data-action="enable-categories"]`);
      expect(await page.text(`${DIALOG} tr[data-ecom-id="${evilId}"] .sl-table__path`)).toBe(`Chaussures/${CATEGORY}`);
      await page.click(`${DIALOG} [data-action="confirm"]`);
      await page.waitFor(`${DIALOG} [data-job-status="done"]`, { timeout: 30_000, visible: false });
      expect(await page.text({ css: `${DIALOG} .sl-results__label`, has: 'Sandales' })).toBe(`Chaussures/${CATEGORY}`);
      await page.press('Escape');
      await page.waitForGone(DIALOG);
      await nothingRan(page);
      expect(page.errors).toEqual([]);
      await page.close();
    });
  });
}
