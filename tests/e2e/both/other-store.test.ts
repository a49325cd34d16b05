import { describe, expect, it } from 'vitest';

import { chosenBrowsers } from '../../../scripts/e2e-browsers.ts';
import { control } from '../../integration/support/sandbox.ts';
import { connectedPerBlock } from '../support/driver/connected.ts';
import { BAR, LAYER } from '../support/driver/overlay-parts.ts';
import { valueOf } from '../support/driver/session.ts';

/**
 * The overlay on another store's admin, in every browser: Sync Lens is connected to the sandbox's store, and the
 * merchant opens the admin of another store of theirs (the sandbox serves it with an empty catalog, `?empty=1`).
 * It says so, shows none of the connected store's data, offers only the way to the options page, and writes
 * nothing. (What a content script there is answered is Chromium's to test: tests/e2e/other-store.test.ts.)
 */

const OTHER_STORE = 2_002;
const OTHER_BAR = `${BAR}[data-state="other-store"]`;

interface Logged {
  method: string;
  api: string;
}

for (const browser of chosenBrowsers()) {
  describe(`another store’s admin, in ${browser}`, () => {
    const connected = connectedPerBlock(browser);
    const otherAdmin = (lang: string, route = 'categories', empty = true) =>
      `${connected().sandbox.origin}/store/${OTHER_STORE}?lang=${lang}${empty ? '&empty=1' : ''}#${route}`;
    const writes = async () =>
      ((await (await control(connected().sandbox, '/requests')).json()) as { requests: Logged[] }).requests.filter(
        (request) => request.method !== 'GET' && request.api !== 'oauth',
      );

    it('says plainly which store Sync Lens is connected to, offers only the options page, and writes nothing', async () => {
      const { session, sandbox } = connected();
      // The connected store has something to offer: the overlay would show it anywhere it forgot to check.
      await valueOf(session, { type: 'refresh' });
      expect((await valueOf(session, { type: 'status' }))!.summary.newDisabled).toBeGreaterThan(0);
      await control(sandbox, '/requests', { method: 'DELETE' });

      const page = await session.newPage();
      await page.goto(otherAdmin('en'));
      // The other store's admin has drawn its (empty) list: the Store front row is there.
      await page.waitFor('li[data-category-id="0"]', { timeout: 20_000 });
      await page.waitFor(OTHER_BAR, { timeout: 20_000 });
      await expect.poll(() => page.text(OTHER_BAR)).toContain(`store ${sandbox.connection.storeId}`);
      expect(await page.text(OTHER_BAR)).toContain(`store ${OTHER_STORE}`);
      expect(await page.count(`${BAR} .sl-count`)).toBe(0);
      expect(await page.count('[data-sync-lens-chip]')).toBe(0);
      await page.screenshot(`overlay-other-store-${browser}`);
      expect(
        await page.evaluate(() =>
          ['sync-lens-overlay', 'sync-lens-layer'].flatMap((host) =>
            [...(document.querySelector(host)?.shadowRoot?.querySelectorAll('button') ?? [])].map((button) =>
              button.textContent?.trim(),
            ),
          ),
        ),
      ).toEqual(['Open Sync Lens’s options']);

      // The options tab opened at install would only be brought forward: closed, to see it open.
      await (await session.installTab()).close();
      const options = await session.pageOpenedBy(
        () => page.click({ css: `${OTHER_BAR} button`, text: 'Open Sync Lens’s options' }),
        (address) => address.endsWith('/options.html'),
      );
      await options.waitFor('main[data-ready="yes"]');
      await options.close();
      expect(page.errors).toEqual([]);
      await page.close();
      expect(await writes()).toEqual([]);
    });

    it('says it in the page’s language', async () => {
      const page = await connected().session.newPage();
      await page.goto(otherAdmin('fr'));
      await page.waitFor(OTHER_BAR, { timeout: 20_000 });
      await expect.poll(() => page.text(OTHER_BAR)).toContain(`boutique eCom ${OTHER_STORE}`);
      expect(await page.count({ css: `${OTHER_BAR} button`, text: 'Ouvrir les réglages de Sync Lens' })).toBe(1);
      await page.close();
    });

    it('says it on the products page too', async () => {
      const page = await connected().session.newPage();
      await page.goto(otherAdmin('en', 'products'));
      await page.waitFor(OTHER_BAR, { timeout: 20_000 });
      expect(await page.count('[data-sync-lens-chip]')).toBe(0);
      expect(
        await page.evaluate(() =>
          [...(document.querySelector('sync-lens-overlay')?.shadowRoot?.querySelectorAll('[data-action]') ?? [])].map(
            (found) => found.getAttribute('data-action'),
          ),
        ),
      ).toEqual(['open-options']);
      await page.close();
    });

    it('says it in the docked panel where the page is not one Sync Lens knows, with none of the store’s categories', async () => {
      const page = await connected().session.newPage();
      // Without ?empty=1 the sandbox answers another store's id with a bare 404 page: no admin markup at all.
      await page.goto(otherAdmin('en', 'categories', false));
      await page.waitFor(`${LAYER} >>> .sl-bar[data-state="other-store"]`, { timeout: 30_000 });
      expect(await page.count(`${LAYER} >>> .sl-panel`)).toBe(0);
      expect(await page.count(`${LAYER} >>> .sl-count, .sl-chip`)).toBe(0);
      expect(await writes()).toEqual([]);
      await page.close();
    });
  });
}
