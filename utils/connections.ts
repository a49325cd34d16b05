import { browser } from 'wxt/browser';

/**
 * Which stores the merchant has connected. Credentials live in the background's storage.local only (never
 * storage.sync, never sent to a page); this reads whether they are there, not what they are.
 */
export async function readConnections(): Promise<{ retail: boolean; ecom: boolean }> {
  const { retailConnection, ecomConnection } = await browser.storage.local.get([
    'retailConnection',
    'ecomConnection',
  ]);
  return { retail: retailConnection !== undefined, ecom: ecomConnection !== undefined };
}
