import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import type { Sandbox } from '../../sandbox/server.ts';
import { loadRetail } from '../../utils/db/cache.ts';
import { engineFor } from './support/engine.ts';
import { control, ecomFetch, retailFetch, startTestSandbox } from './support/sandbox.ts';

/**
 * Issue 9, at size: the reads nobody asked for (the overlay opening, the tab coming back, the alarm) are
 * incremental, miss no record stamped a little late, and notice deletions without waiting for the hourly full read.
 */

let sandbox: Sandbox;
beforeEach(async () => {
  sandbox = await startTestSandbox();
});
afterEach(() => sandbox.close());

interface Logged {
  api: string;
  method: string;
  path: string;
  query: string;
}

async function logged(api: string): Promise<Logged[]> {
  return ((await (await control(sandbox, `/requests?api=${api}`)).json()) as { requests: Logged[] }).requests;
}
const clearLog = () => control(sandbox, '/requests', { method: 'DELETE' });

interface StateFile {
  retail: { items: Array<{ itemID: number; description: string; timeStamp: string }> };
}

describe('an automatic read', () => {
  it('is incremental: two Retail requests, each list from where the last read stopped, when nothing changed', async () => {
    const { engine } = await engineFor(sandbox);
    await engine.refresh({ full: true });
    await clearLog();
    const read = await engine.refresh();
    expect(read.incremental).toBe(true);
    const retail = await logged('retail');
    // Changed categories with their count (a deletion shows nowhere else), changed items: the demo store's lists
    // are a page each, so each is read from that page (engine-incremental-cursor.test.ts reads bigger ones).
    expect(
      retail.map(
        (entry) =>
          `${entry.path.replace(/.*\//, '')} ${new URLSearchParams(entry.query).has('count') ? 'counted' : 'listed'}`,
      ),
    ).toEqual(['Category.json counted', 'Item.json listed']);
    expect(retail.every((entry) => new URLSearchParams(entry.query).get('sort') === 'timeStamp')).toBe(true);
  });

  it('counts Retail categories at most once a minute, so reads in a row do not drain the bucket', async () => {
    const clock = { now: Date.now() };
    const { engine } = await engineFor(sandbox, { now: () => new Date(clock.now) });
    await engine.refresh({ full: true });
    await clearLog();
    const counts = async () =>
      (await logged('retail')).filter((entry) => new URLSearchParams(entry.query).has('count')).length;

    // A sync job's plan, the read after it, the overlay opening: one count between them.
    await engine.refresh();
    await engine.refresh();
    clock.now += 30_000;
    await engine.refresh();
    expect(await counts()).toBe(1);
    clock.now += 31_000;
    await engine.refresh();
    expect(await counts()).toBe(2);
  });

  it('misses no record committed late, stamped a little before the read that did not see it', async () => {
    const { engine, db } = await engineFor(sandbox);
    await engine.refresh({ full: true });

    // Item 1 changes, but its change is stamped two minutes before the read above (a transaction committed after
    // that read, or another server's clock): it sorts before changes that read saw.
    const state = (await (await control(sandbox, '/state')).json()) as StateFile;
    const item = state.retail.items.find((entry) => entry.itemID === 1)!;
    item.description = 'Veste en jean brut';
    item.timeStamp = new Date(Date.now() - 2 * 60_000).toISOString();
    expect((await control(sandbox, '/state', { method: 'PUT', body: JSON.stringify(state) })).status).toBe(200);

    await engine.refresh();
    expect((await loadRetail(db)).items.find((entry) => entry.id === 1)?.name).toBe('Veste en jean brut');
  });

  it('notices a Retail category deleted (R-Series dates no deletion) without a full read', async () => {
    const { engine } = await engineFor(sandbox);
    await engine.refresh({ full: true });
    // "Sandales d'été" is the newest and the last in Retail's order: its deletion renumbers and dates nothing.
    expect((await engine.status()).categories.find((category) => category.retailId === 14)).toBeDefined();
    expect((await retailFetch(sandbox, '/Category/14.json', { method: 'DELETE' })).status).toBe(200);

    const read = await engine.refresh();
    expect(read.incremental).toBe(true);
    expect((await engine.status()).categories.find((category) => category.retailId === 14)).toBeUndefined();
  });

  it('notices a Retail item archived, an eCom category and an eCom product deleted, without a full read', async () => {
    const { engine } = await engineFor(sandbox);
    await engine.refresh({ full: true });
    const before = await engine.status();
    const onlineOnly = before.categories.find((category) => category.status === 'online-only')!;
    const product =
      before.products.find((entry) => entry.ecomId !== null && entry.retailId === null) ??
      before.products.find((entry) => entry.ecomId !== null)!;

    expect(
      (await retailFetch(sandbox, '/Item/2.json', { method: 'PUT', body: JSON.stringify({ archived: 'true' }) }))
        .status,
    ).toBe(200);
    expect((await ecomFetch(sandbox, `/categories/${onlineOnly.ecomId}`, { method: 'DELETE' })).status).toBe(200);
    expect((await ecomFetch(sandbox, `/products/${product.ecomId}`, { method: 'DELETE' })).status).toBe(200);

    const read = await engine.refresh();
    expect(read.incremental).toBe(true);
    const after = await engine.status();
    expect(after.categories.find((category) => category.ecomId === onlineOnly.ecomId)).toBeUndefined();
    expect(after.products.find((entry) => entry.ecomId === product.ecomId)).toBeUndefined();
    const archived = after.products.find((entry) => entry.retailId === 2);
    expect(archived?.issues ?? []).toContain('retail-item-gone');
  });
});
