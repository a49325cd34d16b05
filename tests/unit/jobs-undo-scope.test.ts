import { describe, expect, it } from 'vitest';

import { createCategoryJob, createSyncJob, createUndoJob, syncItems } from '../../utils/jobs/create-jobs.ts';
import type { Job, JobItemState } from '../../utils/jobs/model.ts';
import { enableCandidates } from '../../utils/sync/enable-candidates.ts';
import { category } from './support/overlay-status.ts';

/**
 * An online-only category is the merchant's alone: no job disables it unless it was listed, and an undo puts
 * back only what its job itself did.
 */

const NOW = new Date('2026-03-20T10:00:00.000Z');

const categories = [
  category({ name: 'Vestes', status: 'new', ecomId: 11 }),
  category({ name: 'Soldes', status: 'online-only', ecomId: 21 }),
  category({ name: 'Cadeaux', status: 'online-only', ecomId: 22, enabled: false }),
  category({ name: 'Pantalons', status: 'disabled', ecomId: 31 }),
  category({ name: 'Chaussures', status: 'live', ecomId: 41 }),
  category({ name: 'Hiver', status: 'new', ecomId: 51 }),
];

const ended = (job: Job, states: Record<number, JobItemState>): Job => ({
  ...job,
  status: 'done',
  items: job.items.map((item) => ({ ...item, state: states[item.ecomId!] ?? item.state })),
});

const ecomIds = (job: Job | undefined) => job?.items.map((item) => item.ecomId);

describe('undo covers what its job did, and nothing online-only it did not list', () => {
  it('"enable every new one" never lists an online-only category, so its undo never disables one', () => {
    const { selected } = enableCandidates({ categories, products: [], operations: [] });
    const enable = createCategoryJob('enable-categories', selected, NOW);
    expect(ecomIds(enable)).toEqual([11, 51]);
    const undo = createUndoJob(ended(enable, { 11: 'done', 51: 'done' }), NOW);
    expect(undo?.kind).toBe('disable-categories');
    expect(ecomIds(undo)).toEqual([11, 51]);
  });

  it('puts back only the items the job did: not those that failed, were skipped or never ran', () => {
    const enable = createCategoryJob(
      'enable-categories',
      categories.filter((state) => !state.enabled),
      NOW,
    );
    const undo = createUndoJob(ended(enable, { 11: 'done', 22: 'failed', 31: 'skipped' }), NOW);
    expect(ecomIds(undo)).toEqual([11]);
    expect(undo?.undoOf).toBe(enable.id);
    expect(undo?.items[0]?.before).toBe('new');
  });

  it('an online-only category is disabled by its undo only when the job listed it and enabled it', () => {
    const enable = createCategoryJob(
      'enable-categories',
      categories.filter((state) => state.ecomId === 22),
      NOW,
    );
    expect(ecomIds(createUndoJob(ended(enable, { 22: 'done' }), NOW))).toEqual([22]);
    expect(createUndoJob(ended(enable, { 22: 'skipped' }), NOW)).toBeUndefined();
  });

  it('a sync job is not undone this way at all', () => {
    const sync = {
      ...createSyncJob(NOW),
      items: syncItems([{ kind: 'update-category', ecomId: 41, retailId: 4, changes: { name: 'Chaussures' } }], 0),
    };
    expect(createUndoJob(ended(sync, { 41: 'done' }), NOW)).toBeUndefined();
  });
});
