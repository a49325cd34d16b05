import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';

import type { Sandbox } from '../../sandbox/server.ts';
import { control, startTestSandbox } from './support/sandbox.ts';

/** Lightspeed's own sync, run through the sandbox's controls over the demo world. */

interface StateJson {
  retail: { categories: { categoryID: number; name: string; parentID: number }[] };
  ecom: {
    categories: {
      id: number;
      name: string;
      enabled: boolean;
      parentId: number;
      origin: string | null;
      externalReferenceId: string | null;
    }[];
  };
}

interface SyncReport {
  ranAt: string;
  categoriesCreated: number[];
  categoriesUpdated: number[];
  parentsReordered: number[];
  productsCreated: number;
  productsUpdated: number;
  productsRemoved: number;
  orphanedCategories: number[];
}

let sandbox: Sandbox;

beforeAll(async () => {
  sandbox = await startTestSandbox();
});

afterAll(async () => {
  await sandbox.close();
});

beforeEach(async () => {
  expect((await control(sandbox, '/reset', { method: 'POST' })).status).toBe(200);
});

async function readState(): Promise<StateJson> {
  const response = await control(sandbox, '/state');
  expect(response.status).toBe(200);
  return (await response.json()) as StateJson;
}

async function nativeSync(): Promise<SyncReport> {
  const response = await control(sandbox, '/native-sync', { method: 'POST' });
  expect(response.status).toBe(200);
  return (await response.json()) as SyncReport;
}

function counterpart(state: StateJson, categoryID: number) {
  return state.ecom.categories.find((c) => c.externalReferenceId === String(categoryID));
}

describe('POST /__sandbox/native-sync', () => {
  it('brings the demo world’s pending Retail category into eCom, disabled, under its parent', async () => {
    const before = await readState();
    const pending = before.retail.categories.find((c) => c.name === "Sandales d'été")!;
    expect(counterpart(before, pending.categoryID)).toBeUndefined();

    const report = await nativeSync();

    const after = await readState();
    const created = counterpart(after, pending.categoryID);
    expect(report.categoriesCreated).toEqual([created?.id]);
    expect(created).toMatchObject({ name: "Sandales d'été", enabled: false, origin: 'LIGHTSPEED' });
    expect(created?.parentId).toBe(counterpart(after, pending.parentID)?.id);
  });

  it('shows a rename made in Retail (through PUT /__sandbox/state) after a sync, leaving the category enabled', async () => {
    const state = await readState();
    const jeans = state.retail.categories.find((c) => c.name === 'Jeans')!;
    jeans.name = 'Jeans & denim';
    const put = await control(sandbox, '/state', { method: 'PUT', body: JSON.stringify(state) });
    expect(put.status).toBe(200);

    const report = await nativeSync();

    const after = await readState();
    const ecomJeans = counterpart(after, jeans.categoryID)!;
    expect(report.categoriesUpdated).toEqual([ecomJeans.id]);
    expect(ecomJeans).toMatchObject({ name: 'Jeans & denim', enabled: true });
  });

  it('reports no change on a second sync, and changes nothing', async () => {
    const first = await nativeSync();
    expect(first.categoriesCreated.length + first.productsCreated + first.productsRemoved).toBeGreaterThan(0);
    const between = await readState();

    const second = await nativeSync();

    expect(second).toMatchObject({
      categoriesCreated: [],
      categoriesUpdated: [],
      parentsReordered: [],
      productsCreated: 0,
      productsUpdated: 0,
      productsRemoved: 0,
    });
    expect(Date.parse(second.ranAt)).toBeGreaterThanOrEqual(Date.parse(first.ranAt));
    expect(await readState()).toEqual(between);
  });
});
