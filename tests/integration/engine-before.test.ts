import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import type { Sandbox } from '../../sandbox/server.ts';
import { engineFor, runUntilDone, type WorldCategory } from './support/engine.ts';
import { control, ecomFetch, startTestSandbox } from './support/sandbox.ts';

/**
 * The preview and the job are made from the engine's last read; what the merchant did in eCom since must win:
 * each item is read from eCom before the first batch, and Undo puts back only what the job itself changed.
 */

let sandbox: Sandbox;
beforeEach(async () => {
  sandbox = await startTestSandbox();
});
afterEach(() => sandbox.close());

async function categories(): Promise<WorldCategory[]> {
  return ((await (await control(sandbox, '/state')).json()) as { ecom: { categories: WorldCategory[] } }).ecom
    .categories;
}

describe('a job made from a stale read', () => {
  it('leaves a category the merchant enabled after the read to the merchant, and its undo leaves it enabled', async () => {
    const { engine } = await engineFor(sandbox);
    await engine.refresh();
    const fresh = (await engine.status()).categories.filter((c) => c.availability === 'new' && c.ecomId !== null);
    expect(fresh.length).toBeGreaterThanOrEqual(2);
    const [merchants, ...others] = fresh;
    // The merchant enables one of them in the admin; the engine has not read since.
    await ecomFetch(sandbox, `/categories/${merchants!.ecomId}`, {
      method: 'PUT',
      body: JSON.stringify({ enabled: true }),
    });

    const job = await runUntilDone(engine, (await engine.startJob({ kind: 'enable-categories' })).id);
    expect(job.status).toBe('done');
    const item = job.items.find((candidate) => candidate.ecomId === merchants!.ecomId)!;
    expect(item).toMatchObject({
      state: 'skipped',
      reason: { en: 'Already enabled: nothing to do.', fr: 'Déjà activé : rien à faire.' },
    });
    for (const other of others) expect(job.items.find((c) => c.ecomId === other.ecomId)?.state).toBe('done');

    const undo = await runUntilDone(engine, (await engine.undo(job.id)).id);
    expect(undo.items.map((candidate) => candidate.ecomId)).not.toContain(merchants!.ecomId);
    const now = await categories();
    expect(now.find((c) => c.id === merchants!.ecomId)?.enabled).toBe(true);
    for (const other of others) expect(now.find((c) => c.id === other.ecomId)?.enabled).toBe(false);
  });

  it('skips a category deleted after the read, saying so, and sends nothing for it', async () => {
    const { engine } = await engineFor(sandbox);
    await engine.refresh();
    const fresh = (await engine.status()).categories.filter((c) => c.availability === 'new' && c.ecomId !== null);
    // Deleted in eCom after the read (eCom refuses to delete a synced category through the API: the world is edited).
    const world = (await (await control(sandbox, '/state')).json()) as {
      ecom: { categories: WorldCategory[]; products: Array<{ categoryIds?: number[]; defaultCategoryId?: number }> };
    };
    const gone = fresh.find((c) => !world.ecom.categories.some((child) => child.parentId === c.ecomId))!;
    world.ecom.categories = world.ecom.categories.filter((c) => c.id !== gone.ecomId);
    for (const product of world.ecom.products) {
      product.categoryIds = (product.categoryIds ?? []).filter((id) => id !== gone.ecomId);
      if (product.defaultCategoryId === gone.ecomId) delete product.defaultCategoryId;
    }
    const put = await control(sandbox, '/state', { method: 'PUT', body: JSON.stringify(world) });
    expect(put.status, await put.clone().text()).toBe(200);
    await control(sandbox, '/requests', { method: 'DELETE' });

    const job = await runUntilDone(engine, (await engine.startJob({ kind: 'enable-categories' })).id);
    expect(job.items.find((item) => item.ecomId === gone.ecomId)).toMatchObject({
      state: 'skipped',
      reason: { en: 'No longer in eCom.', fr: 'N’est plus dans eCom.' },
    });
    const { requests } = (await (await control(sandbox, '/requests')).json()) as {
      requests: Array<{ api: string; method: string; path: string }>;
    };
    expect(
      requests.filter(
        (r) => r.api === 'ecom-batch' && r.method === 'PUT' && r.path.endsWith(`/categories/${gone.ecomId}`),
      ),
    ).toEqual([]);
  });
});
