import 'fake-indexeddb/auto';

import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

import type { Sandbox } from '../../sandbox/server.ts';
import { demoState } from '../../sandbox/world/demo.ts';
import { createConnectHandlers } from '../../entrypoints/background/handlers/connect.ts';
import { saveEcomConnection, saveRetailConnection } from '../../utils/connect/saved-connections.ts';
import { VAULT_NAME } from '../../utils/connect/vault.ts';
import { getMeta } from '../../utils/db/meta.ts';
import { openDb } from '../../utils/db/open.ts';
import { currentEngine } from '../../entrypoints/background/engine-host.ts';
import type { Engine } from '../../utils/engine/engine.ts';
import { loadSettings, saveSettings } from '../../utils/settings.ts';
import { control, startTestSandbox } from './support/sandbox.ts';

// The background's storage and alarms, in memory; IndexedDB from fake-indexeddb; both stores over real HTTP.
vi.mock('wxt/browser', async () => ({ browser: (await import('wxt/testing/fake-browser')).fakeBrowser }));

const JOBS_ALARM = 'sync-lens:jobs';

/** Two stores made from the same demo world: their category ids and Retail ids match, as ids happen to. */
let storeA: Sandbox;
let storeB: Sandbox;

beforeAll(async () => {
  storeA = await startTestSandbox();
  const demo = demoState();
  storeB = await startTestSandbox({
    state: { ...demo, retail: { ...demo.retail, accountID: 320 }, ecom: { ...demo.ecom, storeId: 2004 } },
  });
});
afterAll(async () => {
  await storeA?.close();
  await storeB?.close();
});

const ecomOf = (sandbox: Sandbox) => ({
  apiBase: sandbox.connection.ecomApi,
  storeId: Number(sandbox.connection.storeId),
  token: sandbox.connection.ecomToken,
  readOnly: false,
});
const retailOf = (sandbox: Sandbox) => ({
  apiBase: sandbox.connection.retailApi,
  accountId: Number(sandbox.connection.retailAccountID),
  accountName: 'Sync Lens Sandbox',
  token: sandbox.connection.retailToken,
});

async function writes(sandbox: Sandbox): Promise<Array<{ method: string; path: string }>> {
  const log = (await (await control(sandbox, '/requests?api=ecom')).json()) as {
    requests: Array<{ method: string; path: string }>;
  };
  return log.requests.filter((request) => request.method !== 'GET');
}

/** The cache's databases: the credentials vault is not the store's memory, and has a lifetime of its own. */
async function databases(): Promise<string[]> {
  return (await indexedDB.databases()).flatMap((database) =>
    database.name === undefined || database.name === VAULT_NAME ? [] : [database.name],
  );
}

/** The options page's "Check and connect" with a pasted Retail POS token of this sandbox's account. */
const connectRetailOf = (sandbox: Sandbox) =>
  handlers()['connect-retail']({
    type: 'connect-retail',
    token: sandbox.connection.retailToken,
    accountId: sandbox.connection.retailAccountID,
    apiBase: sandbox.connection.retailApi,
  });

const handlers = () =>
  createConnectHandlers({
    refreshSoon: () => undefined,
    clearSchedules: async () => {
      await fakeBrowser.alarms.clear(JOBS_ALARM);
    },
  });

/** Store A connected (eCom, and Retail unless told), read once, in Sync mode, with a job waiting for its alarm. */
async function connectedToA(options: { retail?: boolean } = {}): Promise<{ engine: Engine; jobId: string }> {
  await saveEcomConnection(ecomOf(storeA));
  if (options.retail !== false) await saveRetailConnection(retailOf(storeA));
  await saveSettings({ ...(await loadSettings()), mode: 'sync' });
  const engine = (await currentEngine())!;
  await engine.refresh();
  const job = await engine.startJob({ kind: 'enable-categories' });
  expect(job.items.length).toBeGreaterThan(0);
  await fakeBrowser.alarms.create(JOBS_ALARM, { when: Date.now() + 60_000 });
  return { engine, jobId: job.id };
}

/**
 * Calls `before` and `after` around every write of this key to storage.local: what the rest of the background
 * would find at those moments.
 */
function watchWrites(key: string, hooks: { before(): Promise<void>; after(): Promise<void> }) {
  const local = fakeBrowser.storage.local;
  const original = local.set;
  const set = original.bind(local) as (items: Record<string, unknown>) => Promise<void>;
  local.set = async (items: Record<string, unknown>) => {
    if (!(key in items)) return set(items);
    await hooks.before();
    await set(items);
    await hooks.after();
  };
  watching.push(() => (local.set = original));
}
const watching: Array<() => void> = [];
afterEach(() => {
  for (const stop of watching.splice(0)) stop();
});

/**
 * The jobs alarm as the background runs it, fired at this very moment: if an engine can be had before the event
 * loop turns (nothing holds it back), it runs the ready jobs at once; else it runs once it can.
 */
async function alarmNow(): Promise<{ done: Promise<unknown> }> {
  const engine = currentEngine();
  const turn = new Promise<'later'>((resolve) => setImmediate(() => resolve('later')));
  const first = await Promise.race([engine, turn]);
  if (first === 'later') return { done: engine.then((later) => later?.runJobs()) };
  await first?.runJobs();
  return { done: Promise.resolve() };
}

beforeEach(async () => {
  fakeBrowser.reset();
  // The options page asks for the hosts before it sends a connect request.
  fakeBrowser.permissions.contains = async () => true;
  await control(storeA, '/reset', { method: 'POST' });
  await control(storeB, '/reset', { method: 'POST' });
  // Whatever an earlier test left: forget it as the merchant would.
  await handlers().forget({ type: 'forget' });
  await control(storeA, '/requests', { method: 'DELETE' });
  await control(storeB, '/requests', { method: 'DELETE' });
});

describe('connecting another store', () => {
  it('goes back to Watch and clears the jobs alarm and the memory before store B’s credentials are saved', async () => {
    await connectedToA();
    const seen: Array<{ mode: string; alarms: string[]; databases: string[] }> = [];
    let alarmRun: Promise<unknown> = Promise.resolve();
    watchWrites('ecomConnection', {
      before: async () => {
        seen.push({
          mode: (await loadSettings()).mode,
          alarms: (await fakeBrowser.alarms.getAll()).map((alarm) => alarm.name),
          databases: await databases(),
        });
      },
      // The jobs alarm fires just as store B's credentials land.
      after: async () => {
        alarmRun = (await alarmNow()).done;
      },
    });

    const reply = await handlers()['connect-ecom']({
      type: 'connect-ecom',
      storeId: storeB.connection.storeId,
      token: storeB.connection.ecomToken,
      apiBase: storeB.connection.ecomApi,
    });
    await alarmRun;

    expect(seen).toEqual([{ mode: 'watch', alarms: [], databases: [] }]);
    expect(reply).toMatchObject({ ecom: { storeId: 2004 }, switched: { forgot: true, wasSync: true } });
    // The job made for store A stepped nowhere: not into B by ids that match, not into A.
    expect(await writes(storeB)).toEqual([]);
    expect(await writes(storeA)).toEqual([]);
    const engine = (await currentEngine())!;
    const glance = await engine.glance();
    expect(glance.jobs).toEqual([]);
    expect(glance.readAt).toBeNull();
  });

  it('treats another Retail POS account on the same store as another store: Watch, and nothing kept', async () => {
    const { jobId } = await connectedToA();
    const reply = await connectRetailOf(storeB);
    expect(reply.switched).toEqual({ forgot: true, wasSync: true });
    expect((await loadSettings()).mode).toBe('watch');
    expect((await fakeBrowser.alarms.getAll()).map((alarm) => alarm.name)).toEqual([]);
    const engine = (await currentEngine())!;
    expect(await engine.job(jobId)).toBeUndefined();
    await engine.runJobs();
    expect(await writes(storeA)).toEqual([]);
  });

  it('keeps everything when the same store is connected again with its token: that is no change', async () => {
    const { jobId } = await connectedToA();
    const reply = await handlers()['connect-ecom']({
      type: 'connect-ecom',
      storeId: storeA.connection.storeId,
      token: storeA.connection.ecomToken,
      apiBase: storeA.connection.ecomApi,
    });
    expect(reply.switched).toBeNull();
    expect((await loadSettings()).mode).toBe('sync');
    expect((await fakeBrowser.alarms.getAll()).map((alarm) => alarm.name)).toEqual([JOBS_ALARM]);
    expect((await (await currentEngine())!.job(jobId))?.status).toBe('queued');
  });

  it('goes back to Watch when Retail POS is first connected, keeps what it knows of the eCom store, and runs no job made before', async () => {
    const { jobId } = await connectedToA({ retail: false });
    const history = await historyNow();
    expect(Object.keys(history.categories).length).toBeGreaterThan(0);

    const reply = await connectRetailOf(storeA);
    expect(reply.switched).toEqual({ forgot: false, wasSync: true });
    expect((await loadSettings()).mode).toBe('watch');
    // Which categories the merchant disabled is knowledge of the eCom store, built without Retail: it stays.
    expect(await historyNow()).toEqual(history);

    const engine = (await currentEngine())!;
    await engine.runJobs();
    const job = await engine.job(jobId);
    expect(job?.status).toBe('cancelled');
    expect(job?.items.every((item) => item.state === 'pending')).toBe(true);
    expect(await writes(storeA)).toEqual([]);
  });
});

describe('the memory', () => {
  it('is never read for another store, even when the connections were changed behind the options page’s back', async () => {
    const { jobId } = await connectedToA();
    // Written straight to storage, as a test helper or an older version could: no handler put anything away.
    await saveEcomConnection(ecomOf(storeB));
    const engine = (await currentEngine())!;
    expect(await engine.job(jobId)).toBeUndefined();
    expect((await engine.glance()).readAt).toBeNull();
    await engine.runJobs();
    expect(await writes(storeB)).toEqual([]);
  });
});

describe('an engine built before the connection changed', () => {
  it('never runs a job beside the engine that replaced it', async () => {
    const { engine: before, jobId } = await connectedToA();
    // The first batch that writes to store A (a job first reads its items' state, in a batch of GETs) is held
    // on the way until the test lets it go; everything else passes. Write batches are counted as they leave.
    const realFetch = globalThis.fetch;
    let letGo: () => void = () => undefined;
    let posted: () => void = () => undefined;
    const held = new Promise<void>((resolve) => (letGo = resolve));
    const sent = new Promise<void>((resolve) => (posted = resolve));
    let writeBatches = 0;
    globalThis.fetch = async (input, init) => {
      const writing =
        init?.method === 'POST' && String(input).includes('/batch') && String(init.body).includes('"method":"PUT"');
      if (!writing) return realFetch(input, init);
      writeBatches += 1;
      if (writeBatches > 1) return realFetch(input, init);
      posted();
      const answer = realFetch(input, init);
      await held;
      return answer;
    };
    try {
      const running = before.runJobs();
      await sent;
      // The same store connected again (a new token, say): no change of store, but a new engine.
      await handlers()['connect-ecom']({
        type: 'connect-ecom',
        storeId: storeA.connection.storeId,
        token: storeA.connection.ecomToken,
        apiBase: storeA.connection.ecomApi,
      });
      const after = (await currentEngine())!;
      expect(after).not.toBe(before);
      await after.runJobs();
      // The job is the first engine's until it lets go: the new one sent nothing.
      expect(writeBatches).toBe(1);

      letGo();
      await running;
      for (let round = 0; round < 50 && (await after.job(jobId))?.status !== 'done'; round++) await after.runJobs();
      expect((await after.job(jobId))?.status).toBe('done');
      expect(writeBatches).toBe(1);
    } finally {
      globalThis.fetch = realFetch;
    }
  });
});

/** What the background remembers of the eCom store's categories, read beside it. */
async function historyNow() {
  const db = await openDb();
  try {
    return (await getMeta(db, 'history')) ?? { categories: {} };
  } finally {
    db.close();
  }
}
