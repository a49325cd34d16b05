import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';

import { syncAdminScripts } from '../../utils/admin-origins/registered-scripts.ts';
import { lockCredentialStorage, moveSecretsToVault } from '../../utils/connect/saved-connections.ts';
import { listenToNotes } from './arrival-notes.ts';
import { currentEngine, followEngines } from './engine-host.ts';
import { createHandlers } from './handlers/engine.ts';
import { scheduledRefresh } from '../../utils/engine/scheduled-refresh.ts';
import { senderFacts } from './sender-facts.ts';
import { serveMessages } from './serve.ts';
import { loadSettings } from '../../utils/settings.ts';
import { followToolbar } from './toolbar.ts';

const REFRESH_ALARM = 'sync-lens:refresh';
const JOBS_ALARM = 'sync-lens:jobs';

/** Reads both stores every `minutes` (the merchant's setting); an alarm already at that period is left alone. */
async function scheduleRefresh(minutes: number): Promise<void> {
  const alarm = await browser.alarms.get(REFRESH_ALARM);
  if (alarm?.periodInMinutes !== minutes) await browser.alarms.create(REFRESH_ALARM, { periodInMinutes: minutes });
}

// Wires the engine to the browser's events; the logic lives in utils/.
export default defineBackground(() => {
  // Before anything else: content scripts may not read storage.local (Chrome; see utils/connect/saved-connections.ts),
  // and tokens an older version left there go to the vault, which no content script can open (Firefox too).
  void lockCredentialStorage();
  void moveSecretsToVault().catch((error: unknown) => console.warn('Sync Lens: tokens not moved yet:', error));

  /** Runs the jobs that are ready, then sets an alarm for the next one that waits. */
  const runJobs = async () => {
    const engine = await currentEngine();
    if (!engine) return;
    const wakeAt = await engine.runJobs();
    if (wakeAt) await browser.alarms.create(JOBS_ALARM, { when: Math.max(Date.now() + 1_000, Date.parse(wakeAt)) });
  };
  const kick = () => void runJobs().catch((error: unknown) => console.warn('Sync Lens: jobs stopped:', error));

  /** A first read right after connecting, so the merchant sees their categories explained at once. */
  const refreshSoon = () =>
    void currentEngine()
      .then((engine) => engine?.refresh())
      .catch((error: unknown) => console.warn('Sync Lens: refresh failed:', error))
      .finally(kick);

  serveMessages(
    createHandlers(kick, {
      refreshSoon,
      clearSchedules: async () => {
        await browser.alarms.clear(JOBS_ALARM);
      },
    }),
    senderFacts,
  );

  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === JOBS_ALARM) kick();
    if (alarm.name === REFRESH_ALARM) {
      // The mode is read once the engine is had: a store being switched meanwhile has put it back to Watch by then.
      void currentEngine()
        .then(async (engine) => engine && scheduledRefresh(engine, await loadSettings()))
        .catch((error: unknown) => console.warn('Sync Lens: refresh failed:', error))
        .finally(kick);
    }
  });

  void loadSettings().then((settings) => scheduleRefresh(settings.refreshMinutes));
  browser.storage.onChanged.addListener((changes, area) => {
    if (area === 'local' && 'settings' in changes) {
      void loadSettings().then((settings) => scheduleRefresh(settings.refreshMinutes));
    }
  });

  // A new merchant lands on the page that connects their stores: nothing to find first.
  browser.runtime.onInstalled.addListener(({ reason }) => {
    if (reason === 'install') void browser.runtime.openOptionsPage();
  });

  // The overlay on the admin addresses the merchant added: registered again where the browser kept none.
  void syncAdminScripts().catch((error: unknown) => console.warn('Sync Lens: admin addresses:', error));

  // The toolbar icon's count and the arrival note follow every read, job and connection; a note opens its page.
  followToolbar(followEngines);
  listenToNotes();

  // A worker that starts (after being stopped, or killed mid-job) picks up where the last one left off.
  kick();
});
