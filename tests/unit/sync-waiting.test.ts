import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { enableCandidates } from '../../utils/sync/enable-candidates.ts';
import { CATEGORY_STATUSES, type CategoryState, type CategoryStatus } from '../../utils/sync/model.ts';
import { summarize } from '../../utils/sync/summary.ts';
import { waitingOf } from '../../utils/sync/waiting.ts';
import { ecomIdOf } from './support/store-builders.ts';
import { planOfEveryStatus } from './support/status-store.ts';

const planned = planOfEveryStatus();

describe('waitingOf: what the toolbar counts', () => {
  it('counts, in Watch mode, the categories that arrived and were never enabled, drifting or not', () => {
    const statuses = planned.categories.map((s) => [s.retailId ?? s.ecomId, s.status]);
    expect(statuses).toEqual([
      [1, 'new'],
      [2, 'live'],
      [3, 'disabled'],
      [4, 'drift'],
      [5, 'pending'],
      [6, 'drift'],
      [70, 'online-only'],
      [71, 'orphaned'],
    ]);
    expect(waitingOf(planned.categories, 'watch')).toEqual({
      arrived: [ecomIdOf(1), ecomIdOf(4)],
      changes: 0,
      total: 2,
    });
  });

  it('adds, in Sync mode, the Retail changes eCom does not show yet, each category once', () => {
    // 5 is not in eCom yet, 6 drifts; 4 drifts too but is counted as arrived already.
    expect(waitingOf(planned.categories, 'sync')).toEqual({
      arrived: [ecomIdOf(1), ecomIdOf(4)],
      changes: 2,
      total: 4,
    });
  });

  it('arrived is exactly what "Enable new categories" would enable', () => {
    expect(waitingOf(planned.categories, 'sync').arrived).toEqual(
      enableCandidates(planned).selected.map((s) => s.ecomId),
    );
  });

  it('is nothing on an empty store', () => {
    expect(waitingOf([], 'sync')).toEqual({ arrived: [], changes: 0, total: 0 });
  });
});

/** Category states as the planner can make them: availability and eCom id agree with the status. */
const stateArb: fc.Arbitrary<CategoryState> = fc
  .record({
    status: fc.constantFrom(...CATEGORY_STATUSES),
    ecomId: fc.integer({ min: 1, max: 1_000_000 }),
    driftAvailability: fc.constantFrom('new', 'live', 'disabled') as fc.Arbitrary<'new' | 'live' | 'disabled'>,
    ambiguousInEcom: fc.boolean(),
  })
  .map(({ status, ecomId, driftAvailability, ambiguousInEcom }): CategoryState => {
    const inEcom = status !== 'pending' && (status !== 'ambiguous' || ambiguousInEcom);
    const availability =
      status === 'new' || status === 'live' || status === 'disabled'
        ? status
        : status === 'drift'
          ? driftAvailability
          : null;
    return {
      retailId: null,
      ecomId: inEcom ? ecomId : null,
      name: 'x',
      path: 'x',
      status,
      enabled: inEcom ? availability === 'live' : null,
      availability,
      drift: null,
      productCount: 0,
      enabledProductCount: 0,
    };
  });

describe('waitingOf, on any store', () => {
  const statesArb = fc.array(stateArb, { maxLength: 60 });
  const never = new Set<CategoryStatus>(['live', 'disabled', 'online-only', 'orphaned', 'ambiguous']);

  it('in Watch mode is the summary’s count of new categories, and nothing else', () => {
    fc.assert(
      fc.property(statesArb, (states) => {
        const waiting = waitingOf(states, 'watch');
        expect(waiting.changes).toBe(0);
        expect(waiting.total).toBe(summarize(states, []).newDisabled);
      }),
    );
  });

  it('in Sync mode adds every pending category and every drifting one not counted as arrived', () => {
    fc.assert(
      fc.property(statesArb, (states) => {
        const waiting = waitingOf(states, 'sync');
        const pending = states.filter((s) => s.status === 'pending').length;
        const drifting = states.filter((s) => s.status === 'drift' && s.availability !== 'new').length;
        expect(waiting.changes).toBe(pending + drifting);
        expect(waiting.total).toBe(waitingOf(states, 'watch').total + pending + drifting);
      }),
    );
  });

  it('never counts a live, merchant-disabled, online-only, orphaned or ambiguous category', () => {
    fc.assert(
      fc.property(statesArb, fc.constantFrom('watch' as const, 'sync' as const), (states, mode) => {
        const counted = states.filter((s) => !never.has(s.status));
        expect(waitingOf(states, mode)).toEqual(waitingOf(counted, mode));
      }),
    );
  });

  it('never goes down when a category is added, and counts each one at most once', () => {
    fc.assert(
      fc.property(statesArb, stateArb, fc.constantFrom('watch' as const, 'sync' as const), (states, added, mode) => {
        const before = waitingOf(states, mode).total;
        const after = waitingOf([...states, added], mode).total;
        expect(after - before).toBeGreaterThanOrEqual(0);
        expect(after - before).toBeLessThanOrEqual(1);
      }),
    );
  });
});
