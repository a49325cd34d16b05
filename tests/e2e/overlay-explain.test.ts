import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';

import type { Sandbox } from '../../sandbox/server.ts';
import { retailFetch } from '../integration/support/sandbox.ts';
import { connectedAdminPerFile } from './support/connected-admin.ts';
import type { ExtensionSession } from './support/extension.ts';
import {
  badge,
  BAR,
  checkAgain,
  focused,
  HELP,
  openAdmin,
  POPOVER,
  row,
  runNativeSync,
  seriousViolations,
  TOOLTIP,
  waitForBar,
  type AdminPage,
} from './support/overlay.ts';
import { screenshot } from './support/screenshots.ts';

/** The demo's "Vestes": a Retail category (retailId 1) synced to eCom as 501. */
const VESTES = 501;
const DOUDOUNES = 523;
const ONLINE_ONLY = 520;

describe('the admin explains itself', () => {
  let sandbox: Sandbox;
  let session: ExtensionSession;
  let admin: AdminPage;
  let page: Page;

  connectedAdminPerFile({}, async (connected) => {
    ({ sandbox, session, admin, page } = connected);
    await waitForBar(page);
    await badge(page, VESTES).waitFor();
  });

  it('gives a badge’s meaning on hover and on focus', async () => {
    await badge(page, DOUDOUNES).hover();
    const tip = page.locator(TOOLTIP);
    await tip.waitFor();
    expect(await tip.textContent()).toContain('still disabled, as every synced category arrives');
    await page.mouse.move(5, 5);
    await tip.waitFor({ state: 'detached' });
    await badge(page, ONLINE_ONLY).focus();
    await tip.waitFor();
    expect(await tip.textContent()).toContain('never sent to Retail POS');
    // The same sentence is the badge's accessible description.
    const description = await badge(page, ONLINE_ONLY).evaluate((button) => {
      const id = button.getAttribute('aria-describedby')!;
      return (button.getRootNode() as ShadowRoot).getElementById(id)?.textContent;
    });
    expect(description).toBe(await tip.textContent());
    await page.keyboard.press('Escape');
    await tip.waitFor({ state: 'detached' });
  });

  it('is reachable and operable from the keyboard alone', async () => {
    // From the top of the page, Tab reaches the summary's buttons, then the badges in the rows.
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await page.evaluate(() => window.scrollTo(0, 0));
    const reached: string[] = [];
    for (let i = 0; i < 20; i++) {
      await page.keyboard.press('Tab');
      reached.push((await focused(page)).text);
    }
    expect(reached).toEqual(
      expect.arrayContaining(['Check again', 'Help', 'Enable 3 new categories', 'Sync status of Vestes: Live']),
    );

    // The main action opens the preview; Space unticks, Escape closes, focus goes back to the button.
    const action = page.locator(`${BAR} [data-action="enable-categories"]`);
    await action.focus();
    await page.keyboard.press('Enter');
    const dialog = page.locator('sync-lens-layer .sl-dialog');
    await dialog.waitFor();
    await page.keyboard.press('Tab');
    expect((await focused(page)).tag).toBe('input');
    await page.keyboard.press('Space');
    expect(await dialog.locator('[data-action="confirm"]').textContent()).toBe('Enable 2 categories');
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    await expect.poll(async () => (await focused(page)).text).toBe('Enable 3 new categories');
  });

  it('explains the lock when it is clicked', async () => {
    await row(page, VESTES).locator('.ec-category-row__lock').click();
    const popover = page.locator(POPOVER);
    await popover.waitFor();
    const text = await popover.textContent();
    expect(text).toContain('Why the lock');
    expect(text).toContain('Locked here: its name, its place in the category tree and which products it holds.');
    expect(text).toContain('They come from Retail POS, one way');
    expect(text).toContain('Yours to change here: its image, its description and its availability.');
    expect(text).toContain('it stays active in Retail POS');
    expect(text).toContain('Inventory > Categories');
    expect(await focused(page)).toMatchObject({ host: 'sync-lens-layer', text: 'Why the lock' });
    await screenshot(page, 'overlay-lock-popover');
    expect(await seriousViolations(page)).toEqual([]);
    await page.keyboard.press('Escape');
    await popover.waitFor({ state: 'detached' });
  });

  it('explains the lock from the keyboard alone, and gives focus back', async () => {
    await badge(page, VESTES).focus();
    await page.keyboard.press('Enter');
    const popover = page.locator(POPOVER);
    await popover.waitFor();
    expect(await popover.textContent()).toContain('Locked here: its name');
    expect((await focused(page)).host).toBe('sync-lens-layer');
    // Tab stays in the popover.
    for (let i = 0; i < 6; i++) await page.keyboard.press('Tab');
    expect((await focused(page)).host).toBe('sync-lens-layer');
    await page.keyboard.press('Escape');
    await popover.waitFor({ state: 'detached' });
    await expect.poll(async () => (await focused(page)).text).toBe('Sync status of Vestes: Live');
  });

  it('shows a Retail rename as a change in Retail until Lightspeed’s sync runs', async () => {
    const renamed = 'Vestes & manteaux';
    const response = await retailFetch(sandbox, '/Category/1.json', {
      method: 'PUT',
      body: JSON.stringify({ name: renamed }),
    });
    expect(response.ok).toBe(true);
    await checkAgain(page);
    await expect.poll(() => badge(page, VESTES).textContent()).toBe('Changed in Retail');
    expect(await page.locator(`${BAR} .sl-count--drift`).textContent()).toBe('1 changed in Retail');
    await badge(page, VESTES).click();
    const popover = page.locator(POPOVER);
    await popover.waitFor();
    expect(await popover.textContent()).toContain(`Name in Retail: “${renamed}” (eCom shows “Vestes”).`);
    expect(await popover.textContent()).toContain('Lightspeed’s next sync brings these changes');
    await screenshot(page, 'overlay-drift');
    await page.keyboard.press('Escape');

    // The bar's count lists what changed, too.
    await page.locator(`${BAR} .sl-count--drift`).click();
    await popover.waitFor();
    expect(await popover.textContent()).toContain(`Name in Retail: “${renamed}”`);
    await page.keyboard.press('Escape');

    await runNativeSync(sandbox);
    await checkAgain(page);
    await expect.poll(() => row(page, VESTES).locator('.ec-category-row__name').textContent()).toBe(renamed);
    await expect.poll(() => badge(page, VESTES).textContent()).toBe('Live');
    expect(await page.locator(`${BAR} .sl-count--drift`).count()).toBe(0);
  });

  it('answers the help article’s questions where they arise', async () => {
    await badge(page, DOUDOUNES).click();
    await page.locator(POPOVER).getByRole('button', { name: 'Why is my category disabled?' }).click();
    const help = page.locator(HELP);
    await help.waitFor();
    const question = help.locator('#sl-help-q-why-disabled');
    expect(await question.getAttribute('aria-expanded')).toBe('true');
    expect(await focused(page)).toMatchObject({ text: 'Why is my category disabled?' });
    expect(await help.locator('#sl-help-a-why-disabled').textContent()).toContain('enable each one yourself');
    await screenshot(page, 'overlay-help');
    expect(await seriousViolations(page)).toEqual([]);

    // Every question opens on its answer.
    const answers: Record<string, string> = {
      'why-lock': 'only goes from Retail to eCom',
      'where-products': 'Store front page',
      'what-disabling-does': 'it stays active in Retail POS',
      'online-only': 'Add root category',
      order: 'display order',
    };
    for (const [topic, words] of Object.entries(answers)) {
      await help.locator(`#sl-help-q-${topic}`).click();
      expect(await help.locator(`#sl-help-a-${topic}`).isVisible(), topic).toBe(true);
      expect(await help.locator(`#sl-help-a-${topic}`).textContent(), topic).toContain(words);
    }
    await page.keyboard.press('Escape');
    await help.waitFor({ state: 'detached' });

    // The Store front page's row asks where products went.
    await row(page, 0).locator('[data-sync-lens-chip] button').click();
    await help.waitFor();
    expect(await help.locator('#sl-help-q-where-products').getAttribute('aria-expanded')).toBe('true');
    await help.getByRole('button', { name: 'Close help' }).click();
    await help.waitFor({ state: 'detached' });
  });

  it('speaks French on a French admin', async () => {
    const french = await openAdmin(session, sandbox, { lang: 'fr' });
    const bar = await waitForBar(french.page);
    // Four: Lightspeed's sync brought "Sandales d'été" in the test before.
    await expect.poll(() => bar.locator('.sl-count--new').textContent()).toBe('4 nouvelles, encore désactivées');
    expect(await badge(french.page, DOUDOUNES).textContent()).toBe('Nouvelle');
    await row(french.page, VESTES).locator('.ec-category-row__lock').click();
    const popover = french.page.locator(POPOVER);
    await popover.waitFor();
    expect(await popover.textContent()).toContain('Pourquoi ce verrou');
    expect(await popover.textContent()).toContain('Inventaire > Catégories');
    await french.page.keyboard.press('Escape');
    await bar.getByRole('button', { name: 'Aide' }).click();
    const help = french.page.locator(HELP);
    await help.waitFor();
    expect(await help.locator('#sl-help-q-online-only').textContent()).toBe(
      'Que sont les catégories en ligne uniquement\u00a0?',
    );
    await help.locator('#sl-help-q-where-products').click();
    expect(await help.locator('#sl-help-a-where-products').textContent()).toContain('Page de vitrine de la boutique');
    await screenshot(french.page, 'overlay-help-fr');
    expect(french.errors).toEqual([]);
    await french.page.close();
  });

  it('caused no error on the page', () => {
    expect(admin.errors).toEqual([]);
  });
});
