import { isRetailCategory, storefrontProductCount, type Catalog, type Category } from './catalog.ts';
import { h } from './dom.ts';
import { padlockIcon } from './icons.ts';
import { altView } from './alt-view.ts';
import { categoryHash } from './route.ts';
import type { PageInput, View } from './view.ts';

/**
 * A fifth markup (`?markup=tree`), unlike the others: a nested ARIA tree (each category's children inside its
 * own item), every class name hashed by a build (`_q1x…`, changing with each release of the real thing), no data-*
 * ids (a category's id is only in its link), the switch a role="switch" element, and the lock a bare padlock
 * icon with no title or label: only Retail categories' rows have it. The other pages are the alternative
 * markup's.
 */

function toggle(category: Category, input: PageInput, redraw: () => void): HTMLElement {
  const { t, actions } = input;
  const element = h(
    'span',
    {
      class: `_q1x4 ${category.enabled ? '_q1x5' : ''}`,
      role: 'switch',
      tabindex: '0',
      'aria-checked': String(category.enabled),
      'aria-label': t.availabilityOf(category.name),
    },
    h('span', { class: '_q1x6', 'aria-hidden': 'true' }),
  );
  const flip = async () => {
    if (element.getAttribute('aria-disabled') === 'true') return;
    element.setAttribute('aria-disabled', 'true');
    await actions.setCategoryEnabled(category.id, !category.enabled);
    redraw();
  };
  element.addEventListener('click', () => void flip());
  element.addEventListener('keydown', (event) => {
    if (event.key === ' ' || event.key === 'Enter') {
      event.preventDefault();
      void flip();
    }
  });
  return element;
}

/** A category's item: its own line, then a group holding its children's items. */
function item(category: Category, catalog: Catalog, input: PageInput, depth: number): HTMLElement {
  const children = catalog.children.get(category.id) ?? [];
  const element = h('div', {
    class: '_q1x0',
    role: 'treeitem',
    'aria-level': String(depth + 1),
    ...(children.length > 0 ? { 'aria-expanded': 'true' } : {}),
  });
  const line = () =>
    h(
      'div',
      { class: '_q1x1' },
      isRetailCategory(category) ? h('i', { class: '_q1x2' }, padlockIcon()) : null,
      h('a', { class: '_q1x3', href: categoryHash(category.id) }, category.name),
      h('span', { class: '_q1x7' }, input.t.productCount(category.productIds.length)),
      toggle(category, input, redraw),
    );
  // The admin draws the line anew after a change, as a framework would: a new element in the same place.
  const redraw = () => element.firstElementChild!.replaceWith(line());
  element.append(line());
  if (children.length > 0) {
    element.append(
      h('div', { class: '_q1x8', role: 'group' }, ...children.map((child) => item(child, catalog, input, depth + 1))),
    );
  }
  return element;
}

function categories(main: HTMLElement, input: PageInput): void {
  const { catalog, t } = input;
  const storefront = h(
    'div',
    { class: '_q1x0', role: 'treeitem', 'aria-level': '1' },
    h(
      'div',
      { class: '_q1x1' },
      h('span', { class: '_q1x3' }, t.storefront),
      h('span', { class: '_q1x7' }, t.productCount(storefrontProductCount(catalog))),
    ),
  );
  const roots = (catalog.children.get(0) ?? []).map((category) => item(category, catalog, input, 0));
  main.replaceChildren(
    h('div', { class: 'toolbar' }, h('h2', { class: 'toolbar__title' }, t.categories)),
    h('div', { class: '_q1w9', role: 'tree', 'aria-label': t.categories }, storefront, ...roots),
  );
}

export const treeView: View = {
  ...altView,
  page: (main, input) => (input.route.page === 'categories' ? categories(main, input) : altView.page(main, input)),
};
