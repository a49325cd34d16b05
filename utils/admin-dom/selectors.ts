/**
 * Everything Sync Lens knows about the eCom admin's markup, in one place. The live admin's DOM is not
 * documented and changes without notice: when these stop matching, the overlay falls back to a docked panel
 * instead of guessing.
 */
export const SELECTORS = {
  /** The page's main area, with the current page's name in data-page. */
  main: 'main.ec-main',
  categoriesPage: 'main.ec-main[data-page="categories"]',
  categoryPage: 'main.ec-main[data-page="category"]',
  productsPage: 'main.ec-main[data-page="products"]',
  /** Set on main while the page's data loads. */
  busyMain: 'main.ec-main[aria-busy="true"]',
  pageHeader: '.ec-page-header',
  /** An empty page's or list's placeholder. */
  empty: '.ec-empty',

  categoryTree: 'ul.ec-category-tree[role="tree"]',
  categoryNode: 'li.ec-category-tree__node[data-category-id]',
  categoryRow: '.ec-category-row',
  /** A category's own row (not its children's): the row is the node's direct child. */
  categoryRowOfNode: 'li.ec-category-tree__node[data-category-id] > .ec-category-row',
  categoryLock: '.ec-category-row__lock',
  categoryName: '.ec-category-row__name',
  categoryCount: '.ec-category-row__count',
  categorySwitch: 'input.ec-switch__input',
  switchLabel: '.ec-switch__label',

  categoryForm: 'form.ec-category-form[data-category-id]',
  formField: '.ec-field',
  formFieldLabel: '.ec-field__label',
  formName: '[name="name"]',
  formParent: '[name="parentId"]',
  formDescription: '[name="description"]',
  formImage: '[name="imageUrl"]',
  formEnabled: 'input[name="enabled"]',
  formSwitch: 'label.ec-switch',
  formProducts: 'ul.ec-category-products',
  formProduct: 'li[data-product-id]',
  formProductName: '.ec-category-products__name',

  productTable: 'table.ec-product-table',
  productRow: 'tr.ec-product-row[data-product-id]',
  productName: 'td.ec-product-row__name',
  productSwitch: 'td.ec-product-row__enabled input.ec-switch__input',
} as const;

/** The attribute that carries a category's id on its node. */
export const CATEGORY_ID_ATTRIBUTE = 'data-category-id';
/** The attribute that carries a product's id on its row or list item. */
export const PRODUCT_ID_ATTRIBUTE = 'data-product-id';
/** The Store front page's node: Ecwid's default category, id 0. */
export const STOREFRONT_CATEGORY_ID = 0;
