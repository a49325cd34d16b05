import { createServer } from 'node:net';

import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';

import type { Sandbox } from '../../sandbox/server.ts';
import { checkEcomCredentials } from '../../utils/connect/ecom-check.ts';
import { ConnectError } from '../../utils/connect/errors.ts';
import { checkRetailToken } from '../../utils/connect/retail-check.ts';
import { readSandboxConnection } from '../../utils/connect/sandbox.ts';
import { control, startTestSandbox } from './support/sandbox.ts';

let sandbox: Sandbox;

beforeAll(async () => {
  sandbox = await startTestSandbox();
});
afterAll(() => sandbox.close());
beforeEach(async () => {
  await control(sandbox, '/faults', { method: 'DELETE' });
});

const fetchNode = (input: string, init: RequestInit) => fetch(input, init);

async function codeOf(work: Promise<unknown>): Promise<{ code: string; message: string }> {
  try {
    await work;
  } catch (error) {
    if (error instanceof ConnectError) return { code: error.code, message: error.message };
    throw error;
  }
  throw new Error('it did not fail');
}

/** A loopback port where nothing listens. */
async function deadPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

describe('checking eCom credentials with a real call', () => {
  const base = () => ({ apiBase: sandbox.connection.ecomApi, storeId: sandbox.connection.storeId });

  it('accepts the secret token, sees disabled categories too, and knows where the admin is', async () => {
    const checked = await checkEcomCredentials({ ...base(), token: sandbox.connection.ecomToken });
    expect(checked).toMatchObject({ readOnly: false, storeId: Number(sandbox.connection.storeId) });
    expect(checked.categories).toBeGreaterThan(0);
    expect(checked.adminUrl).toBe(`${sandbox.origin}/store/${sandbox.connection.storeId}#categories`);
    const requests = (await (await control(sandbox, '/requests?api=ecom')).json()) as {
      requests: Array<{ method: string; query: string }>;
    };
    // One read, and it asked for disabled categories as well.
    const last = requests.requests.at(-1)!;
    expect(last.method).toBe('GET');
    expect(last.query).toContain('hidden_categories=true');
  });

  it('accepts a public token as read-only', async () => {
    const checked = await checkEcomCredentials({ ...base(), token: sandbox.connection.ecomReadOnlyToken });
    expect(checked.readOnly).toBe(true);
  });

  it('tells a wrong or revoked token, a wrong store id and a missing scope apart', async () => {
    expect(await codeOf(checkEcomCredentials({ ...base(), token: 'secret_revoked' }))).toMatchObject({
      code: 'ecom-token',
    });
    expect(
      await codeOf(checkEcomCredentials({ ...base(), storeId: 999, token: sandbox.connection.ecomToken })),
    ).toMatchObject({
      code: 'ecom-store',
      message: expect.stringContaining('999'),
    });
    await control(sandbox, '/faults', {
      method: 'PUT',
      body: JSON.stringify([{ match: 'GET /api/v3/.*/categories', status: 403, times: 1 }]),
    });
    expect(await codeOf(checkEcomCredentials({ ...base(), token: sandbox.connection.ecomToken }))).toMatchObject({
      code: 'ecom-scope',
      message: expect.stringContaining('read_catalog'),
    });
  });

  it('says so when eCom cannot be reached, and refuses what is not an id or a token before calling', async () => {
    const port = await deadPort();
    expect(
      await codeOf(checkEcomCredentials({ apiBase: `http://127.0.0.1:${port}/api/v3`, storeId: 1, token: 'secret_x' })),
    ).toMatchObject({ code: 'ecom-unreachable' });
    expect(await codeOf(checkEcomCredentials({ ...base(), storeId: 'abc', token: 'secret_x' }))).toMatchObject({
      code: 'bad-input',
    });
    expect(await codeOf(checkEcomCredentials({ ...base(), token: 'secret x' }))).toMatchObject({ code: 'bad-input' });
    expect(
      await codeOf(checkEcomCredentials({ apiBase: 'http://api.example.com/v3', storeId: 1, token: 'secret_x' })),
    ).toMatchObject({ code: 'bad-address' });
  });

  it('never repeats the token in what it says', async () => {
    const token = 'secret_this-one-must-not-leak';
    const failure = await codeOf(checkEcomCredentials({ ...base(), token }));
    expect(failure.message).not.toContain(token);
  });
});

describe('checking a Retail POS access token with a real call', () => {
  it('finds the account the token reaches', async () => {
    const checked = await checkRetailToken({
      apiBase: sandbox.connection.retailApi,
      token: sandbox.connection.retailToken,
    });
    expect(checked).toEqual({
      apiBase: sandbox.connection.retailApi,
      accountId: Number(sandbox.connection.retailAccountID),
      accountName: expect.any(String),
    });
  });

  it('tells a refused token and an unknown account apart', async () => {
    const apiBase = sandbox.connection.retailApi;
    expect(await codeOf(checkRetailToken({ apiBase, token: 'expired-token' }))).toMatchObject({ code: 'retail-token' });
    expect(
      await codeOf(checkRetailToken({ apiBase, token: sandbox.connection.retailToken, accountId: 424242 })),
    ).toMatchObject({
      code: 'retail-account',
    });
  });
});

describe('reading a local sandbox’s connection', () => {
  it('reads every address and token from /__sandbox/connection', async () => {
    const connection = await readSandboxConnection(sandbox.origin, fetchNode);
    expect(connection).toMatchObject({ ecomToken: sandbox.connection.ecomToken, storeId: sandbox.connection.storeId });
  });

  it('goes only to this computer, and says when nothing answers', async () => {
    expect(await codeOf(readSandboxConnection('https://sandbox.example.com', fetchNode))).toMatchObject({
      code: 'sandbox-not-local',
    });
    expect(await codeOf(readSandboxConnection(`http://127.0.0.1:${await deadPort()}`, fetchNode))).toMatchObject({
      code: 'sandbox-unreachable',
    });
  });
});
