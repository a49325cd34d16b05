import { describe, expect, it } from 'vitest';

import { overlayMessages } from '../../utils/i18n/overlay-messages.ts';
import { categoryPreview, productPreview, storefrontProducts } from '../../utils/overlay/candidates.ts';
import { driftLines, shownName } from '../../utils/overlay/drift-lines.ts';
import { ownerOf } from '../../utils/overlay/field-notes.ts';
import { isStale, readSince, STALE_AFTER_MS } from '../../utils/overlay/freshness.ts';
import { nextAction } from '../../utils/overlay/next-action.ts';
import { productFlag } from '../../utils/overlay/product-flags.ts';
import { createWords } from '../../utils/overlay/words.ts';
import { category, pageProduct, product, statusOf } from './support/overlay-status.ts';

const en = createWords('en', overlayMessages('en'));
const fr = createWords('fr', overlayMessages('fr'));

describe('the summary’s main button', () => {
  const newOne = category({ name: 'Doudounes', status: 'new', ecomId: 523 });
  const hidden = product({ name: 'Chino', ecomId: 7014, enabled: false, issues: ['disabled-in-enabled-category'] });

  it('follows a running job first', () => {
    expect(nextAction(statusOf([newOne], [hidden]), true)).toEqual({ kind: 'show-job' });
  });

  it('then enables the new categories, then the hidden products, else reads again', () => {
    expect(nextAction(statusOf([newOne], [hidden]), false)).toEqual({ kind: 'enable-categories', count: 1 });
    expect(nextAction(statusOf([], [hidden]), false)).toEqual({ kind: 'enable-products', count: 1 });
    expect(nextAction(statusOf([category({ name: 'Vestes', status: 'live' })]), false)).toEqual({ kind: 'refresh' });
    expect(nextAction(null, false)).toEqual({ kind: 'refresh' });
  });

  it('counts a new category that also drifts as new', () => {
    const drifting = category({ name: 'Bottines', status: 'drift', availability: 'new', enabled: false, ecomId: 525 });
    expect(nextAction(statusOf([drifting]), false)).toEqual({ kind: 'enable-categories', count: 1 });
  });
});

describe('the enable preview', () => {
  const status = statusOf([
    category({ name: 'Vestes', status: 'live', ecomId: 501 }),
    category({ name: 'Imperméables', path: 'Vestes/Imperméables', status: 'disabled', ecomId: 505 }),
    category({
      name: 'Doudounes',
      path: 'Vestes/Doudounes',
      status: 'new',
      ecomId: 523,
      productCount: 2,
      enabledProductCount: 1,
    }),
    category({ name: 'Sandales', status: 'pending', ecomId: null }),
    category({ name: 'Idées cadeaux', status: 'online-only', ecomId: 520 }),
    category({ name: 'Ancienne', status: 'orphaned', ecomId: 530, enabled: false }),
  ]);

  it('lists the new ones first, then those the merchant disabled, and nothing else', () => {
    const preview = categoryPreview(status);
    expect(preview.candidates.map((c) => [c.ecomId, c.reason])).toEqual([
      [523, 'new'],
      [505, 'merchant-disabled'],
    ]);
    expect(preview.candidates[0]).toMatchObject({ path: 'Vestes/Doudounes', productCount: 2, enabledProductCount: 1 });
    expect(preview.pending).toBe(1);
  });

  it('offers the hidden products, all or a category page’s own', () => {
    const products = statusOf(
      [],
      [
        product({ name: 'A', ecomId: 1, enabled: false, issues: ['disabled-in-enabled-category'], path: 'Vestes' }),
        product({ name: 'B', ecomId: 2, enabled: false, issues: ['disabled'] }),
        product({ name: 'C', ecomId: 3, enabled: false, issues: ['disabled-in-enabled-category'] }),
        product({ name: 'D', ecomId: 4, issues: ['storefront-no-category'] }),
        product({ name: 'E', ecomId: null, issues: ['pending'] }),
      ],
    );
    expect(productPreview(products).map((p) => p.ecomId)).toEqual([1, 3]);
    expect(productPreview(products, new Set([3, 4])).map((p) => p.ecomId)).toEqual([3]);
    expect(storefrontProducts(products).map((p) => p.ecomId)).toEqual([4]);
  });
});

describe('what Retail has that eCom does not show yet', () => {
  const names = new Map([
    [501, 'Vestes'],
    [503, 'Pantalons'],
  ]);
  const nameOf = (id: number) => names.get(id) ?? null;
  const drifting = category({
    name: 'Vestes & manteaux',
    status: 'drift',
    ecomId: 504,
    drift: {
      name: { retail: 'Vestes & manteaux', ecom: 'Blousons' },
      parent: { retail: 503, ecom: 501 },
      order: { retail: 0, ecom: 2 },
      products: { missing: [1, 2], extra: [3] },
    },
  });

  it('says it in one sentence per difference, in English', () => {
    expect(driftLines(drifting, en, nameOf)).toEqual([
      'Name in Retail: “Vestes & manteaux” (eCom shows “Blousons”).',
      'Place in Retail: under “Pantalons” (eCom shows it under “Vestes”).',
      'Order in Retail: position 1 among its neighbours (eCom shows position 3).',
      '2 products are in it in Retail but not yet in eCom.',
      '1 product is in it in eCom but no longer in Retail.',
    ]);
  });

  it('and in French, with French quotes and plurals', () => {
    const lines = driftLines(drifting, fr, nameOf);
    // French typography: no-break spaces before colons and inside guillemets.
    expect(lines[0]).toBe(
      'Nom dans Retail\u00a0: «\u00a0Vestes & manteaux\u00a0» (eCom affiche «\u00a0Blousons\u00a0»).',
    );
    expect(lines[1]).toBe(
      'Place dans Retail\u00a0: sous «\u00a0Pantalons\u00a0» (eCom l’affiche sous «\u00a0Vestes\u00a0»).',
    );
    expect(lines[4]).toBe('1 produit y est dans eCom mais n’y est plus dans Retail.');
  });

  it('names the top level and parents not in eCom yet', () => {
    const moved = category({ name: 'X', status: 'drift', drift: { parent: { retail: null, ecom: 0 } } });
    expect(driftLines(moved, en, nameOf)).toEqual([
      'Place in Retail: under a category not in eCom yet (eCom shows it under the top level).',
    ]);
  });

  it('shows a category under the name the admin shows until the rename syncs', () => {
    expect(shownName(drifting)).toBe('Blousons');
    expect(shownName(category({ name: 'Vestes', status: 'live' }))).toBe('Vestes');
  });
});

describe('small verdicts', () => {
  it('reads again when the state is missing or older than a few minutes', () => {
    const read = Date.parse('2026-03-20T10:00:00.000Z');
    const status = statusOf([], [], '2026-03-20T10:00:00.000Z');
    expect(isStale(status, read + STALE_AFTER_MS - 1)).toBe(false);
    expect(isStale(status, read + STALE_AFTER_MS + 1)).toBe(true);
    expect(isStale({ ...status, readAt: null }, read)).toBe(true);
    expect(isStale(null, read)).toBe(true);
    expect(readSince(status, '2026-03-20T09:59:59.000Z')).toBe(true);
    expect(readSince(status, '2026-03-20T10:00:01.000Z')).toBe(false);
  });

  it('gives Retail the name, place and products of a synced category, and the merchant the rest', () => {
    const synced = category({ name: 'Vestes', status: 'live' });
    expect(['name', 'parent', 'products'].map((field) => ownerOf(synced, field as never))).toEqual([
      'retail',
      'retail',
      'retail',
    ]);
    expect(['description', 'image', 'availability'].map((field) => ownerOf(synced, field as never))).toEqual([
      'yours',
      'yours',
      'yours',
    ]);
    expect(ownerOf(category({ name: 'Cadeaux', status: 'online-only' }), 'name')).toBe('online');
  });

  it('flags a product hidden in a live category before one on the Store front page', () => {
    expect(
      productFlag(pageProduct({ name: 'A', issues: ['storefront-no-category', 'disabled-in-enabled-category'] })),
    ).toBe('hidden');
    expect(productFlag(pageProduct({ name: 'B', issues: ['storefront-no-category'] }))).toBe('storefront');
    expect(productFlag(pageProduct({ name: 'C', issues: [] }))).toBeNull();
    expect(productFlag(undefined)).toBeNull();
  });
});

describe('the overlay’s words', () => {
  it('follows each language’s plural rules', () => {
    expect(en.n('overlay.action.enableNew', 0)).toBe('Enable 0 new categories');
    expect(en.n('overlay.action.enableNew', 1)).toBe('Enable 1 new category');
    expect(fr.n('overlay.action.enableNew', 0)).toBe('Activer 0 nouvelle catégorie');
    expect(fr.n('overlay.action.enableNew', 2)).toBe('Activer 2 nouvelles catégories');
  });

  it('says how long ago the stores were read', () => {
    const now = Date.parse('2026-03-20T10:00:00.000Z');
    expect(en.ago('2026-03-20T09:59:30.000Z', now)).toBe('just now');
    expect(en.ago('2026-03-20T09:58:00.000Z', now)).toBe('2 minutes ago');
    expect(fr.ago('2026-03-20T07:00:00.000Z', now)).toBe('il y a 3 heures');
  });

  it('speaks only the offline words until the background answers', () => {
    const offline = createWords('fr', null);
    expect(offline.t('overlay.unreachable', { reason: 'x' })).toContain('Sync Lens n’a pas pu joindre');
    expect(offline.t('brand.name')).toBe('Sync Lens');
    expect(offline.t('overlay.refresh')).toBe('');
  });

  it('has every plural in both forms and every language complete', () => {
    for (const language of ['en', 'fr'] as const) {
      const keys = Object.keys(overlayMessages(language));
      for (const key of keys.filter((k) => k.endsWith('.one')))
        expect(keys, key).toContain(key.replace(/\.one$/, '.other'));
      for (const key of keys.filter((k) => k.endsWith('.other')))
        expect(keys, key).toContain(key.replace(/\.other$/, '.one'));
    }
    expect(Object.keys(overlayMessages('fr')).sort()).toEqual(Object.keys(overlayMessages('en')).sort());
  });
});
