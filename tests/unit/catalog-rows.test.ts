import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';

import { findCatalogRows } from '../../utils/admin-dom/catalog-rows.ts';
import { TWO_BRANCH_CATALOG } from './support/two-branch-catalog.ts';

/**
 * Rows found from the catalog on admin markups Sync Lens has never seen (issue 12): the name, the admin's order,
 * the depth and any id the page shows, never a class name. A row that cannot be told gets nothing.
 */

const CATALOG = TWO_BRANCH_CATALOG;

function page(body: string) {
  const { document } = parseHTML(`<html><body><h1>Homme</h1>${body}</body></html>`);
  return document.body as unknown as Element;
}

/** Each row found, as "its text → the category id": what a badge would say. */
function told(root: Element, catalog = CATALOG) {
  const { rows, unsure } = findCatalogRows(root, catalog);
  return { rows: rows.map((r) => `${r.row.textContent!.trim()} → ${r.ecomId}`), unsure };
}

describe('finding category rows on an unknown admin', () => {
  it('in a tree of nested lists with hashed classes: same names told apart by their branch', () => {
    const item = (name: string, children = '') =>
      `<li class="x9f2"><div class="a81c"><span class="q1">${name}</span><em class="c7">3</em></div>${children ? `<ul class="u4">${children}</ul>` : ''}</li>`;
    const root = page(
      `<ul class="u4">${item('Homme', item('Vestes') + item('Pantalons'))}${item('Femme', item('Vestes') + item('Robes longues de soirée en velours'))}${item('Accessoires')}</ul>`,
    );
    expect(told(root)).toEqual({
      rows: [
        'Homme3 → 1',
        'Vestes3 → 11',
        'Pantalons3 → 12',
        'Femme3 → 2',
        'Vestes3 → 21',
        'Robes longues de soirée en velours3 → 22',
        'Accessoires3 → 3',
      ],
      unsure: 0,
    });
  });

  it('in a table whose ids appear only in links, with a name cut short', () => {
    const row = (id: number, name: string, indent: number) =>
      `<tr class="gwt-r"><td style="padding-left:${indent * 20}px"><a class="k2" href="#category:id=${id}">${name}</a></td><td>On</td></tr>`;
    const root = page(
      `<table><tbody>${row(1, 'Homme', 0)}${row(11, 'Vestes', 1)}${row(12, 'Pantalons', 1)}${row(2, 'Femme', 0)}${row(21, 'Vestes', 1)}${row(22, 'Robes longues de soi…', 1)}${row(3, 'Accessoires', 0)}</tbody></table>`,
    );
    expect(told(root).rows).toEqual([
      'HommeOn → 1',
      'VestesOn → 11',
      'PantalonsOn → 12',
      'FemmeOn → 2',
      'VestesOn → 21',
      'Robes longues de soi…On → 22',
      'AccessoiresOn → 3',
    ]);
  });

  it('in a flat list with neither ids nor nesting: same names told apart by the admin’s order', () => {
    const row = (name: string) => `<div class="r"><button class="t">${name}</button></div>`;
    const root = page(
      `<div class="list">${['Homme', 'Vestes', 'Pantalons', 'Femme', 'Vestes', 'Robes longues de soirée en velours', 'Accessoires'].map(row).join('')}</div>`,
    );
    expect(told(root).rows).toEqual([
      'Homme → 1',
      'Vestes → 11',
      'Pantalons → 12',
      'Femme → 2',
      'Vestes → 21',
      'Robes longues de soirée en velours → 22',
      'Accessoires → 3',
    ]);
  });

  it('in a virtualised window of the list: what the window cannot tell gets nothing', () => {
    const row = (name: string) => `<div class="v"><span>${name}</span></div>`;
    // The window shows the two "Vestes" and what lies between them, not their parents.
    const root = page(`<div class="viewport">${['Vestes', 'Pantalons', 'Vestes'].map(row).join('')}</div>`);
    expect(told(root).rows).toEqual(['Vestes → 11', 'Pantalons → 12', 'Vestes → 21']);
    // A window with one "Vestes" and nothing around it: either could be it.
    expect(told(page(`<div class="viewport">${row('Vestes')}${row('Accessoires')}</div>`))).toEqual({
      rows: ['Accessoires → 3'],
      unsure: 1,
    });
  });

  it('never a guess: rows out of the admin’s order are told by their ids alone, not their names', () => {
    const row = (name: string) => `<div class="r"><span>${name}</span></div>`;
    const root = page(`<div>${['Accessoires', 'Vestes', 'Homme', 'Vestes', 'Femme'].map(row).join('')}</div>`);
    expect(told(root)).toEqual({ rows: [], unsure: 5 });
    // A products list, sorted by product, that shows each product's category: names alone say nothing.
    const products = page(
      `<table>${['Femme', 'Homme', 'Accessoires', 'Homme'].map((name) => `<tr class="p"><td>Jupe</td><td>${name}</td></tr>`).join('')}</table>`,
    );
    expect(told(products).rows).toEqual([]);
    const linked = page(
      `<div>${[
        [3, 'Accessoires'],
        [11, 'Vestes'],
        [1, 'Homme'],
      ]
        .map(([id, name]) => `<div class="r"><a href="#category:id=${id}">${name}</a></div>`)
        .join('')}</div>`,
    );
    expect(told(linked).rows).toEqual(['Accessoires → 3', 'Vestes → 11', 'Homme → 1']);
  });

  it('finds no row in a page that shows no known name, and ignores a heading that does', () => {
    expect(told(page('<div class="list"><div class="r"><span>Chaussures</span></div></div>'))).toEqual({
      rows: [],
      unsure: 0,
    });
    const root = page(
      '<div class="list"><div class="r"><span>Homme</span></div><div class="r"><span>Femme</span></div></div>',
    );
    expect(told(root).rows).toEqual(['Homme → 1', 'Femme → 2']);
  });

  it('takes an id that names another category as a reason to say nothing', () => {
    const root = page(
      '<div class="list"><div class="r"><a href="#category:id=3">Homme</a></div><div class="r"><a href="#category:id=2">Femme</a></div></div>',
    );
    expect(told(root)).toEqual({ rows: ['Femme → 2'], unsure: 1 });
  });
});
