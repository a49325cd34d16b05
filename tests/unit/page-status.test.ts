import { describe, expect, it } from 'vitest';

import type { EngineStatus } from '../../utils/engine/engine.ts';
import { pageStatus } from '../../entrypoints/background/handlers/page-status.ts';
import { summarize } from '../../utils/sync/summary.ts';
import { category, product } from './support/overlay-status.ts';

function engineStatus(): EngineStatus {
  const categories = [
    category({ name: 'Vestes', status: 'live', ecomId: 10 }),
    category({ name: 'Pulls', status: 'new', ecomId: 11 }),
  ];
  const products = [
    product({ name: 'Parka', ecomId: 1, retailId: 71, enabled: true }),
    product({
      name: 'Caban',
      ecomId: 2,
      retailId: 72,
      path: 'Vestes',
      enabled: false,
      issues: ['disabled-in-enabled-category'],
    }),
    product({ name: 'Bonnet', ecomId: 3, retailId: 73, issues: ['storefront-no-category', 'extra-retail-category'] }),
    product({ name: 'Gilet', ecomId: 4, retailId: 74, enabled: false, issues: ['disabled'] }),
    product({ name: 'Écharpe', ecomId: null, retailId: 75, enabled: null, issues: ['pending'] }),
  ];
  return {
    readAt: { retail: '2026-03-20T10:00:00.000Z', ecom: '2026-03-20T10:00:00.000Z' },
    summary: summarize(categories, products),
    categories,
    products,
    jobs: [{ id: 'j1', kind: 'enable-categories', status: 'done', total: 1, done: 1, failed: 0, skipped: 0 }],
    lastError: null,
  };
}

describe('the status a page is sent', () => {
  it('carries the products a page flags, each with what the page shows of it, and every category', () => {
    const full = engineStatus();
    const sent = pageStatus(full, false);
    expect(sent.products).toEqual([
      { ecomId: 2, name: 'Caban', path: 'Vestes', issues: ['disabled-in-enabled-category'] },
      { ecomId: 3, name: 'Bonnet', path: '', issues: ['storefront-no-category'] },
    ]);
    expect(sent.categories).toEqual(full.categories);
    expect(sent).toMatchObject({ ecomReadOnly: false, readAt: full.readAt, jobs: full.jobs, lastError: null });
  });

  it('keeps the counts of every product, those it leaves out included', () => {
    const full = engineStatus();
    const sent = pageStatus(full, true);
    expect(sent.summary).toEqual(full.summary);
    expect(sent.summary.products).toEqual({ total: 5, disabled: 2, storefront: 1, withIssues: 4 });
    expect(sent.ecomReadOnly).toBe(true);
  });
});
