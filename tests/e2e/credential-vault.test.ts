import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import type { Sandbox } from '../../sandbox/server.ts';
import { startTestSandbox } from '../integration/support/sandbox.ts';
import { connectToSandbox } from './support/connect.ts';
import { launchWithExtension, type ExtensionSession } from './support/extension.ts';
import { backgroundState } from './support/options.ts';
import { openAdmin, waitForBar } from './support/overlay.ts';

/**
 * The tokens are kept in the extension's own IndexedDB, never in storage.local, which Firefox lets any content
 * script of the extension read. Here the tokens are written into storage.local as an older version left them
 * (connectToSandbox writes them there straight from the service worker): the first read of the connections moves
 * them, and the overlay goes on working with them.
 */

describe('the credentials vault', () => {
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

  it('takes the tokens out of storage.local at the first read, and the overlay works with them', async () => {
    const { ecomToken, retailToken, storeId } = sandbox.connection;
    // The overlay asks the background for the status: it reads the connections, and reads both stores with them.
    const admin = await openAdmin(session, sandbox);
    await waitForBar(admin.page);
    await admin.page
      .locator('sync-lens-overlay')
      .getByRole('button', { name: /^Enable \d+ new categories$/ })
      .waitFor({ timeout: 20_000 });

    const { local, vault } = await backgroundState(session);
    const stored = JSON.stringify(local);
    for (const token of [ecomToken, retailToken])
      expect(stored.includes(token), 'a token in storage.local').toBe(false);
    // What the background follows is still there, and the tokens are in the vault.
    expect(local.ecomConnection).toMatchObject({ storeId: Number(storeId) });
    expect(vault.ecomConnection).toMatchObject({ storeId: Number(storeId), token: ecomToken });
    expect(vault.retailConnection).toMatchObject({ token: retailToken });
    await admin.page.close();
  });
});
