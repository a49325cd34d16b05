import { browser } from 'wxt/browser';

import { loadConnections } from '../../utils/connect/saved-connections.ts';
import { isUnderway } from '../../utils/jobs/model.ts';
import { pageLanguage } from '../../utils/own-pages/language.ts';
import { loadSettings } from '../../utils/settings.ts';
import { waitingOf } from '../../utils/sync/waiting.ts';
import { badgeOf } from '../../utils/toolbar/badge.ts';
import { tellArrivals } from './arrival-notes.ts';
import { currentEngine } from './engine-host.ts';
import { showBadge } from './toolbar-badge.ts';

/** The storage keys whose change changes what the toolbar says: the store, the mode and language, the note. */
const FOLLOWED_KEYS = ['ecomConnection', 'retailConnection', 'settings'];

/**
 * The toolbar icon and the arrival note say what the engine's cache says, in the merchant's language (their
 * setting, else the browser's): read again after every read, job, Forget or connection, and when the worker
 * starts. The note waits while a job of Sync Lens's own is underway (its own changes are not news), and for a
 * read that worked.
 */
async function sayWhatWaits(): Promise<void> {
  const [connections, settings] = await Promise.all([loadConnections(), loadSettings()]);
  const language = pageLanguage(settings.language, navigator.languages);
  const engine = connections.ecom ? await currentEngine() : null;
  if (!connections.ecom || !engine) {
    await showBadge(badgeOf({ connected: false }, language));
    return;
  }
  const [glance, categories] = await Promise.all([engine.glance(), engine.categories()]);
  const waiting = waitingOf(categories, settings.mode);
  await showBadge(badgeOf({ connected: true, waiting, problem: glance.lastError }, language));
  const jobUnderway = glance.jobs.some((job) => isUnderway(job.status));
  if (glance.readAt === null || glance.lastError !== null || jobUnderway) return;
  const inEcom = new Set(categories.flatMap((state) => (state.ecomId === null ? [] : [state.ecomId])));
  await tellArrivals(engine, connections.ecom, waiting.arrived, inEcom, settings, language);
}

/**
 * One update at a time, and a call made during one brings one more after it (it may follow a newer read); calls
 * made meanwhile share that one.
 */
function oneAfterAnother(work: () => Promise<void>): () => void {
  let running = false;
  let again = false;
  const run = async () => {
    running = true;
    do {
      again = false;
      await work().catch((error: unknown) => console.warn('Sync Lens: toolbar:', error));
    } while (again);
    running = false;
  };
  return () => {
    if (running) again = true;
    else void run();
  };
}

/** Starts following: the engine's reads and jobs, the connections and settings, and at once from the cache. */
export function followToolbar(follow: (listener: () => void) => void): void {
  const update = oneAfterAnother(sayWhatWaits);
  follow(update);
  browser.storage.onChanged.addListener((changes, area) => {
    if (area === 'local' && FOLLOWED_KEYS.some((key) => key in changes)) update();
  });
  update();
}
