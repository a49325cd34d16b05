import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';

import { routeByContent } from '../../utils/admin-dom/page-by-content.ts';
import { TWO_BRANCH_CATALOG } from './support/two-branch-catalog.ts';

/** An admin page whose address Sync Lens does not know, told by what it shows of the catalog (issue 12). */

const CATALOG = TWO_BRANCH_CATALOG;

const body = (html: string) => parseHTML(`<html><body>${html}</body></html>`).document.body as unknown as Element;

const list = (names: Array<[string, number]>) =>
  `<div class="x">${names.map(([name, id]) => `<div class="r"><a href="#cat-${id}">${name}</a><span class="n">3</span></div>`).join('')}</div>`;

describe('a page told by its content', () => {
  it('is the categories list when it shows rows of known categories in the admin’s order', () => {
    const page = body(
      list([
        ['Homme', 1],
        ['Vestes', 11],
        ['Pantalons', 12],
        ['Femme', 2],
        ['Vestes', 21],
        ['Accessoires', 3],
      ]),
    );
    expect(routeByContent(page, '#catalog-tree', CATALOG)).toEqual({ page: 'categories' });
  });

  it('is a category’s page by a known id in an address about a category, or by its name in a form', () => {
    expect(routeByContent(body(''), '#category/12', CATALOG)).toEqual({ page: 'category', categoryId: 12 });
    expect(routeByContent(body(''), '#catalog/categories/edit?id=3', CATALOG)).toEqual({
      page: 'category',
      categoryId: 3,
    });
    const form = body(
      '<form><label>Name <input type="text" value="Accessoires"></label><input type="text" value="x"></form>',
    );
    expect(routeByContent(form, '#edit', CATALOG)).toEqual({ page: 'category', categoryId: 3 });
  });

  it('is nothing it can be sure of otherwise', () => {
    // Two categories share this name: the form cannot say which one it is.
    expect(routeByContent(body('<form><input value="Vestes"></form>'), '#edit', CATALOG)).toBeNull();
    // An id no category has, or an address about something else.
    expect(routeByContent(body(''), '#category/999', CATALOG)).toBeNull();
    expect(routeByContent(body(''), '#order:id=12', CATALOG)).toBeNull();
    // A dashboard card naming two categories is not the list.
    expect(
      routeByContent(
        body(
          list([
            ['Homme', 1],
            ['Femme', 2],
          ]),
        ),
        '#dashboard',
        CATALOG,
      ),
    ).toBeNull();
    expect(
      routeByContent(
        body(
          list([
            ['Homme', 1],
            ['Femme', 2],
            ['Accessoires', 3],
          ]),
        ),
        '#x',
        [],
      ),
    ).toBeNull();
  });
});
