import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';

import type { Sandbox } from '../../sandbox/server.ts';
import { retailFetch } from '../integration/support/sandbox.ts';
import { connectedAdminPerFile } from './support/connected-admin.ts';
import {
  badge,
  BAR,
  checkAgain,
  focused,
  HELP,
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
  let admin: AdminPage;
  let page: Page;

  connectedAdminPerFile({}, async (connected) => {
    ({ sandbox, admin, page } = connected);
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

  it('caused no error on the page', () => {
    expect(admin.errors).toEqual([]);
  });
});
