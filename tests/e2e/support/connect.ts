import type { Sandbox } from '../../../sandbox/server.ts';
import type { ExtensionSession } from './extension.ts';

type ChromeStorage = { chrome: { storage: { local: { set(values: object): Promise<void>; clear(): Promise<void> } } } };

/**
 * Connects the extension to a sandbox by writing the connections where the options page would, straight from the
 * service worker: for tests whose subject is not the connecting itself (tests/e2e/options*.test.ts cover that).
 */
export async function connectToSandbox(
  session: ExtensionSession,
  sandbox: Sandbox,
  options: { retail?: boolean; ecomToken?: string } = {},
): Promise<void> {
  const { ecomApi, storeId, ecomToken, retailApi, retailToken, retailAccountID } = sandbox.connection;
  const worker = await session.serviceWorker();
  await worker.evaluate((values) => (globalThis as unknown as ChromeStorage).chrome.storage.local.set(values), {
    ecomConnection: { apiBase: ecomApi, storeId: Number(storeId), token: options.ecomToken ?? ecomToken },
    ...(options.retail === false
      ? {}
      : { retailConnection: { apiBase: retailApi, token: retailToken, accountId: Number(retailAccountID) } }),
  });
}

/**
 * Forgets every connection and setting, as "forget this store" would. The vault's records stay, but without their
 * copy in storage.local they count as no connection (utils/connect/credential-store.ts).
 */
export async function disconnect(session: ExtensionSession): Promise<void> {
  const worker = await session.serviceWorker();
  await worker.evaluate(() => (globalThis as unknown as ChromeStorage).chrome.storage.local.clear());
}
