import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';

import { currentEngine } from '../utils/engine/host.ts';
import { createHandlers } from '../utils/engine/handlers.ts';
import { scheduledRefresh } from '../utils/engine/scheduled-refresh.ts';
import { serveMessages } from '../utils/messaging/serve.ts';
import { loadSettings } from '../utils/settings.ts';

const REFRESH_ALARM = 'sync-lens:refresh';
const JOBS_ALARM = 'sync-lens:jobs';
const REFRESH_MINUTES = 5;

// Wires the engine to the browser's events; the logic lives in utils/.
export default defineBackground(() => {
  /** Runs the jobs that are ready, then sets an alarm for the next one that waits. */
  const runJobs = async () => {
    const engine = await currentEngine();
    if (!engine) return;
    const wakeAt = await engine.runJobs();
    if (wakeAt) await browser.alarms.create(JOBS_ALARM, { when: Math.max(Date.now() + 1_000, Date.parse(wakeAt)) });
  };
  const kick = () => void runJobs().catch((error: unknown) => console.warn('Sync Lens: jobs stopped:', error));

  serveMessages(createHandlers(kick));

  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === JOBS_ALARM) kick();
    if (alarm.name === REFRESH_ALARM) {
      void Promise.all([currentEngine(), loadSettings()])
        .then(([engine, settings]) => engine && scheduledRefresh(engine, settings))
        .catch((error: unknown) => console.warn('Sync Lens: refresh failed:', error))
        .finally(kick);
    }
  });

  void browser.alarms.get(REFRESH_ALARM).then((alarm) => {
    if (!alarm) void browser.alarms.create(REFRESH_ALARM, { periodInMinutes: REFRESH_MINUTES });
  });

  // A worker that starts (after being stopped, or killed mid-job) picks up where the last one left off.
  kick();
});
