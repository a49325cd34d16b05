import { readExtensionState } from '../extension-state.ts';
import type { BrowserSession, ChromeInPage } from './session.ts';
import type { TestPage } from './test-page.ts';

/** The extension's own pages (options, popup) as the shared flows drive them, in either browser. */

/** Set by both pages once they have read the background: before that, they show nothing worth checking. */
export const READY_PAGE = 'main[data-ready="yes"]';

/** The options page in a new tab, once it has read the background. */
export async function openOptions(session: BrowserSession): Promise<TestPage> {
  const page = await session.openExtensionPage('options.html');
  await page.waitFor(READY_PAGE);
  return page;
}

/** The toolbar popup's page in a tab, at the popup's size, once it has read the background. */
export async function openPopup(session: BrowserSession): Promise<TestPage> {
  const page = await session.openExtensionPage('popup.html');
  await page.setSize(360, 600);
  await page.waitFor(READY_PAGE);
  return page;
}

/** Opens the "Advanced" part of an options card (`[data-card="…"]`) if it is closed. */
export async function openAdvanced(page: TestPage, card: string): Promise<void> {
  const advanced = `[data-card="${card}"] details.advanced`;
  const open = await page.evaluate((css) => (document.querySelector(css) as HTMLDetailsElement).open, advanced);
  if (!open) await page.click(`${advanced} > summary`);
}

/** Fills the eCom card's fields (the API address sits under "Advanced") and submits. */
export async function submitEcom(
  page: TestPage,
  fields: { storeId: string; token: string; apiBase: string },
): Promise<void> {
  await page.fill({ label: 'Store ID' }, fields.storeId);
  await page.fill({ label: 'API token' }, fields.token);
  await openAdvanced(page, 'ecom');
  await page.fill({ label: 'eCom API address' }, fields.apiBase);
  const submit = (await page.count({ css: '[data-card="ecom"] button', text: 'Check and connect' }))
    ? 'Check and connect'
    : 'Check and replace';
  await page.click({ css: '[data-card="ecom"] button', text: submit });
}

/** A notice of the options page: `#<card>-notice`, of the kind given (error, success). */
export function notice(card: string, kind: string): string {
  return `#${card}-notice[data-notice="${kind}"]`;
}

/** What the extension keeps (see readExtensionState), read from one of its pages: the same origin as its background. */
export function extensionState(page: TestPage) {
  return page.evaluate(readExtensionState);
}

/** The address Lightspeed sends the merchant back to, as this browser's identity API gives it to the extension. */
export function identityRedirect(page: TestPage): Promise<string> {
  return page.evaluate(() => (globalThis as unknown as ChromeInPage).chrome.identity.getRedirectURL());
}
