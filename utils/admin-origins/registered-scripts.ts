import { browser } from 'wxt/browser';

import { adminMatchesOn } from '../admin-dom/match-patterns.ts';
import { originHost, originPermission } from './read-origin.ts';
import { loadAdminOrigins } from './saved-origins.ts';

/**
 * The overlay on the admin addresses the merchant added: registered at run time
 * (`scripting.registerContentScripts`), one script per origin, on /store/* and /cp/* there. The manifest names
 * eCom's own admin hosts only, so the store listing asks for nothing more at install.
 */

/** The built content script, as WXT writes it (the same file the manifest's content_scripts entry names). */
const CONTENT_SCRIPT = 'content-scripts/admin.js';
const ID_PREFIX = 'sync-lens-admin@';

const idOf = (origin: string) => `${ID_PREFIX}${origin}`;

/**
 * Makes the registered scripts match the saved origins whose permission is granted: registers what is missing,
 * unregisters what is no longer wanted (or no longer allowed). Run after every change and when the background
 * starts (a browser that keeps no registration across restarts gets them back then).
 */
export function syncAdminScripts(): Promise<string[]> {
  // One at a time: the start-up sync and an Add at the same moment would register the same id twice.
  const next = queue.then(syncNow, syncNow);
  queue = next.catch(() => undefined);
  return next;
}

let queue: Promise<unknown> = Promise.resolve();

async function syncNow(): Promise<string[]> {
  const origins = await loadAdminOrigins();
  const allowed: string[] = [];
  for (const origin of origins) {
    if (await browser.permissions.contains({ origins: [originPermission(origin)] })) allowed.push(origin);
  }
  const registered = (await browser.scripting.getRegisteredContentScripts())
    .map((script) => script.id)
    .filter((id) => id.startsWith(ID_PREFIX));
  const wanted = new Set(allowed.map(idOf));
  const stale = registered.filter((id) => !wanted.has(id));
  if (stale.length > 0) await browser.scripting.unregisterContentScripts({ ids: stale });
  const missing = allowed.filter((origin) => !registered.includes(idOf(origin)));
  if (missing.length > 0) {
    const scripts = missing.map((origin) => ({
      id: idOf(origin),
      // Match patterns carry no port: the script runs on the host, the background checks the exact origin.
      matches: adminMatchesOn(originHost(origin)),
      js: [CONTENT_SCRIPT],
      runAt: 'document_idle' as const,
    }));
    try {
      await browser.scripting.registerContentScripts(
        scripts.map((script) => ({ ...script, persistAcrossSessions: true })),
      );
    } catch (error) {
      // A browser that cannot keep a registration across restarts (older Firefox) refuses the flag: registered
      // without it, the scripts come back each time the background starts (above).
      if (!(error instanceof Error) || !/persistAcrossSessions/i.test(error.message)) throw error;
      await browser.scripting.registerContentScripts(scripts);
    }
  }
  return allowed;
}
