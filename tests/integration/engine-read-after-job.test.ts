import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import type { Sandbox } from '../../sandbox/server.ts';
import { engineFor, runUntilDone } from './support/engine.ts';
import { control, ecomFetch, loggedCalls, startTestSandbox } from './support/sandbox.ts';

/**
 * Issue 13: the read after a job reads back what the job wrote, in eCom, and nothing from Retail, which no job
 * writes. A held-out run spent 28 s re-reading 2,661 Retail items after enabling 26 categories.
 */

let sandbox: Sandbox;
beforeEach(async () => {
  sandbox = await startTestSandbox();
});
afterEach(() => sandbox.close());

describe('the read after a job', () => {
  it('asks Retail nothing after an eCom-only job, and eCom only for the records the job wrote', async () => {
    const { engine } = await engineFor(sandbox);
    await engine.refresh({ full: true });
    const fresh = (await engine.status()).categories.filter((c) => c.availability === 'new' && c.ecomId !== null);
    expect(fresh.length).toBeGreaterThanOrEqual(3);
    await control(sandbox, '/requests', { method: 'DELETE' });

    const job = await runUntilDone(engine, (await engine.startJob({ kind: 'enable-categories' })).id);
    expect(job.status).toBe('done');

    const requests = await loggedCalls(sandbox);
    expect(requests.filter((entry) => entry.api === 'retail')).toEqual([]);
    // The job's own batches (reading the categories first, then enabling them) and one more that reads them back:
    // no list of every category or product.
    const http = requests.filter((entry) => entry.api === 'ecom');
    expect(http.filter((entry) => !entry.path.endsWith('/batch'))).toEqual([]);
    expect(http.filter((entry) => entry.method === 'POST')).toHaveLength(3);
    // The batch that reads back carried only GETs of the categories the job enabled.
    const carried = requests.filter((entry) => entry.api === 'ecom-batch');
    const readBack = carried.slice(-fresh.length);
    expect(readBack.map((entry) => `${entry.method} ${entry.path.replace(/.*\/categories\//, '')}`).sort()).toEqual(
      fresh.map((state) => `GET ${state.ecomId}`).sort(),
    );
    // What the pages show is what eCom holds now.
    const after = await engine.status();
    expect(after.summary.newDisabled).toBe(0);
    for (const state of fresh) {
      expect(after.categories.find((c) => c.ecomId === state.ecomId)).toMatchObject({ enabled: true });
    }
  });

  it('takes in what the merchant changed meanwhile on the records the job read', async () => {
    const { engine } = await engineFor(sandbox);
    await engine.refresh({ full: true });
    const fresh = (await engine.status()).categories.filter((c) => c.availability === 'new' && c.ecomId !== null);
    const [first, second] = fresh;
    const job = await engine.startJob({ kind: 'enable-categories', ecomIds: [first!.ecomId!, second!.ecomId!] });
    // The merchant enables one of them in the admin before the job runs: the job skips it as already enabled.
    const enabled = await ecomFetch(sandbox, `/categories/${second!.ecomId}`, {
      method: 'PUT',
      body: JSON.stringify({ enabled: true }),
    });
    expect(enabled.status).toBe(200);
    await control(sandbox, '/requests', { method: 'DELETE' });
    const done = await runUntilDone(engine, job.id);
    expect(done.items.map((item) => item.state)).toEqual(['done', 'skipped']);

    expect((await loggedCalls(sandbox)).filter((entry) => entry.api === 'retail')).toEqual([]);
    const states = (await engine.status()).categories;
    expect(states.find((c) => c.ecomId === first!.ecomId)).toMatchObject({ enabled: true });
    expect(states.find((c) => c.ecomId === second!.ecomId)).toMatchObject({ enabled: true });
  });
});
