import type { TestPage } from '../../e2e/support/driver/test-page.ts';

/**
 * The overlay's own controls, found in its two shadow roots only. The shared flows' finder (TestPage.find) walks
 * every element of the page for shadow roots: on 5,000 rows that walk is itself a long task, every 100 ms, which
 * would be measured as the overlay's. This looks in `sync-lens-overlay` and `sync-lens-layer` and nowhere else.
 */

export type Host = 'sync-lens-overlay' | 'sync-lens-layer';

type Spot = { count: number; x: number; y: number };

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

/** How many match `css` (and, when given, whose accessible name or text is `name`), and where the first one is. */
export function findInOverlay(page: TestPage, host: Host, css: string, name?: string, scroll = false): Promise<Spot> {
  return page.evaluate(
    ({ host, css, name, scroll }) => {
      const root = document.querySelector(host)?.shadowRoot;
      const named = (element: Element) =>
        (element.getAttribute('aria-label') ?? element.textContent ?? '').replace(/\s+/g, ' ').trim();
      const found = [...(root?.querySelectorAll(css) ?? [])].filter(
        (element) => name === null || named(element) === name,
      );
      if (found[0] && scroll) found[0].scrollIntoView({ block: 'center' });
      const box = found[0]?.getBoundingClientRect();
      return { count: found.length, x: box ? box.left + box.width / 2 : 0, y: box ? box.top + box.height / 2 : 0 };
    },
    { host, css, name: name ?? null, scroll },
  );
}

/** Waits until something matches, polling as gently as the marks are polled. */
export async function waitInOverlay(page: TestPage, host: Host, css: string, timeout = 30_000): Promise<void> {
  const until = Date.now() + timeout;
  while ((await findInOverlay(page, host, css)).count === 0) {
    if (Date.now() > until) throw new Error(`Waited ${timeout} ms for ${host} ${css}.`);
    await sleep(100);
  }
}

/** A person's click (the browser's own input: the overlay ignores untrusted events) in the middle of a control. */
export async function clickInOverlay(page: TestPage, host: Host, css: string, name?: string): Promise<void> {
  await waitInOverlay(page, host, css);
  const spot = await findInOverlay(page, host, css, name, true);
  if (spot.count === 0) throw new Error(`No ${host} ${css} named "${name}".`);
  await page.raw.clickAt(spot.x, spot.y);
}

/** The text of the first match ('' when none). */
export function textInOverlay(page: TestPage, host: Host, css: string): Promise<string> {
  return page.evaluate(
    ({ host, css }) => document.querySelector(host)?.shadowRoot?.querySelector(css)?.textContent ?? '',
    { host, css },
  );
}
