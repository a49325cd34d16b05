import { execFileSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';

import type { E2eBrowser } from '../../../scripts/e2e-browsers.ts';
import type { Figure } from './figures.ts';

/**
 * The content script's size, gzipped, in what a merchant installs (the store build; the sandbox build adds only
 * the loopback origin): each browser's own build, and whether the two ship the same file.
 */

const OUTPUT: Record<E2eBrowser, string> = { chromium: '.output/chrome-mv3', firefox: '.output/firefox-mv3' };

export function build(args: string[]): void {
  execFileSync('node_modules/.bin/wxt', ['build', ...args], { stdio: 'ignore' });
}

/** Both store builds are made (each is seconds), so a browser's rows can say whether its file is the other's. */
export async function contentScriptSize(): Promise<Record<E2eBrowser, Figure[]>> {
  build([]);
  build(['-b', 'firefox']);
  const files = async (browser: E2eBrowser) => ({
    js: await readFile(`${OUTPUT[browser]}/content-scripts/admin.js`),
    css: await readFile(`${OUTPUT[browser]}/content-scripts/admin.css`),
  });
  const chromium = await files('chromium');
  const firefox = await files('firefox');
  const same = { js: chromium.js.equals(firefox.js), css: chromium.css.equals(firefox.css) };
  const rows = (browser: E2eBrowser, own: typeof chromium): Figure[] => {
    const other = browser === 'chromium' ? 'Firefox' : 'Chromium';
    const sameness = (kind: 'js' | 'css') =>
      same[kind] ? `; the same file as ${other}'s, byte for byte` : `; differs from ${other}'s`;
    return [
      {
        name: 'content script JS, gzipped',
        value: gzipSync(own.js).length / 1024,
        unit: 'kB',
        note: `${(own.js.length / 1024).toFixed(1)} kB raw; aim < 30 kB${sameness('js')}`,
      },
      {
        name: 'content script CSS, gzipped',
        value: gzipSync(own.css).length / 1024,
        unit: 'kB',
        note: `${(own.css.length / 1024).toFixed(1)} kB raw, loaded into the shadow roots${sameness('css')}`,
      },
    ];
  };
  return { chromium: rows('chromium', chromium), firefox: rows('firefox', firefox) };
}
