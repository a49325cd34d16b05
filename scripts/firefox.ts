import { existsSync } from 'node:fs';

/** Finding Firefox for the end-to-end tests: Debian's firefox-esr in CI, or FIREFOX_PATH. */

const CANDIDATES = ['/usr/bin/firefox-esr', '/usr/bin/firefox', '/Applications/Firefox.app/Contents/MacOS/firefox'];

export const HOW_TO_GET_FIREFOX =
  'Install Firefox ESR (Debian/Ubuntu: `sudo apt-get update && sudo apt-get install -y firefox-esr`) or point ' +
  'FIREFOX_PATH at a Firefox binary; E2E_BROWSERS=chromium runs the end-to-end tests in Chromium alone.';

/** The browser to use, or undefined when none is found. */
export function findFirefox(env: NodeJS.ProcessEnv = process.env): string | undefined {
  if (env.FIREFOX_PATH) return existsSync(env.FIREFOX_PATH) ? env.FIREFOX_PATH : undefined;
  return CANDIDATES.find((candidate) => existsSync(candidate));
}
