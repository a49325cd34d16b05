import { generateState } from '../../sandbox/generate/world.ts';
import { loadWorld } from '../../sandbox/world/state.ts';
import { categoryStates } from '../../utils/sync/category-status.ts';
import { indexEcom } from '../../utils/sync/ecom-index.ts';
import { linkRecords } from '../../utils/sync/linker.ts';
import { planOperations } from '../../utils/sync/plan-operations.ts';
import { productFacts } from '../../utils/sync/product-facts.ts';
import { placeProducts } from '../../utils/sync/product-placement.ts';
import { productStates } from '../../utils/sync/product-status.ts';
import { indexRetail, NONE } from '../../utils/sync/retail-index.ts';
import { snapshotsOfWorld } from '../unit/support/sync-snapshots.ts';
import { medianMs, type BenchRow } from './support.ts';

/**
 * Each step of plan() timed alone on the 5k and the 50k store, and how much longer it takes on the larger one
 * (10 is linear). It tells whether one step scales worse than the others or all do alike, as they do when the
 * cause is the larger store no longer fitting in the processor's caches.
 */
export async function plannerStepRows(): Promise<BenchRow[]> {
  const small = await stepTimes(5_000);
  const large = await stepTimes(50_000);
  const group = 'planner steps, each timed alone: 50k / 5k time ratio (10 is linear)';
  return [...small.keys()].map((step) => ({
    group,
    name: step,
    value: large.get(step)! / small.get(step)!,
    unit: '×',
    note: `${small.get(step)!.toFixed(2)} ms → ${large.get(step)!.toFixed(1)} ms`,
  }));
}

async function stepTimes(size: number): Promise<Map<string, number>> {
  const { retail, ecom } = snapshotsOfWorld(loadWorld(generateState({ categories: size, seed: 11 })));
  const history = { categories: {} };
  const retailIndex = indexRetail(retail);
  const links = linkRecords(retailIndex, ecom, retail.items, undefined);
  const ecomIndex = indexEcom(ecom, retailIndex, links);
  const facts = productFacts(ecom.products, retail.items, links.products);
  const placements = placeProducts(facts, retailIndex, ecomIndex);
  const { drifts } = categoryStates(retailIndex, ecomIndex, placements.memberships, history, links);
  const runs = 15;
  const steps: Array<[string, () => unknown]> = [
    ['index Retail (categories, items)', () => indexRetail(retail)],
    [
      'link records',
      () => linkRecords({ ...retailIndex, synced: unlinked(retail.categories.length) }, ecom, retail.items, undefined),
    ],
    // indexEcom writes the links into the Retail index: unlinked first, as plan() finds it.
    ['index eCom', () => indexEcom(ecom, { ...retailIndex, synced: unlinked(retail.categories.length) }, links)],
    ['product facts', () => productFacts(ecom.products, retail.items, links.products)],
    ['place products', () => placeProducts(facts, retailIndex, ecomIndex)],
    ['category states and drift', () => categoryStates(retailIndex, ecomIndex, placements.memberships, history, links)],
    ['product states', () => productStates(ecom.products, retail.items, facts, placements, retailIndex)],
    ['operations', () => planOperations(retailIndex, ecomIndex, drifts, placements.memberships)],
  ];
  const times = new Map<string, number>();
  for (const [step, run] of steps) times.set(step, await medianMs(run, runs));
  return times;
}

/** RetailIndex.synced before indexEcom has linked anything. */
function unlinked(count: number): Int32Array {
  return new Int32Array(count).fill(NONE);
}
