import type { CategoryState, EcomSnapshot, Plan, ProductState, RetailSnapshot } from '../sync/model.ts';
import type { Db } from './open.ts';
import type { SyncLensDb } from './schema.ts';

type RecordStore = 'retailCategories' | 'retailItems' | 'ecomCategories' | 'ecomProducts';

/** The key a category's verdict is stored under: its eCom id, or its Retail id while it is not in eCom. */
export function categoryStateKey(state: Pick<CategoryState, 'ecomId' | 'retailId'>): string {
  return state.ecomId !== null ? `e:${state.ecomId}` : `r:${state.retailId}`;
}

export function productStateKey(state: Pick<ProductState, 'ecomId' | 'retailId'>): string {
  return state.ecomId !== null ? `e:${state.ecomId}` : `r:${state.retailId}`;
}

/** Replaces a store's whole content in one transaction: readers see the old set or the new one, never a mix. */
async function replaceAll<S extends RecordStore | 'categoryStates' | 'productStates'>(
  db: Db,
  store: S,
  records: ReadonlyArray<SyncLensDb[S]['value']>,
): Promise<void> {
  const tx = db.transaction(store, 'readwrite');
  const target = tx.objectStore(store);
  void target.clear();
  // Queue every put without awaiting each one: one transaction, no round trip per record.
  for (const record of records) void target.put(record as never);
  await tx.done;
}

/** Writes changed records only (an incremental read), keeping the rest. */
async function putSome<S extends RecordStore>(db: Db, store: S, records: ReadonlyArray<SyncLensDb[S]['value']>) {
  const tx = db.transaction(store, 'readwrite');
  for (const record of records) void tx.store.put(record as never);
  await tx.done;
}

export async function saveRetail(db: Db, snapshot: RetailSnapshot): Promise<void> {
  await replaceAll(db, 'retailCategories', snapshot.categories);
  await replaceAll(db, 'retailItems', snapshot.items);
}

/** An incremental read: every category (R-Series shows no deletions incrementally), changed items only. */
export async function saveRetailChanges(db: Db, changes: RetailSnapshot): Promise<void> {
  await replaceAll(db, 'retailCategories', changes.categories);
  await putSome(db, 'retailItems', changes.items);
}

export async function saveEcom(db: Db, snapshot: EcomSnapshot): Promise<void> {
  await replaceAll(db, 'ecomCategories', snapshot.categories);
  await replaceAll(db, 'ecomProducts', snapshot.products);
}

export async function loadRetail(db: Db): Promise<RetailSnapshot> {
  const [categories, items] = await Promise.all([db.getAll('retailCategories'), db.getAll('retailItems')]);
  return { categories, items };
}

export async function loadEcom(db: Db): Promise<EcomSnapshot> {
  const [categories, products] = await Promise.all([db.getAll('ecomCategories'), db.getAll('ecomProducts')]);
  return { categories, products };
}

/** Stores the planner's verdicts so the overlay can open at once, also with no network. */
export async function saveStates(db: Db, plan: Pick<Plan, 'categories' | 'products'>): Promise<void> {
  await replaceAll(
    db,
    'categoryStates',
    plan.categories.map((state) => ({ ...state, key: categoryStateKey(state) })),
  );
  await replaceAll(
    db,
    'productStates',
    plan.products.map((state) => ({ ...state, key: productStateKey(state) })),
  );
}

export async function loadCategoryStates(db: Db): Promise<CategoryState[]> {
  return stripKeys(await db.getAll('categoryStates'));
}

export async function loadProductStates(db: Db): Promise<ProductState[]> {
  return stripKeys(await db.getAll('productStates'));
}

function stripKeys<T extends { key: string }>(records: T[]): Array<Omit<T, 'key'>> {
  return records.map(({ key: _key, ...rest }) => rest);
}

/** Records an admin page names by id (links, its address): how many of them this store's last read holds. */
export interface NamedRecords {
  categoryIds: readonly number[];
  productIds: readonly number[];
}

export async function countKnownEcomRecords(db: Db, named: NamedRecords): Promise<number> {
  const tx = db.transaction(['ecomCategories', 'ecomProducts']);
  const categories = tx.objectStore('ecomCategories');
  const products = tx.objectStore('ecomProducts');
  const found = await Promise.all([
    ...named.categoryIds.map((id) => categories.getKey(id)),
    ...named.productIds.map((id) => products.getKey(id)),
  ]);
  await tx.done;
  return found.filter((key) => key !== undefined).length;
}
