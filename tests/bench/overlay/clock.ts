import type { TestPage } from '../../e2e/support/driver/test-page.ts';
import type { Figure } from './figures.ts';

/**
 * The smallest step of the page's clock (performance.now(), which the marks are timed by): Firefox rounds it to
 * a whole millisecond on a page that is not cross-origin isolated, Chromium to a tenth, so a Firefox figure is
 * only good to ±1 ms. Measured rather than assumed: the smallest non-zero difference between readings.
 */
export async function clockStep(page: TestPage): Promise<Figure> {
  const step = await page.evaluate(() => {
    let smallest = Infinity;
    let last = performance.now();
    for (let reads = 0; reads < 200_000 && smallest > 0.001; reads++) {
      const now = performance.now();
      if (now > last) smallest = Math.min(smallest, now - last);
      last = now;
    }
    return smallest;
  });
  return { name: 'page clock step', value: step, unit: 'ms', note: 'the marks’ resolution: performance.now()’s step' };
}
