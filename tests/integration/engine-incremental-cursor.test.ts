import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import type { Sandbox } from '../../sandbox/server.ts';
import { loadRetail } from '../../utils/db/cache.ts';
import { engineFor } from './support/engine.ts';
import { retailState, UNLIMITED } from './support/retail.ts';
import { control, loggedCalls, retailFetch, startTestSandbox } from './support/sandbox.ts';

/**
 * Issue 13: a bulk import gives thousands of Retail items one timeStamp. An automatic read must not read them all
 * again: it pages by timeStamp from where the last read stopped, so it costs a page or two, and still misses no
 * change.
 */

const IMPORTED = '2026-10-01T08:00:00.000Z';
const ITEMS = 450;

function bulkImported() {
  const state = retailState(
    [
      { categoryID: 1, name: 'Vestes', timeStamp: IMPORTED },
      { categoryID: 2, name: 'Pantalons', timeStamp: IMPORTED },
    ],
    Array.from({ length: ITEMS }, (_, index) => ({
      itemID: index + 1,
      description: `Article ${index + 1}`,
      categoryID: (index % 2) + 1,
      timeStamp: IMPORTED,
    })),
  );
  return state;
}

let sandbox: Sandbox;
beforeEach(async () => {
  sandbox = await startTestSandbox({ state: bulkImported(), config: UNLIMITED });
});
afterEach(() => sandbox.close());

const itemReads = async () =>
  (await loggedCalls(sandbox, 'retail')).filter((entry) => entry.path.endsWith('/Item.json'));

const rename = async (itemID: number, description: string) => {
  const answer = await retailFetch(sandbox, `/Item/${itemID}.json`, {
    method: 'PUT',
    body: JSON.stringify({ description }),
  });
  expect(answer.status).toBe(200);
};

describe('an automatic read of a store whose items share one timeStamp', () => {
  it('reads one or two pages of items after one change, not every item again', async () => {
    const { engine, db } = await engineFor(sandbox);
    await engine.refresh({ full: true });
    await rename(7, 'Veste en jean brut');
    await control(sandbox, '/requests', { method: 'DELETE' });

    const read = await engine.refresh();
    expect(read.incremental).toBe(true);
    expect((await itemReads()).length).toBeLessThanOrEqual(2);
    expect((await loadRetail(db)).items.find((item) => item.id === 7)?.name).toBe('Veste en jean brut');
  });

  it('misses none of many changes, archived items included, and reads nothing again once they are read', async () => {
    const { engine, db } = await engineFor(sandbox);
    await engine.refresh({ full: true });
    // Changes spread over the whole list, more than a page of them.
    const changed = Array.from({ length: 130 }, (_, index) => 1 + ((index * 7) % ITEMS));
    for (const itemID of changed) await rename(itemID, `Modifié ${itemID}`);
    const archived = await retailFetch(sandbox, '/Item/450.json', {
      method: 'PUT',
      body: JSON.stringify({ archived: 'true' }),
    });
    expect(archived.status).toBe(200);

    await engine.refresh();
    const items = new Map((await loadRetail(db)).items.map((item) => [item.id, item]));
    for (const itemID of changed) expect(items.get(itemID)?.name).toBe(`Modifié ${itemID}`);
    expect(items.get(450)?.archived).toBe(true);

    await control(sandbox, '/requests', { method: 'DELETE' });
    await engine.refresh();
    // From where the last read stopped: what changed within the last minutes (131 items) and a page before them.
    expect((await itemReads()).length).toBeLessThanOrEqual(3);
  });

  it('misses no record committed late, behind changes the last read saw', async () => {
    const { engine, db } = await engineFor(sandbox);
    // 150 changes just before the read: more than a page of records stamped after the bulk import.
    for (let itemID = 301; itemID <= 450; itemID++) await rename(itemID, `Modifié ${itemID}`);
    await engine.refresh({ full: true });

    // Item 2 changes in a transaction that began two minutes before that read and committed after it: stamped
    // before the 150 changes it saw.
    const state = (await (await control(sandbox, '/state')).json()) as {
      retail: { items: Array<{ itemID: number; description: string; timeStamp: string }> };
    };
    const late = state.retail.items.find((item) => item.itemID === 2)!;
    late.description = 'Pantalon en velours';
    late.timeStamp = new Date(Date.now() - 2 * 60_000).toISOString();
    expect((await control(sandbox, '/state', { method: 'PUT', body: JSON.stringify(state) })).status).toBe(200);

    await engine.refresh();
    expect((await loadRetail(db)).items.find((item) => item.id === 2)?.name).toBe('Pantalon en velours');
  });
});
