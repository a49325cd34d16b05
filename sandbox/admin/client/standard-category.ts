import { inAdminOrder, isRetailCategory, type Catalog, type Category } from './catalog.ts';
import { parentChoices } from './category-edits.ts';
import { h } from './dom.ts';
import type { Messages } from './i18n.ts';
import { padlockIcon } from './icons.ts';
import { switchControl } from './standard-switch.ts';
import type { PageInput } from './view.ts';

function field(label: string, control: HTMLElement, ...extra: HTMLElement[]): HTMLLabelElement {
  return h('label', { class: 'ec-field' }, h('span', { class: 'ec-field__label' }, label), control, ...extra);
}

/** Every possible parent, indented by depth; a Retail category's parent is shown but cannot be changed. */
function parentSelect(catalog: Catalog, category: Category, t: Messages): HTMLSelectElement {
  const select = h('select', { name: 'parentId', class: 'ec-input', disabled: isRetailCategory(category) });
  const options = [h('option', { value: 0 }, t.rootParent)];
  for (const { category: choice, depth } of parentChoices(inAdminOrder(catalog), category.id)) {
    options.push(h('option', { value: choice.id }, `${'\u2003'.repeat(depth)}${choice.name}`));
  }
  select.append(...options);
  select.value = String(catalog.categories.has(category.parentId) ? category.parentId : 0);
  return select;
}

function productList(catalog: Catalog, category: Category, t: Messages): HTMLElement {
  const items = category.productIds.flatMap((id) => {
    const product = catalog.products.get(id);
    if (!product) return [];
    return [
      h(
        'li',
        { 'data-product-id': product.id, class: 'ec-category-products__item' },
        h('span', { class: 'ec-category-products__name' }, product.name),
        h(
          'span',
          { class: `ec-badge ${product.enabled ? 'ec-badge--on' : 'ec-badge--off'}` },
          product.enabled ? t.productEnabled : t.productDisabled,
        ),
      ),
    ];
  });
  if (items.length === 0) return h('p', { class: 'ec-empty' }, t.noProducts);
  return h('ul', { class: 'ec-category-products' }, ...items);
}

function notFound(main: HTMLElement, t: Messages): void {
  main.replaceChildren(
    h('a', { class: 'ec-back', href: '#categories' }, `← ${t.backToCategories}`),
    h('div', { class: 'ec-card' }, h('p', { class: 'ec-empty' }, t.categoryNotFound)),
  );
}

/** One category's settings, as on the real admin's category page: General, Image, Availability, Products. */
export function categoryPage(main: HTMLElement, input: PageInput, id: number): void {
  const { catalog, actions, t } = input;
  const category = catalog.categories.get(id);
  if (!category) return notFound(main, t);
  const locked = isRetailCategory(category);
  const lock = () => h('span', { class: 'ec-category-form__lock', title: t.retailLock }, padlockIcon());

  const name = h('input', { type: 'text', name: 'name', class: 'ec-input', value: category.name, readonly: locked });
  const description = h('textarea', { name: 'description', class: 'ec-input', rows: 5 });
  description.value = category.description;
  const imageUrl = h('input', { type: 'url', name: 'imageUrl', class: 'ec-input', value: category.imageUrl });
  const parent = parentSelect(catalog, category, t);
  const availability = switchControl(
    category.enabled,
    t.availability,
    category.enabled ? t.categoryEnabled : t.categoryDisabled,
    { name: 'enabled' },
  );
  const enabled = availability.querySelector('input')!;
  const save = h('button', { type: 'submit', class: 'ec-button ec-button--primary' }, t.save);

  const form = h(
    'form',
    { class: 'ec-category-form', 'data-category-id': category.id },
    h('a', { class: 'ec-back', href: '#categories' }, `← ${t.backToCategories}`),
    h('div', { class: 'ec-page-header' }, h('h1', {}, locked ? lock() : null, category.name), save),
    h(
      'section',
      { class: 'ec-card' },
      h('h2', {}, t.general),
      field(t.categoryName, h('span', { class: 'ec-input-group' }, name, locked ? lock() : null)),
      field(t.parentCategory, parent),
      field(t.description, description),
    ),
    h('section', { class: 'ec-card' }, h('h2', {}, t.image), field(t.imageUrl, imageUrl)),
    h('section', { class: 'ec-card' }, h('h2', {}, t.availability), availability),
    h('section', { class: 'ec-card' }, h('h2', {}, t.productsInCategory), productList(catalog, category, t)),
  );

  form.addEventListener('input', () => actions.setDirty(true));
  enabled.addEventListener('change', () => {
    availability.querySelector('.ec-switch__label')!.textContent = enabled.checked
      ? t.categoryEnabled
      : t.categoryDisabled;
  });
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    if (!locked && name.value.trim() === '') {
      actions.notify({ kind: 'error', text: t.nameRequired });
      return name.focus();
    }
    save.disabled = true;
    save.textContent = t.saving;
    const ok = await actions.saveCategory(category.id, {
      name: name.value,
      parentId: Number(parent.value),
      description: description.value,
      imageUrl: imageUrl.value,
      enabled: enabled.checked,
    });
    // On success the page is drawn again from the server's data; on failure the input stays for another try.
    if (!ok) {
      save.disabled = false;
      save.textContent = t.save;
    }
  });

  main.replaceChildren(form);
}
