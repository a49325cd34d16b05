import type { Locator, Page } from 'playwright-core';

import type { ExtensionSession } from './extension.ts';
import { readExtensionState } from './extension-state.ts';

/** Opens the options page the way the browser does (its own tab) and waits until it has read the background. */
export async function openOptions(session: ExtensionSession): Promise<Page> {
  const page = await session.context.newPage();
  const address = `chrome-extension://${session.extensionId}/options.html`;
  try {
    await page.goto(address);
  } catch (error) {
    // A fresh profile's install opens the options page (runtime.openOptionsPage), and Chrome may take a tab that is
    // already on its way there for it, loading it anew: the same page, so wait for it instead.
    if (!String(error).includes('interrupted by another navigation')) throw error;
    await page.waitForURL(address);
  }
  await page.locator('main[data-ready="yes"]').waitFor();
  return page;
}

/** Everything the background keeps (see readExtensionState), read from its service worker. */
export async function backgroundState(session: ExtensionSession) {
  return (await session.serviceWorker()).evaluate(readExtensionState);
}

/** Opens the "Advanced" part of a card if it is closed. */
export async function openAdvanced(card: Locator): Promise<void> {
  const advanced = card.locator('details.advanced');
  if (!(await advanced.evaluate((details) => (details as HTMLDetailsElement).open)))
    await advanced.locator('summary').click();
}

/** Fills the eCom card's fields (the API address sits under "Advanced") and submits. */
export async function submitEcom(
  page: Page,
  fields: { storeId: string; token: string; apiBase: string },
): Promise<void> {
  const card = page.locator('[data-card="ecom"]');
  await card.getByLabel('Store ID').fill(fields.storeId);
  await card.getByLabel('API token').fill(fields.token);
  await openAdvanced(card);
  await card.getByLabel('eCom API address').fill(fields.apiBase);
  await card.getByRole('button', { name: /Check and (connect|replace)/ }).click();
}
