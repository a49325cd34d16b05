import type { Sandbox } from '../../../sandbox/server.ts';
import { demoState } from '../../../sandbox/world/demo.ts';
import { dumpWorld, loadWorld } from '../../../sandbox/world/state.ts';
import { control } from './sandbox.ts';

interface State {
  ecom: {
    categories: Array<{ id: number; name: string; parentId: number; orderBy: number; origin: string | null }>;
    products: Array<{ id: number; categoryIds: number[] }>;
  };
}

export interface Twins {
  /** The category Lightspeed's sync made, and its twin: same name, same place, same products. */
  original: { id: number; name: string };
  twin: { id: number; name: string };
}

/**
 * A sandbox state in which a Lightspeed category that holds products has a twin: a second category Lightspeed
 * "made", with the same name, under the same parent, holding the same products. On a store whose records carry
 * no Retail id, nothing tells the two apart: the linker must call both ambiguous and the merchant settle it.
 * Pure: the given state is left as it was.
 */
export function withTwinCategory<S extends State>(given: S): { state: S; twins: Twins } {
  const state = structuredClone(given);
  const held = new Map<number, number>();
  for (const product of state.ecom.products) {
    for (const id of product.categoryIds) held.set(id, (held.get(id) ?? 0) + 1);
  }
  const original = state.ecom.categories.find((c) => c.origin === 'LIGHTSPEED' && (held.get(c.id) ?? 0) > 0);
  if (!original) throw new Error('The sandbox has no Lightspeed category holding products to twin.');
  const id = Math.max(...state.ecom.categories.map((c) => c.id)) + 1;
  state.ecom.categories.push({ ...original, id, orderBy: original.orderBy + 1 });
  for (const product of state.ecom.products) {
    if (product.categoryIds.includes(original.id)) product.categoryIds.push(id);
  }
  return { state, twins: { original: { id: original.id, name: original.name }, twin: { id, name: original.name } } };
}

/** The demo world with a twin, to start a sandbox with (before anything has read it). */
export function demoWithTwin(): { state: unknown; twins: Twins } {
  return withTwinCategory(dumpWorld(loadWorld(demoState())) as unknown as State);
}

/** Gives a running sandbox's world a twin category (see withTwinCategory). */
export async function addTwinCategory(sandbox: Sandbox): Promise<Twins> {
  const { state, twins } = withTwinCategory((await (await control(sandbox, '/state')).json()) as State);
  const put = await control(sandbox, '/state', { method: 'PUT', body: JSON.stringify(state) });
  if (!put.ok) throw new Error(`The sandbox refused the twin: ${await put.text()}`);
  return twins;
}
