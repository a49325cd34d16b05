import type { EcomCategory } from './model.ts';

/**
 * Paths built from eCom's own tree ("Parent/Child"), for categories Retail knows nothing about. Memoised, and
 * iterative so that deep trees cannot overflow the stack; a parent loop (a broken snapshot) ends the path.
 */
export function ecomPathFinder(
  categoryOf: (ecomId: number) => EcomCategory | undefined,
): (category: EcomCategory) => string {
  const known = new Map<number, string>();
  return (start) => {
    const cached = known.get(start.id);
    if (cached !== undefined) return cached;
    // Climb until the top or a category whose path is known, then write paths back down.
    const chain: EcomCategory[] = [];
    const inChain = new Set<number>();
    let prefix = '';
    let current: EcomCategory | undefined = start;
    while (current !== undefined && !inChain.has(current.id)) {
      const path = known.get(current.id);
      if (path !== undefined) {
        prefix = path;
        break;
      }
      chain.push(current);
      inChain.add(current.id);
      current = current.parentId === 0 ? undefined : categoryOf(current.parentId);
    }
    for (let i = chain.length - 1; i >= 0; i--) {
      const category = chain[i]!;
      prefix = prefix === '' ? category.name : `${prefix}/${category.name}`;
      known.set(category.id, prefix);
    }
    return prefix;
  };
}
