import { inAdminOrder, isRetailCategory, storefrontProductCount, type Category } from './catalog.ts';
import { h } from './dom.ts';
import { padlockIcon } from './icons.ts';
import { altView } from './alt-view.ts';
import { categoryHash } from './route.ts';
import type { PageInput, View } from './view.ts';

/**
 * A fourth markup (`?markup=table`), unlike the others: the categories in one GWT-style table, class names
 * hashed by a build (`GKXQ3…`), no data-* ids (a category's id is only in its link), the tree shown by indentation
 * alone, and the lock an image whose title says what it is. The other pages are the alternative markup's.
 */

function row(category: Category, depth: number, input: PageInput): HTMLTableRowElement {
  const { t, actions } = input;
  const lock = isRetailCategory(category)
    ? h('span', { class: 'GKXQ3-b', title: t.lockedByRetail }, padlockIcon())
    : null;
  const enabled = h('input', {
    type: 'checkbox',
    class: 'GKXQ3-c',
    'aria-label': t.availabilityOf(category.name),
    ...(category.enabled ? { checked: true } : {}),
  });
  const element = h(
    'tr',
    { class: 'GKXQ3-r' },
    h(
      'td',
      { class: 'GKXQ3-d' },
      h(
        'div',
        { style: `padding-left: ${depth * 20}px; display: flex; gap: 6px; align-items: center;` },
        lock,
        h('a', { class: 'GKXQ3-n', href: categoryHash(category.id) }, category.name),
      ),
    ),
    h('td', { class: 'GKXQ3-d' }, String(category.productIds.length)),
    h('td', { class: 'GKXQ3-d' }, enabled),
  );
  enabled.addEventListener('change', async () => {
    enabled.disabled = true;
    await actions.setCategoryEnabled(category.id, enabled.checked);
    element.replaceWith(row(category, depth, input));
  });
  return element;
}

function categories(main: HTMLElement, input: PageInput): void {
  const { catalog, t } = input;
  const body = h(
    'tbody',
    {},
    h(
      'tr',
      { class: 'GKXQ3-r GKXQ3-h' },
      h('td', { class: 'GKXQ3-d' }, t.storefront),
      h('td', { class: 'GKXQ3-d' }, String(storefrontProductCount(catalog))),
      h('td', { class: 'GKXQ3-d' }),
    ),
  );
  for (const { category, depth } of inAdminOrder(catalog)) body.append(row(category, depth, input));
  main.replaceChildren(
    h('div', { class: 'toolbar' }, h('h2', { class: 'toolbar__title' }, t.categories)),
    h('table', { class: 'GKXQ3-t', style: 'width: 100%; border-collapse: collapse;' }, body),
  );
}

export const tableView: View = {
  ...altView,
  page: (main, input) => (input.route.page === 'categories' ? categories(main, input) : altView.page(main, input)),
};
