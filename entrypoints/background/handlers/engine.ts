import { browser } from 'wxt/browser';

import { createAdminOriginHandlers } from './admin-origins.ts';
import { createConnectHandlers, type ConnectDeps } from './connect.ts';
import { READ_ONLY } from '../../../utils/i18n/said/refusals.ts';
import { loadConnections, readConnections } from '../../../utils/connect/saved-connections.ts';
import { overlayMessages } from '../../../utils/i18n/overlay-messages.ts';
import { isUnderway, progressOf } from '../../../utils/jobs/model.ts';
import type { Handlers } from '../../../utils/messaging/protocol.ts';
import { HandlerError } from '../serve.ts';
import type { Engine } from '../../../utils/engine/engine.ts';
import { currentEngine } from '../engine-host.ts';
import { pageStatus } from './page-status.ts';
import { NOT_CONNECTED } from '../../../utils/i18n/said/refusals.ts';

/** Entries of the run log a page is given: enough to cover a day of reads folded together, and the jobs. */
const ACTIVITY_LIMIT = 100;

/**
 * What the background answers to each request; `kick` runs jobs in the background without awaiting them.
 * Connecting, forgetting and settings are in handlers/connect.ts.
 */
export function createHandlers(kick: () => void, connect: ConnectDeps): Handlers {
  /** A public token can change nothing: say so at once rather than after a job's every item failed. */
  const refuseReadOnly = async () => {
    if ((await loadConnections()).ecom?.readOnly) throw new HandlerError('read-only', READ_ONLY);
  };

  const engineOrFail = async (): Promise<Engine> => {
    const engine = await currentEngine();
    if (!engine) {
      throw new HandlerError('not-connected', NOT_CONNECTED);
    }
    return engine;
  };

  return {
    ...createConnectHandlers(connect),
    ...createAdminOriginHandlers(),

    async overview() {
      const connected = await readConnections();
      const engine = await currentEngine();
      const glance = engine ? await engine.glance() : null;
      const active = glance?.jobs.find((job) => isUnderway(job.status)) ?? null;
      return {
        version: browser.runtime.getManifest().version,
        connected,
        readAt: glance?.readAt ?? null,
        summary: glance?.readAt ? glance.summary : null,
        activeJob: active,
        lastError: glance?.lastError ?? null,
      };
    },

    async status() {
      const engine = await currentEngine();
      if (!engine) return null;
      const [status, connections] = await Promise.all([engine.status(), loadConnections()]);
      return pageStatus(status, connections.ecom?.readOnly ?? false);
    },

    async activity() {
      const engine = await currentEngine();
      return engine ? engine.runs(ACTIVITY_LIMIT) : [];
    },

    async refresh({ full }) {
      const { readAt, summary } = await (await engineOrFail()).refresh({ full: full === true });
      return { readAt, summary };
    },

    async 'start-job'({ job: request }) {
      await refuseReadOnly();
      const job = await (await engineOrFail()).startJob(request);
      kick();
      return progressOf(job);
    },

    async job({ id }) {
      return (await (await engineOrFail()).job(id)) ?? null;
    },

    async 'job-progress'({ id }) {
      const job = await (await engineOrFail()).job(id);
      return job ? progressOf(job) : null;
    },

    async undo({ id }) {
      await refuseReadOnly();
      const job = await (await engineOrFail()).undo(id);
      kick();
      return progressOf(job);
    },

    async cancel({ id }) {
      await (await engineOrFail()).cancel(id);
      // A job stopped with a batch in flight ends once that batch is read back: its worker must be running.
      kick();
      return null;
    },

    // Sync Lens's own memory only, so a public (read-only) token may settle links too.
    async 'choose-link'({ ecomId, retailId }) {
      return { summary: await (await engineOrFail()).chooseLink(ecomId, retailId) };
    },

    async words({ language }) {
      return overlayMessages(language);
    },

    async 'open-options'() {
      await browser.runtime.openOptionsPage();
      return null;
    },
  };
}
