/**
 * The standard markup: the DOM contract the extension's selectors target. Keep it stable; change it only together
 * with the extension's selectors (utils/admin-dom). Everything else in the markup may change freely.
 *
 * Layout (built once):
 *   nav.ec-nav                              with a[href="#products"] and a[href="#categories"]
 *                                           (the current one has aria-current="page")
 *   div.ec-message-bar                      messages: div.ec-message.ec-message--error|--success
 *                                           > span.ec-message__text (+ button.ec-message__close)
 *   main.ec-main[data-page="categories"|"category"|"products"]
 *                                           aria-busy="true" while its data loads; its children are replaced
 *                                           on every navigation, on window focus when the data changed, and
 *                                           after every save
 *
 * Categories page (#categories, the default and the answer to any unknown hash):
 *   div.ec-page-header > h1 + button.ec-button.ec-button--primary[data-action="add-root-category"]
 *   form.ec-add-category                    only after that button is pressed: input[name=name] +
 *                                           button[type=submit] (Save) + button[type=button] (Cancel)
 *   div.ec-card > ul.ec-category-tree[role=tree]   admin order: siblings by orderBy, then id
 *     li.ec-category-tree__node.ec-category-tree__node--storefront[role=treeitem][data-category-id="0"]
 *       div.ec-category-row > span.ec-category-row__name (Store front page)
 *                            + span.ec-category-row__count (products in no category)
 *     li.ec-category-tree__node[role=treeitem][data-category-id="ID"]
 *       div.ec-category-row, children in this order:
 *         span.ec-category-row__lock[title] > svg   only when origin is "LIGHTSPEED"
 *         a.ec-category-row__name[href="#category:id=ID"]   the name, as text
 *         span.ec-category-row__count         "N products"
 *         label.ec-switch > input.ec-switch__input[type=checkbox][role=switch][aria-label]
 *                         + span.ec-switch__label ("Enabled" | "Disabled")
 *                                           changing it PUTs {enabled} and replaces the whole div.ec-category-row
 *       ul.ec-category-tree[role=group]     the children, same structure, only when there are some
 *
 * Category page (#category:id=N):
 *   form.ec-category-form[data-category-id="N"]
 *     input[name=name]                      readonly for LIGHTSPEED, then span.ec-category-form__lock > svg
 *     select[name=parentId]                 disabled for LIGHTSPEED; value 0 = root
 *     textarea[name=description]
 *     input[name=imageUrl]
 *     input[type=checkbox][name=enabled]    inside label.ec-switch, as above
 *     ul.ec-category-products > li[data-product-id]   > span.ec-category-products__name + span.ec-badge
 *                                           (p.ec-empty instead when the category holds no products)
 *     button[type=submit]                   Save: PUT, then the page is drawn again and "Saved" shows in
 *                                           div.ec-message--success
 *   An unknown id draws p.ec-empty and no form.
 *
 * Products page (#products):
 *   table.ec-product-table > tbody > tr.ec-product-row[data-product-id="ID"]
 *     td.ec-product-row__name, td.ec-product-row__sku,
 *     td.ec-product-row__categories         names, comma-separated, or "Store front page"
 *     td.ec-product-row__enabled > label.ec-switch   as above; PUTs products/{id} and replaces the row
 */
import { h } from './dom.ts';
import type { Messages } from './i18n.ts';
import type { Route } from './route.ts';
import { categoriesPage } from './standard-categories.ts';
import { categoryPage } from './standard-category.ts';
import { productsPage } from './standard-products.ts';
import type { Layout, Notice, PageInput, View } from './view.ts';

/** Success messages fade on their own; errors stay until dismissed or replaced. */
const SUCCESS_MS = 4000;

function layout(root: HTMLElement, t: Messages, storeId: number): Layout {
  const links = {
    products: h('a', { class: 'ec-nav__link', href: '#products' }, t.products),
    categories: h('a', { class: 'ec-nav__link', href: '#categories' }, t.categories),
  };
  const nav = h(
    'nav',
    { class: 'ec-nav', 'aria-label': t.catalog },
    h('div', { class: 'ec-nav__brand' }, h('span', { class: 'ec-nav__logo', 'aria-hidden': 'true' }, 'e'), t.brand),
    // The store's own address: on the control panel's /cp/ door, the one place the page names its store.
    h('a', { class: 'ec-nav__store', href: `/store/${storeId}#dashboard` }, t.store(storeId)),
    h('div', { class: 'ec-nav__section' }, t.catalog),
    links.products,
    links.categories,
  );
  const messages = h('div', { class: 'ec-message-bar', role: 'status', 'aria-live': 'polite' });
  const main = h('main', { class: 'ec-main' });
  root.replaceChildren(h('div', { class: 'ec-app' }, nav, h('div', { class: 'ec-content' }, messages, main)));

  let timer: number | undefined;
  const showNotice = (notice: Notice | null) => {
    window.clearTimeout(timer);
    if (!notice) return messages.replaceChildren();
    const close = h('button', { type: 'button', class: 'ec-message__close', 'aria-label': t.dismiss }, '×');
    const message = h(
      'div',
      { class: `ec-message ec-message--${notice.kind}`, role: notice.kind === 'error' ? 'alert' : null },
      h('span', { class: 'ec-message__text' }, notice.text),
      close,
    );
    close.addEventListener('click', () => message.remove());
    messages.replaceChildren(message);
    if (notice.kind === 'success') timer = window.setTimeout(() => message.remove(), SUCCESS_MS);
  };

  const setCurrent = (route: Route) => {
    const current = route.page === 'products' ? 'products' : 'categories';
    for (const [page, link] of Object.entries(links)) {
      if (page === current) link.setAttribute('aria-current', 'page');
      else link.removeAttribute('aria-current');
    }
    main.setAttribute('data-page', route.page);
  };

  return { main, showNotice, setCurrent };
}

function loading(main: HTMLElement, _route: Route, t: Messages): void {
  const spinner = h('span', { class: 'ec-spinner', 'aria-hidden': 'true' });
  main.replaceChildren(h('div', { class: 'ec-loading' }, spinner, t.loading));
}

function failed(main: HTMLElement, _route: Route, t: Messages, retry: () => void): void {
  const button = h('button', { type: 'button', class: 'ec-button' }, t.retry);
  button.addEventListener('click', retry);
  main.replaceChildren(h('div', { class: 'ec-card ec-failed' }, h('p', {}, t.loadFailed), button));
}

function page(main: HTMLElement, input: PageInput): void {
  const { route } = input;
  main.setAttribute('data-page', route.page);
  if (route.page === 'products') productsPage(main, input);
  else if (route.page === 'category') categoryPage(main, input, route.id);
  else categoriesPage(main, input);
}

export const standardView: View = { layout, loading, failed, page };
