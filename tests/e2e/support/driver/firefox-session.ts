import { resolve } from 'node:path';

import puppeteer, { type Browser, type Page } from 'puppeteer-core';

import { findFirefox, HOW_TO_GET_FIREFOX } from '../../../../scripts/firefox.ts';
import type { BrowserSession, ChromeInPage, LaunchOptions } from './session.ts';
import { TestPage, type RawPage } from './test-page.ts';

/** The Firefox sandbox build: the store build plus the loopback origin, built by `npm run build:sandbox`. */
// FIREFOX_SANDBOX_BUILD runs the flows on another build (the README's Manifest V2 comparison ran them on one).
export const FIREFOX_SANDBOX_BUILD = resolve(process.env.FIREFOX_SANDBOX_BUILD ?? '.output/firefox-mv3-sandbox');

/** Sync Lens's add-on id (wxt.config.ts), and the fixed address its pages get in the test profile. */
export const FIREFOX_ADDON_ID = '{5d2c6a1e-8f3b-4c0a-9e67-2b1d4f8a7c35}';
const INTERNAL_UUID = '6f1e2d3c-4b5a-4968-8776-a5b4c3d2e1f0';
export const FIREFOX_EXTENSION_ORIGIN = `moz-extension://${INTERNAL_UUID}`;

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

/** A Puppeteer page as the shared flows (and the benches in both browsers) drive it. */
export function puppeteerPage(page: Page): TestPage {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error instanceof Error ? error.message : String(error)));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  const raw: RawPage = {
    errors,
    goto: async (url) => void (await page.goto(url)),
    reload: () => reloadPage(page),
    evaluate: (fn, arg) => page.evaluate(fn as never, arg) as never,
    runSource: async (source) => void (await page.evaluate(source)),
    // A WebDriver BiDi preload script: it runs before the page's own scripts, as Playwright's init scripts do.
    addInitScript: async (fn) => void (await page.evaluateOnNewDocument(fn)),
    bringToFront: () => page.bringToFront(),
    clickAt: (x, y) => page.mouse.click(x, y),
    type: (text) => page.keyboard.type(text),
    press: (key) => page.keyboard.press(key as never),
    setSize: (width, height) => page.setViewport({ width, height }),
    screenshot: async (path) => void (await page.screenshot({ path: path as `${string}.png` })),
    close: () => page.close(),
  };
  return new TestPage(raw);
}

/**
 * Loads the page again and waits until the new document has loaded. Puppeteer's reload waits for a navigation
 * BiDi never reports on an extension's page (it times out), so the page reloads itself and is polled instead.
 */
async function reloadPage(page: Page): Promise<void> {
  await page.evaluate(() => {
    (globalThis as { beforeReload?: boolean }).beforeReload = true;
    setTimeout(() => location.reload(), 0);
  });
  for (let tries = 0; tries < 150; tries++) {
    await sleep(100);
    const loaded = await page
      .evaluate(() => !(globalThis as { beforeReload?: boolean }).beforeReload && document.readyState === 'complete')
      .catch(() => false);
    if (loaded) return;
  }
  throw new Error('The page did not load again.');
}

/** Where a page really is: WebDriver BiDi reports the extension's own pages as about:blank. */
async function addressOf(page: Page): Promise<string> {
  return page.evaluate(() => location.href).catch(() => '');
}

/**
 * The first page not among `known` whose address `wanted` accepts, once it has loaded: the extension's own pages
 * are opened by the extension (BiDi will not navigate to a moz-extension: address) and found here.
 */
async function pageWhere(
  browser: Browser,
  wanted: (address: string) => boolean,
  known: ReadonlySet<Page>,
  what: string,
): Promise<Page> {
  // Up to 30 s: Firefox's sign-in window took longer than 15 s to come once, with three test files running.
  for (let tries = 0; tries < 300; tries++) {
    for (const page of await browser.pages()) {
      if (known.has(page)) continue;
      if (wanted(await addressOf(page))) {
        await page.waitForFunction(() => document.readyState === 'complete');
        return page;
      }
    }
    await sleep(100);
  }
  throw new Error(`Firefox opened no page ${what}.`);
}

function pageAt(browser: Browser, address: string, known: ReadonlySet<Page>): Promise<Page> {
  return pageWhere(browser, (at) => at === address, known, `at ${address}`);
}

/**
 * Debian's Firefox ESR headless in a fresh profile, driven over WebDriver BiDi, with nothing installed yet: the
 * sessions below install Sync Lens in it, and the benches also use it bare, for the admin without the extension.
 */
export async function startFirefox(options: LaunchOptions = {}): Promise<Browser> {
  const executablePath = findFirefox();
  if (!executablePath) throw new Error(`No Firefox found for the end-to-end tests. ${HOW_TO_GET_FIREFOX}`);
  return puppeteer.launch({
    browser: 'firefox',
    executablePath,
    headless: true,
    defaultViewport: { width: 1280, height: 860 },
    extraPrefsFirefox: {
      // A known address for the extension's pages, so a test can tell them apart.
      'extensions.webextensions.uuids': JSON.stringify({ [FIREFOX_ADDON_ID]: INTERNAL_UUID }),
      // Names Firefox resolves to loopback, where the sandbox serves.
      ...(options.loopbackHosts?.length ? { 'network.dns.localDomains': options.loopbackHosts.join(',') } : {}),
    },
  });
}

/** Debian's Firefox ESR with the sandbox build installed as a temporary add-on, driven over WebDriver BiDi. */
export async function launchFirefox(options: LaunchOptions = {}): Promise<BrowserSession> {
  const browser = await startFirefox(options);
  try {
    const id = await browser.installExtension(resolve(FIREFOX_SANDBOX_BUILD));
    if (id !== FIREFOX_ADDON_ID) throw new Error(`Firefox installed ${id}, not Sync Lens (${FIREFOX_ADDON_ID}).`);
    const install = await pageAt(browser, `${FIREFOX_EXTENSION_ORIGIN}/options.html`, new Set());

    // The extension opens its own pages: a tab of its options page stays open to speak to the background from.
    let home: Page | null = null;
    const openExtensionPage = async (path: string, from: Page) => {
      const known = new Set(await browser.pages());
      await from.evaluate(async (url) => {
        const { chrome } = globalThis as unknown as ChromeInPage;
        await chrome.tabs.create({ url: chrome.runtime.getURL(url) });
      }, path);
      return pageAt(browser, `${FIREFOX_EXTENSION_ORIGIN}/${path}`, known);
    };
    // At an address of its own: Firefox's runtime.openOptionsPage() switches to a tab already at options.html
    // rather than opening one, and a flow must see the page the extension opens.
    home = await openExtensionPage('options.html?home', install);
    await home.evaluate(() => {
      const scope = globalThis as unknown as ChromeInPage & { notesMade: string[] };
      scope.notesMade = [];
      scope.chrome.notifications.onClosed.addListener((id) => scope.notesMade.push(id));
    });
    // A blank tab of its own keeps the window open when a reload of the add-on closes every page of it.
    await browser.newPage();
    const homePage = () => {
      if (!home) throw new Error('The extension was reloaded: its pages are gone, and no new one can be opened.');
      return home;
    };

    return {
      name: 'firefox',
      newPage: async () => puppeteerPage(await browser.newPage()),
      openExtensionPage: async (path) => puppeteerPage(await openExtensionPage(path, homePage())),
      installTab: async () => puppeteerPage(install),
      pageOpenedBy: async (action, wanted) => {
        const known = new Set(await browser.pages());
        await action();
        return puppeteerPage(await pageWhere(browser, wanted, known, 'such as the flow awaited'));
      },
      ask: (request) =>
        homePage().evaluate(
          (message) => (globalThis as unknown as ChromeInPage).chrome.runtime.sendMessage(message),
          request,
        ) as never,
      inExtensionPage: (fn, arg) => homePage().evaluate(fn as never, arg) as never,
      notes: () => homePage().evaluate(() => [...(globalThis as unknown as { notesMade: string[] }).notesMade]),
      clearNote: async (id) => {
        await homePage().evaluate((noteId) => {
          const scope = globalThis as unknown as ChromeInPage & { notesMade: string[] };
          scope.notesMade = scope.notesMade.filter((made) => made !== noteId);
          return scope.chrome.notifications.clear(noteId);
        }, id);
      },
      storageLocal: () =>
        homePage().evaluate(() => (globalThis as unknown as ChromeInPage).chrome.storage.local.get(null)),
      writeStorageLocal: async (values) => {
        await homePage().evaluate(
          (written) => (globalThis as unknown as ChromeInPage).chrome.storage.local.set(written),
          values,
        );
      },
      // Firefox gives WebDriver no handle on an add-on's background: the add-on is reloaded, which ends its
      // background at once, mid-request if it is in one, and starts a new one (as after a crash or an update).
      // Its pages close with it (WebDriver BiDi does not always say so: their frame is simply gone).
      stopBackground: async () => {
        const page = homePage();
        home = null;
        await page.evaluate(
          () => void setTimeout(() => (globalThis as unknown as ChromeInPage).chrome.runtime.reload(), 0),
        );
        for (let tries = 0; await page.evaluate(() => true).catch(() => false); tries++) {
          if (tries > 100) throw new Error('Firefox did not reload Sync Lens.');
          await sleep(100);
        }
      },
      close: () => browser.close(),
    };
  } catch (error) {
    await browser.close();
    throw error;
  }
}
