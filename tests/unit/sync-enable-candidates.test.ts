import { describe, expect, it } from 'vitest';

import { enableCandidates } from '../../utils/sync/enable-candidates.ts';
import { ecomIdOf } from './support/store-builders.ts';
import { planOfEveryStatus } from './support/status-store.ts';

const result = planOfEveryStatus();

describe('enableCandidates: the default selection of "enable new categories"', () => {
  it('selects every never-enabled synced category in eCom, drifting ones included; says why it skips the rest', () => {
    const { selected, skipped } = enableCandidates(result);
    expect(selected.map((s) => s.ecomId)).toEqual([ecomIdOf(1), ecomIdOf(4)]);
    expect(skipped.map(({ state, reason }) => [state.retailId ?? state.ecomId, reason])).toEqual([
      [2, 'already-live'],
      [3, 'merchant-disabled'],
      [5, 'not-in-ecom'],
      [6, 'already-live'],
      [70, 'online-only'],
      [71, 'orphaned'],
    ]);
  });

  it('takes a merchant-disabled category only when named, and nothing else by name', () => {
    const { selected } = enableCandidates(result, { include: [ecomIdOf(3), ecomIdOf(2), 70, 71] });
    expect(selected.map((s) => s.ecomId)).toEqual([ecomIdOf(1), ecomIdOf(3), ecomIdOf(4)]);
  });
});
