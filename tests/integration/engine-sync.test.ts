import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import type { Sandbox } from '../../sandbox/server.ts';
import { scheduledRefresh } from '../../utils/engine/scheduled-refresh.ts';
import { engineFor, runUntilDone, type WorldCategory } from './support/engine.ts';
import { control, retailFetch, startTestSandbox } from './support/sandbox.ts';

/** Sync jobs against the sandbox: planned when they start, one at a time, and converging. */

let sandbox: Sandbox;

beforeEach(async () => {
  sandbox = await startTestSandbox();
});
afterEach(() => sandbox.close());

const ecomCategories = async () =>
  ((await (await control(sandbox, '/state')).json()) as { ecom: { categories: WorldCategory[] } }).ecom.categories;

/** Category creates eCom carried out, from the sandbox's request log (batches run them in-process). */
const createsLogged = async () => {
  const { requests } = (await (await control(sandbox, '/requests')).json()) as {
    requests: Array<{ api: string; method: string; path: string; status: number }>;
  };
  return requests.filter((r) => r.method === 'POST' && /\/categories$/.test(r.path) && r.status < 300).length;
};

async function addRetailCategory(name: string): Promise<void> {
  const response = await retailFetch(sandbox, '/Category.json', {
    method: 'POST',
    body: JSON.stringify({ name, parentID: 0 }),
  });
  expect(response.ok).toBe(true);
}

describe('sync jobs', () => {
  it('plan when they start: two requests in a row create each Retail category once', async () => {
    await addRetailCategory('Ceintures');
    await addRetailCategory('Chapeaux');
    const { engine } = await engineFor(sandbox);
    await engine.refresh();
    await control(sandbox, '/requests', { method: 'DELETE' });

    const first = await engine.startJob({ kind: 'sync' });
    const second = await engine.startJob({ kind: 'sync' });
    // Nothing is planned at the request: a queued sync has no items until it runs.
    expect(first.items).toEqual([]);
    // While one is under way, asking again gives that one.
    expect(second.id).toBe(first.id);
    await runUntilDone(engine, first.id);
    await runUntilDone(engine, second.id);

    const categories = await ecomCategories();
    for (const name of ['Ceintures', 'Chapeaux', "Sandales d'été"]) {
      expect(categories.filter((c) => c.name === name)).toHaveLength(1);
    }
    expect(await createsLogged()).toBe(3);
  });

  it('plan after the one before has finished: a sync asked for after another creates nothing again', async () => {
    await addRetailCategory('Ceintures');
    const { engine } = await engineFor(sandbox);
    await engine.refresh();
    const first = await engine.startJob({ kind: 'sync' });
    await runUntilDone(engine, first.id);
    await control(sandbox, '/requests', { method: 'DELETE' });

    const again = await runUntilDone(engine, (await engine.startJob({ kind: 'sync' })).id);
    expect(again.id).not.toBe(first.id);
    expect(again.items).toEqual([]);
    expect(again.status).toBe('done');
    expect(await createsLogged()).toBe(0);
  });

  it('take a Retail name with a trailing space as eCom keeps it: one sync, then nothing more to do', async () => {
    await addRetailCategory('Ceintures ');
    const { engine } = await engineFor(sandbox);
    await engine.refresh();
    const job = await runUntilDone(engine, (await engine.startJob({ kind: 'sync' })).id);
    expect(job.status).toBe('done');
    expect((await ecomCategories()).filter((c) => c.name === 'Ceintures')).toHaveLength(1);

    expect((await engine.refresh()).operations).toEqual([]);
    expect(await scheduledRefresh(engine, { mode: 'sync' })).toBe(false);
    const { categories } = await engine.status();
    expect(categories.find((c) => c.name.trim() === 'Ceintures')?.status).not.toBe('drift');
  });
});

describe('a change eCom keeps refusing', () => {
  /** A Retail category named with spaces only: eCom keeps no name, so it refuses to create it. */
  async function addNamelessRetailCategory(): Promise<number> {
    const state = (await (await control(sandbox, '/state')).json()) as {
      retail: { categories: Array<{ categoryID: number; name: string }> };
    };
    const id = Math.max(...state.retail.categories.map((c) => c.categoryID)) + 1;
    state.retail.categories.push({ categoryID: id, name: '   ' });
    const response = await control(sandbox, '/state', { method: 'PUT', body: JSON.stringify(state) });
    expect(response.ok).toBe(true);
    return id;
  }

  const refusedCreates = async () => {
    const { requests } = (await (await control(sandbox, '/requests')).json()) as {
      requests: Array<{ method: string; path: string; status: number }>;
    };
    return requests.filter((r) => r.method === 'POST' && /\/categories$/.test(r.path) && r.status >= 400).length;
  };

  it('is said once and left out by the alarm; the merchant’s sync and a change in Retail try it again', async () => {
    const retailId = await addNamelessRetailCategory();
    const { engine } = await engineFor(sandbox);
    const isNameless = (item: { operation?: { kind: string; retailId?: number } }) =>
      item.operation?.kind === 'create-category' && item.operation.retailId === retailId;

    expect(await scheduledRefresh(engine, { mode: 'sync' })).toBe(true);
    const first = await runUntilDone(engine, (await engine.status()).jobs[0]!.id);
    expect(first.items.find(isNameless)).toMatchObject({ state: 'failed', httpStatus: 400 });
    expect(await refusedCreates()).toBe(1);

    // Later alarms start no sync for it alone, and send it no more.
    expect(await scheduledRefresh(engine, { mode: 'sync' })).toBe(false);
    expect(await scheduledRefresh(engine, { mode: 'sync' })).toBe(false);
    expect(await refusedCreates()).toBe(1);

    // The merchant's own sync tries it again.
    const asked = await runUntilDone(engine, (await engine.startJob({ kind: 'sync' })).id);
    expect(asked.items.find(isNameless)?.state).toBe('failed');
    expect(await refusedCreates()).toBe(2);

    // The run log said so once, naming it.
    const saidRefused = (await engine.runs(100)).filter((run) => run.kind === 'job' && run.refused !== undefined);
    expect(saidRefused).toEqual([expect.objectContaining({ job: 'sync', refused: [`Retail #${retailId}`] })]);

    // Named in Retail, it is another change: the alarm sends it, and eCom takes it.
    await retailFetch(sandbox, `/Category/${retailId}.json`, {
      method: 'PUT',
      body: JSON.stringify({ name: 'Gants' }),
    });
    expect(await scheduledRefresh(engine, { mode: 'sync' })).toBe(true);
    await runUntilDone(engine, (await engine.status()).jobs[0]!.id);
    expect(
      (await ecomCategories()).filter((c) => c.name === 'Gants' && c.externalReferenceId === String(retailId)),
    ).toHaveLength(1);
    expect(await engine.refusedChanges()).toEqual({});
  });
});
