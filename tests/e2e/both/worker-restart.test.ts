import { describe, expect, it } from 'vitest';

import { chosenBrowsers } from '../../../scripts/e2e-browsers.ts';
import { control } from '../../integration/support/sandbox.ts';
import { connectedPerBlock } from '../support/driver/connected.ts';
import { valueOf } from '../support/driver/session.ts';

/**
 * A job survives its background being stopped in the middle: Chromium stops the service worker, Firefox (which
 * gives WebDriver no handle on a background) reloads the add-on. The next background takes the job up where the
 * last one left off, and no change is sent twice.
 */

/** 800 categories Lightspeed's sync just brought in, all disabled: two batches' worth of enabling. */
const COUNT = 800;
function storeWithManyNewCategories() {
  const retailCategories = Array.from({ length: COUNT }, (_, i) => ({
    categoryID: i + 1,
    name: `Rayon ${i + 1}`,
    leftNode: i * 2 + 1,
  }));
  const ecomCategories = retailCategories.map((category, i) => ({
    id: 5000 + category.categoryID,
    name: category.name,
    orderBy: (i + 1) * 10,
    enabled: false,
    origin: 'LIGHTSPEED',
    externalReferenceId: String(category.categoryID),
  }));
  return {
    retail: { accountID: 77, categories: retailCategories },
    ecom: { storeId: 8080, categories: ecomCategories },
  };
}

interface Logged {
  method: string;
  path: string;
}

for (const browser of chosenBrowsers()) {
  describe(`a job whose background is stopped mid-job, in ${browser}`, () => {
    const connected = connectedPerBlock(browser, { sandbox: { state: storeWithManyNewCategories() } });

    it('finishes once a new background starts, with nothing done twice', async () => {
      const { sandbox, session } = connected();
      await valueOf(session, { type: 'refresh' });
      const started = await valueOf(session, { type: 'start-job', job: { kind: 'enable-categories' } });
      expect(started.total).toBe(COUNT);

      const carried = async () =>
        ((await (await control(sandbox, '/requests?api=ecom-batch')).json()) as { requests: Logged[] }).requests;
      // Stopped while the first batch is being carried out.
      await expect.poll(async () => (await carried()).length, { timeout: 30_000, interval: 50 }).toBeGreaterThan(20);
      await session.stopBackground();
      expect((await carried()).length).toBeLessThan(COUNT);

      // The merchant opens the admin: its overlay wakes a background if none runs, and the job goes on.
      const admin = await session.newPage();
      await admin.goto(`${sandbox.origin}/store/${sandbox.connection.storeId}?lang=en#categories`);
      const enabled = async () =>
        (
          (await (await control(sandbox, '/state')).json()) as { ecom: { categories: Array<{ enabled: boolean }> } }
        ).ecom.categories.filter((category) => category.enabled).length;
      await expect.poll(enabled, { timeout: 60_000, interval: 500 }).toBe(COUNT);

      // Every category was enabled by exactly one request: no batch ran twice.
      const perPath = new Map<string, number>();
      for (const put of (await carried()).filter((request) => request.method === 'PUT'))
        perPath.set(put.path, (perPath.get(put.path) ?? 0) + 1);
      expect(perPath.size).toBe(COUNT);
      expect([...perPath.values()].filter((count) => count !== 1)).toEqual([]);

      // The job's own record says so, read by the overlay from the new background.
      await admin.waitFor('sync-lens-overlay >>> .sl-bar[data-state="ready"][aria-busy="false"]', { timeout: 30_000 });
      await expect
        .poll(() => admin.count('[data-sync-lens-chip="category"][data-sync-lens-status="new"]'), { timeout: 30_000 })
        .toBe(0);
      expect(admin.errors).toEqual([]);
    });
  });
}
