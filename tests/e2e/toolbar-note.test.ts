import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import type { Sandbox } from '../../sandbox/server.ts';
import { startTestSandbox } from '../integration/support/sandbox.ts';
import { connectToSandbox } from './support/connect.ts';
import { launchWithExtension, type ExtensionSession } from './support/extension.ts';
import { openExtensionPage, valueFrom } from './support/extension-page.ts';
import { addRetailCategory, nativeSync } from './support/retail-arrivals.ts';

type NotesInWorker = {
  chrome: {
    notifications: { getAll(): Promise<Record<string, boolean>>; onClicked: { dispatch(id: string): void } };
  };
};

/**
 * The arrival note's click, in Chromium only: a headless browser draws no note to click, and only Chromium lets a
 * test hand the browser's own notifications.onClicked event to the listeners of the service worker, as Chrome
 * does when the merchant clicks a note. The rest of the note and the toolbar count run in both browsers:
 * tests/e2e/both/toolbar.test.ts.
 */
describe('the arrival note, clicked', () => {
  let sandbox: Sandbox;
  let session: ExtensionSession;

  beforeAll(async () => {
    sandbox = await startTestSandbox();
    session = await launchWithExtension();
    await connectToSandbox(session, sandbox);
  });

  afterAll(async () => {
    await session?.close();
    await sandbox?.close();
  });

  it('opens the store’s categories page, and the note is gone', async () => {
    const page = await openExtensionPage(session);
    // The store as the merchant last saw it, then the note turned on (the sandbox build holds its permission).
    await valueFrom(page, { type: 'refresh' });
    await valueFrom(page, { type: 'save-settings', settings: { notify: true } });
    await addRetailCategory(sandbox, 'Gants');
    expect(await nativeSync(sandbox)).toHaveLength(2);
    await valueFrom(page, { type: 'refresh' });

    const worker = await session.serviceWorker();
    const notes = async () =>
      Object.keys(await worker.evaluate(() => (globalThis as unknown as NotesInWorker).chrome.notifications.getAll()));
    await expect.poll(notes, { timeout: 15_000 }).toHaveLength(1);
    const opened = session.context.waitForEvent('page', { timeout: 15_000 });
    await worker.evaluate(
      (id) => (globalThis as unknown as NotesInWorker).chrome.notifications.onClicked.dispatch(id),
      (await notes())[0]!,
    );
    const admin = await opened;
    await expect.poll(() => admin.url()).toBe(`${sandbox.origin}/store/${sandbox.connection.storeId}#categories`);
    await expect.poll(notes).toEqual([]);
  });
});
