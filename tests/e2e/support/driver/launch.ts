import type { E2eBrowser } from '../../../../scripts/e2e-browsers.ts';
import { launchChromium } from './chromium-session.ts';
import { launchFirefox } from './firefox-session.ts';
import type { BrowserSession } from './session.ts';

/** Starts `name` with the sandbox build of Sync Lens installed in a fresh profile. */
export function launchBrowser(name: E2eBrowser): Promise<BrowserSession> {
  return name === 'chromium' ? launchChromium() : launchFirefox();
}
