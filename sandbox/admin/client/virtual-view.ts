import { inAdminOrder, isRetailCategory, type Category } from './catalog.ts';
import { h } from './dom.ts';
import { padlockIcon } from './icons.ts';
import { altView } from './alt-view.ts';
import { categoryHash } from './route.ts';
import type { PageInput, View } from './view.ts';

/**
 * A third markup (`?markup=virtual`), unlike both others: the categories list is virtualised — a dozen row
 * elements, recycled as the list scrolls, each given another category's content — with hashed class names, no
 * data-* ids (a category's id is only in its link), and long names cut with "…" (the whole name in a title).
 * It stands in for an admin built on a virtual-scrolling grid; the other pages are the alternative markup's.
 */

const ROW_HEIGHT = 44;
const VISIBLE = 9;
/** Row elements kept, reused for whichever categories are in view. */
const POOL = VISIBLE + 3;
const CUT_AT = 22;

const cut = (name: string) => (name.length > CUT_AT ? `${name.slice(0, CUT_AT - 1).trimEnd()}…` : name);

/** Draws one category into a recycled row element: every part of it is replaced, nothing of the last one stays. */
function fill(row: HTMLElement, category: Category, depth: number, input: PageInput, index: number): void {
  const { t, actions } = input;
  const link = h(
    'a',
    {
      class: 'k3v9a',
      href: categoryHash(category.id),
      ...(cut(category.name) !== category.name ? { title: category.name } : {}),
    },
    cut(category.name),
  );
  const toggle = h(
    'button',
    { type: 'button', class: `t8q1${category.enabled ? ' t8q1-on' : ''}`, 'aria-pressed': String(category.enabled) },
    category.enabled ? t.categoryEnabled : t.categoryDisabled,
  );
  toggle.addEventListener('click', async () => {
    toggle.disabled = true;
    await actions.setCategoryEnabled(category.id, !category.enabled);
    fill(row, category, depth, input, index);
  });
  row.style.transform = `translateY(${index * ROW_HEIGHT}px)`;
  row.replaceChildren(
    h(
      'div',
      { class: 'c2m0x', style: `padding-left: ${12 + depth * 22}px` },
      isRetailCategory(category) ? h('span', { class: 'i5z7w' }, padlockIcon()) : null,
      link,
    ),
    h('span', { class: 'm4n1r' }, t.productCount(category.productIds.length)),
    toggle,
  );
}

function categories(main: HTMLElement, input: PageInput): void {
  const { catalog, t } = input;
  const ordered = inAdminOrder(catalog);
  const viewport = h('div', {
    class: 'vq0p2',
    role: 'grid',
    'aria-rowcount': String(ordered.length),
    style: `position: relative; height: ${VISIBLE * ROW_HEIGHT}px; overflow-y: auto; border: 1px solid #e3e6ea;`,
  });
  const sizer = h('div', { style: `height: ${ordered.length * ROW_HEIGHT}px;` });
  const pool = Array.from({ length: Math.min(POOL, ordered.length) }, () =>
    h('div', {
      class: 'r6b8k',
      role: 'row',
      style: `position: absolute; left: 0; right: 0; top: 0; height: ${ROW_HEIGHT}px; display: flex; align-items: center; gap: 12px; padding-right: 12px; border-bottom: 1px solid #eee; box-sizing: border-box;`,
    }),
  );
  viewport.append(sizer, ...pool);
  let first = -1;
  const draw = () => {
    const top = Math.max(0, Math.min(ordered.length - pool.length, Math.floor(viewport.scrollTop / ROW_HEIGHT)));
    if (top === first) return;
    first = top;
    pool.forEach((row, i) => {
      const entry = ordered[top + i];
      if (entry) fill(row, entry.category, entry.depth, input, top + i);
    });
  };
  viewport.addEventListener('scroll', draw, { passive: true });
  main.replaceChildren(h('div', { class: 'toolbar' }, h('h2', { class: 'toolbar__title' }, t.categories)), viewport);
  draw();
}

export const virtualView: View = {
  ...altView,
  page: (main, input) => (input.route.page === 'categories' ? categories(main, input) : altView.page(main, input)),
};
