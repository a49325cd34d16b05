import 'fake-indexeddb/auto';

import { startSandbox, type Sandbox } from '../../sandbox/server.ts';
import { generateState } from '../../sandbox/generate/world.ts';
import { loadWorld } from '../../sandbox/world/state.ts';
import { saveStates } from '../../utils/db/cache.ts';
import { deleteDb, openDb } from '../../utils/db/open.ts';
import { plan } from '../../utils/sync/plan.ts';
import { engineFor, runUntilDone } from '../integration/support/engine.ts';
import { snapshotsOfWorld } from '../unit/support/sync-snapshots.ts';
import { plannerStepRows } from './planner-steps.ts';
import { medianMs, type BenchRow } from './support.ts';

/**
 * The engine's figures (issue 3): planner speed and scaling, requests for a full and an incremental refresh
 * next to the least possible, enabling 1,000 new categories with batches, and a warm start from IndexedDB.
 */

async function plannerRows(): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  const times = new Map<number, number>();
  for (const size of [1_000, 5_000, 10_000, 50_000]) {
    const { retail, ecom } = snapshotsOfWorld(loadWorld(generateState({ categories: size, seed: 11 })));
    const ms = await medianMs(() => plan(retail, ecom, { categories: {} }), size >= 50_000 ? 9 : 31);
    times.set(size, ms);
    rows.push({
      group: 'planner: plan(retail, ecom, history), median',
      name: `${size.toLocaleString('en')} categories, ${(retail.items.length / 1000).toFixed(0)}k items`,
      value: ms,
      unit: 'ms',
      note: size === 50_000 ? 'target < 250 ms' : '',
    });
  }
  rows.push({
    group: 'planner: plan(retail, ecom, history), median',
    name: '50k / 5k time ratio',
    value: times.get(50_000)! / times.get(5_000)!,
    unit: '×',
    note: 'target < 12 (10 is linear)',
  });
  // The same 50k store as eCom shows it when its records carry no Retail id: every link found on evidence.
  const { retail, ecom } = snapshotsOfWorld(loadWorld(generateState({ categories: 50_000, seed: 11 })));
  const withoutIds = {
    categories: ecom.categories.map((c) => ({ ...c, externalReferenceId: null })),
    products: ecom.products.map((p) => ({ ...p, externalReferenceId: null })),
  };
  rows.push({
    group: 'planner: plan(retail, ecom, history), median',
    name: `50,000 categories, ${(retail.items.length / 1000).toFixed(0)}k items, no Retail ids (linked on evidence)`,
    value: await medianMs(() => plan(retail, withoutIds, { categories: {} }), 9),
    unit: 'ms',
    note: `first read ever; target < 150 ms; with ids ${times.get(50_000)!.toFixed(0)} ms`,
  });
  // Every later read starts from the links the one before remembered (History.links).
  const remembered = { categories: {}, links: plan(retail, withoutIds, { categories: {} }).links! };
  rows.push({
    group: 'planner: plan(retail, ecom, history), median',
    name: '  the same, read again (links remembered)',
    value: await medianMs(() => plan(retail, withoutIds, remembered), 9),
    unit: 'ms',
    note: 'every read after the first',
  });
  return rows;
}

interface Logged {
  api: string;
  method: string;
  path: string;
  query: string;
}

async function logged(sandbox: Sandbox): Promise<Logged[]> {
  return [...sandbox.context.requests.list()];
}

/** What one read asked of each API, for a note: "Retail 3 (12 units), eCom 23". */
function split(requests: readonly Logged[]): string {
  const retail = requests.filter((r) => r.api === 'retail');
  const units = retail.reduce((sum, r) => sum + (new URLSearchParams(r.query).get('count') === '1' ? 10 : 1), 0);
  return `Retail ${retail.length} (${units} units), eCom ${requests.filter((r) => r.api === 'ecom').length}`;
}

/**
 * Requests of a full read, and of the reads nobody asks for (the overlay opening or the tab coming back after
 * 3 minutes, the alarm: engine.refresh() with no options, as the background runs `{type: 'refresh'}`) after one
 * change and after a deletion. Issue 9: those automatic reads were full reads until then.
 */
async function refreshRows(size: number): Promise<BenchRow[]> {
  const sandbox = await startSandbox({
    port: 0,
    state: generateState({ categories: size, seed: 5 }),
    config: { retailBucketSize: 1_000_000, retailDripPerSecond: 1_000_000, retailBurstPerSecond: 1_000_000 },
  });
  try {
    const { engine } = await engineFor(sandbox);
    const world = sandbox.context.world;
    const pages = (count: number) => Math.max(1, Math.ceil(count / 100));
    const least =
      pages(world.retail.categories.size) +
      pages(world.retail.items.size) +
      pages(world.ecom.categories.size) +
      pages(world.ecom.products.size);

    sandbox.context.requests.clear();
    const started = performance.now();
    await engine.refresh();
    const fullMs = performance.now() - started;
    const full = (await logged(sandbox)).length;

    // One Retail change, then an automatic (incremental) refresh.
    const item = world.retail.items.values().next().value!;
    item.description = `${item.description} (modifié)`;
    item.timeStamp = new Date().toISOString();
    sandbox.context.requests.clear();
    await engine.refresh();
    const incremental = await logged(sandbox);

    // A Retail category deleted: R-Series dates nothing, the count tells, and every category is read again.
    const last = [...world.retail.categories.values()].reduce((a, b) => (a.timeStamp >= b.timeStamp ? a : b));
    const deleted = await fetch(
      `${sandbox.connection.retailApi}/Account/${sandbox.connection.retailAccountID}/Category/${last.categoryID}.json`,
      {
        method: 'DELETE',
        headers: { Authorization: `Bearer ${sandbox.connection.retailToken}` },
      },
    );
    if (!deleted.ok) throw new Error(`could not delete Retail category ${last.categoryID}: ${deleted.status}`);
    sandbox.context.requests.clear();
    await engine.refresh();
    const afterDeletion = await logged(sandbox);

    const group = `refresh of a generated store (${size.toLocaleString('en')} categories, ${world.retail.items.size.toLocaleString('en')} items, ${world.ecom.products.size.toLocaleString('en')} products)`;
    return [
      {
        group,
        name: 'full refresh: requests',
        value: full,
        unit: 'requests',
        note: `least possible with pages of 100: ${least}`,
      },
      { group, name: 'full refresh: time on the sandbox', value: fullMs, unit: 'ms' },
      {
        group,
        name: 'automatic read after one Retail change: requests',
        value: incremental.length,
        unit: 'requests',
        note: `${split(incremental)}: categories and items from the pages the last read kept, the count; eCom categories whole`,
      },
      {
        group,
        name: 'automatic read after a Retail category deletion: requests',
        value: afterDeletion.length,
        unit: 'requests',
        note: `${split(afterDeletion)}: the count differs, so every category again`,
      },
    ];
  } finally {
    await sandbox.close();
  }
}

async function enableRows(): Promise<BenchRow[]> {
  const count = 1_000;
  const retailCategories = Array.from({ length: count }, (_, i) => ({
    categoryID: i + 1,
    name: `Rayon ${i + 1}`,
    leftNode: i * 2 + 1,
  }));
  const state = {
    retail: { accountID: 9, categories: retailCategories },
    ecom: {
      storeId: 9,
      categories: retailCategories.map((c, i) => ({
        id: 100 + c.categoryID,
        name: c.name,
        orderBy: (i + 1) * 10,
        enabled: false,
        origin: 'LIGHTSPEED' as const,
        externalReferenceId: String(c.categoryID),
      })),
    },
  };
  const sandbox = await startSandbox({
    port: 0,
    state,
    config: { retailBucketSize: 1_000_000, retailDripPerSecond: 1_000_000, retailBurstPerSecond: 1_000_000 },
  });
  try {
    const { engine } = await engineFor(sandbox);
    await engine.refresh();
    sandbox.context.requests.clear();
    const started = performance.now();
    const job = await engine.startJob({ kind: 'enable-categories' });
    // Until the job is done, not counting the refresh the engine makes afterwards.
    let doneAt = 0;
    await new Promise<void>((resolve, reject) => {
      const poll = setInterval(() => {
        if ([...sandbox.context.world.ecom.categories.values()].every((c) => c.enabled) && doneAt === 0) {
          doneAt = performance.now();
        }
      }, 5);
      runUntilDone(engine, job.id).then(() => {
        clearInterval(poll);
        resolve();
      }, reject);
    });
    const requests = (await logged(sandbox)).filter((r) => r.api === 'ecom' && r.path.endsWith('/batch'));
    const posts = requests.filter((r) => r.method === 'POST').length;
    const polls = requests.filter((r) => r.method === 'GET').length;
    // One PUT per category under eCom's 600 a minute: the first 600 at once, the other 400 a minute later.
    const oneByOneSeconds = Math.floor((count - 1) / 600) * 60;
    const group = `enabling ${count.toLocaleString('en')} new categories`;
    return [
      {
        group,
        name: 'batch requests',
        value: posts + polls,
        unit: 'requests',
        note: `${posts} batches (floor: 4, two of them reading the categories first) + ${polls} polls`,
      },
      {
        group,
        name: 'start to all enabled',
        value: (doneAt - started) / 1000,
        unit: 's',
        note: 'on the sandbox, whose batches run at ~2 ms a request',
      },
      {
        group,
        name: 'one PUT per category instead',
        value: count,
        unit: 'requests',
        note: `and at least ${oneByOneSeconds} s under 600 requests a minute`,
      },
    ];
  } finally {
    await sandbox.close();
  }
}

async function warmStartRows(): Promise<BenchRow[]> {
  const { retail, ecom } = snapshotsOfWorld(loadWorld(generateState({ categories: 10_000, seed: 3 })));
  const verdicts = plan(retail, ecom, { categories: {} });
  const name = 'bench-warm-start';
  const db = await openDb(name);
  await saveStates(db, verdicts);
  db.close();
  const ms = await medianMs(async () => {
    const again = await openDb(name);
    const { loadCategoryStates } = await import('../../utils/db/cache.ts');
    await loadCategoryStates(again);
    again.close();
  });
  await deleteDb(undefined, name);
  return [
    {
      group: 'warm start',
      name: 'open IndexedDB and read 10,000 category statuses',
      value: ms,
      unit: 'ms',
      note: 'fake-indexeddb in Node; the browser’s own IndexedDB is faster',
    },
  ];
}

export async function bench(): Promise<BenchRow[]> {
  return [
    ...(await plannerRows()),
    ...(await plannerStepRows()),
    ...(await refreshRows(2_000)),
    // About 50,000 Retail items (three a category).
    ...(await refreshRows(16_667)),
    ...(await enableRows()),
    ...(await warmStartRows()),
  ];
}
