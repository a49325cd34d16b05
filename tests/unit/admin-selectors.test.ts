import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';

import { SELECTORS } from '../../utils/admin-dom/selectors.ts';

/**
 * The contract of every admin selector, in the manner of refined-github's selector tests: markup each one must
 * match, and look-alikes it must not (our own overlay's elements, the other pages' rows, a child's row for its
 * parent's). In each piece of markup, the elements marked `data-t` are exactly those the selector must find.
 * A selector added to SELECTORS without cases here fails the last test.
 */

type Key = keyof typeof SELECTORS;
interface Cases {
  match: string[];
  noMatch: string[];
}

// Look-alikes every selector must ignore: Sync Lens's own markup in the page, and a plain page.
const OURS = [
  '<sync-lens-chip data-sync-lens-chip="category"><span class="sl-chip">Nouveau</span></sync-lens-chip>',
  '<div class="sl-bar"><main class="sl-main" data-page="categories"><table class="sl-table"><tr class="sl-row"><td>x</td></tr></table></main></div>',
  '<section class="page"><h1>Sync Lens</h1><input type="checkbox" name="enabled-copy"></section>',
];

const node = (id: number, inner: string, extra = '') =>
  `<li class="ec-category-tree__node" data-category-id="${id}"${extra}>${inner}</li>`;

const CASES: Record<Key, Cases> = {
  main: {
    match: ['<main data-t class="ec-main" data-page="categories"></main>', '<main data-t class="ec-main"></main>'],
    noMatch: ['<div class="ec-main"></div>', '<main class="ec-main-menu"></main>'],
  },
  categoriesPage: {
    match: ['<main data-t class="ec-main" data-page="categories"></main>'],
    noMatch: [
      '<main class="ec-main" data-page="category"></main>',
      '<main class="ec-main" data-page="products"></main>',
    ],
  },
  categoryPage: {
    match: ['<main data-t class="ec-main" data-page="category"></main>'],
    noMatch: [
      '<main class="ec-main" data-page="categories"></main>',
      '<section class="ec-main" data-page="category"></section>',
    ],
  },
  productsPage: {
    match: ['<main data-t class="ec-main" data-page="products"></main>'],
    noMatch: [
      '<main class="ec-main" data-page="product"></main>',
      '<main class="ec-main" data-page="categories"></main>',
    ],
  },
  busyMain: {
    match: ['<main data-t class="ec-main" aria-busy="true"></main>'],
    noMatch: ['<main class="ec-main" aria-busy="false"></main>', '<main class="ec-main"></main>'],
  },
  pageHeader: {
    match: ['<header data-t class="ec-page-header"><h1>Catégories</h1></header>'],
    noMatch: ['<header class="ec-page-header__title"></header>', '<header class="page__header"></header>'],
  },
  empty: {
    match: ['<p data-t class="ec-empty">Aucune catégorie</p>'],
    noMatch: ['<p class="ec-empty-state"></p>', '<p class="empty"></p>'],
  },
  categoryTree: {
    match: ['<ul data-t class="ec-category-tree" role="tree"></ul>'],
    noMatch: [
      '<ul class="ec-category-tree"></ul>',
      '<ul class="ec-category-products" role="tree"></ul>',
      '<div class="ec-category-tree" role="tree"></div>',
    ],
  },
  categoryNode: {
    match: [`<ul>${node(3, 'x', ' data-t')}</ul>`, `<ul>${node(0, 'Vitrine', ' data-t')}</ul>`],
    noMatch: [
      '<ul><li class="ec-category-tree__node">x</li></ul>',
      '<ul><li class="ec-category-products" data-category-id="3"></li></ul>',
    ],
  },
  categoryRow: {
    match: ['<div data-t class="ec-category-row"><span class="ec-category-row__name">Vestes</span></div>'],
    noMatch: [
      '<div class="ec-category-row__name">Vestes</div>',
      '<tr class="ec-product-row" data-product-id="1"></tr>',
    ],
  },
  categoryRowOfNode: {
    match: [
      // A parent's own row, never the row of a child nested below it.
      `<ul>${node(1, `<div data-t class="ec-category-row">Vêtements</div><ul>${node(2, '<div data-t class="ec-category-row">Vestes</div>')}</ul>`)}</ul>`,
    ],
    noMatch: [
      `<ul>${node(1, '<div class="wrapper"><div class="ec-category-row">Vêtements</div></div>')}</ul>`,
      '<ul><li class="ec-category-tree__node"><div class="ec-category-row">x</div></li></ul>',
    ],
  },
  categoryLock: {
    match: ['<div class="ec-category-row"><span data-t class="ec-category-row__lock" title="Retail"></span></div>'],
    noMatch: ['<span class="ec-lock"></span>', '<span class="ec-category-row__name">Verrou</span>'],
  },
  categoryName: {
    match: ['<div class="ec-category-row"><span data-t class="ec-category-row__name">Vestes</span></div>'],
    noMatch: ['<span class="ec-category-row__count">3</span>', '<td class="ec-product-row__name">Veste</td>'],
  },
  categoryCount: {
    match: ['<div class="ec-category-row"><span data-t class="ec-category-row__count">12</span></div>'],
    noMatch: ['<span class="ec-category-row__name">12</span>'],
  },
  categorySwitch: {
    match: ['<label class="ec-switch"><input data-t class="ec-switch__input" type="checkbox"></label>'],
    noMatch: [
      '<label class="ec-switch"><span class="ec-switch__input"></span></label>',
      '<input class="ec-switch" type="checkbox">',
    ],
  },
  switchLabel: {
    match: ['<label class="ec-switch"><span data-t class="ec-switch__label">Activée</span></label>'],
    noMatch: ['<label class="ec-switch"><span class="ec-switch__track"></span></label>'],
  },
  categoryForm: {
    match: ['<form data-t class="ec-category-form" data-category-id="7"></form>'],
    noMatch: [
      '<form class="ec-category-form"></form>',
      '<form class="ec-product-form" data-category-id="7"></form>',
      '<div class="ec-category-form" data-category-id="7"></div>',
    ],
  },
  formField: {
    match: ['<div data-t class="ec-field"><label class="ec-field__label">Nom</label></div>'],
    noMatch: ['<div class="ec-field__label"></div>', '<div class="field"></div>'],
  },
  formFieldLabel: {
    match: ['<div class="ec-field"><label data-t class="ec-field__label">Nom</label></div>'],
    noMatch: ['<div class="ec-field"><label>Nom</label></div>'],
  },
  formName: {
    match: ['<form><input data-t name="name" value="Vestes"></form>'],
    noMatch: ['<form><input name="name-fr"></form>', '<form><input id="name"></form>'],
  },
  formParent: {
    match: ['<form><select data-t name="parentId"></select></form>'],
    noMatch: ['<form><select name="parent"></select></form>'],
  },
  formDescription: {
    match: ['<form><textarea data-t name="description"></textarea></form>'],
    noMatch: ['<form><textarea name="seoDescription"></textarea></form>'],
  },
  formImage: {
    match: ['<form><input data-t name="imageUrl"></form>'],
    noMatch: ['<form><input name="image"></form>'],
  },
  formEnabled: {
    match: ['<form><label class="ec-switch"><input data-t type="checkbox" name="enabled"></label></form>'],
    noMatch: ['<form><span name="enabled"></span></form>', '<form><input name="enabledProducts"></form>'],
  },
  formSwitch: {
    match: ['<form><label data-t class="ec-switch"><input name="enabled" type="checkbox"></label></form>'],
    noMatch: ['<form><span class="ec-switch"></span></form>', '<form><label class="ec-switch__label"></label></form>'],
  },
  formProducts: {
    match: ['<ul data-t class="ec-category-products"><li data-product-id="1"></li></ul>'],
    noMatch: ['<ul class="ec-category-tree" role="tree"></ul>', '<ol class="ec-category-products"></ol>'],
  },
  formProduct: {
    match: ['<ul class="ec-category-products"><li data-t data-product-id="4"></li></ul>'],
    noMatch: ['<ul><li data-category-id="4"></li></ul>', '<table><tr data-product-id="4"></tr></table>'],
  },
  formProductName: {
    match: [
      '<ul class="ec-category-products"><li data-product-id="4"><span data-t class="ec-category-products__name">Veste</span></li></ul>',
    ],
    noMatch: ['<span class="ec-category-row__name">Veste</span>'],
  },
  productTable: {
    match: ['<table data-t class="ec-product-table"></table>'],
    noMatch: ['<div class="ec-product-table"></div>', '<table class="sl-table"></table>'],
  },
  productRow: {
    match: [
      '<table class="ec-product-table"><tbody><tr data-t class="ec-product-row" data-product-id="4"></tr></tbody></table>',
    ],
    noMatch: [
      '<table class="ec-product-table"><tbody><tr class="ec-product-row"></tr></tbody></table>',
      '<table><tbody><tr class="ec-product-row__head" data-product-id="4"></tr></tbody></table>',
    ],
  },
  productName: {
    match: [
      '<table><tbody><tr class="ec-product-row" data-product-id="4"><td data-t class="ec-product-row__name">Veste</td></tr></tbody></table>',
    ],
    noMatch: ['<table><tbody><tr><th class="ec-product-row__name">Nom</th></tr></tbody></table>'],
  },
  productSwitch: {
    match: [
      '<table><tbody><tr class="ec-product-row" data-product-id="4"><td class="ec-product-row__enabled"><label class="ec-switch"><input data-t class="ec-switch__input" type="checkbox"></label></td></tr></tbody></table>',
    ],
    noMatch: [
      // A category's switch, and a switch in another cell of the product's row.
      '<div class="ec-category-row"><input class="ec-switch__input" type="checkbox"></div>',
      '<table><tbody><tr class="ec-product-row" data-product-id="4"><td class="ec-product-row__name"><input class="ec-switch__input"></td></tr></tbody></table>',
    ],
  },
};

/** The elements `selector` finds in `html`, and those marked as the ones it must find. */
function found(selector: string, html: string): { matched: Element[]; targets: Element[] } {
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  return { matched: [...document.querySelectorAll(selector)], targets: [...document.querySelectorAll('[data-t]')] };
}

describe('the admin selectors (utils/admin-dom/selectors.ts)', () => {
  for (const key of Object.keys(SELECTORS) as Key[]) {
    const selector = SELECTORS[key];
    const cases = CASES[key];

    it(`${key}: finds exactly the marked elements`, () => {
      for (const html of cases.match) {
        const { matched, targets } = found(selector, html);
        expect(targets.length, html).toBeGreaterThan(0);
        expect(matched, html).toEqual(targets);
      }
    });

    it(`${key}: finds nothing in look-alikes, nor in Sync Lens's own markup`, () => {
      for (const html of [...cases.noMatch, ...OURS]) expect(found(selector, html).matched, html).toEqual([]);
    });
  }

  it('has cases, both ways, for every selector', () => {
    for (const key of Object.keys(SELECTORS) as Key[]) {
      expect(CASES[key]?.match.length ?? 0, key).toBeGreaterThan(0);
      expect(CASES[key]?.noMatch.length ?? 0, key).toBeGreaterThan(0);
    }
  });
});
