import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import type { Sandbox } from '../../sandbox/server.ts';
import { control, startTestSandbox } from '../integration/support/sandbox.ts';
import { connectToSandbox } from './support/connect.ts';
import { launchWithExtension, type ExtensionSession } from './support/extension.ts';
import { openExtensionPage, valueFrom } from './support/extension-page.ts';

/** 1,200 categories Lightspeed's sync just brought in, all disabled: three batches' worth of enabling. */
const COUNT = 1_200;
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
  api: string;
}

describe('a job survives its service worker being killed', () => {
  let sandbox: Sandbox;
  let session: ExtensionSession;

  beforeAll(async () => {
    sandbox = await startTestSandbox({ state: storeWithManyNewCategories() });
    session = await launchWithExtension();
    await connectToSandbox(session, sandbox);
  });

  afterAll(async () => {
    await session?.close();
    await sandbox?.close();
  });

  it('finishes after the worker comes back, with nothing done twice', async () => {
    const page = await openExtensionPage(session);
    await valueFrom(page, { type: 'refresh' });
    const started = await valueFrom(page, { type: 'start-job', job: { kind: 'enable-categories' } });
    expect(started.total).toBe(COUNT);

    // Wait until the first batch is being carried out, then stop the worker in the middle of the job.
    const carried = async () => {
      const log = (await (await control(sandbox, '/requests?api=ecom-batch')).json()) as { requests: Logged[] };
      return log.requests;
    };
    await expect.poll(async () => (await carried()).length, { timeout: 30_000, interval: 50 }).toBeGreaterThan(20);
    const cdp = await session.context.newCDPSession(page);
    const { targetInfos } = await cdp.send('Target.getTargets');
    const worker = targetInfos.find((t) => t.type === 'service_worker' && t.url.includes(session.extensionId));
    expect(worker).toBeDefined();
    await cdp.send('Target.closeTarget', { targetId: worker!.targetId });
    await expect
      .poll(async () => (await cdp.send('Target.getTargets')).targetInfos.some((t) => t.type === 'service_worker'), {
        timeout: 5_000,
      })
      .toBe(false);
    const doneWhenKilled = (await carried()).length;
    expect(doneWhenKilled).toBeLessThan(COUNT);

    // The merchant's page asks how the job is going: that wakes a new worker, which takes the job up again.
    await expect
      .poll(async () => (await valueFrom(page, { type: 'job', id: started.id }))?.status, {
        timeout: 60_000,
        interval: 500,
      })
      .toBe('done');

    const job = (await valueFrom(page, { type: 'job', id: started.id }))!;
    expect(job.items.filter((item) => item.state === 'done')).toHaveLength(COUNT);

    const state = (await (await control(sandbox, '/state')).json()) as {
      ecom: { categories: Array<{ enabled: boolean }> };
    };
    expect(state.ecom.categories.every((category) => category.enabled)).toBe(true);

    // Every category was enabled by exactly one request: no batch ran twice.
    const puts = (await carried()).filter((request) => request.method === 'PUT');
    const perPath = new Map<string, number>();
    for (const put of puts) perPath.set(put.path, (perPath.get(put.path) ?? 0) + 1);
    expect(perPath.size).toBe(COUNT);
    expect([...perPath.values()].every((count) => count === 1)).toBe(true);
  });
});
