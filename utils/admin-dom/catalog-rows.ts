import { shapeOf } from './element-shape.ts';
import { withinOwnElement } from './own-elements.ts';
import type { Slot } from './rows.ts';

/** What the engine knows of an eCom category, enough to find its row on a page whose markup is unknown. */
export interface KnownCategory {
  ecomId: number;
  /** As eCom shows it. */
  name: string;
  /** 0 at the top. */
  parentId: number;
  /** Its orderBy among its siblings. */
  order: number;
}

export interface FoundRow {
  ecomId: number;
  row: HTMLElement;
  /** Right after the element that shows the name. */
  slot: Slot;
}

export interface CatalogRows {
  rows: FoundRow[];
  /** Rows showing a known name whose category could not be told for certain: they get nothing. */
  unsure: number;
}

/** "Vestes en cuir" as a page may show it: spaces folded, no spaces around. */
const shown = (text: string) => text.replace(/\s+/g, ' ').trim();
/** A name the page cut: "Vestes en c…" → "Vestes en c". */
const CUT = /(?:…|\.\.\.)$/;
/** Where a page keeps a category's id: an attribute, or a link such as "#category:id=12". */
const ID_IN_LINK = /category[^#?]*[:?&;]id=(\d+)/i;

/**
 * The categories in the order an admin lists them: each parent, then its children by their order (then id),
 * with each one's depth.
 */
function adminOrder(categories: readonly KnownCategory[]): Array<KnownCategory & { depth: number }> {
  const children = new Map<number, KnownCategory[]>();
  const ids = new Set(categories.map((c) => c.ecomId));
  for (const category of categories) {
    const parent = ids.has(category.parentId) ? category.parentId : 0;
    const list = children.get(parent);
    if (list) list.push(category);
    else children.set(parent, [category]);
  }
  for (const list of children.values()) list.sort((a, b) => a.order - b.order || a.ecomId - b.ecomId);
  const ordered: Array<KnownCategory & { depth: number }> = [];
  const stack: Array<{ category: KnownCategory; depth: number }> = (children.get(0) ?? [])
    .map((category) => ({ category, depth: 0 }))
    .reverse();
  const seen = new Set<number>();
  while (stack.length > 0) {
    const { category, depth } = stack.pop()!;
    if (seen.has(category.ecomId)) continue;
    seen.add(category.ecomId);
    ordered.push({ ...category, depth });
    const below = children.get(category.ecomId) ?? [];
    for (let i = below.length - 1; i >= 0; i--) stack.push({ category: below[i]!, depth: depth + 1 });
  }
  return ordered;
}

/** The deepest elements whose whole text is a known name (or the start of one, cut), with their candidates. */
function nameElements(root: Element, byName: Map<string, number[]>, names: readonly string[]) {
  const found = new Map<Element, number[]>();
  const walker = root.ownerDocument.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const element = node.parentElement;
    if (!element || found.has(element) || withinOwnElement(element)) continue;
    const text = shown(element.textContent ?? '');
    if (text === '') continue;
    const exact = byName.get(text);
    if (exact) {
      found.set(element, exact);
      continue;
    }
    const title = element.getAttribute('title') ?? element.parentElement?.getAttribute('title');
    const titled = title ? byName.get(shown(title)) : undefined;
    if (titled && CUT.test(text)) {
      found.set(element, titled);
      continue;
    }
    if (!CUT.test(text)) continue;
    const start = text.replace(CUT, '').trimEnd();
    if (start.length < 3) continue;
    const cut: number[] = [];
    for (let at = 0; at < names.length; at++) if (names[at]!.startsWith(start)) cut.push(at);
    if (cut.length > 0) found.set(element, cut);
  }
  return found;
}

/**
 * The row of each name element: among the elements around it that hold no other name, the one drawn like most
 * names' (the repeated element), and the outermost such. A name shown elsewhere (a heading, a breadcrumb) has no
 * element of that shape around it, and no row.
 */
function rowsOf(root: Element, names: Map<Element, number[]>): Map<Element, HTMLElement> {
  const inside = new Map<Element, number>();
  for (const element of names.keys()) {
    for (let at: Element | null = element; at && at !== root; at = at.parentElement) {
      inside.set(at, (inside.get(at) ?? 0) + 1);
    }
  }
  const chains = new Map<Element, Element[]>();
  const shapes = new Map<string, { count: number; height: number }>();
  for (const element of names.keys()) {
    const chain: Element[] = [];
    for (let at: Element | null = element; at && at !== root && inside.get(at) === 1; at = at.parentElement) {
      chain.push(at);
    }
    chains.set(element, chain);
    const seen = new Set<string>();
    chain.forEach((at, height) => {
      const shape = shapeOf(at);
      if (seen.has(shape)) return;
      seen.add(shape);
      const known = shapes.get(shape) ?? { count: 0, height: 0 };
      shapes.set(shape, { count: known.count + 1, height: known.height + height });
    });
  }
  // The most names' shape; between equals, the one drawn further out (the row, not the name inside it).
  const [best] = [...shapes].sort(
    (a, b) => b[1].count - a[1].count || b[1].height / b[1].count - a[1].height / a[1].count,
  )[0]!;
  const rows = new Map<Element, HTMLElement>();
  // One name alone on the page is no repeated element: nothing says it is a row.
  if ((shapes.get(best)?.count ?? 0) < 2) return rows;
  for (const [element, chain] of chains) {
    const row = chain.filter((at) => shapeOf(at) === best).at(-1);
    if (row) rows.set(element, row as HTMLElement);
  }
  return rows;
}

/** An id the row shows for a category: in a link to it, or an attribute whose value is a candidate's id. */
function idShown(row: Element, isCandidate: (id: number) => boolean): number | null {
  const ids = new Set<number>();
  for (const element of [row, ...row.querySelectorAll('*')]) {
    for (const attribute of element.attributes) {
      const link = ID_IN_LINK.exec(attribute.value);
      if (link) ids.add(Number(link[1]));
      else if (/id$/i.test(attribute.name) && /^\d+$/.test(attribute.value)) {
        const id = Number(attribute.value);
        if (isCandidate(id)) ids.add(id);
      }
    }
  }
  return ids.size === 1 ? [...ids][0]! : null;
}

/**
 * Where `value` would go in an ascending list: the index of the first element not below it. Candidates are
 * positions in the admin's order, ascending; a name many categories share has many (a store with a "Vestes" in
 * every branch), so they are searched, never scanned once per row.
 */
function lowerBound(sorted: readonly number[], value: number): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (sorted[middle]! < value) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** How many rows of the same shape hold this row: its nesting in a tree drawn by nested lists. */
function nesting(row: Element, parents: ReadonlySet<Element>): number {
  let depth = 0;
  for (let at = row.parentElement?.parentElement ?? null; at; at = at.parentElement) if (parents.has(at)) depth += 1;
  return depth;
}

/**
 * Finds each category's row on a page whose markup Sync Lens does not know, from what the engine knows: the
 * names, the order an admin lists them in, their depth in the tree, and ids wherever the page shows one. A row is
 * the repeated element that holds one name. Same names are told apart by an id the row shows, by depth where the
 * page nests its rows, and by order (rows are listed in the admin's order, a window of it when the list is
 * virtualised). A row that cannot be told for certain is left out: a missing badge is a nuisance, a wrong one
 * misleads.
 */
export function findCatalogRows(root: Element, categories: readonly KnownCategory[]): CatalogRows {
  const ordered = adminOrder(categories);
  const names = ordered.map((category) => shown(category.name));
  const byName = new Map<string, number[]>();
  names.forEach((name, at) => {
    const list = byName.get(name);
    if (list) list.push(at);
    else byName.set(name, [at]);
  });

  const named = nameElements(root, byName, names);
  if (named.size === 0) return { rows: [], unsure: 0 };
  const rowOf = rowsOf(root, named);
  const found = [...named]
    .filter(([element]) => rowOf.has(element))
    .map(([element, candidates]) => ({ element, row: rowOf.get(element)!, candidates }));

  // An id the row shows settles it, when it is one of the names' categories; one naming another is a conflict.
  const positionOf = new Map(ordered.map((category, at) => [category.ecomId, at]));
  const byId = new Set<(typeof found)[number]>();
  for (const entry of found) {
    const { candidates } = entry;
    const candidateAt = (id: number): number | null => {
      const at = positionOf.get(id);
      return at !== undefined && candidates[lowerBound(candidates, at)] === at ? at : null;
    };
    const id = idShown(entry.row, (shownId) => candidateAt(shownId) !== null);
    if (id === null) continue;
    const at = candidateAt(id);
    entry.candidates = at === null ? [] : [at];
    if (entry.candidates.length === 1) byId.add(entry);
  }

  // Rows of one name share one candidate list: each depth's part of it is made once.
  const byDepth = new Map<readonly number[], Map<number, number[]>>();
  const atDepth = (list: number[], depth: number): number[] => {
    const parts = byDepth.get(list) ?? new Map<number, number[]>();
    byDepth.set(list, parts);
    let part = parts.get(depth);
    if (!part) parts.set(depth, (part = list.filter((at) => ordered[at]!.depth === depth)));
    return part;
  };

  // Depth, where the rows nest (a tree of nested lists) and nesting agrees with every row already certain.
  const parents = new Set(found.map((entry) => entry.row.parentElement!).filter(Boolean));
  const depths = found.map((entry) => nesting(entry.row, parents));
  const certain = found
    .map((entry, i) => ({ entry, depth: depths[i]! }))
    .filter((x) => x.entry.candidates.length === 1);
  const nested = depths.some((depth) => depth > 0);
  if (nested && certain.every(({ entry, depth }) => ordered[entry.candidates[0]!]!.depth === depth)) {
    found.forEach((entry, i) => {
      entry.candidates = atDepth(entry.candidates, depths[i]!);
    });
  }

  // Order: the rows follow the admin's order. Each row's possible places lie between the earliest the rows before
  // it allow and the latest the rows after it allow; one candidate there, and it is certain. Rows that follow no
  // such order (another list that shows category names, a list sorted otherwise) are told by their ids alone: a
  // name, even one no other category has, is then no evidence that the row is that category's.
  const placed = found.filter((entry) => entry.candidates.length > 0);
  const bounds = orderBounds(placed.map((entry) => entry.candidates));
  const rows: FoundRow[] = [];
  let unsure = found.length - placed.length;
  placed.forEach((entry, i) => {
    const { candidates } = entry;
    const possible = bounds
      ? candidates.slice(lowerBound(candidates, bounds.earliest[i]!), lowerBound(candidates, bounds.latest[i]! + 1))
      : byId.has(entry)
        ? candidates
        : [];
    if (possible.length !== 1) {
      unsure += 1;
      return;
    }
    const name = entry.element;
    rows.push({
      ecomId: ordered[possible[0]!]!.ecomId,
      row: entry.row,
      slot: { parent: name.parentElement!, before: () => name.nextSibling },
    });
  });
  // Two rows told as one category: neither is certain.
  const seen = new Map<number, number>();
  for (const row of rows) seen.set(row.ecomId, (seen.get(row.ecomId) ?? 0) + 1);
  const kept = rows.filter((row) => seen.get(row.ecomId) === 1);
  return { rows: kept, unsure: unsure + rows.length - kept.length };
}

/**
 * For rows listed in the admin's order, each row's earliest and latest possible place among its candidates; null
 * when no assignment keeps the order.
 */
function orderBounds(candidates: ReadonlyArray<readonly number[]>): { earliest: number[]; latest: number[] } | null {
  const count = candidates.length;
  const earliest = new Array<number>(count);
  const latest = new Array<number>(count);
  for (let i = 0, floor = -1; i < count; i++) {
    const list = candidates[i]!;
    const next = list[lowerBound(list, floor + 1)];
    if (next === undefined) return null;
    earliest[i] = floor = next;
  }
  for (let i = count - 1, ceiling = Infinity; i >= 0; i--) {
    const list = candidates[i]!;
    const previous = list[lowerBound(list, ceiling) - 1];
    if (previous === undefined) return null;
    latest[i] = ceiling = previous;
  }
  return { earliest, latest };
}
