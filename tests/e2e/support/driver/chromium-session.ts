import type { Page } from 'playwright-core';

import { launchWithExtension, SANDBOX_BUILD } from '../extension.ts';
import type { BrowserSession, ChromeInPage, LaunchOptions } from './session.ts';
import { TestPage, type RawPage } from './test-page.ts';

/** A Playwright page as the shared flows (and the benches in both browsers) drive it. */
export function playwrightPage(page: Page): TestPage {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  const raw: RawPage = {
    errors,
    goto: async (url) => void (await page.goto(url)),
    reload: async () => void (await page.reload()),
    evaluate: (fn, arg) => page.evaluate(fn as never, arg) as never,
    runSource: async (source) => void (await page.evaluate(source)),
    addInitScript: async (fn) => void (await page.addInitScript(fn)),
    bringToFront: () => page.bringToFront(),
    clickAt: (x, y) => page.mouse.click(x, y),
    type: (text) => page.keyboard.type(text),
    press: (key) => page.keyboard.press(key),
    setSize: (width, height) => page.setViewportSize({ width, height }),
    screenshot: async (path) => void (await page.screenshot({ path })),
    close: () => page.close(),
  };
  return new TestPage(raw);
}

/** Chromium from Debian with the sandbox build loaded unpacked, driven by Playwright. */
export async function launchChromium(options: LaunchOptions = {}): Promise<BrowserSession> {
  const hosts = options.loopbackHosts ?? [];
  const session = await launchWithExtension(
    SANDBOX_BUILD,
    hosts.length > 0 ? [`--host-resolver-rules=${hosts.map((host) => `MAP ${host} 127.0.0.1`).join(', ')}`] : [],
  );
  const origin = `chrome-extension://${session.extensionId}`;
  const install = session.installTab;
  // The extension's manifest, opened as a page of its own origin: runtime messaging works from there.
  const home = await session.context.newPage();
  await home.goto(`${origin}/manifest.json`);

  const openExtensionPage = async (path: string) => {
    const page = await session.context.newPage();
    try {
      await page.goto(`${origin}/${path}`);
    } catch (error) {
      // At install the extension opens its options page, and Chrome may hand this tab's navigation to it.
      if (!String(error).includes('interrupted by another navigation')) throw error;
      await page.waitForURL(`${origin}/${path}`);
    }
    return playwrightPage(page);
  };

  return {
    name: 'chromium',
    newPage: async () => playwrightPage(await session.context.newPage()),
    openExtensionPage,
    installTab: async () => playwrightPage(install),
    pageOpenedBy: async (action, wanted) => {
      const known = new Set(session.context.pages());
      await action();
      for (let tries = 0; tries < 150; tries++) {
        const page = session.context.pages().find((open) => !known.has(open) && wanted(open.url()));
        if (page) {
          await page.waitForLoadState();
          return playwrightPage(page);
        }
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      throw new Error('Chromium opened no such page.');
    },
    ask: (request) =>
      home.evaluate(
        (message) => (globalThis as unknown as ChromeInPage).chrome.runtime.sendMessage(message),
        request,
      ) as never,
    inExtensionPage: (fn, arg) => home.evaluate(fn as never, arg) as never,
    notes: async () =>
      Object.keys(await home.evaluate(() => (globalThis as unknown as ChromeInPage).chrome.notifications.getAll())),
    clearNote: async (id) =>
      void (await home.evaluate(
        (noteId) => (globalThis as unknown as ChromeInPage).chrome.notifications.clear(noteId),
        id,
      )),
    storageLocal: () => home.evaluate(() => (globalThis as unknown as ChromeInPage).chrome.storage.local.get(null)),
    writeStorageLocal: (values) =>
      home.evaluate((written) => (globalThis as unknown as ChromeInPage).chrome.storage.local.set(written), values),
    stopBackground: async () => {
      const cdp = await session.context.newCDPSession(home);
      const workers = async () =>
        (await cdp.send('Target.getTargets')).targetInfos.filter(
          (target) => target.type === 'service_worker' && target.url.startsWith(origin),
        );
      for (const worker of await workers()) await cdp.send('Target.closeTarget', { targetId: worker.targetId });
      for (let tries = 0; (await workers()).length > 0; tries++) {
        if (tries > 50) throw new Error('The service worker did not stop.');
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      await cdp.detach();
    },
    close: () => session.close(),
  };
}
