/**
 * The admin markups the sandbox draws, `?markup=` picking one: the known one, and four unlike it and unlike each
 * other that stand in for the real admin Sync Lens has never seen (each view's file says how it differs).
 */
export const MARKUPS = ['standard', 'alt', 'virtual', 'table', 'tree'] as const;
export type Markup = (typeof MARKUPS)[number];

export function markupOf(asked: unknown): Markup {
  return MARKUPS.find((markup) => markup === asked) ?? 'standard';
}
