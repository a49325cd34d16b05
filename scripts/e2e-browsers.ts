/** The browsers the end-to-end flows shared by both run in: every one unless E2E_BROWSERS narrows it. */
export const E2E_BROWSER_NAMES = ['chromium', 'firefox'] as const;
export type E2eBrowser = (typeof E2E_BROWSER_NAMES)[number];

/**
 * Reads E2E_BROWSERS ("chromium", "firefox", "chromium,firefox"), or `variable` (`npm run bench` reads
 * BENCH_BROWSERS); anything else is a mistake said plainly.
 */
export function chosenBrowsers(value = process.env.E2E_BROWSERS, variable = 'E2E_BROWSERS'): E2eBrowser[] {
  if (value === undefined || value.trim() === '') return [...E2E_BROWSER_NAMES];
  const names = value.split(',').map((name) => name.trim().toLowerCase());
  const unknown = names.filter((name) => !(E2E_BROWSER_NAMES as readonly string[]).includes(name));
  if (unknown.length > 0)
    throw new Error(`${variable}: unknown browser ${unknown.join(', ')}; say ${E2E_BROWSER_NAMES.join(' or ')}.`);
  return E2E_BROWSER_NAMES.filter((name) => names.includes(name));
}
