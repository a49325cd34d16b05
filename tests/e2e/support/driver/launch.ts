import type { E2eBrowser } from '../../../../scripts/e2e-browsers.ts';
import { launchChromium } from './chromium-session.ts';
import { launchFirefox } from './firefox-session.ts';
import type { BrowserSession, LaunchOptions } from './session.ts';

export type { LaunchOptions };

/** Starts `name` with the sandbox build of Sync Lens installed in a fresh profile. */
export function launchBrowser(name: E2eBrowser, options: LaunchOptions = {}): Promise<BrowserSession> {
  return name === 'chromium' ? launchChromium(options) : launchFirefox(options);
}
