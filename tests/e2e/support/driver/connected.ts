import { afterAll, beforeAll } from 'vitest';

import type { Sandbox, SandboxOptions } from '../../../../sandbox/server.ts';
import { startTestSandbox } from '../../../integration/support/sandbox.ts';
import type { E2eBrowser } from '../../../../scripts/e2e-browsers.ts';
import { launchBrowser, type LaunchOptions } from './launch.ts';
import type { BrowserSession } from './session.ts';

/**
 * Connects the extension to a sandbox by writing the connections where the options page would, from one of the
 * extension's pages: for flows whose subject is not the connecting itself (tests/e2e/both/connect.test.ts is).
 */
export async function connectSession(session: BrowserSession, sandbox: Sandbox): Promise<void> {
  const { ecomApi, storeId, ecomToken, retailApi, retailToken, retailAccountID } = sandbox.connection;
  await session.writeStorageLocal({
    ecomConnection: { apiBase: ecomApi, storeId: Number(storeId), token: ecomToken },
    retailConnection: { apiBase: retailApi, token: retailToken, accountId: Number(retailAccountID) },
  });
}

export interface Connected {
  sandbox: Sandbox;
  session: BrowserSession;
}

/**
 * Once per describe block: a sandbox, `browser` with Sync Lens installed, and (unless `connect: false`) the two
 * connected to each other. Returns a getter valid inside tests; everything closes after the block's last test.
 */
export function connectedPerBlock(
  browser: E2eBrowser,
  options: { sandbox?: SandboxOptions; connect?: boolean } & LaunchOptions = {},
): () => Connected {
  let connected: Connected | undefined;
  let sandbox: Sandbox | undefined;
  let session: BrowserSession | undefined;
  beforeAll(async () => {
    sandbox = await startTestSandbox(options.sandbox);
    session = await launchBrowser(browser, options);
    if (options.connect !== false) await connectSession(session, sandbox);
    connected = { sandbox, session };
  });
  afterAll(async () => {
    await session?.close();
    await sandbox?.close();
  });
  return () => {
    if (!connected) throw new Error('The browser and the sandbox are only there inside tests and hooks.');
    return connected;
  };
}
