import { CATEGORY_ID_ATTRIBUTE, PRODUCT_ID_ATTRIBUTE, SELECTORS, STOREFRONT_CATEGORY_ID } from './selectors.ts';

/**
 * Where to put something of ours: into `parent`, before what `before()` finds (null = at the end). Found only
 * when something is inserted: rows already annotated cost a read of their mark, not a search.
 */
export interface Slot {
  parent: Element;
  before(): Node | null;
}

export interface CategoryRow {
  /** The eCom category id; 0 is the Store front page. */
  ecomId: number;
  row: HTMLElement;
  /** Beside the admin's own count and switch. */
  slot: Slot;
}

export interface ProductRow {
  ecomId: number;
  /** Right after the product's name. */
  slot: Slot;
}

function idOf(element: Element | null, attribute: string): number | null {
  const raw = element?.getAttribute(attribute);
  if (raw === null || raw === undefined || raw === '') return null;
  const id = Number(raw);
  return Number.isInteger(id) && id >= 0 ? id : null;
}

/** Every category row in the tree, in page order, each with where its badge goes. */
export function categoryRows(root: ParentNode, only?: ReadonlySet<number>): CategoryRow[] {
  const rows: CategoryRow[] = [];
  const found =
    only === undefined
      ? root.querySelectorAll<HTMLElement>(SELECTORS.categoryRowOfNode)
      : [...only].flatMap((id) => [
          ...root.querySelectorAll<HTMLElement>(
            `${SELECTORS.categoryNode}[${CATEGORY_ID_ATTRIBUTE}="${id}"] > ${SELECTORS.categoryRow}`,
          ),
        ]);
  for (const row of found) {
    const ecomId = idOf(row.parentElement, CATEGORY_ID_ATTRIBUTE);
    if (ecomId === null) continue;
    rows.push({
      ecomId,
      row,
      slot: { parent: row, before: () => row.querySelector(`:scope > ${SELECTORS.categoryCount}`) },
    });
  }
  return rows;
}

export function isStorefront(ecomId: number): boolean {
  return ecomId === STOREFRONT_CATEGORY_ID;
}

/** The category lock this element is (or is inside), with its category, or null when it is no category's lock. */
export function categoryOfLock(element: Element): { ecomId: number; lock: Element } | null {
  const lock = element.closest(SELECTORS.categoryLock);
  if (!lock) return null;
  const ecomId = idOf(lock.closest(SELECTORS.categoryNode), CATEGORY_ID_ATTRIBUTE);
  return ecomId === null ? null : { ecomId, lock };
}

/** The lock of a category's row, to anchor its explanation to. */
export function lockOfCategory(root: ParentNode, ecomId: number): Element | null {
  return root.querySelector(
    `${SELECTORS.categoryNode}[${CATEGORY_ID_ATTRIBUTE}="${ecomId}"] > ${SELECTORS.categoryRow} ${SELECTORS.categoryLock}`,
  );
}

/** Product rows of the products page. */
export function productTableRows(root: ParentNode): ProductRow[] {
  const rows: ProductRow[] = [];
  for (const row of root.querySelectorAll(SELECTORS.productRow)) {
    const ecomId = idOf(row, PRODUCT_ID_ATTRIBUTE);
    const name = row.querySelector(SELECTORS.productName);
    if (ecomId === null || !name) continue;
    rows.push({ ecomId, slot: { parent: name, before: () => null } });
  }
  return rows;
}

/** The products listed on a category's page. */
export function categoryPageProducts(root: ParentNode): ProductRow[] {
  const rows: ProductRow[] = [];
  const list = root.querySelector(SELECTORS.formProducts);
  if (!list) return rows;
  for (const item of list.querySelectorAll(SELECTORS.formProduct)) {
    const ecomId = idOf(item, PRODUCT_ID_ATTRIBUTE);
    const name = item.querySelector(SELECTORS.formProductName);
    if (ecomId === null || !name) continue;
    rows.push({ ecomId, slot: { parent: name, before: () => null } });
  }
  return rows;
}
