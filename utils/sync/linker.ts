import { isLightspeeds, isPreferredCopy } from './category-kind.ts';
import { claimsRetailRecord, retailIdOf } from './external-ids.ts';
import { ecomPathKeys, nameKey, retailPathKeys } from './link-keys.ts';
import { linkProducts, type ProductLinks } from './link-products.ts';
import { pairUnique } from './pair-unique.ts';
import { linkLookup, linksByPlace } from './link-lookup.ts';
import {
  LINK_HOWS,
  NO_RETAIL,
  type EcomCategory,
  type EcomSnapshot,
  type LinkHow,
  type LinkList,
  type RememberedLinks,
  type RetailItem,
} from './model.ts';
import { NONE, type RetailIndex } from './retail-index.ts';

/**
 * Which eCom category is the copy of which Retail category, and which eCom product is which Retail item, from
 * every piece of evidence, the strongest first (docs/sync-rules.md#p4):
 *
 * 0. the merchant's own choice (History.choices): a pair they made, or "the copy of none", which no other
 *    evidence can then link;
 * 1. a link remembered from an earlier read, so a rename or a move in Retail stays the same record's;
 * 2. the eCom record's externalReferenceId naming a Retail record (an id that names none is no evidence);
 * 3. for categories Lightspeed made (origin LIGHTSPEED): the same path; the same name under parents already
 *    linked; the products both hold (for one renamed and moved at once);
 * 4. for products: the SKU; the name within a linked category (link-products.ts).
 *
 * Where Lightspeed's categories carry Retail ids (needsEvidence is false), the merchant's choices and the ids
 * alone decide, as Lightspeed's own sync does: nothing is remembered (an id outlives a rename or a move by
 * itself), and reading a large store costs no lookup of memory. Never a guess between equals: a link needs one
 * candidate on each side. A Retail category still unlinked while an unlinked Lightspeed category of the same name
 * exists anywhere is `ambiguous`, with its candidates, and nothing creates a copy of it or acts on those
 * candidates until the evidence, or the merchant, settles it.
 * Pure, and independent of the order the snapshots list their records in.
 */
export interface Links {
  /** By eCom category (its place in the snapshot): the Retail ordinal it is the copy of, or NONE. */
  retailOfEcom: Int32Array;
  /** By Retail ordinal: the place of its eCom copy, or NONE. */
  ecomOfRetail: Int32Array;
  /** By eCom category: how it was linked. */
  categoryHow: (LinkHow | undefined)[];
  /**
   * By eCom category: the evidence that first made its link (for a remembered one, what the memory says, or
   * `remembered` when the memory predates keeping it).
   */
  firstHow: (LinkHow | undefined)[];
  /** Retail ordinal → the places of the eCom categories that could equally be it. */
  ambiguousRetail: Map<number, number[]>;
  /** eCom category place → the Retail ordinals it could equally be. */
  ambiguousEcom: Map<number, number[]>;
  /** The eCom categories (places) the merchant said are the copy of no Retail category. */
  saidNone: ReadonlySet<number>;
  /** The store needed more evidence than ids (needsEvidence): only then are links worth remembering. */
  byEvidence: boolean;
  products: ProductLinks;
}

export function linkRecords(
  retail: RetailIndex,
  ecom: EcomSnapshot,
  items: readonly RetailItem[],
  remembered: RememberedLinks | undefined,
  choices?: LinkList,
): Links {
  const categories = ecom.categories;
  const ecomCount = categories.length;
  const retailCount = retail.categories.length;
  const retailOfEcom = new Int32Array(ecomCount).fill(NONE);
  const ecomOfRetail = new Int32Array(retailCount).fill(NONE);
  // Filled, not holey: reading a hole looks up the prototype chain, on 50k categories each plan.
  const categoryHow = new Array<LinkHow | undefined>(ecomCount).fill(undefined);
  const firstHow = new Array<LinkHow | undefined>(ecomCount).fill(undefined);

  const join = (at: number, ordinal: number, how: LinkHow, first: LinkHow = how) => {
    retailOfEcom[at] = ordinal;
    ecomOfRetail[ordinal] = at;
    categoryHow[at] = how;
    firstHow[at] = first;
  };

  // 0: the merchant's choices. One naming a record gone from either side is no evidence any more.
  const saidNone = new Set<number>();
  const chosen = linkLookup(choices);
  if (chosen.size > 0) {
    for (let at = 0; at < ecomCount; at++) {
      const retailId = chosen.get(categories[at]!.id);
      if (retailId === NO_RETAIL) saidNone.add(at);
      const ordinal = retailId === undefined || retailId === NO_RETAIL ? -1 : retail.ordinalOf.get(retailId);
      if (ordinal >= 0 && ecomOfRetail[ordinal] === NONE) join(at, ordinal, 'chosen');
    }
  }
  const settled = (at: number) => retailOfEcom[at] !== NONE || saidNone.has(at);

  // 1 and 2: remembered links (only where evidence is needed), then references; where several name one Retail
  // category, the oldest copy.
  const byEvidence = needsEvidence(categories);
  const memory = byEvidence ? remembered : undefined;
  const rememberedCategories = linksByPlace(memory?.categories, ecomCount, (at) => categories[at]!.id);
  for (let at = 0; at < ecomCount; at++) {
    const retailId = rememberedCategories.retailIds[at]!;
    if (Number.isNaN(retailId) || settled(at)) continue;
    const ordinal = retail.ordinalOf.get(retailId);
    if (ordinal >= 0 && ecomOfRetail[ordinal] === NONE) {
      join(at, ordinal, 'remembered', firstHowOf(rememberedCategories.hows[at]!));
    }
  }
  for (let at = 0; at < ecomCount; at++) {
    if (settled(at)) continue;
    const retailId = retailIdOf(categories[at]!.externalReferenceId);
    const ordinal = retailId === null ? -1 : retail.ordinalOf.get(retailId);
    if (ordinal < 0) continue;
    const current = ecomOfRetail[ordinal]!;
    if (current !== NONE) {
      if (categoryHow[current] !== 'id' || !isPreferredCopy(categories[at]!, categories[current]!)) continue;
      retailOfEcom[current] = NONE;
      categoryHow[current] = undefined;
      firstHow[current] = undefined;
    }
    join(at, ordinal, 'id');
  }

  // Where Lightspeed writes Retail ids on its categories, they say it all: what they leave unlinked is gone or
  // new, as Lightspeed's own sync sees it.
  // What every way out returns; with no ties unless found.
  const finish = (
    products: ProductLinks,
    ambiguous: Pick<Links, 'ambiguousRetail' | 'ambiguousEcom'> = {
      ambiguousRetail: new Map(),
      ambiguousEcom: new Map(),
    },
  ): Links => ({
    retailOfEcom,
    ecomOfRetail,
    categoryHow,
    firstHow,
    ...ambiguous,
    saidNone,
    byEvidence,
    products,
  });
  if (!byEvidence) return finish(linkProducts(retail, ecom, items, undefined, retailOfEcom, false));

  // 3: only categories Lightspeed made can be a Retail category's copy without saying so.
  const isCandidate = (at: number) => !settled(at) && isLightspeeds(categories[at]!);
  // Read after read, memory links everything: nothing is left for the other evidence to look at.
  if (!someOf(retailCount, (ordinal) => ecomOfRetail[ordinal] === NONE) || !someOf(ecomCount, isCandidate)) {
    return finish(linkProducts(retail, ecom, items, remembered?.products, retailOfEcom, true));
  }

  const placeOfId = new Map<number, number>();
  for (let at = 0; at < ecomCount; at++) placeOfId.set(categories[at]!.id, at);
  const retailPaths = retailPathKeys(retail);
  const ecomPaths = ecomPathKeys(categories, (id) => placeOfId.get(id) ?? NONE);
  pairUnique(
    retailCount,
    ecomCount,
    (ordinal) => (ecomOfRetail[ordinal] === NONE ? retailPaths(ordinal) || null : null),
    (at) => (isCandidate(at) ? ecomPaths(at) || null : null),
    (at, ordinal) => join(at, ordinal, 'path'),
  );
  const underLinkedParents = () => {
    if (someOf(ecomCount, isCandidate)) {
      linkUnderLinkedParents(retail, categories, ecomOfRetail, isCandidate, placeOfId, join);
    }
  };
  underLinkedParents();

  const products = linkProducts(retail, ecom, items, remembered?.products, retailOfEcom, true);

  // The products both hold, for what was renamed and moved since; then their children by name again.
  linkByProducts(retail, ecom, products, ecomOfRetail, isCandidate, (at, ordinal) => join(at, ordinal, 'products'));
  underLinkedParents();

  // What is still unlinked on the Retail side while a Lightspeed category of its name waits unlinked: a tie.
  return finish(products, ties(retail, categories, ecomOfRetail, isCandidate));
}

function someOf(count: number, test: (index: number) => boolean): boolean {
  for (let index = 0; index < count; index++) if (test(index)) return true;
  return false;
}

/** A remembered first evidence (an index in LINK_HOWS), `remembered` when the memory does not say. */
function firstHowOf(index: number): LinkHow {
  const how = LINK_HOWS[index];
  return how === undefined ? 'remembered' : how;
}

/**
 * Whether the store needs more evidence than references: it has categories Lightspeed made, and none of them
 * carries a Retail id (no reference at all, or another system's, such as a UUID). Decided on Lightspeed's own
 * categories only, so that the categories Sync Lens creates with a Retail id (utils/jobs/requests.ts) do not
 * turn a store that needs evidence into one that seems not to.
 */
export function needsEvidence(categories: readonly EcomCategory[]): boolean {
  let lightspeeds = 0;
  for (const category of categories) {
    if (!isLightspeeds(category)) continue;
    if (claimsRetailRecord(category.externalReferenceId)) return false;
    lightspeeds += 1;
  }
  return lightspeeds > 0;
}

/**
 * The same name under parents already linked (or both at the top), repeated down the tree until nothing more
 * links: a category whose parent was renamed in Retail is still found under it.
 */
function linkUnderLinkedParents(
  retail: RetailIndex,
  categories: readonly EcomCategory[],
  ecomOfRetail: Int32Array,
  isCandidate: (at: number) => boolean,
  placeOfId: ReadonlyMap<number, number>,
  join: (at: number, ordinal: number, how: LinkHow) => void,
): void {
  const parentIdOf = (ordinal: number): number | null => {
    const parent = retail.parent[ordinal]!;
    if (parent === NONE) return 0;
    const copy = ecomOfRetail[parent]!;
    return copy === NONE ? null : categories[copy]!.id;
  };
  const ecomParentOf = (at: number) => {
    const parentId = categories[at]!.parentId;
    return parentId === 0 || placeOfId.has(parentId) ? parentId : 0;
  };
  // Each round looks only under the parents the round before linked: the other groups cannot have changed.
  let retailRound = Array.from({ length: retail.categories.length }, (_, ordinal) => ordinal);
  let ecomRound = Array.from({ length: categories.length }, (_, at) => at);
  while (retailRound.length > 0 && ecomRound.length > 0) {
    const linkedParents = new Set<number>();
    const linkedOrdinals = new Set<number>();
    const retailList = retailRound;
    const ecomList = ecomRound;
    pairUnique(
      retailList.length,
      ecomList.length,
      (i) => {
        const ordinal = retailList[i]!;
        if (ecomOfRetail[ordinal] !== NONE) return null;
        const parentId = parentIdOf(ordinal);
        return parentId === null ? null : `${parentId}\u0000${nameKey(retail.categories[ordinal]!.name)}`;
      },
      (j) => {
        const at = ecomList[j]!;
        return isCandidate(at) ? `${ecomParentOf(at)}\u0000${nameKey(categories[at]!.name)}` : null;
      },
      (j, i) => {
        const at = ecomList[j]!;
        const ordinal = retailList[i]!;
        join(at, ordinal, 'parent+name');
        linkedParents.add(categories[at]!.id);
        linkedOrdinals.add(ordinal);
      },
    );
    retailRound = [];
    for (let ordinal = 0; ordinal < retail.categories.length; ordinal++) {
      if (linkedOrdinals.has(retail.parent[ordinal]!)) retailRound.push(ordinal);
    }
    ecomRound = [];
    for (let at = 0; at < categories.length; at++) if (linkedParents.has(categories[at]!.parentId)) ecomRound.push(at);
  }
}

/**
 * For each unlinked Lightspeed category, the unlinked Retail category whose items its products mostly are; linked
 * when each is the other's one best match (strictly more shared products than any other).
 */
function linkByProducts(
  retail: RetailIndex,
  ecom: EcomSnapshot,
  products: ProductLinks,
  ecomOfRetail: Int32Array,
  isCandidate: (at: number) => boolean,
  join: (at: number, ordinal: number) => void,
): void {
  // Only the products the candidates hold are looked up: a table of every product costs more than the rest.
  const wanted = new Set<number>();
  for (let at = 0; at < ecom.categories.length; at++) {
    if (isCandidate(at)) for (const productId of ecom.categories[at]!.productIds) wanted.add(productId);
  }
  if (wanted.size === 0) return;
  const productPlace = new Map<number, number>();
  for (let at = 0; at < ecom.products.length; at++) {
    const id = ecom.products[at]!.id;
    if (wanted.has(id)) productPlace.set(id, at);
  }
  // Each side's best match by shared products; a pair is keyed as one number, at × Retail's count + ordinal.
  const retailCount = retail.categories.length;
  const shared = new Map<number, number>();
  const bestOfEcom = new Map<number, { ordinal: number; count: number; tied: boolean }>();
  for (let at = 0; at < ecom.categories.length; at++) {
    if (!isCandidate(at)) continue;
    const counts = new Map<number, number>();
    for (const productId of ecom.categories[at]!.productIds) {
      const item = products.itemOfProduct[productPlace.get(productId) ?? -1] ?? -1;
      const ordinal = item < 0 ? -1 : retail.items.category[item]!;
      if (ordinal >= 0 && ecomOfRetail[ordinal] === NONE) counts.set(ordinal, (counts.get(ordinal) ?? 0) + 1);
    }
    for (const [ordinal, count] of counts) {
      shared.set(at * retailCount + ordinal, count);
      const best = bestOfEcom.get(at);
      if (!best || count > best.count) bestOfEcom.set(at, { ordinal, count, tied: false });
      else if (count === best.count) best.tied = true;
    }
  }
  const bestOfRetail = new Map<number, { at: number; count: number; tied: boolean }>();
  for (const [pair, count] of shared) {
    const at = Math.floor(pair / retailCount);
    const ordinal = pair - at * retailCount;
    const best = bestOfRetail.get(ordinal);
    if (!best || count > best.count) bestOfRetail.set(ordinal, { at, count, tied: false });
    else if (count === best.count) best.tied = true;
  }
  for (const [at, best] of bestOfEcom) {
    if (best.tied) continue;
    const back = bestOfRetail.get(best.ordinal);
    if (back && !back.tied && back.at === at) join(at, best.ordinal);
  }
}

/**
 * The Retail categories still unlinked while unlinked Lightspeed categories of the same name exist, with them:
 * each side's candidates. A copy of such a category is never created, and those eCom categories are left alone.
 */
function ties(
  retail: RetailIndex,
  categories: readonly EcomCategory[],
  ecomOfRetail: Int32Array,
  isCandidate: (at: number) => boolean,
): { ambiguousRetail: Map<number, number[]>; ambiguousEcom: Map<number, number[]> } {
  const waiting = new Map<string, number[]>();
  for (let at = 0; at < categories.length; at++) {
    if (!isCandidate(at)) continue;
    const key = nameKey(categories[at]!.name);
    const list = waiting.get(key);
    if (list) list.push(at);
    else waiting.set(key, [at]);
  }
  const ambiguousRetail = new Map<number, number[]>();
  const ambiguousEcom = new Map<number, number[]>();
  for (let ordinal = 0; ordinal < retail.categories.length; ordinal++) {
    if (ecomOfRetail[ordinal] !== NONE) continue;
    const candidates = waiting.get(nameKey(retail.categories[ordinal]!.name));
    if (!candidates) continue;
    ambiguousRetail.set(ordinal, candidates);
    for (const at of candidates) {
      const list = ambiguousEcom.get(at);
      if (list) list.push(ordinal);
      else ambiguousEcom.set(at, [ordinal]);
    }
  }
  return { ambiguousRetail, ambiguousEcom };
}
