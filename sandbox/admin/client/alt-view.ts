import {
  inAdminOrder,
  isRetailCategory,
  storefrontProductCount,
  type Catalog,
  type Category,
  type Product,
} from './catalog.ts';
import { h } from './dom.ts';
import type { Messages } from './i18n.ts';
import { padlockIcon } from './icons.ts';
import { categoryHash, type Route } from './route.ts';
import type { Layout, Notice, PageInput, View } from './view.ts';

/**
 * The alternative markup (`?markup=alt`): the same app and data drawn with other class names and another
 * structure: a flat indented list instead of a nested tree, buttons instead of checkboxes and links, no data-*
 * ids anywhere. It stands in for the live admin having changed its DOM, when the extension must stop decorating
 * the page and fall back to its own docked panel. Nothing here is a contract.
 */

/** A pressable toggle: button[aria-pressed] with its state as text. */
function toggle(on: boolean, label: string, text: string): HTMLButtonElement {
  return h(
    'button',
    { type: 'button', class: `toggle${on ? ' toggle--on' : ''}`, 'aria-pressed': String(on), 'aria-label': label },
    h('span', { class: 'toggle__knob', 'aria-hidden': 'true' }),
    h('span', { class: 'toggle__text' }, text),
  );
}

function lockIcon(t: Messages): HTMLElement {
  return h('i', { class: 'catalog-entry__icon', title: t.retailLock }, padlockIcon());
}

function layout(root: HTMLElement, t: Messages, storeId: number): Layout {
  const items = {
    products: h('a', { class: 'sidebar__item', href: '#products' }, t.products),
    categories: h('a', { class: 'sidebar__item', href: '#categories' }, t.categories),
  };
  const toasts = h('div', { class: 'toast-area', 'aria-live': 'polite' });
  const body = h('div', { class: 'workspace__body' });
  root.replaceChildren(
    h(
      'div',
      { class: 'shell' },
      h(
        'aside',
        { class: 'sidebar' },
        h('div', { class: 'sidebar__title' }, t.store(storeId)),
        items.products,
        items.categories,
      ),
      h('section', { class: 'workspace' }, toasts, body),
    ),
  );
  const showNotice = (notice: Notice | null) => {
    toasts.replaceChildren(...(notice ? [h('p', { class: `toast toast--${notice.kind}` }, notice.text)] : []));
  };
  const setCurrent = (route: Route) => {
    for (const [page, item] of Object.entries(items)) {
      item.classList.toggle('sidebar__item--active', page === (route.page === 'products' ? 'products' : 'categories'));
    }
  };
  return { main: body, showNotice, setCurrent };
}

function entry(category: Category, depth: number, input: PageInput): HTMLDivElement {
  const { t, actions } = input;
  const title = h('button', { type: 'button', class: 'catalog-entry__title' }, category.name);
  title.addEventListener('click', () => (location.hash = categoryHash(category.id)));
  const stateText = category.enabled ? t.categoryEnabled : t.categoryDisabled;
  const state = toggle(category.enabled, t.availabilityOf(category.name), stateText);
  const element = h(
    'div',
    { class: 'catalog-entry', style: `padding-left: ${16 + depth * 24}px` },
    isRetailCategory(category) ? lockIcon(t) : null,
    title,
    h('span', { class: 'catalog-entry__meta' }, t.productCount(category.productIds.length)),
    state,
  );
  state.addEventListener('click', async () => {
    state.disabled = true;
    await actions.setCategoryEnabled(category.id, !category.enabled);
    element.replaceWith(entry(category, depth, input));
  });
  return element;
}

function categories(main: HTMLElement, input: PageInput): void {
  const { catalog, actions, t } = input;
  const add = h('button', { type: 'button', class: 'btn btn--blue' }, t.addRootCategory);
  const list = h(
    'div',
    { class: 'catalog-list' },
    h(
      'div',
      { class: 'catalog-entry catalog-entry--home' },
      h('span', { class: 'catalog-entry__title' }, t.storefront),
      h('span', { class: 'catalog-entry__meta' }, t.productCount(storefrontProductCount(catalog))),
    ),
  );
  for (const { category, depth } of inAdminOrder(catalog)) list.append(entry(category, depth, input));
  add.addEventListener('click', () => {
    const name = h('input', { type: 'text', class: 'inline-create__field', placeholder: t.newCategoryName });
    const ok = h('button', { type: 'button', class: 'btn btn--blue' }, t.save);
    ok.addEventListener('click', async () => {
      if (name.value.trim() === '') return actions.notify({ kind: 'error', text: t.nameRequired });
      ok.disabled = true;
      if (!(await actions.addRootCategory(name.value.trim()))) ok.disabled = false;
    });
    name.addEventListener('input', () => actions.setDirty(true));
    add.replaceWith(h('div', { class: 'inline-create' }, name, ok));
    name.focus();
  });
  main.replaceChildren(h('div', { class: 'toolbar' }, h('h2', { class: 'toolbar__title' }, t.categories), add), list);
}

function caption(text: string, control: HTMLElement): HTMLDivElement {
  return h('div', { class: 'editor__group' }, h('span', { class: 'editor__caption' }, text), control);
}

function category(main: HTMLElement, input: PageInput, id: number): void {
  const { catalog, actions, t } = input;
  const back = h('button', { type: 'button', class: 'btn' }, `← ${t.backToCategories}`);
  back.addEventListener('click', () => (location.hash = '#categories'));
  const current = catalog.categories.get(id);
  if (!current) return main.replaceChildren(back, h('p', { class: 'editor__note' }, t.categoryNotFound));
  const locked = isRetailCategory(current);
  const title = h('input', { type: 'text', class: 'editor__input', value: current.name, readonly: locked });
  const text = h('textarea', { class: 'editor__input', rows: 4 });
  text.value = current.description;
  const image = h('input', { type: 'text', class: 'editor__input', value: current.imageUrl });
  let enabled = current.enabled;
  const state = toggle(enabled, t.availability, enabled ? t.categoryEnabled : t.categoryDisabled);
  state.addEventListener('click', () => {
    enabled = !enabled;
    state.classList.toggle('toggle--on', enabled);
    state.setAttribute('aria-pressed', String(enabled));
    state.querySelector('.toggle__text')!.textContent = enabled ? t.categoryEnabled : t.categoryDisabled;
    actions.setDirty(true);
  });
  const save = h('button', { type: 'button', class: 'btn btn--blue' }, t.save);
  save.addEventListener('click', async () => {
    save.disabled = true;
    const edits = {
      name: title.value,
      parentId: current.parentId,
      description: text.value,
      imageUrl: image.value,
      enabled,
    };
    if (!(await actions.saveCategory(current.id, edits))) save.disabled = false;
  });
  const parent = catalog.categories.get(current.parentId);
  const products = current.productIds.flatMap((pid) => {
    const product = catalog.products.get(pid);
    if (!product) return [];
    const stateText = product.enabled ? t.productEnabled : t.productDisabled;
    return [h('div', { class: 'editor-product' }, product.name, ' · ', stateText)];
  });
  const editor = h(
    'div',
    { class: 'editor' },
    h(
      'div',
      { class: 'toolbar' },
      back,
      h('h2', { class: 'toolbar__title' }, locked ? lockIcon(t) : null, current.name),
      save,
    ),
    caption(t.categoryName, title),
    caption(t.parentCategory, h('span', { class: 'editor__note' }, parent?.name ?? t.rootParent)),
    caption(t.description, text),
    caption(t.imageUrl, image),
    caption(t.availability, state),
    caption(t.productsInCategory, h('div', { class: 'editor-products' }, ...products)),
  );
  editor.addEventListener('input', () => actions.setDirty(true));
  main.replaceChildren(editor);
}

function productLine(catalog: Catalog, product: Product, input: PageInput): HTMLDivElement {
  const { t, actions } = input;
  const names = product.categoryIds.map((cid) => catalog.categories.get(cid)?.name ?? `#${cid}`).join(', ');
  const stateText = product.enabled ? t.productEnabled : t.productDisabled;
  const state = toggle(product.enabled, t.availabilityOf(product.name), stateText);
  const line = h(
    'div',
    { class: 'grid-row' },
    h('div', { class: 'grid-cell grid-cell--wide' }, product.name),
    h('div', { class: 'grid-cell' }, product.sku),
    h('div', { class: 'grid-cell grid-cell--wide' }, names || t.storefront),
    h('div', { class: 'grid-cell' }, state),
  );
  state.addEventListener('click', async () => {
    state.disabled = true;
    await actions.setProductEnabled(product.id, !product.enabled);
    line.replaceWith(productLine(catalog, product, input));
  });
  return line;
}

function products(main: HTMLElement, input: PageInput): void {
  const { catalog, t } = input;
  const grid = h('div', { class: 'grid' });
  for (const product of catalog.products.values()) grid.append(productLine(catalog, product, input));
  main.replaceChildren(h('div', { class: 'toolbar' }, h('h2', { class: 'toolbar__title' }, t.products)), grid);
}

export const altView: View = {
  layout,
  loading: (main, _route, t) => main.replaceChildren(h('p', { class: 'editor__note' }, t.loading)),
  failed: (main, _route, t, retry) => {
    const again = h('button', { type: 'button', class: 'btn' }, t.retry);
    again.addEventListener('click', retry);
    main.replaceChildren(h('p', { class: 'editor__note' }, t.loadFailed), again);
  },
  page: (main, input) => {
    const { route } = input;
    if (route.page === 'products') products(main, input);
    else if (route.page === 'category') category(main, input, route.id);
    else categories(main, input);
  },
};
