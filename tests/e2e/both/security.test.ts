import { beforeAll, describe, expect, it } from 'vitest';

import { chosenBrowsers } from '../../../scripts/e2e-browsers.ts';
import { control, loggedCalls, type LoggedCall } from '../../integration/support/sandbox.ts';
import { connectedPerBlock } from '../support/driver/connected.ts';
import { BAR, DIALOG, HELP, POPOVER, READY } from '../support/driver/overlay-parts.ts';
import { valueOf } from '../support/driver/session.ts';
import type { TestPage } from '../support/driver/test-page.ts';
import { EVERY_REQUEST } from '../support/every-request.ts';
import { adminUrl } from '../support/overlay.ts';
import { tryLookAlikes } from '../support/page-world/look-alikes.ts';
import { overlayState } from '../support/page-world/overlay-state.ts';
import { pageStorage } from '../support/page-world/page-storage.ts';
import { pokeEveryControl } from '../support/page-world/poke-controls.ts';

/**
 * What a hostile admin page can do with Sync Lens in it, in every browser: reach the background (it cannot),
 * act through the overlay with events of its own (it cannot: only a person's input acts), or find a token (it
 * cannot, nor can a content script). Firefox's content scripts differ from Chromium's where it matters here
 * (Xray wrappers, a storage.local they may always read), so the same flow runs word for word in both. What
 * needs Chromium's DevTools protocol (a content script's own world) stays in tests/e2e/security.test.ts.
 */

const ENABLE = `${BAR} [data-action="enable-categories"]`;
const CONFIRM = `${DIALOG} [data-action="confirm"]`;
const CANCEL = { css: `${DIALOG} button`, text: 'Cancel' };
const SETTLED_JOB = `${BAR} .sl-job[data-job-status="done"][data-settled="true"]`;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

for (const browser of chosenBrowsers()) {
  describe(`security, in ${browser}`, () => {
    // Connected below as the options page's sandbox button does, through the background: written straight into
    // storage.local (connectSession), the tokens would be where this file checks they are not.
    const connected = connectedPerBlock(browser, { connect: false });
    let page: TestPage;
    let runtimeId: string;

    const jobs = async () => (await valueOf(connected().session, { type: 'status' }))!.jobs;
    const calls = () => loggedCalls(connected().sandbox);
    const writes = async () =>
      (await calls()).filter(
        (call: LoggedCall) => call.method !== 'GET' && call.api !== 'oauth' && !call.path.startsWith('/auth/'),
      );
    /**
     * The content script handles a page's event while it is dispatched, and redraws within the frames the page
     * waited for; what it would ask the background is asked by now, and answered before a question that starts
     * a little later.
     */
    const settled = async () => {
      await sleep(300);
      await valueOf(connected().session, { type: 'overview' });
    };
    const attempt = async () => {
      const poked = await page.evaluate(pokeEveryControl);
      await settled();
      return poked;
    };

    beforeAll(async () => {
      const { sandbox, session } = connected();
      // The extension's id is public (the store's, the add-on's): a page may know it. Read before connecting, so
      // the popup has nothing to read.
      const popup = await session.openExtensionPage('popup.html');
      runtimeId = await popup.evaluate(
        () => (globalThis as unknown as { chrome: { runtime: { id: string } } }).chrome.runtime.id,
      );
      await popup.close();
      await valueOf(session, { type: 'connect-sandbox', url: sandbox.origin });
      await valueOf(session, { type: 'refresh' });
      page = await session.newPage();
      await page.goto(adminUrl(sandbox));
      await page.waitFor(`${BAR}${READY}`, { timeout: 30_000 });
      await page.waitFor(ENABLE);
      await control(sandbox, '/requests', { method: 'DELETE' });
    });

    it('the page’s own scripts have no way in: no runtime messaging, and look-alike messages do nothing', async () => {
      const { session } = connected();
      const storedBefore = await session.storageLocal();
      const jobsBefore = await jobs();
      const shownBefore = await page.evaluate(overlayState);

      const scriptStarted = `${runtimeId}:admin:wxt:content-script-started`;
      expect(await page.evaluate(tryLookAlikes, { requests: EVERY_REQUEST, scriptStarted })).toEqual([
        'runtime: undefined',
        'sendMessage: undefined',
        'answers: 0',
      ]);
      await settled();
      // The overlay is still there, as it was: WXT's "newer copy started" event, sent by the page, used to take it
      // all away (utils/security/script-started.ts).
      await page.waitFor(`${BAR}${READY}`);
      expect(await page.evaluate(overlayState)).toEqual(shownBefore);
      expect(await session.storageLocal()).toEqual(storedBefore);
      expect(await jobs()).toEqual(jobsBefore);
      // Not even a read: no request of the page's reached an API.
      expect(await calls()).toEqual([]);
    });

    describe('the page’s scripts cannot act through the overlay, whatever the event’s path; a person can', () => {
      it('on the bar, its help, the chips in the admin’s rows and the admin’s own locks', async () => {
        const jobsBefore = await jobs();
        const before = await page.evaluate(overlayState);
        const poked = await attempt();
        expect(poked).toEqual(
          expect.arrayContaining([expect.stringMatching(/^button Enable \d+ new categories$/), 'button Check again']),
        );
        expect(poked.filter((label) => label.startsWith('chip '))).not.toEqual([]);
        // The admin's own locks open a category's explanation when a person clicks them: not when the page does.
        const locks = await page.evaluate(() => {
          const found = [...document.querySelectorAll('.ec-category-row__lock')];
          for (const lock of found)
            lock.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true, composed: true }));
          return found.length;
        });
        await settled();
        expect(locks).toBeGreaterThan(0);
        expect(await page.evaluate(overlayState)).toEqual(before);
        expect(await jobs()).toEqual(jobsBefore);
        expect(await writes()).toEqual([]);

        // A person's click on a lock does open it.
        await page.click('.ec-category-row__lock');
        await page.waitFor(POPOVER);
        await page.press('Escape');
        await page.waitForGone(POPOVER);
      });

      it('in a chip’s explanation and in the help panel', async () => {
        const jobsBefore = await jobs();
        await page.click('[data-sync-lens-chip="category"]:not([data-sync-lens-id="0"]) >>> button');
        await page.waitFor(POPOVER);
        let before = await page.evaluate(overlayState);
        let poked = await attempt();
        expect(poked).toEqual(expect.arrayContaining(['button Close']));
        expect(await page.evaluate(overlayState)).toEqual(before);
        await page.press('Escape');
        await page.waitForGone(POPOVER);

        await page.click({ css: `${BAR} button`, text: 'Help' });
        await page.waitFor(HELP);
        before = await page.evaluate(overlayState);
        poked = await attempt();
        expect(poked.filter((label) => label.startsWith('help '))).not.toEqual([]);
        expect(await page.evaluate(overlayState)).toEqual(before);
        await page.press('Escape');
        await page.waitForGone(HELP);
        expect(await jobs()).toEqual(jobsBefore);
        expect(await writes()).toEqual([]);
      });

      it('in the preview: no tick, no untick, no confirm', async () => {
        const jobsBefore = await jobs();
        // A person opens the preview (a trusted click): the page then tries every control in it.
        await page.click(ENABLE);
        await page.waitFor(CONFIRM);
        const before = await page.evaluate(overlayState);
        const poked = await attempt();
        expect(poked).toEqual(
          expect.arrayContaining([
            expect.stringMatching(/^button Enable \d+ categories$/),
            'checkbox on',
            'checkbox off',
          ]),
        );
        expect(await page.evaluate(overlayState)).toEqual(before);

        // Out of reach of the guards on our roots: the page keeps the preview's controls, the person closes it
        // (its elements, removed, keep their handlers), and the page presses and ticks what it kept.
        await page.evaluate(() => {
          const root = document.querySelector('sync-lens-layer')!.shadowRoot!;
          (globalThis as unknown as { kept: HTMLElement[] }).kept = [
            ...root.querySelectorAll<HTMLElement>('.sl-dialog button, .sl-dialog input'),
          ];
        });
        await page.click(CANCEL);
        await page.waitForGone(DIALOG);
        const kept = await page.evaluate(async () => {
          const controls = (globalThis as unknown as { kept: HTMLElement[] }).kept;
          for (const control of controls) {
            control.click();
            control.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true }));
            control.dispatchEvent(new Event('change', { bubbles: true }));
          }
          await new Promise((resolve) =>
            requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(resolve, 0))),
          );
          return controls.filter((control) => !control.isConnected).length;
        });
        expect(kept).toBeGreaterThan(2);
        await settled();
        expect(await page.count(DIALOG)).toBe(0);
        expect(await jobs()).toEqual(jobsBefore);
        expect(await writes()).toEqual([]);

        // The page moves the preview's boxes and its confirm button out of our shadow root, then works them there.
        await page.click(ENABLE);
        await page.waitFor(CONFIRM);
        const moved = await page.evaluate(async () => {
          const settle = () =>
            new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(resolve, 0))));
          const root = document.querySelector('sync-lens-layer')!.shadowRoot!;
          const confirm = root.querySelector<HTMLButtonElement>('.sl-dialog [data-action="confirm"]')!;
          const boxes = [...root.querySelectorAll<HTMLInputElement>('.sl-dialog input[type="checkbox"]')];
          const label = confirm.textContent;
          const away = document.createElement('div');
          document.body.append(away);
          for (const box of boxes) {
            away.append(box);
            box.click();
          }
          await settle();
          const labelAfterTicks = confirm.textContent;
          away.append(confirm);
          confirm.click();
          confirm.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true }));
          await settle();
          return { boxes: boxes.length, label, labelAfterTicks };
        });
        expect(moved.boxes).toBeGreaterThan(1);
        expect(moved.labelAfterTicks).toBe(moved.label);
        await settled();
        await page.click(CANCEL);
        await page.waitForGone(DIALOG);
        expect(await jobs()).toEqual(jobsBefore);
        expect(await writes()).toEqual([]);

        // A person opens the preview again, for the next test, and a person's untick does untick.
        await page.click(ENABLE);
        await page.waitFor(CONFIRM);
        const label = await page.text(CONFIRM);
        await page.click(`${DIALOG} input[type="checkbox"]:checked`);
        await expect.poll(() => page.text(CONFIRM)).not.toBe(label);
        await page.click(`${DIALOG} input[type="checkbox"]:not(:checked)`);
        await expect.poll(() => page.text(CONFIRM)).toBe(label);
      });

      it('while a job runs: no Stop', async () => {
        const { sandbox } = connected();
        // eCom takes its time with the batch, so the job is still running while the page tries.
        await control(sandbox, '/faults', {
          method: 'PUT',
          body: JSON.stringify([{ match: 'POST /api/v3/\\d+/batch', delayMs: 6_000, times: 1 }]),
        });
        // A person confirms: the job starts.
        await page.click(CONFIRM);
        await page.waitFor({ css: `${DIALOG} button`, text: 'Stop' });
        const before = await page.evaluate(overlayState);
        const poked = await attempt();
        expect(poked).toEqual(expect.arrayContaining(['button Stop', 'button Keep working']));
        const [job] = await jobs();
        expect(job?.status).toMatch(/^(queued|running)$/);
        expect(await page.evaluate(overlayState)).toEqual(before);
        await page.waitFor(SETTLED_JOB, { timeout: 60_000, visible: false });
        await control(sandbox, '/faults', { method: 'DELETE' });
      });

      it('after it: no Undo', async () => {
        const { sandbox } = connected();
        await page.waitFor(`${DIALOG} [data-action="undo"]:not([disabled])`);
        await control(sandbox, '/requests', { method: 'DELETE' });
        const jobsBefore = await jobs();
        const before = await page.evaluate(overlayState);
        const poked = await attempt();
        expect(poked).toContain('button Undo');
        expect(await page.evaluate(overlayState)).toEqual(before);
        expect(await jobs()).toEqual(jobsBefore);
        expect(await writes()).toEqual([]);

        // A person's click on Undo does undo.
        await page.click(`${DIALOG} [data-action="undo"]`);
        await expect.poll(async () => (await writes()).length, { timeout: 30_000 }).toBeGreaterThan(0);
        await page.waitFor(SETTLED_JOB, { timeout: 30_000, visible: false });
        await page.press('Escape');
        await page.waitForGone(DIALOG);
      });
    });

    describe('no token anywhere a content script or the page can read, after connecting and reading', () => {
      const tokens = () => {
        const { connection } = connected().sandbox;
        return [connection.ecomToken, connection.ecomReadOnlyToken, connection.retailToken];
      };

      beforeAll(async () => {
        const { sandbox, session } = connected();
        // Connected for real, and read: the tokens were used, so they are somewhere.
        expect(await valueOf(session, { type: 'connections' })).toMatchObject({
          ecom: { storeId: Number(sandbox.connection.storeId) },
          retail: { accountId: Number(sandbox.connection.retailAccountID) },
        });
        await valueOf(session, { type: 'refresh' });
        await page.reload();
        await page.waitFor(`${BAR}${READY}`, { timeout: 30_000 });
      });

      // Chromium keeps storage.local from content scripts (setAccessLevel); Firefox cannot, so no token may be
      // kept there at all.
      it('in storage.local', async () => {
        const stored = JSON.stringify(await connected().session.storageLocal());
        expect(stored).toContain('ecomConnection');
        for (const token of tokens()) expect(stored.includes(token), 'a token in storage.local').toBe(false);
      });

      it('in the page’s own storage, cookies and DOM', async () => {
        // The admin's own configuration holds the admin's own eCom token, for its own scripts: not ours to judge.
        const { text, databases } = await page.evaluate(pageStorage, ['script#admin-config']);
        expect(text).toContain('sync-lens-overlay');
        for (const token of tokens()) expect(text.includes(token), `a token in the page (${databases})`).toBe(false);
        expect(page.errors).toEqual([]);
      });
    });
  });
}
