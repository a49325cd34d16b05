import type { EcomCategory } from './model.ts';
import { NONE, type RetailIndex } from './retail-index.ts';

const PLAIN = /^[\x20-\x7e]*$/;
const SPACES = /\s\s|[\t\n\r\f\v]/;

/**
 * Names and paths as the linker compares them: Unicode's compatibility form (so "ﬁ" and "fi", or a precomposed
 * "é" and "e" + accent, are one), case folded, runs of spaces as one, no spaces around. What eCom keeps of a
 * Retail name (trimmed) and what a merchant retypes both come out the same.
 */
export function nameKey(name: string): string {
  // Most names are plain ASCII with single spaces: they skip the costly steps (150k names on a large store).
  const plain = PLAIN.test(name) ? name : name.normalize('NFKC');
  const folded = plain.toLowerCase();
  return SPACES.test(folded) ? folded.replace(/\s+/g, ' ').trim() : folded.trim();
}

/**
 * "vêtements/vestes": a category's path from the top, each name keyed; "" for a category inside a loop. Worked
 * out when asked for, and kept: the linker asks only for the categories still unlinked, and their parents.
 */
function pathKeys(
  count: number,
  nameOf: (at: number) => string,
  parentOf: (at: number) => number,
): (at: number) => string {
  const keys = new Array<string | undefined>(count);
  const resolving = new Uint8Array(count);
  const keyOf = (at: number): string => {
    const known = keys[at];
    if (known !== undefined) return known;
    // A loop of parents (not possible in a sound tree) has no path: nothing links by it.
    if (resolving[at] === 1) return '';
    resolving[at] = 1;
    const parent = parentOf(at);
    const above = parent === NONE ? '' : keyOf(parent);
    const key = parent !== NONE && above === '' ? '' : (above === '' ? '' : `${above}/`) + nameKey(nameOf(at));
    keys[at] = key;
    return key;
  };
  return keyOf;
}

/** Each Retail category's path key, by ordinal. */
export function retailPathKeys(retail: RetailIndex): (ordinal: number) => string {
  return pathKeys(
    retail.categories.length,
    (at) => retail.categories[at]!.name,
    (at) => retail.parent[at]!,
  );
}

/** Each eCom category's path key, by its place in the snapshot; a parent missing from the snapshot is the top. */
export function ecomPathKeys(
  categories: readonly EcomCategory[],
  ordinalOfId: (id: number) => number,
): (at: number) => string {
  return pathKeys(
    categories.length,
    (at) => categories[at]!.name,
    (at) => {
      const parentId = categories[at]!.parentId;
      return parentId === 0 ? NONE : ordinalOfId(parentId);
    },
  );
}
