import { classesOf, shapeOf } from './element-shape.ts';
import { withinOwnElement } from './own-elements.ts';

/**
 * The admin's lock on a Retail category's row, on a markup Sync Lens does not know (issue 12): found by what an
 * icon says of itself (its title, label, class or SVG title speaks of a lock), or, when nothing says so, by
 * being the icon only Retail categories' rows have.
 */

const LOCK_WORD = /\b(lock(?:ed)?|padlock|cadenas|verrou\w*)\b/i;
const LOCK_CLASS = /^(?:.*[-_])?(?:un)?(?:lock(?:ed)?|padlock|cadenas)(?:[-_].*)?$/i;
/** What an icon can be: drawn, not written. */
const ICONS = 'svg, i, img, [role="img"], span, em';
/**
 * The row's controls and what is drawn in them: their look follows the category's state (a switch is off in
 * every new Retail category's row), so their shape says nothing of a lock unless their words do.
 */
const CONTROLS =
  'button, input, select, textarea, [role="switch"], [role="checkbox"], [role="button"], [aria-pressed], [aria-checked]';

/** Whether an element says, in its title, label, class or SVG title, that it is a lock. */
export function speaksOfLock(element: Element): boolean {
  const said = [
    element.getAttribute('title'),
    element.getAttribute('aria-label'),
    element.getAttribute('alt'),
    element.querySelector(':scope > title, :scope > svg > title')?.textContent,
  ].join(' ');
  if (LOCK_WORD.test(said)) return true;
  return classesOf(element).some((token) => LOCK_CLASS.test(token));
}

/** The row an element belongs to: the nearest of `rows` around it (a tree's row holds its children's rows). */
function rowOf(element: Element, rows: ReadonlySet<Element>): Element | null {
  for (let at: Element | null = element; at; at = at.parentElement) if (rows.has(at)) return at;
  return null;
}

/**
 * The icons of a row: small drawn elements with no text of their own, outside anything of Sync Lens's and
 * outside the rows nested in it.
 */
function iconsOf(row: Element, rows: ReadonlySet<Element>): Element[] {
  return [...row.querySelectorAll(ICONS)].filter(
    (element) =>
      (element.textContent ?? '').trim() === '' &&
      !withinOwnElement(element) &&
      !(element.parentElement && element.parentElement.closest(ICONS) && element.parentElement !== row) &&
      rowOf(element, rows) === row,
  );
}

/**
 * The locks in rows whose category is known: by eCom id. An icon that speaks of a lock is one; else the icon
 * shape found in at least two Retail categories' rows and in none of the others (there must be others to tell).
 */
export function findCatalogLocks(
  rows: ReadonlyArray<{ ecomId: number; row: Element }>,
  fromRetail: (ecomId: number) => boolean,
): Map<Element, number> {
  const locks = new Map<Element, number>();
  const shapes = new Map<string, { retail: number; other: number }>();
  const rowSet = new Set(rows.map(({ row }) => row));
  const icons = rows.map(({ ecomId, row }) => ({ ecomId, icons: iconsOf(row, rowSet) }));
  for (const { ecomId, icons: list } of icons) {
    const retail = fromRetail(ecomId);
    const seen = new Set<string>();
    for (const icon of list) {
      if (speaksOfLock(icon)) locks.set(icon, ecomId);
      if (icon.closest(CONTROLS)) continue;
      const shape = shapeOf(icon);
      if (seen.has(shape)) continue;
      seen.add(shape);
      const count = shapes.get(shape) ?? { retail: 0, other: 0 };
      if (retail) count.retail += 1;
      else count.other += 1;
      shapes.set(shape, count);
    }
  }
  const others = rows.filter(({ ecomId }) => !fromRetail(ecomId)).length;
  if (others === 0) return locks;
  const retailOnly = new Set([...shapes].filter(([, c]) => c.retail >= 2 && c.other === 0).map(([shape]) => shape));
  // One such shape, or it is not clear which icon is the lock.
  if (retailOnly.size !== 1) return locks;
  for (const { ecomId, icons: list } of icons) {
    for (const icon of list) {
      if (retailOnly.has(shapeOf(icon)) && !locks.has(icon) && !icon.closest(CONTROLS)) locks.set(icon, ecomId);
    }
  }
  return locks;
}
