import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import type { Sandbox } from '../../sandbox/server.ts';
import { control, startTestSandbox } from '../integration/support/sandbox.ts';
import { launchWithExtension, type ExtensionSession } from './support/extension.ts';
import { askFrom, openExtensionPage, valueFrom } from './support/extension-page.ts';
import { installOptionsTab, openOptions } from './support/options.ts';

type ChromeInWorker = {
  chrome: {
    action: {
      getBadgeText(details: object): Promise<string>;
      getTitle(details: object): Promise<string>;
      getBadgeBackgroundColor(details: object): Promise<number[]>;
    };
    notifications: {
      getAll(): Promise<Record<string, boolean>>;
      clear(id: string): Promise<boolean>;
      onClicked: { dispatch(id: string): void };
    };
  };
};

/** The extension's accent and danger colours (utils/toolbar/badge.ts), as Chrome reports them. */
const ACCENT = [0x24, 0x56, 0xd6, 255];
const DANGER = [0xb4, 0x23, 0x18, 255];

/**
 * The toolbar icon and the arrival note, in Chromium with the sandbox build: the badge read from the service
 * worker, as the browser draws it; notes read from the browser's own list of them.
 */
describe('the toolbar icon and the arrival note', () => {
  let sandbox: Sandbox;
  let session: ExtensionSession;
  let page: Page;

  /** Runs in the service worker: the functions given are sent as source, so each names `chrome` itself. */
  const worker = () => session.serviceWorker();
  const badge = async () =>
    (await worker()).evaluate(() => (globalThis as unknown as ChromeInWorker).chrome.action.getBadgeText({}));
  const title = async () =>
    (await worker()).evaluate(() => (globalThis as unknown as ChromeInWorker).chrome.action.getTitle({}));
  const colour = async () =>
    (await worker()).evaluate(() =>
      (globalThis as unknown as ChromeInWorker).chrome.action.getBadgeBackgroundColor({}),
    );
  const notes = async () =>
    Object.keys(
      await (await worker()).evaluate(() => (globalThis as unknown as ChromeInWorker).chrome.notifications.getAll()),
    );
  const clearNote = async (id: string) =>
    (await worker()).evaluate(
      (noteId) => (globalThis as unknown as ChromeInWorker).chrome.notifications.clear(noteId),
      id,
    );
  /**
   * A headless browser draws no note to click: the click is simulated by dispatching the browser's own
   * notifications.onClicked event to the listeners the extension added, as Chrome does when the merchant clicks
   * a note. Everything from the listener on is the extension's.
   */
  const clickNote = async (id: string) =>
    (await worker()).evaluate(
      (noteId) => (globalThis as unknown as ChromeInWorker).chrome.notifications.onClicked.dispatch(noteId),
      id,
    );
  /**
   * A top-level category made in Retail POS, written into the sandbox's state (its API's leaky bucket may be
   * full after this file's reads), dated now so that an incremental read sees it.
   */
  const addRetailCategory = async (name: string) => {
    const state = (await (await control(sandbox, '/state')).json()) as {
      retail: { categories: Array<{ categoryID: number; name: string; timeStamp?: string }> };
    };
    const categoryID = Math.max(...state.retail.categories.map((c) => c.categoryID)) + 1;
    state.retail.categories.push({ categoryID, name, timeStamp: new Date().toISOString() });
    expect((await control(sandbox, '/state', { method: 'PUT', body: JSON.stringify(state) })).ok).toBe(true);
  };
  /**
   * Waits until the toolbar has said what the reads so far mean, notes included: its updates run one after
   * another, so once a language change shows in the tooltip, every update asked for before it has ended.
   */
  const settled = async () => {
    await valueFrom(page, { type: 'save-settings', settings: { language: 'fr' } });
    await expect.poll(title).toMatch(/^Sync Lens :/);
    await valueFrom(page, { type: 'save-settings', settings: { language: 'auto' } });
    await expect.poll(title).toMatch(/^Sync Lens:/);
  };
  /** Lightspeed's own sync, once: what it created in eCom. */
  const nativeSync = async () =>
    ((await (await control(sandbox, '/native-sync', { method: 'POST' })).json()) as { categoriesCreated: number[] })
      .categoriesCreated;
  const newDisabled = async () => (await valueFrom(page, { type: 'status' }))!.summary.newDisabled;

  beforeAll(async () => {
    sandbox = await startTestSandbox();
    session = await launchWithExtension();
    await (await installOptionsTab(session)).close();
    page = await openExtensionPage(session);
  });

  afterAll(async () => {
    await session?.close();
    await sandbox?.close();
  });

  it('says nothing waits while no store is connected', async () => {
    await expect.poll(title).toBe('Sync Lens: no store is connected yet.');
    expect(await badge()).toBe('');
  });

  it('counts the categories that arrived and are still disabled, once connected; the note is turned on', async () => {
    const options = await openOptions(session);
    const noteBox = options.getByLabel('Tell me when categories arrive from Retail POS');
    expect(await noteBox.isChecked()).toBe(false);
    // The sandbox build grants `notifications` at install (a headless browser shows no prompt to answer), so
    // the options page's request within this click is answered yes at once; the store build asks.
    await noteBox.check();
    await options.locator('[data-saved="yes"]').waitFor();
    expect((await valueFrom(page, { type: 'settings' })).notify).toBe(true);

    await options.getByLabel('Sandbox address').fill(sandbox.origin);
    await options.getByRole('button', { name: 'Connect to the local sandbox' }).click();
    await options.locator('[data-card="first-read"] [data-read="done"]').waitFor({ timeout: 30_000 });
    await options.close();

    const count = await newDisabled();
    expect(count).toBeGreaterThan(1);
    await expect.poll(badge, { timeout: 15_000 }).toBe(String(count));
    expect(await title()).toBe(`Sync Lens: ${count} categories arrived from Retail POS and are still disabled.`);
    expect(await colour()).toEqual(ACCENT);
    // What waited when the store was connected is no arrival: the merchant is looking at it.
    await settled();
    expect(await notes()).toEqual([]);
  });

  it('clears the count once they are enabled', async () => {
    await valueFrom(page, { type: 'start-job', job: { kind: 'enable-categories' } });
    await expect.poll(badge, { timeout: 30_000 }).toBe('');
    expect(await title()).toBe('Sync Lens: nothing waits for you in eCom.');
    expect(await newDisabled()).toBe(0);
    await settled();
    expect(await notes()).toEqual([]);
  });

  let noteId = '';

  it('counts again, and says so once in a note, when Lightspeed’s sync brings more', async () => {
    // Two categories made in Retail POS, then Lightspeed's own sync, which brings them (and the demo's pending one)
    // into eCom, disabled.
    await addRetailCategory('Ceintures');
    await addRetailCategory('Chapeaux');
    const created = await nativeSync();
    expect(created.length).toBeGreaterThanOrEqual(2);

    // The refresh alarm's read, asked for now.
    await valueFrom(page, { type: 'refresh' });
    const arrived = created.length;
    await expect.poll(badge, { timeout: 15_000 }).toBe(String(arrived));
    expect(await newDisabled()).toBe(arrived);
    await expect.poll(notes, { timeout: 15_000 }).toHaveLength(1);
    noteId = (await notes())[0]!;
    expect(noteId).toMatch(/^sync-lens:arrived:/);

    // Read again, and again after the note is gone: the same categories are never told of twice.
    await clearNote(noteId);
    await valueFrom(page, { type: 'refresh', full: true });
    await valueFrom(page, { type: 'refresh' });
    await settled();
    expect(await notes()).toEqual([]);
    expect(await badge()).toBe(String(arrived));
  });

  it('says what the count means in the merchant’s language', async () => {
    await valueFrom(page, { type: 'save-settings', settings: { language: 'fr' } });
    const arrived = await newDisabled();
    await expect.poll(title).toBe(`Sync Lens : ${arrived} catégories arrivées de Retail POS sont encore désactivées.`);
    await valueFrom(page, { type: 'save-settings', settings: { language: 'auto' } });
    await expect.poll(title).toMatch(/^Sync Lens: \d+ categories arrived/);
  });

  it('opens the store’s categories page when the note is clicked', async () => {
    // A new arrival, for a note to click.
    await addRetailCategory('Gants');
    expect(await nativeSync()).toHaveLength(1);
    await valueFrom(page, { type: 'refresh' });
    await expect.poll(notes, { timeout: 15_000 }).toHaveLength(1);
    const id = (await notes())[0]!;
    expect(id).not.toBe(noteId);

    const opened = session.context.waitForEvent('page', { timeout: 15_000 });
    await clickNote(id);
    const admin = await opened;
    await expect.poll(() => admin.url()).toBe(`${sandbox.origin}/store/${sandbox.connection.storeId}#categories`);
    await expect.poll(notes).toEqual([]);
    await admin.close();
  });

  it('keeps the note back while a job of its own is underway, and gives it when the job has ended', async () => {
    // Made in Retail POS before the job, brought by Lightspeed's sync while it runs.
    await addRetailCategory('Écharpes');
    // A job whose batch eCom keeps waiting: disabling one live category (the merchant's own choice).
    const live = (await valueFrom(page, { type: 'status' }))!.categories.find((c) => c.status === 'live');
    expect(live?.ecomId).toBeTruthy();
    await control(sandbox, '/faults', {
      method: 'PUT',
      body: JSON.stringify([{ match: 'POST /api/v3/\\d+/batch$', hold: true, times: 1 }]),
    });
    const job = await valueFrom(page, {
      type: 'start-job',
      job: { kind: 'disable-categories', ecomIds: [live!.ecomId!] },
    });
    const held = async () => ((await (await control(sandbox, '/faults')).json()) as { held: number }).held;
    await expect.poll(held, { timeout: 15_000 }).toBe(1);

    // Meanwhile Lightspeed's sync brings a category, and a read sees it: the count follows, the note waits.
    const before = await newDisabled();
    expect(await nativeSync()).toHaveLength(1);
    await valueFrom(page, { type: 'refresh' });
    await expect.poll(badge, { timeout: 15_000 }).toBe(String(before + 1));
    expect((await valueFrom(page, { type: 'job-progress', id: job.id }))?.status).toBe('running');
    await settled();
    expect(await notes()).toEqual([]);

    await control(sandbox, '/faults/release', { method: 'POST' });
    await expect
      .poll(async () => (await valueFrom(page, { type: 'job-progress', id: job.id }))?.status, { timeout: 30_000 })
      .toBe('done');
    await expect.poll(notes, { timeout: 15_000 }).toHaveLength(1);
    await clearNote((await notes())[0]!);
    await control(sandbox, '/faults', { method: 'DELETE' });
  });

  it('gives no note while it is turned off, and does not bring up those arrivals when turned on again', async () => {
    const options = await openOptions(session);
    const noteBox = options.getByLabel('Tell me when categories arrive from Retail POS');
    expect(await noteBox.isChecked()).toBe(true);
    await noteBox.uncheck();
    await options.locator('[data-saved="yes"]').waitFor();
    expect((await valueFrom(page, { type: 'settings' })).notify).toBe(false);

    const before = await newDisabled();
    await addRetailCategory('Parapluies');
    expect(await nativeSync()).toHaveLength(1);
    await valueFrom(page, { type: 'refresh' });
    await expect.poll(badge, { timeout: 15_000 }).toBe(String(before + 1));
    await settled();
    expect(await notes()).toEqual([]);

    await noteBox.check();
    await options.locator('[data-saved="yes"]').waitFor();
    await options.close();
    await valueFrom(page, { type: 'refresh' });
    await settled();
    expect(await notes()).toEqual([]);
  });

  it('shows a distinct mark, saying what failed, when the token is refused; the count comes back after', async () => {
    const before = await badge();
    // eCom refuses the token, as it does one revoked in its admin.
    await control(sandbox, '/faults', {
      method: 'PUT',
      body: JSON.stringify([{ match: 'GET /api/v3/.*', status: 401 }]),
    });
    const reply = await askFrom(page, { type: 'refresh', full: true });
    expect(reply.ok).toBe(false);
    await expect.poll(badge, { timeout: 15_000 }).toBe('!');
    expect(await colour()).toEqual(DANGER);
    expect(await title()).toMatch(/^Sync Lens could not read your stores, so it cannot tell what waits for you\./);
    expect(await title()).toContain('eCom refused the token (401)');

    await control(sandbox, '/faults', { method: 'DELETE' });
    await valueFrom(page, { type: 'refresh', full: true });
    await expect.poll(badge, { timeout: 15_000 }).toBe(before);
    expect(await colour()).toEqual(ACCENT);
  });

  it('says nothing once the store is forgotten', async () => {
    await valueFrom(page, { type: 'forget' });
    await expect.poll(badge, { timeout: 15_000 }).toBe('');
    expect(await title()).toBe('Sync Lens: no store is connected yet.');
  });
});
