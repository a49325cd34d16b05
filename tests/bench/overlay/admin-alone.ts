import type { E2eBrowser } from '../../../scripts/e2e-browsers.ts';
import { launchPlain } from './browsers.ts';
import { median } from './figures.ts';
import { showPage } from './front.ts';

/**
 * The admin's own drawing of the page, in the same browser without the extension: from its list's insertion to
 * the next frame drawn. The overlay's "drawn" figures include this, as its badges go into the same frame.
 */
export async function adminAlone(browser: E2eBrowser, url: string, runs: number): Promise<number | null> {
  const { page, close } = await launchPlain(browser);
  try {
    await page.addInitScript(() => {
      const drawn: number[] = [];
      (window as unknown as { __drawn: number[] }).__drawn = drawn;
      new MutationObserver((records) => {
        for (const record of records) {
          for (const node of record.addedNodes) {
            if (!(node instanceof HTMLElement) || !node.querySelector('ul.ec-category-tree[role="tree"]')) continue;
            const from = performance.now();
            requestAnimationFrame(() => setTimeout(() => drawn.push(performance.now() - from), 0));
          }
        }
      }).observe(document, { childList: true, subtree: true });
    });
    await showPage(page);
    const times: number[] = [];
    for (let run = 0; run < runs; run++) {
      await page.goto(url);
      for (let tries = 0; ; tries++) {
        const first = await page.evaluate(() => (window as unknown as { __drawn: number[] }).__drawn[0] ?? null);
        if (first !== null) {
          times.push(first);
          break;
        }
        if (tries > 1200) throw new Error('The admin never drew its list.');
        await new Promise((done) => setTimeout(done, 100));
      }
    }
    return median(times);
  } finally {
    await close();
  }
}
