import { describe, expect, it } from 'vitest';

import type { Sandbox } from '../../sandbox/server.ts';
import type { StateFile } from '../../sandbox/world/state.ts';
import type { Engine } from '../../utils/engine/engine.ts';
import type { CategoryState } from '../../utils/sync/model.ts';
import { engineFor } from './support/engine.ts';
import { control, ecomFetch, sandboxPerFile } from './support/sandbox.ts';

/**
 * Issue 9: one read that cannot be complete (offset paging that skipped a category while another was deleted,
 * a public token) must not make the engine forget that the merchant disabled a category, nor plan a sync from it.
 *
 * eCom lists categories by id. Five online-only categories (ids 1–5, which the API can delete) come first, then
 * 150 synced ones (1001–1150), so the synced category 1096 is the 101st: the first record of a second page.
 */
const MERCHANTS = 1096;
const SYNCED = 150;

const state: StateFile = {
  retail: {
    accountID: 7,
    categories: Array.from({ length: SYNCED }, (_, i) => ({
      categoryID: i + 1,
      name: `Rayon ${i + 1}`,
      leftNode: i * 2 + 1,
    })),
  },
  ecom: {
    storeId: 7,
    categories: [
      ...Array.from({ length: 5 }, (_, i) => ({
        id: i + 1,
        name: `En ligne ${i + 1}`,
        orderBy: (SYNCED + i + 1) * 10,
        enabled: true,
      })),
      ...Array.from({ length: SYNCED }, (_, i) => ({
        id: 1001 + i,
        name: `Rayon ${i + 1}`,
        orderBy: (i + 1) * 10,
        enabled: true,
        origin: 'LIGHTSPEED' as const,
        externalReferenceId: String(i + 1),
      })),
    ],
  },
} as StateFile;

const sandbox = sandboxPerFile({
  state,
  config: { retailBucketSize: 10_000, retailDripPerSecond: 10_000, retailBurstPerSecond: 10_000 },
});

const stateOf = async (engine: Engine, ecomId: number): Promise<CategoryState | undefined> =>
  (await engine.status()).categories.find(
    (category) => category.ecomId === ecomId || category.retailId === ecomId - 1000,
  );

/** The merchant disables a live category in the admin; the engine's next read sees it "disabled by the merchant". */
async function merchantDisables(engine: Engine, ecomId: number) {
  await engine.refresh({ full: true });
  const put = await ecomFetch(sandbox(), `/categories/${ecomId}`, {
    method: 'PUT',
    body: JSON.stringify({ enabled: false }),
  });
  expect(put.status).toBe(200);
  await engine.refresh({ full: true });
  expect(await stateOf(engine, ecomId)).toMatchObject({ status: 'disabled', availability: 'disabled' });
  await control(sandbox(), '/requests', { method: 'DELETE' });
}

const faults = (box: Sandbox, rules: unknown) =>
  control(box, '/faults', { method: 'PUT', body: JSON.stringify(rules) });
const heldNow = async (box: Sandbox) => ((await (await control(box, '/faults')).json()) as { held: number }).held;
/** The offsets of the category-list requests since the log was last cleared (merchantDisables clears it). */
async function categoryListOffsets(box: Sandbox): Promise<Array<string | null>> {
  const { requests } = (await (await control(box, '/requests?api=ecom')).json()) as {
    requests: Array<{ method: string; path: string; query: string }>;
  };
  return requests
    .filter((entry) => entry.method === 'GET' && /\/categories$/.test(entry.path))
    .map((entry) => new URLSearchParams(entry.query).get('offset'));
}

const pause = () => new Promise((resolve) => setTimeout(resolve, 10));

/**
 * While `reading` runs, deletes categories each time a later page of the category list is held: before page 2
 * of the first walk `deletions[0]`, before page 2 of the next `deletions[1]`, and so on. Returns how many times
 * it deleted. A walk that never asks for another page is simply over.
 */
async function deleteBetweenPages(box: Sandbox, reading: Promise<unknown>, deletions: number[][]): Promise<number> {
  let over = false;
  void reading.finally(() => (over = true)).catch(() => undefined);
  let done = 0;
  for (const ids of deletions) {
    while (!over && (await heldNow(box)) === 0) await pause();
    if (over) break;
    for (const id of ids) expect((await ecomFetch(box, `/categories/${id}`, { method: 'DELETE' })).status).toBe(200);
    await control(box, '/faults/release', { method: 'POST' });
    done += 1;
  }
  return done;
}

describe('a read that skipped a category does not erase "disabled by the merchant"', () => {
  it('shows the skip, plans nothing from it, and the next whole read still says "disabled", not "new"', async () => {
    const { engine } = await engineFor(sandbox());
    await merchantDisables(engine, MERCHANTS);

    // Every later page of the category list waits until the test has deleted two categories before it.
    await faults(sandbox(), [{ match: 'GET /api/v3/\\d+/categories$', query: 'offset=[1-9]', hold: true }]);
    const reading = engine.refresh({ full: true });
    const deleted = await deleteBetweenPages(sandbox(), reading, [
      [1, 2],
      [3, 4],
    ]);
    const skippedRead = await reading;
    await control(sandbox(), '/faults', { method: 'DELETE' });
    expect(deleted).toBeGreaterThan(0);

    // Both walks moved (each skipped a category: 1096, the merchant's, in the first): the engine knows the read
    // was not whole, and plans no change from it (else: a skipped synced category is created a second time).
    expect(skippedRead.complete).toBe(false);
    expect(skippedRead.operations).toEqual([]);
    expect(await categoryListOffsets(sandbox())).toEqual(['0', '99', '0', '99']);

    await engine.refresh({ full: true });
    expect(await stateOf(engine, MERCHANTS)).toMatchObject({
      ecomId: MERCHANTS,
      status: 'disabled',
      availability: 'disabled',
    });
    const enable = await engine.startJob({ kind: 'enable-categories' });
    expect(enable.items.map((item) => item.ecomId)).not.toContain(MERCHANTS);
  });

  it('one whole walk after a shift is enough: the walk is made again and nothing is missing', async () => {
    const { engine } = await engineFor(sandbox());
    await merchantDisables(engine, MERCHANTS);
    await faults(sandbox(), [{ match: 'GET /api/v3/\\d+/categories$', query: 'offset=[1-9]', hold: true, times: 1 }]);
    const reading = engine.refresh({ full: true });
    await deleteBetweenPages(sandbox(), reading, [[1, 2]]);
    const read = await reading;
    expect(await categoryListOffsets(sandbox())).toEqual(['0', '99', '0', '99']);
    expect(read.complete).toBe(true);
    expect(await stateOf(engine, MERCHANTS)).toMatchObject({ ecomId: MERCHANTS, status: 'disabled' });
    expect((await engine.status()).categories.filter((category) => category.status === 'online-only')).toHaveLength(3);
  });
});

describe('a read through a public token does not erase "disabled by the merchant"', () => {
  it('the category it cannot see stays the merchant’s when the secret token reads again', async () => {
    const { engine, db } = await engineFor(sandbox());
    await merchantDisables(engine, MERCHANTS);

    // Reconnected with the public token: eCom hides disabled categories from it.
    const viewer = await engineFor(sandbox(), { db, ecomToken: sandbox().connection.ecomReadOnlyToken });
    const publicRead = await viewer.engine.refresh({ full: true });
    expect(publicRead.complete).toBe(false);
    expect(publicRead.operations).toEqual([]);
    expect(await stateOf(viewer.engine, MERCHANTS)).toMatchObject({ status: 'pending' });

    await engine.refresh({ full: true });
    expect(await stateOf(engine, MERCHANTS)).toMatchObject({
      ecomId: MERCHANTS,
      status: 'disabled',
      availability: 'disabled',
    });
  });
});
