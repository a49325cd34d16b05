import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import type { Sandbox } from '../../sandbox/server.ts';
import { demoState } from '../../sandbox/world/demo.ts';
import { control, startTestSandbox } from '../integration/support/sandbox.ts';
import { launchWithExtension, type ExtensionSession } from './support/extension.ts';
import { valueFrom } from './support/extension-page.ts';
import { backgroundState, openOptions } from './support/options.ts';
import { screenshot } from './support/screenshots.ts';

type ChromeAlarms = { chrome: { alarms: { create(name: string, info: { when: number }): Promise<void> } } };

/** The API calls that change something (the batches, and any direct write). */
async function writes(sandbox: Sandbox): Promise<Array<{ method: string; path: string }>> {
  const log = (await (await control(sandbox, '/requests?api=ecom')).json()) as {
    requests: Array<{ method: string; path: string }>;
  };
  return log.requests.filter((request) => request.method !== 'GET');
}

/**
 * A merchant in Sync mode on store A connects store B (both made from the same demo world, so their ids match)
 * without forgetting A first: Sync Lens goes back to Watch, says so, forgets A's jobs and history and its alarm,
 * and the refresh alarm that fires afterwards writes to neither store.
 */
describe('connecting another store while in Sync mode', () => {
  let storeA: Sandbox;
  let storeB: Sandbox;
  let session: ExtensionSession;
  let page: Page;

  const connectSandbox = async (sandbox: Sandbox) => {
    const card = page.locator('[data-card="sandbox"]');
    await card.getByLabel('Sandbox address').fill(sandbox.origin);
    await card.getByRole('button', { name: 'Connect to the local sandbox' }).click();
    await expect
      .poll(() => page.locator('[data-card="ecom"] [data-status="ecom"]').textContent(), { timeout: 15_000 })
      .toBe(`Connected to store ${sandbox.connection.storeId}.`);
    await page.locator('[data-card="first-read"] [data-read="done"]').waitFor({ timeout: 30_000 });
  };
  const refreshRuns = async () =>
    (await valueFrom(page, { type: 'activity' })).filter((run) => run.kind === 'refresh').length;

  beforeAll(async () => {
    storeA = await startTestSandbox();
    const demo = demoState();
    storeB = await startTestSandbox({
      state: { ...demo, retail: { ...demo.retail, accountID: 320 }, ecom: { ...demo.ecom, storeId: 2004 } },
    });
    session = await launchWithExtension();
    page = await openOptions(session);
  });

  afterAll(async () => {
    await session?.close();
    await storeA?.close();
    await storeB?.close();
  });

  it('syncs store A, with a job done and another waiting for its alarm', async () => {
    await connectSandbox(storeA);
    await page.locator('input[name="mode"][value="sync"]').check();
    await expect.poll(async () => (await backgroundState(session)).local.settings).toMatchObject({ mode: 'sync' });

    await valueFrom(page, { type: 'start-job', job: { kind: 'enable-categories' } });
    await expect
      .poll(async () => (await valueFrom(page, { type: 'activity' })).some((run) => run.kind === 'job'), {
        timeout: 30_000,
      })
      .toBe(true);
    // The next batch to store A is told to come back in ten minutes: that job waits for the jobs alarm.
    await control(storeA, '/faults', {
      method: 'PUT',
      body: JSON.stringify([{ match: 'POST /api/v3/.*/batch', status: 429, retryAfter: 600 }]),
    });
    await valueFrom(page, { type: 'start-job', job: { kind: 'enable-products' } });
    await expect
      .poll(async () => (await backgroundState(session)).alarms.map((alarm) => alarm.name), { timeout: 30_000 })
      .toContain('sync-lens:jobs');
  });

  it('connecting store B goes back to Watch, says so, and forgets store A’s jobs, history and alarm', async () => {
    await control(storeA, '/faults', { method: 'DELETE' });
    await control(storeA, '/requests', { method: 'DELETE' });
    await control(storeB, '/requests', { method: 'DELETE' });
    await connectSandbox(storeB);

    const settings = page.locator('[data-card="settings"]');
    const told = settings.locator('[data-switched]');
    await expect.poll(() => told.textContent(), { timeout: 15_000 }).toContain('back in Watch mode');
    expect(await told.textContent()).toContain('forgot the jobs and the history of the store before');
    expect(await page.locator('input[name="mode"][value="watch"]').isChecked()).toBe(true);
    await settings.scrollIntoViewIfNeeded();
    await screenshot(page, 'options-switched-store');

    const state = await backgroundState(session);
    expect(state.local.settings).toMatchObject({ mode: 'watch' });
    expect(state.alarms.map((alarm) => alarm.name)).not.toContain('sync-lens:jobs');
    const status = await valueFrom(page, { type: 'status' });
    expect(status?.jobs).toEqual([]);
    const runs = await valueFrom(page, { type: 'activity' });
    expect(runs.filter((run) => run.kind === 'job')).toEqual([]);

    await page.getByLabel('Language').selectOption('fr');
    await expect.poll(() => told.textContent(), { timeout: 15_000 }).toContain('revenu au mode Observer');
    await page.getByLabel('Langue').selectOption('auto');
  });

  it('the refresh alarm that fires afterwards writes to neither store', async () => {
    const worker = await session.serviceWorker();
    const fire = () =>
      worker.evaluate(() =>
        (globalThis as unknown as ChromeAlarms).chrome.alarms.create('sync-lens:refresh', { when: Date.now() }),
      );
    // Twice, each time until its read is in the run log: whatever the first one set off has happened by the second.
    for (let time = 0; time < 2; time++) {
      const before = await refreshRuns();
      await fire();
      await expect.poll(refreshRuns, { timeout: 30_000 }).toBeGreaterThan(before);
    }
    expect(await writes(storeB)).toEqual([]);
    expect(await writes(storeA)).toEqual([]);
    expect((await valueFrom(page, { type: 'status' }))?.jobs).toEqual([]);
  });
});
