import { afterAll, describe, expect, it } from 'vitest';

import { chosenBrowsers } from '../../../scripts/e2e-browsers.ts';
import type { Sandbox } from '../../../sandbox/server.ts';
import { demoState } from '../../../sandbox/world/demo.ts';
import { control, startTestSandbox } from '../../integration/support/sandbox.ts';
import { connectedPerBlock } from '../support/driver/connected.ts';
import { extensionState, openOptions } from '../support/driver/own-pages.ts';
import { valueOf, type ChromeInPage } from '../support/driver/session.ts';
import type { TestPage } from '../support/driver/test-page.ts';

type AlarmsInPage = { chrome: { alarms: { create(name: string, info: { when: number }): Promise<void> } } };

/** The API calls that change something (the batches, and any direct write). */
async function writes(sandbox: Sandbox): Promise<Array<{ method: string; path: string }>> {
  const log = (await (await control(sandbox, '/requests?api=ecom')).json()) as {
    requests: Array<{ method: string; path: string }>;
  };
  return log.requests.filter((request) => request.method !== 'GET');
}

/**
 * A merchant in Sync mode on store A connects store B (both made from the same demo world, so their ids match)
 * without forgetting A first, in every browser: Sync Lens goes back to Watch, says so, forgets A's jobs, history
 * and alarm, and the refresh alarm that fires afterwards writes to neither store.
 */
for (const browser of chosenBrowsers()) {
  describe(`connecting another store while in Sync mode, in ${browser}`, () => {
    // Store A is the block's own sandbox; store B another, with other ids.
    const connected = connectedPerBlock(browser, { connect: false });
    let storeB: Sandbox;
    let page: TestPage;
    const storeA = () => connected().sandbox;
    const session = () => connected().session;

    const connectSandbox = async (sandbox: Sandbox) => {
      await page.fill({ label: 'Sandbox address' }, sandbox.origin);
      await page.click({ css: '[data-card="sandbox"] button', text: 'Connect to the local sandbox' });
      await expect
        .poll(() => page.text('[data-card="ecom"] [data-status="ecom"]'), { timeout: 15_000 })
        .toBe(`Connected to store ${sandbox.connection.storeId}.`);
      await page.waitFor('[data-card="first-read"] [data-read="done"]', { timeout: 30_000 });
    };
    const refreshRuns = async () =>
      (await valueOf(session(), { type: 'activity' })).filter((run) => run.kind === 'refresh').length;
    afterAll(() => storeB?.close());
    const alarmNames = async () => (await extensionState(page)).alarms.map((alarm) => alarm.name);

    it('syncs store A, with a job done and another waiting for its alarm', async () => {
      const demo = demoState();
      storeB = await startTestSandbox({
        state: { ...demo, retail: { ...demo.retail, accountID: 320 }, ecom: { ...demo.ecom, storeId: 2004 } },
      });
      page = await openOptions(session());
      await connectSandbox(storeA());
      await page.click('input[name="mode"][value="sync"]');
      await expect.poll(async () => (await extensionState(page)).local.settings).toMatchObject({ mode: 'sync' });

      await valueOf(session(), { type: 'start-job', job: { kind: 'enable-categories' } });
      await expect
        .poll(async () => (await valueOf(session(), { type: 'activity' })).some((run) => run.kind === 'job'), {
          timeout: 30_000,
        })
        .toBe(true);
      // The next batch to store A is told to come back in ten minutes: that job waits for the jobs alarm.
      await control(storeA(), '/faults', {
        method: 'PUT',
        body: JSON.stringify([{ match: 'POST /api/v3/.*/batch', status: 429, retryAfter: 600 }]),
      });
      await valueOf(session(), { type: 'start-job', job: { kind: 'enable-products' } });
      await expect.poll(alarmNames, { timeout: 30_000 }).toContain('sync-lens:jobs');
    });

    it('connecting store B goes back to Watch, says so, and forgets store A’s jobs, history and alarm', async () => {
      await control(storeA(), '/faults', { method: 'DELETE' });
      await control(storeA(), '/requests', { method: 'DELETE' });
      await control(storeB, '/requests', { method: 'DELETE' });
      await connectSandbox(storeB);

      const told = '[data-card="settings"] [data-switched]';
      await expect.poll(() => page.text(told), { timeout: 15_000 }).toContain('back in Watch mode');
      expect(await page.text(told)).toContain('forgot the jobs and the history of the store before');
      expect((await page.find('input[name="mode"][value="watch"]')).checked).toBe(true);
      await page.find(told, { scroll: true });
      await page.screenshot(`options-switched-store-${browser}`);

      const state = await extensionState(page);
      expect(state.local.settings).toMatchObject({ mode: 'watch' });
      expect(state.alarms.map((alarm) => alarm.name)).not.toContain('sync-lens:jobs');
      expect((await valueOf(session(), { type: 'status' }))?.jobs).toEqual([]);
      expect((await valueOf(session(), { type: 'activity' })).filter((run) => run.kind === 'job')).toEqual([]);

      await page.choose({ label: 'Language' }, 'fr');
      await expect.poll(() => page.text(told), { timeout: 15_000 }).toContain('revenu au mode Observer');
      await page.choose({ label: 'Langue' }, 'auto');
    });

    it('the refresh alarm that fires afterwards writes to neither store', async () => {
      const fire = () =>
        session().inExtensionPage(() =>
          (globalThis as unknown as AlarmsInPage & ChromeInPage).chrome.alarms.create('sync-lens:refresh', {
            when: Date.now(),
          }),
        );
      // Twice, each time until its read is in the run log: whatever the first one set off has happened by the second.
      for (let time = 0; time < 2; time++) {
        const before = await refreshRuns();
        await fire();
        await expect.poll(refreshRuns, { timeout: 30_000 }).toBeGreaterThan(before);
      }
      expect(await writes(storeB)).toEqual([]);
      expect(await writes(storeA())).toEqual([]);
      expect((await valueOf(session(), { type: 'status' }))?.jobs).toEqual([]);
    });
  });
}
