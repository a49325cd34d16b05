import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import type { Sandbox } from '../../sandbox/server.ts';
import type { StateFile } from '../../sandbox/world/state.ts';
import { sayIn } from '../../utils/i18n/said.ts';
import type { CategoryState } from '../../utils/sync/model.ts';
import { engineFor, runUntilDone, type WorldCategory } from './support/engine.ts';
import { control, ecomFetch, retailFetch, startTestSandbox } from './support/sandbox.ts';

interface World {
  ecom: { categories: WorldCategory[]; products: Array<{ id: number; enabled: boolean; categoryIds: number[] }> };
  retail: { categories: Array<{ categoryID: number; name: string }> };
}

let sandbox: Sandbox;

beforeEach(async () => {
  sandbox = await startTestSandbox();
});
afterEach(() => sandbox.close());

const world = async (): Promise<World> => (await (await control(sandbox, '/state')).json()) as World;
const byPath = (states: CategoryState[], path: string) => {
  const found = states.find((state) => state.path === path);
  if (!found) throw new Error(`no category at ${path}: ${states.map((s) => s.path).join(', ')}`);
  return found;
};

describe('the engine against the sandbox', () => {
  it('reads both sides and gives every category its status', async () => {
    const { engine } = await engineFor(sandbox);
    const result = await engine.refresh();
    const { categories } = await engine.status();
    expect(byPath(categories, "Chaussures/Sandales d'été")).toMatchObject({ status: 'pending', ecomId: null });
    expect(byPath(categories, 'Vestes')).toMatchObject({ status: 'live', enabled: true });
    expect(byPath(categories, 'Idées cadeaux/Pour elle')).toMatchObject({ status: 'online-only', retailId: null });
    expect(categories.filter((c) => c.status === 'new').length).toBe(result.summary.categories.new);
    expect(result.summary.categories['online-only']).toBe(3);
    expect(result.operations).toEqual([expect.objectContaining({ kind: 'create-category', name: "Sandales d'été" })]);
  });

  it('answers from IndexedDB when the network is gone', async () => {
    const { engine } = await engineFor(sandbox);
    await engine.refresh();
    const before = await engine.status();
    await sandbox.close();
    const after = await engine.status();
    expect(after.categories).toEqual(before.categories);
    await expect(engine.refresh()).rejects.toThrow();
    expect((await engine.status()).lastError?.message).toBeTruthy();
    sandbox = await startTestSandbox();
  });

  it('tells a category the merchant disabled from one that never was enabled', async () => {
    const { engine } = await engineFor(sandbox);
    await engine.refresh();
    const { categories } = await engine.status();
    // The demo's merchant disabled "Imperméables" after working on it (description, image).
    expect(byPath(categories, 'Vestes/Imperméables')).toMatchObject({ status: 'disabled', availability: 'disabled' });
    // And a live one the merchant disables later is "disabled", not "new".
    const vestes = byPath(categories, 'Vestes');
    await ecomFetch(sandbox, `/categories/${vestes.ecomId}`, {
      method: 'PUT',
      body: JSON.stringify({ enabled: false }),
    });
    await engine.refresh();
    expect(byPath((await engine.status()).categories, 'Vestes')).toMatchObject({ status: 'disabled' });
  });

  it('enables every new category in one job, leaves merchant-disabled ones, and undoes it', async () => {
    const { engine } = await engineFor(sandbox);
    await engine.refresh();
    const before = await world();
    const fresh = (await engine.status()).categories.filter((c) => c.availability === 'new' && c.ecomId !== null);
    expect(fresh.length).toBeGreaterThanOrEqual(3);

    const job = await runUntilDone(engine, (await engine.startJob({ kind: 'enable-categories' })).id);
    expect(job.status).toBe('done');
    expect(job.items.map((item) => item.state)).toEqual(fresh.map(() => 'done'));
    const after = await world();
    for (const state of fresh) expect(after.ecom.categories.find((c) => c.id === state.ecomId)?.enabled).toBe(true);
    const impermeables = after.ecom.categories.find((c) => c.name === 'Imperméables')!;
    expect(impermeables.enabled).toBe(false);
    // Nothing but `enabled` changed, on those categories only.
    for (const category of after.ecom.categories) {
      const old = before.ecom.categories.find((c) => c.id === category.id)!;
      const expected = fresh.some((s) => s.ecomId === category.id) ? { ...old, enabled: true } : old;
      expect(category).toEqual(expected);
    }
    expect((await engine.status()).summary.newDisabled).toBe(0);

    const undo = await runUntilDone(engine, (await engine.undo(job.id)).id);
    expect(undo.status).toBe('done');
    const undone = await world();
    expect(undone.ecom.categories).toEqual(before.ecom.categories);
    const states = (await engine.status()).categories;
    for (const state of fresh) expect(states.find((s) => s.ecomId === state.ecomId)?.status).toBe('new');
  });

  it('enables exactly the categories named, merchant-disabled ones included', async () => {
    const { engine } = await engineFor(sandbox);
    await engine.refresh();
    const impermeables = byPath((await engine.status()).categories, 'Vestes/Imperméables');
    const job = await runUntilDone(
      engine,
      (await engine.startJob({ kind: 'enable-categories', ecomIds: [impermeables.ecomId!] })).id,
    );
    expect(job.items).toEqual([expect.objectContaining({ ecomId: impermeables.ecomId, state: 'done' })]);
    expect((await world()).ecom.categories.filter((c) => c.enabled && c.name === 'Imperméables')).toHaveLength(1);
  });

  it('shows a Retail rename as drift until a sync, and the sync mends it like Lightspeed’s would', async () => {
    const { engine } = await engineFor(sandbox);
    await engine.refresh();
    const vestes = byPath((await engine.status()).categories, 'Vestes');
    await retailFetch(sandbox, `/Category/${vestes.retailId}.json`, {
      method: 'PUT',
      body: JSON.stringify({ name: 'Manteaux' }),
    });
    await engine.refresh();
    const drifting = (await engine.status()).categories.find((c) => c.retailId === vestes.retailId)!;
    expect(drifting.status).toBe('drift');
    expect(drifting.drift?.name).toEqual({ retail: 'Manteaux', ecom: 'Vestes' });

    // What Lightspeed's own sync would make of the same world, on a copy.
    const copy = await startTestSandbox({ state: (await (await control(sandbox, '/state')).json()) as StateFile });
    await control(copy, '/native-sync', { method: 'POST' });
    const expected = ((await (await control(copy, '/state')).json()) as World).ecom.categories;
    await copy.close();

    const sync = await runUntilDone(engine, (await engine.startJob({ kind: 'sync' })).id);
    expect(sync.status).toBe('done');
    const actual = (await world()).ecom.categories;
    const shape = (c: WorldCategory) => ({
      name: c.name,
      parentId: c.parentId,
      orderBy: c.orderBy,
      enabled: c.enabled,
      ref: c.externalReferenceId,
      description: c.description,
      imageUrl: c.imageUrl,
    });
    const key = (c: WorldCategory) => c.externalReferenceId ?? `online:${c.id}`;
    const index = (list: WorldCategory[]) => Object.fromEntries(list.map((c) => [key(c), shape(c)]));
    expect(index(actual)).toEqual(index(expected));
    expect((await engine.refresh()).operations).toEqual([]);
  });

  it('reads only what changed after the first refresh, and still sees every change', async () => {
    const { engine } = await engineFor(sandbox);
    await engine.refresh();
    const before = await engine.status();
    await control(sandbox, '/requests', { method: 'DELETE' });

    // A Retail rename, and a product the merchant disables in eCom.
    const vestes = byPath(before.categories, 'Vestes');
    await retailFetch(sandbox, `/Category/${vestes.retailId}.json`, {
      method: 'PUT',
      body: JSON.stringify({ name: 'Manteaux' }),
    });
    const product = before.products.find((p) => p.enabled === true && p.ecomId !== null)!;
    await ecomFetch(sandbox, `/products/${product.ecomId}`, {
      method: 'PUT',
      body: JSON.stringify({ enabled: false }),
    });
    await control(sandbox, '/requests', { method: 'DELETE' });

    const second = await engine.refresh();
    expect(second.incremental).toBe(true);
    const { requests } = (await (await control(sandbox, '/requests')).json()) as {
      requests: Array<{ api: string; path: string; query: string }>;
    };
    const itemReads = requests.filter((r) => r.path.endsWith('/Item.json'));
    expect(itemReads).toHaveLength(1);
    // By timeStamp from the page the last read kept (the demo store's items fit on one page), never a time filter.
    expect(new URLSearchParams(itemReads[0]!.query).get('sort')).toBe('timeStamp');
    const productReads = requests.filter((r) => r.path.endsWith('/products'));
    expect(productReads.some((r) => r.query.includes('updatedFrom='))).toBe(true);

    const after = await engine.status();
    expect(after.categories.find((c) => c.retailId === vestes.retailId)?.drift?.name?.retail).toBe('Manteaux');
    expect(after.products.find((p) => p.ecomId === product.ecomId)?.enabled).toBe(false);
  });

  it('sees a deleted product at once, through the product total', async () => {
    const { engine } = await engineFor(sandbox);
    await engine.refresh();
    const product = (await engine.status()).products.find((p) => p.ecomId !== null)!;
    await ecomFetch(sandbox, `/products/${product.ecomId}`, { method: 'DELETE' });
    const second = await engine.refresh();
    expect(second.incremental).toBe(true);
    expect((await engine.status()).products.find((p) => p.ecomId === product.ecomId)).toBeUndefined();
  });

  it('works from eCom’s own data when Retail is not connected, and says nothing it cannot know', async () => {
    const { engine } = await engineFor(sandbox, { retail: false });
    const result = await engine.refresh();
    expect(result.operations).toEqual([]);
    const { categories } = await engine.status();
    expect(categories.some((c) => c.status === 'pending' || c.status === 'drift' || c.status === 'orphaned')).toBe(
      false,
    );
    expect(byPath(categories, 'Vestes').status).toBe('live');
    expect(categories.filter((c) => c.status === 'online-only')).toHaveLength(3);
  });

  it('stops a job with a clear reason when the token may only read', async () => {
    const { engine } = await engineFor(sandbox, { ecomToken: sandbox.connection.ecomReadOnlyToken });
    await engine.refresh();
    const { categories } = await engine.status();
    // A public token sees enabled categories only: the disabled "Doudounes" is not seen in eCom.
    expect(categories.find((c) => c.name === 'Doudounes')?.ecomId ?? null).toBeNull();
    const vestes = byPath(categories, 'Vestes');
    const job = await runUntilDone(
      engine,
      (await engine.startJob({ kind: 'disable-categories', ecomIds: [vestes.ecomId!] })).id,
    );
    expect(job.items[0]!.state).not.toBe('done');
    expect(sayIn(job.items[0]!.reason ?? job.error, 'en')).toMatch(/403|secret|scope|token/i);
    expect((await world()).ecom.categories.find((c) => c.id === vestes.ecomId)?.enabled).toBe(true);
  });
});

describe('the scheduled refresh', () => {
  it('only reads in watch mode, and syncs by itself in sync mode', async () => {
    const { scheduledRefresh } = await import('../../utils/engine/scheduled-refresh.ts');
    const { engine } = await engineFor(sandbox);
    expect(await scheduledRefresh(engine, { mode: 'watch' })).toBe(false);
    expect((await engine.status()).jobs).toEqual([]);

    expect(await scheduledRefresh(engine, { mode: 'sync' })).toBe(true);
    // A second alarm while that sync waits does not queue another one.
    expect(await scheduledRefresh(engine, { mode: 'sync' })).toBe(false);
    const [job] = (await engine.status()).jobs;
    await runUntilDone(engine, job!.id);
    expect(await scheduledRefresh(engine, { mode: 'sync' })).toBe(false);
    expect((await world()).ecom.categories.filter((c) => c.name === "Sandales d'été")).toHaveLength(1);
  });
});

describe('refreshes beside jobs', () => {
  it('never loses an undo’s memory to a refresh running at the same time', async () => {
    const { engine } = await engineFor(sandbox);
    await engine.refresh();
    const fresh = (await engine.status()).categories.filter((c) => c.availability === 'new' && c.ecomId !== null);
    const enable = await runUntilDone(engine, (await engine.startJob({ kind: 'enable-categories' })).id);
    const undo = await engine.undo(enable.id);
    // The merchant presses "check again" just before the undo runs: that refresh reads the categories while they
    // are still enabled, then waits on a slow product read while the undo finishes and updates the memory.
    await control(sandbox, '/faults', {
      method: 'PUT',
      body: JSON.stringify([{ match: 'GET /api/v3/\\d+/products$', delayMs: 1_500, times: 1 }]),
    });
    const slowRefresh = engine.refresh({ full: true });
    await new Promise((resolve) => setTimeout(resolve, 100));
    const finished = await runUntilDone(engine, undo.id);
    await slowRefresh;
    expect(finished.status).toBe('done');
    await engine.refresh();
    const states = (await engine.status()).categories;
    for (const state of fresh) expect(states.find((s) => s.ecomId === state.ecomId)?.status).toBe('new');
  });
});

describe('the glance', () => {
  it('gives the same counts as the full status without reading every record, and nothing before a refresh', async () => {
    const { engine } = await engineFor(sandbox);
    expect((await engine.glance()).summary).toBeNull();
    await engine.refresh();
    const [glance, status] = await Promise.all([engine.glance(), engine.status()]);
    expect(glance.summary).toEqual(status.summary);
    expect(glance.readAt).toEqual(status.readAt);
  });
});
