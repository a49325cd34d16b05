import { existsSync } from 'node:fs';

/**
 * Finding and starting Chromium, for `npm start` and the end-to-end tests. Playwright's own browser download
 * is not used: the browser comes from the system (Debian's chromium package in CI) or CHROME_PATH.
 */

const CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/snap/bin/chromium',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
];

export const HOW_TO_GET_CHROMIUM =
  'Install Chromium (Debian/Ubuntu: `sudo apt-get update && sudo apt-get install -y chromium`) ' +
  'or point CHROME_PATH at a Chromium or Chrome for Testing binary. ' +
  'Branded Google Chrome ignores --load-extension since version 137, so prefer Chromium.';

/** The browser to use, or undefined when none is found. */
export function findChrome(env: NodeJS.ProcessEnv = process.env): string | undefined {
  if (env.CHROME_PATH) return existsSync(env.CHROME_PATH) ? env.CHROME_PATH : undefined;
  return CANDIDATES.find((candidate) => existsSync(candidate));
}

/**
 * Flags every start needs here: no sandbox when running as root (containers, CI), and no background networking,
 * which on a closed network only produces refused connections and noise.
 */
export function chromeFlags(extensionDir: string): string[] {
  const flags = [
    `--disable-extensions-except=${extensionDir}`,
    `--load-extension=${extensionDir}`,
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
    '--no-default-browser-check',
    '--disable-gpu',
    '--disable-quic',
  ];
  if (process.getuid?.() === 0) flags.push('--no-sandbox');
  return flags;
}
