import { afterEach, describe, expect, it } from 'vitest';

import type { Sandbox } from '../../sandbox/server.ts';
import { sayIn } from '../../utils/i18n/said.ts';
import { engineFor, runUntilDone, type WorldCategory } from './support/engine.ts';
import { control, startTestSandbox } from './support/sandbox.ts';

const sandboxes: Sandbox[] = [];
afterEach(async () => {
  for (const sandbox of sandboxes.splice(0)) await sandbox.close();
});

/** What a merchant's afternoon does: read, enable the new categories, then run the one-way sync. */
async function afternoon(sandbox: Sandbox) {
  const { engine } = await engineFor(sandbox);
  await engine.refresh();
  const enable = await runUntilDone(engine, (await engine.startJob({ kind: 'enable-categories' })).id);
  const sync = await runUntilDone(engine, (await engine.startJob({ kind: 'sync' })).id);
  const { rules } = (await (await control(sandbox, '/faults')).json()) as {
    rules: Array<{ match: string; hits: number; times?: number }>;
  };
  await control(sandbox, '/faults', { method: 'DELETE' });
  const world = (await (await control(sandbox, '/state')).json()) as { ecom: { categories: WorldCategory[] } };
  return { enable, sync, categories: world.ecom.categories, rules };
}

const FAULTS = {
  seed: 7,
  rules: [
    { match: 'GET /api/v3/\\d+/categories$', status: 500, times: 2 },
    { match: 'GET /api/v3/\\d+/products$', status: 429, retryAfter: 1, times: 1 },
    { match: 'POST /api/v3/\\d+/batch', status: 449, times: 1 },
    { match: 'POST /api/v3/\\d+/batch', drop: true, times: 1 },
    { match: 'GET /api/v3/\\d+/batch', status: 503, times: 2 },
    { match: 'GET /api/v3/\\d+/batch', drop: true, times: 1 },
    { match: 'GET /API/V3/Account/\\d+/Item\\.json', malformed: true, times: 1 },
    { match: 'GET /API/V3/Account/\\d+/Category\\.json', delayMs: 2_500, times: 1 },
    { match: 'GET /api/v3/\\d+/categories$', status: 500, rate: 0.2 },
  ],
};

describe('jobs under faults', () => {
  it('end with the same store as without faults: nothing created twice, no merchant field changed', async () => {
    const calm = await startTestSandbox();
    sandboxes.push(calm);
    const expected = await afternoon(calm);

    const stormy = await startTestSandbox();
    sandboxes.push(stormy);
    const before = (await (await control(stormy, '/state')).json()) as { ecom: { categories: WorldCategory[] } };
    expect((await control(stormy, '/faults', { method: 'PUT', body: JSON.stringify(FAULTS) })).status).toBe(200);
    const actual = await afternoon(stormy);

    // Every fault was really met, as many times as it was set for.
    for (const rule of actual.rules) {
      if (rule.times !== undefined) expect(rule.hits, rule.match).toBe(rule.times);
    }
    expect(actual.enable.status).toBe('done');
    expect(actual.sync.status).toBe('done');
    expect(actual.enable.items.every((item) => item.state === 'done')).toBe(true);
    expect(actual.categories).toEqual(expected.categories);

    // The pending category was created once, disabled.
    const created = actual.categories.filter((c) => c.name === "Sandales d'été");
    expect(created).toEqual([expect.objectContaining({ enabled: false })]);

    // The merchant's own fields are as they were on every category that existed before.
    for (const old of before.ecom.categories) {
      const now = actual.categories.find((c) => c.id === old.id)!;
      expect({ description: now.description, imageUrl: now.imageUrl }).toEqual({
        description: old.description,
        imageUrl: old.imageUrl,
      });
    }
  }, 120_000);

  it('stops with words, not a crash, when the faults never end', async () => {
    const sandbox = await startTestSandbox();
    sandboxes.push(sandbox);
    const { engine } = await engineFor(sandbox);
    await engine.refresh();
    await control(sandbox, '/faults', {
      method: 'PUT',
      body: JSON.stringify([{ match: 'POST /api/v3/\\d+/batch', status: 401 }]),
    });
    const job = await runUntilDone(engine, (await engine.startJob({ kind: 'enable-categories' })).id);
    expect(job.status).toBe('failed');
    expect(sayIn(job.error, 'en')).toMatch(/token/i);
    expect(sayIn(job.error, 'fr')).toMatch(/jeton/i);
    expect(job.items.every((item) => item.state === 'skipped' && /^Not done: /.test(sayIn(item.reason, 'en')))).toBe(
      true,
    );
    expect(job.items.every((item) => /^Pas fait : .*jeton/.test(sayIn(item.reason, 'fr')))).toBe(true);
  }, 60_000);
});
