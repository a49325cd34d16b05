import { execFile } from 'node:child_process';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import type { Sandbox } from '../../sandbox/server.ts';
import { control, ecomFetch, startTestSandbox } from './support/sandbox.ts';

const run = promisify(execFile);

let sandbox: Sandbox;
let data: string;

beforeAll(async () => {
  sandbox = await startTestSandbox();
  data = join(await mkdtemp(join(tmpdir(), 'engine-cli-')), 'memory.json');
});
afterAll(() => sandbox.close());

function env(overrides: Record<string, string> = {}) {
  const c = sandbox.connection;
  return {
    ...process.env,
    ECOM_API: c.ecomApi,
    ECOM_STORE_ID: c.storeId,
    ECOM_TOKEN: c.ecomToken,
    RETAIL_API: c.retailApi,
    RETAIL_ACCOUNT_ID: c.retailAccountID,
    RETAIL_TOKEN: c.retailToken,
    ...overrides,
  };
}

async function engine(args: string[], overrides: Record<string, string> = {}) {
  try {
    const { stdout, stderr } = await run(process.execPath, ['scripts/engine.ts', ...args, '--data', data], {
      env: env(overrides),
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

interface StatusJson {
  categories: Array<{ retailId: number | null; ecomId: number | null; name: string; path: string; status: string }>;
  products: Array<{ retailId: number | null; ecomId: number | null; name: string; path: string; status: string }>;
}

describe('npm run engine', () => {
  it('prints every category and product with its status as JSON', async () => {
    const { code, stdout } = await engine(['status', '--json']);
    expect(code).toBe(0);
    const status = JSON.parse(stdout) as StatusJson;
    for (const category of status.categories) {
      expect(Object.keys(category)).toEqual(expect.arrayContaining(['retailId', 'ecomId', 'name', 'path', 'status']));
      expect(['pending', 'new', 'live', 'disabled', 'drift', 'orphaned', 'online-only']).toContain(category.status);
    }
    expect(status.categories.find((c) => c.name === "Sandales d'été")).toMatchObject({
      ecomId: null,
      status: 'pending',
    });
    expect(status.categories.find((c) => c.name === 'Soldes d’hiver' || c.name === "Soldes d'hiver")).toMatchObject({
      retailId: null,
      status: 'online-only',
    });
    expect(status.products.length).toBeGreaterThan(10);
    expect(status.products[0]).toEqual(
      expect.objectContaining({
        retailId: expect.anything(),
        ecomId: expect.anything(),
        name: expect.any(String),
        path: expect.any(String),
        status: expect.any(String),
      }),
    );
  });

  it('enables every new category when given no names, and prints the job’s result', async () => {
    const before = JSON.parse((await engine(['status', '--json'])).stdout) as StatusJson;
    const fresh = before.categories.filter((c) => c.status === 'new');
    expect(fresh.length).toBeGreaterThan(0);
    const { code, stdout } = await engine(['enable', '--json']);
    expect(code).toBe(0);
    const result = JSON.parse(stdout) as {
      job: { done: number; failed: number };
      items: Array<{ ecomId: number; state: string }>;
    };
    expect(result.job).toMatchObject({ done: fresh.length, failed: 0 });
    expect(result.items.map((i) => i.ecomId).sort()).toEqual(fresh.map((c) => c.ecomId).sort());
  });

  it('remembers between runs: a category disabled after it was enabled is "disabled", not "new"', async () => {
    const status = JSON.parse((await engine(['status', '--json'])).stdout) as StatusJson;
    const live = status.categories.find((c) => c.status === 'live')!;
    await ecomFetch(sandbox, `/categories/${live.ecomId}`, { method: 'PUT', body: JSON.stringify({ enabled: false }) });
    const after = JSON.parse((await engine(['status', '--json'])).stdout) as StatusJson;
    expect(after.categories.find((c) => c.ecomId === live.ecomId)?.status).toBe('disabled');
    // And "enable" with no names leaves it alone.
    const { stdout } = await engine(['enable', '--json']);
    expect((JSON.parse(stdout) as { items: unknown[] }).items).toEqual([]);
  });

  it('plans and syncs like Lightspeed’s own sync', async () => {
    const plan = JSON.parse((await engine(['plan', '--json'])).stdout) as { operations: Array<{ kind: string }> };
    expect(plan.operations.map((o) => o.kind)).toContain('create-category');
    const { code } = await engine(['sync']);
    expect(code).toBe(0);
    const again = JSON.parse((await engine(['plan', '--json'])).stdout) as { operations: unknown[] };
    expect(again.operations).toEqual([]);
    const world = (await (await control(sandbox, '/state')).json()) as {
      ecom: { categories: Array<{ name: string; enabled: boolean }> };
    };
    expect(world.ecom.categories.filter((c) => c.name === "Sandales d'été")).toEqual([
      expect.objectContaining({ enabled: false }),
    ]);
  });

  it('says what is missing, with exit code 2', async () => {
    const { code, stderr } = await engine(['status'], { ECOM_TOKEN: '' });
    expect(code).toBe(2);
    expect(stderr).toMatch(/eCom token/);
    expect((await engine(['frobnicate'])).code).toBe(2);
  });

  it('says what the API said, with exit code 3, when the token is refused', async () => {
    const { code, stderr } = await engine(['status'], { ECOM_TOKEN: 'secret_revoked' });
    expect(code).toBe(3);
    expect(stderr).toMatch(/token/i);
  });
});
