import type { Api } from './api.ts';

/** A category as the admin needs it; fields Ecwid may leave out are filled in with their meaning. */
export interface Category {
  id: number;
  /** 0 = top level (Ecwid leaves parentId out there). */
  parentId: number;
  orderBy: number;
  name: string;
  description: string;
  enabled: boolean;
  imageUrl: string;
  /** "LIGHTSPEED" for a category made by the Retail POS sync. */
  origin: string | null;
  productIds: number[];
}

export interface Product {
  id: number;
  name: string;
  sku: string;
  enabled: boolean;
  /** Empty = the product shows on the Store front page. */
  categoryIds: number[];
}

export interface Catalog {
  categories: Map<number, Category>;
  products: Map<number, Product>;
  /** Children of every parent (0 = top level) in admin order: orderBy, then id. */
  children: Map<number, Category[]>;
}

interface Page<T> {
  total: number;
  count: number;
  items: T[];
}

type WireCategory = Partial<Category> & { id: number; productCount?: number };
type WireProduct = Partial<Product> & { id: number };

const PAGE = 100;
/** Pages fetched at once after the first: quick for 5,000 categories, far below 600 requests a minute. */
const PARALLEL = 4;

/** Every item of a paged Ecwid list: the first page says the total, the rest are fetched a few at a time. */
async function fetchAll<T>(api: Api, path: string): Promise<T[]> {
  const join = path.includes('?') ? '&' : '?';
  const pageAt = (offset: number) => api.get<Page<T>>(`${path}${join}offset=${offset}&limit=${PAGE}`);
  const first = await pageAt(0);
  const offsets: number[] = [];
  for (let offset = PAGE; offset < first.total; offset += PAGE) offsets.push(offset);
  const pages: T[][] = [first.items];
  for (let i = 0; i < offsets.length; i += PARALLEL) {
    const batch = await Promise.all(offsets.slice(i, i + PARALLEL).map((offset) => pageAt(offset)));
    pages.push(...batch.map((page) => page.items));
  }
  return pages.flat();
}

function toCategory(wire: WireCategory): Category {
  return {
    id: wire.id,
    parentId: wire.parentId ?? 0,
    orderBy: wire.orderBy ?? 0,
    name: wire.name ?? '',
    description: wire.description ?? '',
    enabled: wire.enabled === true,
    imageUrl: wire.imageUrl ?? '',
    origin: wire.origin ?? null,
    productIds: wire.productIds ?? [],
  };
}

function toProduct(wire: WireProduct): Product {
  return {
    id: wire.id,
    name: wire.name ?? '',
    sku: wire.sku ?? '',
    enabled: wire.enabled === true,
    categoryIds: wire.categoryIds ?? [],
  };
}

/** The API lists categories in no useful order; the admin shows siblings by orderBy, ties by id. */
function adminOrder(a: Category, b: Category): number {
  return a.orderBy - b.orderBy || a.id - b.id;
}

export function buildChildren(categories: Map<number, Category>): Map<number, Category[]> {
  const children = new Map<number, Category[]>();
  for (const category of categories.values()) {
    // A parent the list does not hold would hide its subtree; show such orphans at the top level instead.
    const parent = categories.has(category.parentId) ? category.parentId : 0;
    const siblings = children.get(parent);
    if (siblings) siblings.push(category);
    else children.set(parent, [category]);
  }
  for (const siblings of children.values()) siblings.sort(adminOrder);
  return children;
}

/** Loads the whole catalog as the admin shows it: disabled categories too, with their product ids. */
export async function loadCatalog(api: Api): Promise<Catalog> {
  const [wireCategories, wireProducts] = await Promise.all([
    fetchAll<WireCategory>(api, '/categories?hidden_categories=true&productIds=true'),
    fetchAll<WireProduct>(api, '/products'),
  ]);
  const categories = new Map(wireCategories.map((wire) => [wire.id, toCategory(wire)]));
  const products = new Map(wireProducts.map((wire) => [wire.id, toProduct(wire)]));
  return { categories, products, children: buildChildren(categories) };
}

/** Every category in admin order with its depth: the tree's pre-order, walked without recursion. */
export function inAdminOrder(catalog: Catalog): { category: Category; depth: number }[] {
  const result: { category: Category; depth: number }[] = [];
  const stack: { category: Category; depth: number }[] = [];
  const pushChildren = (parentId: number, depth: number) => {
    const kids = catalog.children.get(parentId) ?? [];
    for (let i = kids.length - 1; i >= 0; i--) stack.push({ category: kids[i]!, depth });
  };
  pushChildren(0, 0);
  while (stack.length > 0) {
    const entry = stack.pop()!;
    result.push(entry);
    pushChildren(entry.category.id, entry.depth + 1);
  }
  return result;
}

/** Products in no category: Ecwid shows them on the Store front page (category 0). */
export function storefrontProductCount(catalog: Catalog): number {
  let count = 0;
  for (const product of catalog.products.values()) if (product.categoryIds.length === 0) count += 1;
  return count;
}

export function isRetailCategory(category: Category): boolean {
  return category.origin === 'LIGHTSPEED';
}

/** A fingerprint of what the admin shows, to re-render on focus only when something really changed. */
export function catalogSignature(catalog: Catalog): string {
  const categories = [...catalog.categories.values()].sort((a, b) => a.id - b.id);
  const products = [...catalog.products.values()].sort((a, b) => a.id - b.id);
  return JSON.stringify([categories, products]);
}
