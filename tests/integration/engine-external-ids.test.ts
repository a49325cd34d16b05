import { afterEach, describe, expect, it } from 'vitest';

import type { Sandbox } from '../../sandbox/server.ts';
import type { ExternalIds } from '../../sandbox/world/types.ts';
import { engineFor, runUntilDone } from './support/engine.ts';
import { control, ecomFetch, retailFetch, startTestSandbox } from './support/sandbox.ts';

/**
 * What eCom's API shows of Lightspeed's own mapping is unknown for R-Series (API-FACTS corrections), so the
 * sandbox can show it three ways (`--external-ids`). The engine must read the same store, and sync it without a
 * second copy of anything, whichever it is.
 */

const sandboxes: Sandbox[] = [];
afterEach(async () => {
  for (const sandbox of sandboxes.splice(0)) await sandbox.close();
});

async function sandboxShowing(externalIds: ExternalIds): Promise<Sandbox> {
  const sandbox = await startTestSandbox({ externalIds });
  sandboxes.push(sandbox);
  return sandbox;
}

async function lightspeedReferences(sandbox: Sandbox): Promise<Array<string | undefined>> {
  const answer = (await (await ecomFetch(sandbox, '/categories?limit=100')).json()) as {
    items: Array<{ origin?: string; externalReferenceId?: string }>;
  };
  return answer.items.filter((c) => c.origin === 'LIGHTSPEED').map((c) => c.externalReferenceId);
}

/** Each category's status, by its path: the same store must read the same whatever the references show. */
async function statusesOf(sandbox: Sandbox): Promise<Record<string, string>> {
  const { engine } = await engineFor(sandbox);
  await engine.refresh({ full: true });
  const status = await engine.status();
  return Object.fromEntries(
    status!.categories.map((c) => [`${c.path} (${c.retailId === null ? 'eCom' : 'Retail'})`, c.status]),
  );
}

const createsLogged = async (sandbox: Sandbox) => {
  const { requests } = (await (await control(sandbox, '/requests')).json()) as {
    requests: Array<{ method: string; path: string; status: number }>;
  };
  return requests.filter((r) => r.method === 'POST' && /\/categories$/.test(r.path) && r.status < 300).length;
};

describe('a sandbox that shows Lightspeed’s mapping one way or another', () => {
  it('shows Retail ids, nothing, or another system’s ids on the categories Lightspeed made', async () => {
    expect((await lightspeedReferences(await sandboxShowing('retail'))).every((r) => /^[1-9]\d*$/.test(r ?? ''))).toBe(
      true,
    );
    expect((await lightspeedReferences(await sandboxShowing('none'))).every((r) => r === undefined)).toBe(true);
    const foreign = await lightspeedReferences(await sandboxShowing('foreign'));
    expect(foreign.every((r) => /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-a[0-9a-f]{3}-[0-9a-f]{12}$/.test(r ?? ''))).toBe(
      true,
    );
    expect(new Set(foreign).size).toBe(foreign.length);
  });

  it('reads the same store the same way, whatever the references show', async () => {
    const withIds = await statusesOf(await sandboxShowing('retail'));
    expect(await statusesOf(await sandboxShowing('none'))).toEqual(withIds);
    expect(await statusesOf(await sandboxShowing('foreign'))).toEqual(withIds);
  });

  for (const mode of ['none', 'foreign'] as const) {
    it(`syncs a \`${mode}\` store by creating only what is really missing, and nothing the second time`, async () => {
      const sandbox = await sandboxShowing(mode);
      for (const name of ['Ceintures', 'Chapeaux']) {
        const response = await retailFetch(sandbox, '/Category.json', {
          method: 'POST',
          body: JSON.stringify({ name, parentID: 0 }),
        });
        expect(response.ok).toBe(true);
      }
      const { engine } = await engineFor(sandbox);
      await engine.refresh({ full: true });
      const pending = (await engine.status())!.categories.filter((c) => c.status === 'pending').length;
      await control(sandbox, '/requests', { method: 'DELETE' });

      const first = await engine.startJob({ kind: 'sync' });
      await runUntilDone(engine, first.id);
      expect(await createsLogged(sandbox)).toBe(pending);

      await engine.refresh({ full: true });
      const second = await engine.startJob({ kind: 'sync' });
      await runUntilDone(engine, second.id);
      expect(await createsLogged(sandbox)).toBe(pending);
      expect((await engine.status())!.categories.filter((c) => c.status === 'pending')).toEqual([]);
    });
  }
});
