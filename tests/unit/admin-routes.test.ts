import { describe, expect, it } from 'vitest';

import { parseAdminRoute, storeIdFromPath } from '../../utils/admin-dom/routes.ts';

describe('admin routes', () => {
  it('reads the pages Sync Lens works on', () => {
    expect(parseAdminRoute('#categories')).toEqual({ page: 'categories' });
    expect(parseAdminRoute('#products')).toEqual({ page: 'products' });
    expect(parseAdminRoute('#category:id=42')).toEqual({ page: 'category', categoryId: 42 });
    expect(parseAdminRoute('#category:id=42&return=categories')).toEqual({ page: 'category', categoryId: 42 });
  });

  it('calls everything else "other"', () => {
    expect(parseAdminRoute('#order:id=938&return=orders')).toEqual({ page: 'other', name: 'order' });
    expect(parseAdminRoute('#category:id=abc')).toEqual({ page: 'other', name: 'category' });
    expect(parseAdminRoute('')).toEqual({ page: 'other', name: '' });
  });

  it('finds the store id in the path', () => {
    expect(storeIdFromPath('/store/1003')).toBe(1003);
    expect(storeIdFromPath('/store/1003/')).toBe(1003);
    expect(storeIdFromPath('/stores/1003')).toBeUndefined();
  });
});
