import { linkByReference } from './category-kind.ts';
import { ecomNameOf } from './ecom-name.ts';
import type { EcomCategory, EcomProduct, EcomSnapshot, Operation } from './model.ts';

type Of<K extends Operation['kind']> = Extract<Operation, { kind: K }>;

/** eCom being changed in memory: records are copied on their first change, the snapshot's own are never touched. */
interface Simulation {
  categories: Map<number, EcomCategory>;
  products: Map<number, EcomProduct>;
  copied: Set<number>;
  copiedProducts: Set<number>;
  /** eCom parent id → child ids, kept up to date for the sort endpoint's check. */
  children: Map<number, Set<number>>;
  /** Retail id → eCom id of its synced copy, by the same linking rule as the planner; grows with creates. */
  byRetailId: Map<number, number>;
  created: EcomCategory[];
  allocateId: (retailId: number) => number;
}

/**
 * What a list of operations does to eCom, simulated in memory: for tests and for the engine's dry runs. Pure: the
 * given snapshot is left as it is; records an operation changes are copied, the others are shared.
 *
 * `allocateId` gives the eCom id of the category created for a Retail id (the API would answer it). Categories
 * come back in snapshot order, created ones last; products in snapshot order.
 *
 * Throws, naming the operation, where the API would refuse (unknown category or product, a parent loop, a sort
 * that does not name every child exactly once) and where no correct plan leads (creating a category that is
 * already in eCom, an id already taken, a parent that cannot be resolved).
 */
export function applyOperations(
  ecom: EcomSnapshot,
  operations: readonly Operation[],
  allocateId: (retailId: number) => number,
): EcomSnapshot {
  const sim: Simulation = {
    categories: new Map(ecom.categories.map((category) => [category.id, category])),
    products: new Map(ecom.products.map((product) => [product.id, product])),
    copied: new Set(),
    copiedProducts: new Set(),
    children: new Map(),
    byRetailId: new Map(Array.from(linkByReference(ecom.categories), ([retailId, c]) => [retailId, c.id])),
    created: [],
    allocateId,
  };
  for (const category of ecom.categories) childSet(sim, category.parentId).add(category.id);

  operations.forEach((operation, index) => {
    try {
      applyOne(sim, operation);
    } catch (error) {
      throw new Error(`operation ${index} (${operation.kind}): ${(error as Error).message}`, { cause: error });
    }
  });

  return {
    categories: [
      ...ecom.categories.map((category) => sim.categories.get(category.id)!),
      ...sim.created.map((category) => sim.categories.get(category.id)!),
    ],
    products: ecom.products.map((product) => sim.products.get(product.id)!),
  };
}

function applyOne(sim: Simulation, operation: Operation): void {
  switch (operation.kind) {
    case 'create-category':
      return createCategory(sim, operation);
    case 'update-category':
      return updateCategory(sim, operation);
    case 'order-categories':
      return orderCategories(sim, operation);
    case 'assign-products':
      for (const productId of operation.productIds) assign(sim, operation.ecomId, productId);
      return;
    case 'unassign-products':
      for (const productId of operation.productIds) unassign(sim, operation.ecomId, productId);
      return;
  }
}

function createCategory(sim: Simulation, operation: Of<'create-category'>): void {
  if (sim.byRetailId.has(operation.retailId)) {
    throw new Error(`Retail category ${operation.retailId} is already in eCom`);
  }
  const parentId = resolveRetailParent(sim, operation.parentRetailId);
  const id = sim.allocateId(operation.retailId);
  if (sim.categories.has(id) || id === 0) throw new Error(`eCom id ${id} is already taken`);
  const category: EcomCategory = {
    id,
    parentId,
    orderBy: operation.orderBy,
    name: ecomNameOf(operation.name),
    // S2: whatever the sync creates arrives disabled.
    enabled: false,
    description: '',
    imageUrl: '',
    origin: 'LIGHTSPEED',
    externalReferenceId: String(operation.retailId),
    productIds: [],
  };
  sim.categories.set(id, category);
  sim.copied.add(id);
  sim.created.push(category);
  sim.byRetailId.set(operation.retailId, id);
  childSet(sim, parentId).add(id);
  for (const productId of operation.productIds) assign(sim, id, productId);
}

function updateCategory(sim: Simulation, operation: Of<'update-category'>): void {
  const { changes } = operation;
  const category = writableCategory(sim, operation.ecomId);
  if (changes.parentId !== undefined && changes.parentRetailId !== undefined) {
    throw new Error('both parentId and parentRetailId are set');
  }
  const parentId =
    changes.parentRetailId !== undefined ? resolveRetailParent(sim, changes.parentRetailId) : changes.parentId;
  if (parentId !== undefined) {
    if (parentId !== 0 && !sim.categories.has(parentId)) throw new Error(`category ${parentId} not found`);
    for (let up = parentId; up !== 0; up = sim.categories.get(up)?.parentId ?? 0) {
      if (up === category.id) {
        throw new Error(`category ${category.id} cannot move under its own subtree (${parentId})`);
      }
    }
    childSet(sim, category.parentId).delete(category.id);
    childSet(sim, parentId).add(category.id);
    category.parentId = parentId;
  }
  if (changes.name !== undefined) category.name = ecomNameOf(changes.name);
  if (changes.orderBy !== undefined) category.orderBy = changes.orderBy;
}

function orderCategories(sim: Simulation, operation: Of<'order-categories'>): void {
  if (operation.parentId !== 0 && !sim.categories.has(operation.parentId)) {
    throw new Error(`category ${operation.parentId} not found`);
  }
  for (const entry of operation.orderBy) {
    const category = sim.categories.get(entry.ecomId);
    if (category === undefined) throw new Error(`category ${entry.ecomId} not found`);
    if (category.parentId !== operation.parentId) {
      throw new Error(`category ${entry.ecomId} is not a child of ${operation.parentId}`);
    }
  }
  if (operation.sortable) {
    // The sort endpoint must name every child exactly once, and numbers them 10, 20, 30… in the order given.
    const children = childSet(sim, operation.parentId);
    const named = new Set(operation.orderBy.map((entry) => entry.ecomId));
    if (named.size !== operation.orderBy.length || named.size !== children.size) {
      throw new Error(`a sort of ${operation.parentId} must name each of its ${children.size} children exactly once`);
    }
    operation.orderBy.forEach((entry, index) => {
      writableCategory(sim, entry.ecomId).orderBy = (index + 1) * 10;
    });
  } else {
    for (const entry of operation.orderBy) writableCategory(sim, entry.ecomId).orderBy = entry.orderBy;
  }
}

/** Ecwid keeps membership on both sides; the product's default category follows its first category. */
function assign(sim: Simulation, categoryId: number, productId: number): void {
  const category = writableCategory(sim, categoryId);
  const product = writableProduct(sim, productId);
  if (!product.categoryIds.includes(categoryId)) product.categoryIds.push(categoryId);
  if (!category.productIds.includes(productId)) category.productIds.push(productId);
  if (!product.categoryIds.includes(product.defaultCategoryId)) product.defaultCategoryId = product.categoryIds[0] ?? 0;
}

function unassign(sim: Simulation, categoryId: number, productId: number): void {
  const category = writableCategory(sim, categoryId);
  const product = writableProduct(sim, productId);
  product.categoryIds = product.categoryIds.filter((id) => id !== categoryId);
  category.productIds = category.productIds.filter((id) => id !== productId);
  if (!product.categoryIds.includes(product.defaultCategoryId)) product.defaultCategoryId = product.categoryIds[0] ?? 0;
}

function resolveRetailParent(sim: Simulation, parentRetailId: number): number {
  if (parentRetailId === 0) return 0;
  const id = sim.byRetailId.get(parentRetailId);
  if (id === undefined) throw new Error(`Retail parent ${parentRetailId} is not in eCom`);
  return id;
}

function childSet(sim: Simulation, parentId: number): Set<number> {
  let set = sim.children.get(parentId);
  if (set === undefined) sim.children.set(parentId, (set = new Set()));
  return set;
}

function writableCategory(sim: Simulation, id: number): EcomCategory {
  const category = sim.categories.get(id);
  if (category === undefined) throw new Error(`category ${id} not found`);
  if (sim.copied.has(id)) return category;
  const copy = { ...category, productIds: category.productIds.slice() };
  sim.categories.set(id, copy);
  sim.copied.add(id);
  return copy;
}

function writableProduct(sim: Simulation, id: number): EcomProduct {
  const product = sim.products.get(id);
  if (product === undefined) throw new Error(`product ${id} not found`);
  if (sim.copiedProducts.has(id)) return product;
  const copy = { ...product, categoryIds: product.categoryIds.slice() };
  sim.products.set(id, copy);
  sim.copiedProducts.add(id);
  return copy;
}
