import { afterEach, describe, expect, it } from 'vitest';

import type { Sandbox } from '../../sandbox/server.ts';
import { CodedError } from '../../utils/i18n/said.ts';
import { NO_RETAIL } from '../../utils/sync/model.ts';
import { engineFor, runUntilDone } from './support/engine.ts';
import { control, startTestSandbox } from './support/sandbox.ts';
import { addTwinCategory } from './support/twin-category.ts';

/**
 * The merchant settles what evidence cannot (issue 11): on a store whose records carry no Retail id, a category
 * Lightspeed seems to have made twice is ambiguous until the merchant says which copy is Retail's. The choice is
 * kept in Sync Lens's memory, outlives every read, writes nothing to either store, and can be undone.
 */

const sandboxes: Sandbox[] = [];
afterEach(async () => {
  for (const sandbox of sandboxes.splice(0)) await sandbox.close();
});

async function twinStore() {
  const sandbox = await startTestSandbox({ externalIds: 'none' });
  sandboxes.push(sandbox);
  const twins = await addTwinCategory(sandbox);
  const { engine } = await engineFor(sandbox);
  await engine.refresh({ full: true });
  return { sandbox, engine, ...twins };
}

const stateOf = async (engine: Awaited<ReturnType<typeof twinStore>>['engine'], ecomId: number) =>
  (await engine.status()).categories.find((c) => c.ecomId === ecomId);

const refusal = async (promise: Promise<unknown>) => {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(CodedError);
  return error as CodedError<string>;
};

describe('settling a link the evidence leaves open', () => {
  it('shows both copies and their Retail category as ambiguous', async () => {
    const { engine, original, twin } = await twinStore();
    const first = await stateOf(engine, original.id);
    expect(first).toMatchObject({ status: 'ambiguous', retailId: null });
    expect(await stateOf(engine, twin.id)).toMatchObject({ status: 'ambiguous', candidates: first!.candidates });
    const retail = (await engine.status()).categories.find((c) => c.retailId === first!.candidates![0]);
    expect(retail).toMatchObject({ status: 'ambiguous', ecomId: null });
  });

  it('takes the merchant’s pick at once, from the cache, and keeps it through later reads and a sync', async () => {
    const { sandbox, engine, original, twin } = await twinStore();
    const retailId = (await stateOf(engine, original.id))!.candidates![0]!;
    const apiRequests = async () =>
      ((await (await control(sandbox, '/requests')).json()) as { requests: unknown[] }).requests.length;
    const before = await apiRequests();

    await engine.chooseLink(original.id, retailId);
    expect(await stateOf(engine, original.id)).toMatchObject({ retailId, link: 'chosen' });
    expect(await stateOf(engine, twin.id)).toMatchObject({ retailId: null, status: 'orphaned' });
    // Nothing was asked of either store to take it.
    expect(await apiRequests()).toBe(before);

    await engine.refresh({ full: true });
    expect(await stateOf(engine, original.id)).toMatchObject({ retailId, link: 'chosen' });
    const sync = await engine.startJob({ kind: 'sync' });
    const done = await runUntilDone(engine, sync.id);
    expect(done.items.filter((item) => item.ecomId === twin.id)).toEqual([]);
    const creates = done.items.filter((item) => item.operation?.kind === 'create-category');
    expect(
      creates.some((item) => item.operation?.kind === 'create-category' && item.operation.retailId === retailId),
    ).toBe(false);
    expect(await stateOf(engine, original.id)).toMatchObject({ retailId, link: 'chosen' });
  });

  it('says "none", and undoes a choice so the evidence decides again', async () => {
    const { engine, original, twin } = await twinStore();
    await engine.chooseLink(twin.id, NO_RETAIL);
    expect(await stateOf(engine, twin.id)).toMatchObject({ status: 'orphaned', noRetail: true });
    await engine.chooseLink(twin.id, null);
    await engine.refresh({ full: true });
    expect(await stateOf(engine, twin.id)).toMatchObject({ status: 'ambiguous' });
    expect(await stateOf(engine, original.id)).toMatchObject({ status: 'ambiguous' });
  });

  it('refuses, saying why in both languages, what it cannot take', async () => {
    const { engine, original, twin } = await twinStore();
    const status = await engine.status();
    const retailId = (await stateOf(engine, original.id))!.candidates![0]!;
    const onlineOnly = status.categories.find((c) => c.status === 'online-only');
    const linked = status.categories.find((c) => c.ecomId !== null && c.retailId !== null);

    expect((await refusal(engine.chooseLink(999_999, retailId))).code).toBe('ecom-gone');
    expect((await refusal(engine.chooseLink(onlineOnly!.ecomId!, retailId))).code).toBe('not-lightspeeds');
    expect((await refusal(engine.chooseLink(linked!.ecomId!, retailId))).code).toBe('not-open');
    expect((await refusal(engine.chooseLink(original.id, 987_654))).code).toBe('retail-gone');

    await engine.chooseLink(original.id, retailId);
    const taken = await refusal(engine.chooseLink(twin.id, retailId));
    expect(taken.code).toBe('retail-taken');
    expect(taken.said?.fr).toContain(original.name);
    // Nothing a refusal touched changed.
    expect(await stateOf(engine, original.id)).toMatchObject({ retailId, link: 'chosen' });
  });
});
