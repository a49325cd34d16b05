import { isRetailCategory, storefrontProductCount, type Catalog, type Category } from './catalog.ts';
import { h } from './dom.ts';
import type { Messages } from './i18n.ts';
import { padlockIcon } from './icons.ts';
import { categoryHash } from './route.ts';
import { switchControl } from './standard-switch.ts';
import type { PageInput } from './view.ts';

/** One category's row. Rebuilt whole after its switch is used, as the real admin re-renders a row. */
function categoryRow(category: Category, t: Messages): HTMLDivElement {
  const row = h('div', { class: 'ec-category-row' });
  if (isRetailCategory(category)) {
    row.append(h('span', { class: 'ec-category-row__lock', title: t.retailLock }, padlockIcon()));
  }
  row.append(
    h('a', { class: 'ec-category-row__name', href: categoryHash(category.id) }, category.name),
    h('span', { class: 'ec-category-row__count' }, t.productCount(category.productIds.length)),
    switchControl(
      category.enabled,
      t.availabilityOf(category.name),
      category.enabled ? t.categoryEnabled : t.categoryDisabled,
    ),
  );
  return row;
}

/** The default category every store has: it lists the products that are in no category. */
function storefrontNode(catalog: Catalog, t: Messages): HTMLLIElement {
  return h(
    'li',
    { class: 'ec-category-tree__node ec-category-tree__node--storefront', role: 'treeitem', 'data-category-id': 0 },
    h(
      'div',
      { class: 'ec-category-row' },
      h('span', { class: 'ec-category-row__name' }, t.storefront),
      h('span', { class: 'ec-category-row__count' }, t.productCount(storefrontProductCount(catalog))),
    ),
  );
}

/**
 * The whole tree in one pass into a detached list, without recursion (deep trees must not overflow the stack), so
 * the document is touched once however many categories there are.
 */
function buildTree(catalog: Catalog, t: Messages): HTMLUListElement {
  const tree = h('ul', { class: 'ec-category-tree', role: 'tree' }, storefrontNode(catalog, t));
  const stack: { category: Category; list: HTMLUListElement }[] = [];
  const pushChildren = (parentId: number, list: HTMLUListElement) => {
    const kids = catalog.children.get(parentId) ?? [];
    for (let i = kids.length - 1; i >= 0; i--) stack.push({ category: kids[i]!, list });
  };
  pushChildren(0, tree);
  while (stack.length > 0) {
    const { category, list } = stack.pop()!;
    const node = h(
      'li',
      { class: 'ec-category-tree__node', role: 'treeitem', 'data-category-id': category.id },
      categoryRow(category, t),
    );
    list.append(node);
    if (catalog.children.has(category.id)) {
      const group = h('ul', { class: 'ec-category-tree', role: 'group' });
      node.append(group);
      pushChildren(category.id, group);
    }
  }
  return tree;
}

/** "Add root category": an inline form that creates an online-only category at the top level. */
function addRootForm(input: PageInput, close: () => void): HTMLFormElement {
  const { actions, t } = input;
  const name = h('input', {
    type: 'text',
    name: 'name',
    class: 'ec-input',
    placeholder: t.newCategoryName,
    'aria-label': t.newCategoryName,
    autocomplete: 'off',
  });
  const save = h('button', { type: 'submit', class: 'ec-button ec-button--primary' }, t.save);
  const cancel = h('button', { type: 'button', class: 'ec-button' }, t.cancel);
  const form = h('form', { class: 'ec-add-category ec-card' }, name, save, cancel);
  name.addEventListener('input', () => actions.setDirty(name.value !== ''));
  cancel.addEventListener('click', () => {
    actions.setDirty(false);
    close();
  });
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const value = name.value.trim();
    if (value === '') {
      actions.notify({ kind: 'error', text: t.nameRequired });
      name.focus();
      return;
    }
    save.disabled = true;
    // On success the page is drawn again (without this form); on failure the form stays for another try.
    if (!(await actions.addRootCategory(value))) save.disabled = false;
  });
  return form;
}

export function categoriesPage(main: HTMLElement, input: PageInput): void {
  const { catalog, actions, t } = input;
  const addButton = h(
    'button',
    { type: 'button', class: 'ec-button ec-button--primary', 'data-action': 'add-root-category' },
    t.addRootCategory,
  );
  const header = h('div', { class: 'ec-page-header' }, h('h1', {}, t.categories), addButton);
  const tree = buildTree(catalog, t);
  const card = h('div', { class: 'ec-card ec-card--flush' }, tree);

  let form: HTMLFormElement | null = null;
  addButton.addEventListener('click', () => {
    if (form) return form.querySelector('input')?.focus();
    form = addRootForm(input, () => {
      form?.remove();
      form = null;
    });
    header.after(form);
    form.querySelector('input')?.focus();
  });

  // One listener for every switch in the tree: thousands of rows must not mean thousands of listeners.
  tree.addEventListener('change', async (event) => {
    const target = event.target;
    if (!(target instanceof HTMLInputElement) || !target.classList.contains('ec-switch__input')) return;
    const row = target.closest('.ec-category-row');
    const id = Number(target.closest('[data-category-id]')?.getAttribute('data-category-id'));
    if (!row) return;
    target.disabled = true;
    row.setAttribute('aria-busy', 'true');
    await actions.setCategoryEnabled(id, target.checked);
    // Drawn from the catalog, which holds the new state on success and the old one on failure.
    const category = catalog.categories.get(id);
    if (category) row.replaceWith(categoryRow(category, t));
  });

  main.replaceChildren(header, card);
}
