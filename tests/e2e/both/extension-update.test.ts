import { describe, expect, it } from 'vitest';

import { chosenBrowsers } from '../../../scripts/e2e-browsers.ts';
import { connectedPerBlock } from '../support/driver/connected.ts';
import { BAR, DIALOG, READY } from '../support/driver/overlay-parts.ts';
import type { TestPage } from '../support/driver/test-page.ts';
import { adminUrl } from '../support/overlay.ts';

/**
 * An update of Sync Lens (the add-on reloaded) while the admin is open, in every browser. Chrome takes the old
 * copy's overlay away and puts no new one in an open tab; Firefox unloads the old copy's script but leaves what it
 * drew, and runs the new copy in the open tab. Either way the merchant must never be left with an overlay that
 * no longer answers: whatever is on the page works, and one overlay is there again after a reload.
 */

const ENABLE = `${BAR} [data-action="enable-categories"]`;

/** Whether the overlay on the page answers a person: Enable opens its preview, Escape closes it. */
async function answers(page: TestPage): Promise<boolean> {
  await page.click(ENABLE);
  try {
    await page.waitFor(DIALOG, { timeout: 5_000 });
  } catch {
    return false;
  }
  await page.press('Escape');
  await page.waitForGone(DIALOG);
  return true;
}

for (const browser of chosenBrowsers()) {
  describe(`an update of Sync Lens while the admin is open, in ${browser}`, () => {
    const connected = connectedPerBlock(browser);

    it('leaves no overlay that no longer answers, and one that works after a reload', async () => {
      const { sandbox, session } = connected();
      const page = await session.newPage();
      await page.goto(adminUrl(sandbox));
      await page.waitFor(`${BAR}${READY}`, { timeout: 30_000 });
      expect(await answers(page)).toBe(true);

      await session.stopBackground();
      // Chrome's old copy notices within seconds; Firefox's new copy starts at once.
      await new Promise((resolve) => setTimeout(resolve, 6_000));
      const overlays = await page.count('sync-lens-overlay');
      expect(overlays).toBeLessThanOrEqual(1);
      if (overlays === 1) {
        await page.waitFor(`${BAR}${READY}`, { timeout: 30_000 });
        expect(await answers(page)).toBe(true);
      } else {
        expect(await page.count('[data-sync-lens-chip]')).toBe(0);
      }

      await page.reload();
      await page.waitFor(`${BAR}${READY}`, { timeout: 30_000 });
      expect(await page.count('sync-lens-overlay')).toBe(1);
      expect(await answers(page)).toBe(true);
      await page.close();
    });
  });
}
