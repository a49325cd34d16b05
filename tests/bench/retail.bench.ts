import 'fake-indexeddb/auto';

import { generateState } from '../../sandbox/generate/world.ts';
import { limitsForRegisters } from '../../sandbox/retail/limits.ts';
import { startSandbox, type Sandbox } from '../../sandbox/server.ts';
import type { LoggedRequest } from '../../sandbox/request-log.ts';
import { createRetailClient } from '../../utils/retail/client.ts';
import { engineFor, runUntilDone } from '../integration/support/engine.ts';
import { floorMs } from './retail-floor.ts';
import type { BenchRow } from './support.ts';

/**
 * Issue 13's figures: a cold read of a Retail account of 10,000 items under today's limits, next to the floor
 * those limits allow, at 1 and 5 registers; and what an automatic read and the read after a job ask of a store
 * whose records all share one timeStamp (a bulk import).
 */

/**
 * Time that passes only when someone waits: the client's sleeps move it forward at once, and the sandbox's
 * limiters drain by it. A minute of pacing takes a second of the machine's, and the time measured is the one a
 * real account would take (real time spent on the requests themselves is counted too).
 */
function jumpingClock() {
  let skipped = 0;
  return {
    now: () => Date.now() + skipped,
    sleep: async (ms: number) => {
      skipped += Math.max(0, ms);
      await new Promise((resolve) => setImmediate(resolve));
    },
  };
}

/** Limits no read reaches: what the machine itself takes for the same requests. */
const NO_LIMIT = { retailBucketSize: 1e6, retailDripPerSecond: 1e6, retailBurstPerSecond: 1e6 };

async function coldReadRows(registers: number | null): Promise<BenchRow[]> {
  const clock = jumpingClock();
  // 3,334 categories with 3 items each: 10,002 items.
  const sandbox = await startSandbox({
    port: 0,
    state: generateState({ categories: 3_334, seed: 13 }),
    config: registers === null ? NO_LIMIT : { retailRegisters: registers },
    rateLimitClock: clock.now,
  });
  try {
    const { connection, context } = sandbox;
    const retail = createRetailClient({
      apiBase: connection.retailApi,
      accountId: connection.retailAccountID,
      token: connection.retailToken,
      now: clock.now,
      sleep: clock.sleep,
    });
    const settledBefore = new Date().toISOString();
    const started = clock.now();
    await retail.categoriesFrom({ from: null, settledBefore });
    await retail.itemsFrom({ from: null, settledBefore });
    const tookMs = clock.now() - started;
    const requests = context.requests.list().filter((entry) => entry.api === 'retail');
    const refused = requests.filter((entry) => entry.status === 429).length;
    const group = `cold Retail read, ${context.world.retail.items.size.toLocaleString('en')} items and ${context.world.retail.categories.size.toLocaleString('en')} categories, today's limits`;
    if (registers === null) {
      return [
        {
          group,
          name: 'no limits at all: time',
          value: tookMs / 1000,
          unit: 's',
          note: `this machine's own time for the ${requests.length} requests, answers included; the floor counts none`,
        },
      ];
    }
    const limits = limitsForRegisters(registers);
    const least =
      Math.ceil(context.world.retail.categories.size / 100) + Math.ceil(context.world.retail.items.size / 100);
    const floor = floorMs(least, limits);
    const at = `${registers} register${registers === 1 ? '' : 's'} (bucket ${limits.size}, drip ${limits.dripPerSecond}/s, burst ${limits.burstPerSecond}/s)`;
    return [
      {
        group,
        name: `${at}: time`,
        value: tookMs / 1000,
        unit: 's',
        note: `floor ${(floor / 1000).toFixed(1)} s (${((tookMs / floor - 1) * 100).toFixed(1)} % over), on the sandbox's jumping clock`,
      },
      {
        group,
        name: `${at}: requests`,
        value: requests.length,
        unit: 'requests',
        note: `least possible ${least}; ${refused} × 429`,
      },
    ];
  } finally {
    await sandbox.close();
  }
}

/** Every Retail record of a generated store stamped with one timeStamp, as a bulk import leaves them. */
function bulkImportedStore(categories: number) {
  const state = generateState({ categories, seed: 7 });
  const stamp = '2026-03-21T09:00:00.000Z';
  for (const category of state.retail.categories ?? []) category.timeStamp = stamp;
  for (const item of state.retail.items ?? []) item.timeStamp = stamp;
  return state;
}

function split(requests: readonly LoggedRequest[]): string {
  const retail = requests.filter((entry) => entry.api === 'retail');
  const units = retail.reduce(
    (sum, entry) => sum + (new URLSearchParams(entry.query).get('count') === '1' ? 10 : 1),
    0,
  );
  const ecom = requests.filter((entry) => entry.api === 'ecom');
  return `Retail ${retail.length} (${units} units), eCom ${ecom.length}`;
}

async function timed(sandbox: Sandbox, read: () => Promise<unknown>) {
  sandbox.context.requests.clear();
  const started = performance.now();
  await read();
  const ms = performance.now() - started;
  return { ms, requests: sandbox.context.requests.list().filter((entry) => entry.api !== 'ecom-batch') };
}

async function sharedStampRows(): Promise<BenchRow[]> {
  // Today's smallest account (1 register), in real time: what a merchant waits.
  // 887 categories, 2,661 items: the held-out run's store.
  const sandbox = await startSandbox({ port: 0, state: bulkImportedStore(887) });
  try {
    const { engine } = await engineFor(sandbox);
    const world = sandbox.context.world;
    await engine.refresh({ full: true });
    const group = `reads of a store whose ${world.retail.items.size.toLocaleString('en')} Retail items and ${world.retail.categories.size} categories share one timeStamp (1 register, real time)`;

    const item = world.retail.items.get(7)!;
    const renamed = await fetch(
      `${sandbox.connection.retailApi}/Account/${sandbox.connection.retailAccountID}/Item/7.json`,
      {
        method: 'PUT',
        headers: { Authorization: `Bearer ${sandbox.connection.retailToken}` },
        body: JSON.stringify({ description: `${item.description} (modifié)` }),
      },
    );
    if (!renamed.ok) throw new Error(`could not rename Retail item 7: ${renamed.status}`);
    const afterChange = await timed(sandbox, () => engine.refresh());
    const again = await timed(sandbox, () => engine.refresh());

    const job = await engine.startJob({ kind: 'enable-categories' });
    const jobRun = await timed(sandbox, () => runUntilDone(engine, job.id));
    // The read after the job starts with its last batch post (one that reads the categories back).
    const posts = jobRun.requests.filter((entry) => entry.method === 'POST');
    const readBackFrom = posts.at(-1)!;
    const readBack = jobRun.requests.slice(jobRun.requests.indexOf(readBackFrom));
    const last = jobRun.requests.at(-1)!;
    const readBackMs = Date.parse(last.time) + last.durationMs - Date.parse(readBackFrom.time);
    return [
      {
        group,
        name: 'automatic read after one Retail change: requests',
        value: afterChange.requests.length,
        unit: 'requests',
        note: `${split(afterChange.requests)}; the count (10 units) at most once a minute`,
      },
      { group, name: '  its time', value: afterChange.ms, unit: 'ms', note: 'eCom categories whole most of it' },
      {
        group,
        name: 'the next automatic read, nothing changed: requests',
        value: again.requests.length,
        unit: 'requests',
        note: split(again.requests),
      },
      {
        group,
        name: `read after a job enabling ${job.items.length} categories: requests`,
        value: readBack.length,
        unit: 'requests',
        note: `${split(readBack)} (one batch reading them back, and its polls); the whole job: ${split(jobRun.requests)}`,
      },
      {
        group,
        name: '  its time',
        value: readBackMs,
        unit: 'ms',
        note: 'before issue 13: every Retail item again (held-out run: 28 s)',
      },
    ];
  } finally {
    await sandbox.close();
  }
}

export async function bench(): Promise<BenchRow[]> {
  return [
    ...(await coldReadRows(1)),
    ...(await coldReadRows(5)),
    ...(await coldReadRows(null)),
    ...(await sharedStampRows()),
  ];
}
