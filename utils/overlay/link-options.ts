import type { CategoryState } from '../sync/model.ts';

export interface LinkOption {
  retailId: number;
  path: string;
  /** One of the candidates the linker named (the same name): offered first. */
  likely: boolean;
}

/**
 * The Retail categories the merchant may name as an eCom category's counterpart (utils/engine/link-choice.ts):
 * the ones the linker found equally likely first, then every other Retail category with no copy in eCom, by
 * path. A Retail category already linked to another eCom category is not offered: it has its copy.
 */
export function linkOptions(categories: readonly CategoryState[], state: CategoryState): LinkOption[] {
  const likely = new Set(state.ecomId !== null ? (state.candidates ?? []) : []);
  const open = categories.filter((c) => c.retailId !== null && c.ecomId === null);
  const byPath = (a: CategoryState, b: CategoryState) => a.path.localeCompare(b.path);
  const first = open.filter((c) => likely.has(c.retailId!)).sort(byPath);
  const rest = open.filter((c) => !likely.has(c.retailId!)).sort(byPath);
  return [
    ...first.map((c) => ({ retailId: c.retailId!, path: c.path, likely: true })),
    ...rest.map((c) => ({ retailId: c.retailId!, path: c.path, likely: false })),
  ];
}
