/**
 * Everything Sync Lens knows about the eCom admin's markup, in one place. The live admin's DOM is not
 * documented and changes without notice: when these stop matching, the overlay falls back to a docked panel
 * instead of guessing.
 */
export const SELECTORS = {
  /** The page's main area, with the current page's name in data-page. */
  main: 'main.ec-main',
  categoriesPage: 'main.ec-main[data-page="categories"]',
  pageHeader: '.ec-page-header',
  categoryTree: 'ul.ec-category-tree[role="tree"]',
  categoryNode: 'li.ec-category-tree__node[data-category-id]',
  categoryRow: '.ec-category-row',
  categoryLock: '.ec-category-row__lock',
  categoryName: '.ec-category-row__name',
  categorySwitch: 'input.ec-switch__input',
} as const;

/** The attribute that carries a category's id on its node. */
export const CATEGORY_ID_ATTRIBUTE = 'data-category-id';
