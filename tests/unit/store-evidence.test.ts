import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';

import { EVIDENCE_LIMIT, readStoreEvidence, recordOfHash } from '../../utils/admin-dom/store-evidence.ts';
import { adminPageAddress } from '../../utils/admin-dom/store-page.ts';

/** What an admin page under /cp/ (no store in its address) says of its store: ids only, from the admin's own links. */

const page = (body: string) => parseHTML(`<html><body>${body}</body></html>`).document as unknown as Document;

describe('the store an admin page names', () => {
  it('reads /cp/ and /cp/CP.html as admin pages with no store, and /store/{id} as before', () => {
    expect(adminPageAddress('https://my.ecwid.com/cp/#categories')).toEqual({
      origin: 'https://my.ecwid.com',
      storeId: null,
      sandbox: false,
    });
    expect(adminPageAddress('https://my.business.shop/cp/CP.html#products')?.storeId).toBeNull();
    expect(adminPageAddress('https://my.ecwid.com/cp#products')?.storeId).toBeNull();
    expect(adminPageAddress('https://my.ecwid.com/store/1003#products')?.storeId).toBe(1003);
    for (const address of ['https://my.ecwid.com/cp/other.html', 'https://my.ecwid.com/cpx/', 'https://x.test/cp/']) {
      expect(adminPageAddress(address), address).toBeUndefined();
    }
  });

  it('accepts an admin origin the merchant added, exactly, and nothing next to it', () => {
    const added = ['https://admin.example.shop'];
    expect(adminPageAddress('https://admin.example.shop/cp/#categories', added)?.storeId).toBeNull();
    expect(adminPageAddress('https://admin.example.shop/store/7#categories', added)?.storeId).toBe(7);
    expect(adminPageAddress('https://admin.example.shop:8443/store/7', added)).toBeUndefined();
    expect(adminPageAddress('http://admin.example.shop/store/7', added)).toBeUndefined();
  });

  it('reads the records a hash names', () => {
    expect(recordOfHash('#category:id=12')).toEqual({ kind: 'category', id: 12 });
    expect(recordOfHash('#product:mode=edit&id=7')).toEqual({ kind: 'product', id: 7 });
    expect(recordOfHash('#!category:id=12;return=categories')).toEqual({ kind: 'category', id: 12 });
    for (const hash of ['#categories', '#category:id=x', '#order:id=938', '#category:id=-3', '']) {
      expect(recordOfHash(hash), hash).toBeNull();
    }
  });

  it('collects store ids and record ids from the admin’s own links and its address, once each', () => {
    const doc = page(`
      <nav><a href="/store/1003#dashboard">Dashboard</a><a href="https://my.ecwid.com/store/1003">Home</a></nav>
      <a href="#category:id=11">Vestes</a><a href="#category:id=11">Vestes</a><a href="#category:id=12">X</a>
      <a href="#product:mode=edit&id=501">P</a>
      <a href="https://other.example/store/2002#category:id=99">elsewhere</a>
      <a href="http://[bad">broken</a>`);
    expect(readStoreEvidence(doc, 'https://my.ecwid.com/cp/CP.html#category:id=13')).toEqual({
      storeIds: [1003],
      categoryIds: [13, 11, 12],
      productIds: [501],
    });
  });

  it('says nothing for a page that names nothing yet, and bounds what it collects', () => {
    expect(readStoreEvidence(page('<p>Loading…</p>'), 'https://my.ecwid.com/cp/#categories')).toEqual({
      storeIds: [],
      categoryIds: [],
      productIds: [],
    });
    const links = Array.from({ length: EVIDENCE_LIMIT + 50 }, (_, i) => `<a href="#category:id=${i + 1}">c</a>`);
    const evidence = readStoreEvidence(page(links.join('')), 'https://my.ecwid.com/cp/#categories');
    expect(evidence.categoryIds).toHaveLength(EVIDENCE_LIMIT);
  });
});
