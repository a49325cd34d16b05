import { chromium } from 'playwright-core';

import { chromeFlags, findChrome, HOW_TO_GET_CHROMIUM } from '../../../scripts/chrome.ts';
import { chosenBrowsers, type E2eBrowser } from '../../../scripts/e2e-browsers.ts';
import { playwrightPage } from '../../e2e/support/driver/chromium-session.ts';
import { puppeteerPage, startFirefox } from '../../e2e/support/driver/firefox-session.ts';
import type { TestPage } from '../../e2e/support/driver/test-page.ts';

/** The browsers a bench runs in: both, unless BENCH_BROWSERS (or a browser named to `npm run bench`) narrows. */
export function benchBrowsers(): E2eBrowser[] {
  return chosenBrowsers(process.env.BENCH_BROWSERS, 'BENCH_BROWSERS');
}

export interface PlainBrowser {
  page: TestPage;
  close(): Promise<void>;
}

/**
 * One tab of `name` without the extension, started as the bench starts it with the extension (same flags or
 * prefs, same viewport): the reference the overlay's figures are read against.
 */
export async function launchPlain(name: E2eBrowser): Promise<PlainBrowser> {
  if (name === 'firefox') {
    const browser = await startFirefox();
    return { page: puppeteerPage(await browser.newPage()), close: () => browser.close() };
  }
  const executablePath = findChrome();
  if (!executablePath) throw new Error(`No Chromium found for the benches. ${HOW_TO_GET_CHROMIUM}`);
  // The same flags as the extension's browser, less the two that load it.
  const args = chromeFlags('').filter((flag) => !flag.includes('-extension'));
  const browser = await chromium.launch({ executablePath, args });
  const page = await browser.newPage({ viewport: { width: 1280, height: 860 } });
  return { page: playwrightPage(page), close: () => browser.close() };
}
