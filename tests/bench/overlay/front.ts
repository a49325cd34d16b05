import type { TestPage } from '../../e2e/support/driver/test-page.ts';

/**
 * Makes `page` the tab shown, and checks the page agrees. A hidden tab's timers are throttled (to once a second
 * in Firefox, headless too) and its frames not drawn, so the overlay's slices (setTimeout 0) and its "drawn"
 * marks (requestAnimationFrame) would measure the throttling: Firefox leaves the extension's options tabs in
 * front of a new page, Chromium's headless tabs all count as shown.
 */
export async function showPage(page: TestPage): Promise<void> {
  await page.bringToFront();
  for (let tries = 0; tries < 50; tries++) {
    if ((await page.evaluate(() => document.visibilityState)) === 'visible') return;
    await new Promise((done) => setTimeout(done, 100));
  }
  throw new Error('The measured tab stays hidden: its timers and frames would be throttled.');
}
