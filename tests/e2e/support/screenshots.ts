import { mkdir } from 'node:fs/promises';

import type { Page } from 'playwright-core';

export const SCREENSHOT_DIR = '.output/screenshots';

/** Saves what the merchant sees now, for the README and for people reviewing a change. */
export async function screenshot(page: Page, name: string): Promise<void> {
  await mkdir(SCREENSHOT_DIR, { recursive: true });
  await page.screenshot({ path: `${SCREENSHOT_DIR}/${name}.png` });
}
