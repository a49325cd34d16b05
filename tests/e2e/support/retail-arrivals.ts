import type { Sandbox } from '../../../sandbox/server.ts';
import { control } from '../../integration/support/sandbox.ts';

/**
 * A top-level category made in Retail POS, written into the sandbox's state (its API's leaky bucket may be full
 * after a file's reads), dated now so that an incremental read sees it.
 */
export async function addRetailCategory(sandbox: Sandbox, name: string): Promise<void> {
  const state = (await (await control(sandbox, '/state')).json()) as {
    retail: { categories: Array<{ categoryID: number; name: string; timeStamp?: string }> };
  };
  const categoryID = Math.max(...state.retail.categories.map((c) => c.categoryID)) + 1;
  state.retail.categories.push({ categoryID, name, timeStamp: new Date().toISOString() });
  const saved = await control(sandbox, '/state', { method: 'PUT', body: JSON.stringify(state) });
  if (!saved.ok) throw new Error(`The sandbox refused the new state: ${saved.status}`);
}

/** Lightspeed's own sync, once: the eCom ids of the categories it created. */
export async function nativeSync(sandbox: Sandbox): Promise<number[]> {
  const answer = (await (await control(sandbox, '/native-sync', { method: 'POST' })).json()) as {
    categoriesCreated: number[];
  };
  return answer.categoriesCreated;
}
