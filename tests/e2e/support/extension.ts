import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';

import { chromeFlags, findChrome, HOW_TO_GET_CHROMIUM } from '../../../scripts/chrome.ts';

/** The sandbox build: the store build plus the loopback origin, built by `npm run build:sandbox`. */
export const SANDBOX_BUILD = resolve('.output/chrome-mv3-sandbox');

export interface ExtensionSession {
  context: BrowserContext;
  extensionId: string;
  /** The options tab the extension opened by itself at install. */
  installTab: Page;
  serviceWorker(): Promise<Worker>;
  close(): Promise<void>;
}

/** Starts Chromium headless in a fresh profile with the built extension loaded, as a merchant would have it. */
export async function launchWithExtension(
  extensionDir = SANDBOX_BUILD,
  extraArgs: readonly string[] = [],
): Promise<ExtensionSession> {
  const executablePath = findChrome();
  if (!executablePath) throw new Error(`No Chromium found for the end-to-end tests. ${HOW_TO_GET_CHROMIUM}`);
  const profile = await mkdtemp(join(tmpdir(), 'sync-lens-e2e-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath,
    headless: true,
    args: [...chromeFlags(extensionDir), ...extraArgs],
    // Playwright turns extensions off by default; this test is about one.
    ignoreDefaultArgs: ['--disable-extensions'],
    viewport: { width: 1280, height: 860 },
  });

  const serviceWorker = async () =>
    context.serviceWorkers().find((worker) => worker.url().startsWith('chrome-extension://')) ??
    (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
  const extensionId = new URL((await serviceWorker()).url()).host;
  // Sync Lens opens its options page at install. Until that tab is there, Chrome may give its navigation to any
  // tab a test opens meanwhile, cutting short what that tab was loading: every session starts once it is.
  const options = `chrome-extension://${extensionId}/options.html`;
  let installTab: Page | undefined;
  for (let tries = 0; !(installTab = context.pages().find((page) => page.url() === options)); tries++) {
    if (tries > 150)
      throw new Error(
        `Chromium opened no options tab at install; tabs: ${context
          .pages()
          .map((page) => page.url())
          .join(', ')}`,
      );
    await new Promise((resolve) => setTimeout(resolve, 100));
  }

  return {
    context,
    extensionId,
    installTab,
    serviceWorker,
    close: async () => {
      await context.close();
      await rm(profile, { recursive: true, force: true });
    },
  };
}
