import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';

import type { Sandbox } from '../../sandbox/server.ts';
import { control } from '../integration/support/sandbox.ts';
import { connectedAdminPerFile } from './support/connected-admin.ts';
import { BAR, categorySwitch, DIALOG, waitForBar, type AdminPage } from './support/overlay.ts';

/**
 * Stop pressed in the admin while the job's batch is on its way to eCom: the Stop is kept, what eCom applied is
 * shown as done and offered for Undo, and nothing is sent after it.
 */

/** The demo's categories that arrived disabled and were never enabled. */
const NEW = [523, 524, 525];

interface Logged {
  method: string;
  path: string;
  query: string;
}

/** The job's own batches (reads go under keys of their own, "read.…"). */
async function writeBatches(sandbox: Sandbox): Promise<number> {
  const { requests } = (await (await control(sandbox, '/requests?api=ecom')).json()) as { requests: Logged[] };
  return requests.filter(
    (entry) =>
      entry.method === 'POST' &&
      entry.path.endsWith('/batch') &&
      !new URLSearchParams(entry.query).get('deduplicationKey')?.startsWith('read.'),
  ).length;
}

describe('Stop in the admin', () => {
  let sandbox: Sandbox;
  let admin: AdminPage;
  let page: Page;

  connectedAdminPerFile({}, (connected) => {
    ({ sandbox, admin, page } = connected);
  });

  it('keeps the Stop, records what eCom had applied, and offers to undo it', async () => {
    const bar = await waitForBar(page);
    await expect
      .poll(() => bar.locator('[data-action="enable-categories"]').textContent())
      .toBe('Enable 3 new categories');
    // eCom answers polls slowly, so the job's batch is still being read back when Stop is pressed.
    await control(sandbox, '/faults', {
      method: 'PUT',
      body: JSON.stringify([{ match: 'GET /api/v3/\\d+/batch', delayMs: 4000 }]),
    });
    await control(sandbox, '/requests', { method: 'DELETE' });

    await bar.locator('[data-action="enable-categories"]').click();
    await page.locator(`${DIALOG} [data-action="confirm"]`).click();
    await expect.poll(() => writeBatches(sandbox), { timeout: 30_000 }).toBe(1);
    await page.locator(`${DIALOG} button`, { hasText: 'Stop' }).click();

    await page.locator(`${BAR} .sl-job[data-job-status="cancelled"][data-settled="true"]`).waitFor({ timeout: 30_000 });
    await control(sandbox, '/faults', { method: 'DELETE' });
    // The batch posted before Stop was applied by eCom: recorded as done, for Undo to cover.
    await expect.poll(() => page.locator(`${DIALOG} .sl-results__item[data-item-state="done"]`).count()).toBe(3);
    expect(await writeBatches(sandbox)).toBe(1);
    for (const id of NEW) await expect.poll(() => categorySwitch(page, id).isChecked(), { timeout: 10_000 }).toBe(true);

    await page.locator(`${DIALOG} [data-action="undo"]`).click();
    await expect
      .poll(() => page.locator(`${DIALOG} .sl-dialog__title`).textContent(), { timeout: 30_000 })
      .toBe('Categories put back');
    await page.locator(`${DIALOG} [data-job-status="done"]`).waitFor({ timeout: 30_000 });
    for (const id of NEW)
      await expect.poll(() => categorySwitch(page, id).isChecked(), { timeout: 10_000 }).toBe(false);
  });

  it('caused no error on the page', () => {
    expect(admin.errors).toEqual([]);
  });
});
