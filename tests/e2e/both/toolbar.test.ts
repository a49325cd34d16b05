import { describe, expect, it } from 'vitest';

import { chosenBrowsers } from '../../../scripts/e2e-browsers.ts';
import { control } from '../../integration/support/sandbox.ts';
import { connectedPerBlock } from '../support/driver/connected.ts';
import { valueOf, type BrowserSession } from '../support/driver/session.ts';
import { addRetailCategory, nativeSync } from '../support/retail-arrivals.ts';

type ToolbarInPage = {
  chrome: {
    action: {
      getBadgeText(details: object): Promise<string>;
      getTitle(details: object): Promise<string>;
      getBadgeBackgroundColor(details: object): Promise<number[]>;
    };
  };
};

/** The extension's accent and danger colours (utils/toolbar/badge.ts), as the browser reports them. */
const ACCENT = [0x24, 0x56, 0xd6, 255];
const DANGER = [0xb4, 0x23, 0x18, 255];
const NOTE_BOX = { label: 'Tell me when categories arrive from Retail POS' };

/**
 * The toolbar icon and the arrival note, in every browser: the badge as the browser's action API reports it, the
 * notes from the browser's own list of them. (A note's click is Chromium's alone to simulate: toolbar-note.test.ts.)
 */
for (const browser of chosenBrowsers()) {
  describe(`the toolbar icon and the arrival note, in ${browser}`, () => {
    const connected = connectedPerBlock(browser, { connect: false });
    const toolbar = toolbarOf(() => connected().session);
    const session = () => connected().session;
    const newDisabled = async () => (await valueOf(session(), { type: 'status' }))!.summary.newDisabled;
    /**
     * Waits until the toolbar has said what the reads so far mean, notes included: its updates run one after
     * another, so once a language change shows in the tooltip, every update asked for before it has ended.
     */
    const settled = async () => {
      await valueOf(session(), { type: 'save-settings', settings: { language: 'fr' } });
      await expect.poll(toolbar.title).toMatch(/^Sync Lens :/);
      await valueOf(session(), { type: 'save-settings', settings: { language: 'auto' } });
      await expect.poll(toolbar.title).toMatch(/^Sync Lens:/);
    };

    it('says nothing waits while no store is connected', async () => {
      await expect.poll(toolbar.title).toBe('Sync Lens: no store is connected yet.');
      expect(await toolbar.badge()).toBe('');
    });

    it('counts the categories that arrived and are still disabled, once connected; the note is turned on', async () => {
      const options = await session().openExtensionPage('options.html');
      await options.waitFor('main[data-ready="yes"]');
      expect((await options.find(NOTE_BOX)).checked).toBe(false);
      // The sandbox build grants `notifications` at install (a headless browser shows no prompt to answer), so
      // the options page's request within this click is answered yes at once; the store build asks.
      await options.click(NOTE_BOX);
      await options.waitFor('[data-saved="yes"]', { visible: false });
      expect((await valueOf(session(), { type: 'settings' })).notify).toBe(true);

      await options.fill({ label: 'Sandbox address' }, connected().sandbox.origin);
      await options.click({ css: 'button', text: 'Connect to the local sandbox' });
      await options.waitFor('[data-card="first-read"] [data-read="done"]', { timeout: 30_000 });
      await options.close();

      const count = await newDisabled();
      expect(count).toBeGreaterThan(1);
      await expect.poll(toolbar.badge, { timeout: 15_000 }).toBe(String(count));
      expect(await toolbar.title()).toBe(
        `Sync Lens: ${count} categories arrived from Retail POS and are still disabled.`,
      );
      expect(await toolbar.colour()).toEqual(ACCENT);
      // What waited when the store was connected is no arrival: the merchant is looking at it.
      await settled();
      expect(await toolbar.notes()).toEqual([]);
    });

    it('clears the count once they are enabled', async () => {
      await valueOf(session(), { type: 'start-job', job: { kind: 'enable-categories' } });
      await expect.poll(toolbar.badge, { timeout: 30_000 }).toBe('');
      expect(await toolbar.title()).toBe('Sync Lens: nothing waits for you in eCom.');
      expect(await newDisabled()).toBe(0);
      await settled();
      expect(await toolbar.notes()).toEqual([]);
    });

    it('counts again, and says so once in a note, when Lightspeed’s sync brings more', async () => {
      const { sandbox } = connected();
      // Two categories made in Retail POS, then Lightspeed's own sync, which brings them (and the demo's pending
      // one) into eCom, disabled.
      await addRetailCategory(sandbox, 'Ceintures');
      await addRetailCategory(sandbox, 'Chapeaux');
      const created = await nativeSync(sandbox);
      expect(created.length).toBeGreaterThanOrEqual(2);

      // The refresh alarm's read, asked for now.
      await valueOf(session(), { type: 'refresh' });
      await expect.poll(toolbar.badge, { timeout: 15_000 }).toBe(String(created.length));
      expect(await newDisabled()).toBe(created.length);
      await expect.poll(toolbar.notes, { timeout: 15_000 }).toHaveLength(1);
      const noteId = (await toolbar.notes())[0]!;
      expect(noteId).toMatch(/^sync-lens:arrived:/);

      // Read again, and again after the note is gone: the same categories are never told of twice.
      await toolbar.clearNote(noteId);
      await valueOf(session(), { type: 'refresh', full: true });
      await valueOf(session(), { type: 'refresh' });
      await settled();
      expect(await toolbar.notes()).toEqual([]);
      expect(await toolbar.badge()).toBe(String(created.length));
    });

    it('says what the count means in the merchant’s language', async () => {
      await valueOf(session(), { type: 'save-settings', settings: { language: 'fr' } });
      const arrived = await newDisabled();
      await expect
        .poll(toolbar.title)
        .toBe(`Sync Lens : ${arrived} catégories arrivées de Retail POS sont encore désactivées.`);
      await valueOf(session(), { type: 'save-settings', settings: { language: 'auto' } });
      await expect.poll(toolbar.title).toMatch(/^Sync Lens: \d+ categories arrived/);
    });

    it('keeps the note back while a job of its own is underway, and gives it when the job has ended', async () => {
      const { sandbox } = connected();
      // Made in Retail POS before the job, brought by Lightspeed's sync while it runs.
      await addRetailCategory(sandbox, 'Écharpes');
      // A job whose batch eCom keeps waiting: disabling one live category (the merchant's own choice).
      const live = (await valueOf(session(), { type: 'status' }))!.categories.find((c) => c.status === 'live');
      expect(live?.ecomId).toBeTruthy();
      await control(sandbox, '/faults', {
        method: 'PUT',
        body: JSON.stringify([{ match: 'POST /api/v3/\\d+/batch$', hold: true, times: 1 }]),
      });
      const job = await valueOf(session(), {
        type: 'start-job',
        job: { kind: 'disable-categories', ecomIds: [live!.ecomId!] },
      });
      const held = async () => ((await (await control(sandbox, '/faults')).json()) as { held: number }).held;
      await expect.poll(held, { timeout: 15_000 }).toBe(1);

      // Meanwhile Lightspeed's sync brings a category, and a read sees it: the count follows, the note waits.
      const before = await newDisabled();
      expect(await nativeSync(sandbox)).toHaveLength(1);
      await valueOf(session(), { type: 'refresh' });
      await expect.poll(toolbar.badge, { timeout: 15_000 }).toBe(String(before + 1));
      expect((await valueOf(session(), { type: 'job-progress', id: job.id }))?.status).toBe('running');
      await settled();
      expect(await toolbar.notes()).toEqual([]);

      await control(sandbox, '/faults/release', { method: 'POST' });
      await expect
        .poll(async () => (await valueOf(session(), { type: 'job-progress', id: job.id }))?.status, { timeout: 30_000 })
        .toBe('done');
      await expect.poll(toolbar.notes, { timeout: 15_000 }).toHaveLength(1);
      await toolbar.clearNote((await toolbar.notes())[0]!);
      await control(sandbox, '/faults', { method: 'DELETE' });
    });

    it('gives no note while it is turned off, and does not bring up those arrivals when turned on again', async () => {
      const { sandbox } = connected();
      const options = await session().openExtensionPage('options.html');
      await options.waitFor('main[data-ready="yes"]');
      expect((await options.find(NOTE_BOX)).checked).toBe(true);
      await options.click(NOTE_BOX);
      await options.waitFor('[data-saved="yes"]', { visible: false });
      await expect.poll(async () => (await valueOf(session(), { type: 'settings' })).notify).toBe(false);

      const before = await newDisabled();
      await addRetailCategory(sandbox, 'Parapluies');
      expect(await nativeSync(sandbox)).toHaveLength(1);
      await valueOf(session(), { type: 'refresh' });
      await expect.poll(toolbar.badge, { timeout: 15_000 }).toBe(String(before + 1));
      await settled();
      expect(await toolbar.notes()).toEqual([]);

      await options.click(NOTE_BOX);
      await expect.poll(async () => (await valueOf(session(), { type: 'settings' })).notify).toBe(true);
      await options.close();
      await valueOf(session(), { type: 'refresh' });
      await settled();
      expect(await toolbar.notes()).toEqual([]);
    });

    it('shows a distinct mark, saying what failed, when the token is refused; the count comes back after', async () => {
      const { sandbox } = connected();
      const before = await toolbar.badge();
      // eCom refuses the token, as it does one revoked in its admin.
      await control(sandbox, '/faults', {
        method: 'PUT',
        body: JSON.stringify([{ match: 'GET /api/v3/.*', status: 401 }]),
      });
      expect((await session().ask({ type: 'refresh', full: true })).ok).toBe(false);
      await expect.poll(toolbar.badge, { timeout: 15_000 }).toBe('!');
      expect(await toolbar.colour()).toEqual(DANGER);
      expect(await toolbar.title()).toMatch(
        /^Sync Lens could not read your stores, so it cannot tell what waits for you\./,
      );
      expect(await toolbar.title()).toContain('eCom refused the token (401)');

      await control(sandbox, '/faults', { method: 'DELETE' });
      await valueOf(session(), { type: 'refresh', full: true });
      await expect.poll(toolbar.badge, { timeout: 15_000 }).toBe(before);
      expect(await toolbar.colour()).toEqual(ACCENT);
    });

    it('says nothing once the store is forgotten', async () => {
      await valueOf(session(), { type: 'forget' });
      await expect.poll(toolbar.badge, { timeout: 15_000 }).toBe('');
      expect(await toolbar.title()).toBe('Sync Lens: no store is connected yet.');
    });
  });
}

/** The toolbar icon and the notes, read through the browser's own APIs from one of the extension's pages. */
function toolbarOf(session: () => BrowserSession) {
  return {
    badge: () =>
      session().inExtensionPage(() => (globalThis as unknown as ToolbarInPage).chrome.action.getBadgeText({})),
    title: () => session().inExtensionPage(() => (globalThis as unknown as ToolbarInPage).chrome.action.getTitle({})),
    colour: () =>
      session().inExtensionPage(() =>
        (globalThis as unknown as ToolbarInPage).chrome.action.getBadgeBackgroundColor({}),
      ),
    notes: () => session().notes(),
    clearNote: (id: string) => session().clearNote(id),
  };
}
