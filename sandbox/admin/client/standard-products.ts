import type { Catalog, Product } from './catalog.ts';
import { h } from './dom.ts';
import type { Messages } from './i18n.ts';
import { switchControl } from './standard-switch.ts';
import type { PageInput } from './view.ts';

/** The product's categories by name; none means the Store front page, where Ecwid shows such products. */
function categoryNames(catalog: Catalog, product: Product, t: Messages): string {
  if (product.categoryIds.length === 0) return t.storefront;
  return product.categoryIds.map((id) => catalog.categories.get(id)?.name ?? `#${id}`).join(', ');
}

function productRow(catalog: Catalog, product: Product, t: Messages): HTMLTableRowElement {
  return h(
    'tr',
    { class: 'ec-product-row', 'data-product-id': product.id },
    h('td', { class: 'ec-product-row__name' }, product.name),
    h('td', { class: 'ec-product-row__sku' }, product.sku),
    h('td', { class: 'ec-product-row__categories' }, categoryNames(catalog, product, t)),
    h(
      'td',
      { class: 'ec-product-row__enabled' },
      switchControl(
        product.enabled,
        t.availabilityOf(product.name),
        product.enabled ? t.productEnabled : t.productDisabled,
      ),
    ),
  );
}

export function productsPage(main: HTMLElement, input: PageInput): void {
  const { catalog, actions, t } = input;
  const header = h('div', { class: 'ec-page-header' }, h('h1', {}, t.products));
  if (catalog.products.size === 0) {
    main.replaceChildren(header, h('div', { class: 'ec-card' }, h('p', { class: 'ec-empty' }, t.noProductsAtAll)));
    return;
  }
  const body = h('tbody', {});
  for (const product of catalog.products.values()) body.append(productRow(catalog, product, t));
  const table = h(
    'table',
    { class: 'ec-product-table' },
    h(
      'thead',
      {},
      h('tr', {}, h('th', {}, t.name), h('th', {}, t.sku), h('th', {}, t.categories), h('th', {}, t.availability)),
    ),
    body,
  );

  body.addEventListener('change', async (event) => {
    const target = event.target;
    if (!(target instanceof HTMLInputElement) || !target.classList.contains('ec-switch__input')) return;
    const row = target.closest('tr');
    const id = Number(row?.getAttribute('data-product-id'));
    if (!row) return;
    target.disabled = true;
    row.setAttribute('aria-busy', 'true');
    await actions.setProductEnabled(id, target.checked);
    const product = catalog.products.get(id);
    if (product) row.replaceWith(productRow(catalog, product, t));
  });

  main.replaceChildren(header, h('div', { class: 'ec-card ec-card--flush' }, table));
}
