import type { ContentScriptContext } from 'wxt/utils/content-script-context';

import { readPage, type PageRead } from '../admin-dom/admin-page.ts';
import type { AdminRoute } from '../admin-dom/routes.ts';
import { isOurs } from '../security/trusted-events.ts';

/**
 * How the overlay works on the page in front of it:
 * - elsewhere: a page of the admin Sync Lens has nothing to say on;
 * - inline: the markup we know: notices in the page, badges in its rows;
 * - waiting: the page's content is not there yet (the admin draws after loading its data);
 * - fallback: still not there once the page has settled: the markup changed, so the docked panel takes over.
 */
export type PageMode =
  | { kind: 'elsewhere' }
  | { kind: 'inline'; page: PageRead }
  | { kind: 'waiting'; page: PageRead }
  | { kind: 'fallback'; page: PageRead };

/** Never give up on the known markup before this long after a navigation… */
export const SETTLE_MS = 1_500;
/** …nor while the page is still changing, within this… */
const QUIET_MS = 400;
/** …unless it keeps changing for this long (some pages animate forever). */
const MAX_WAIT_MS = 6_000;
const RECHECK_MS = 250;
/** At most this often, a page whose address says nothing is looked at for what it shows (see `recognise`). */
const RECOGNISE_MS = 1_000;

function sameMode(a: PageMode, b: PageMode): boolean {
  if (a.kind !== b.kind) return false;
  if (a.kind === 'elsewhere' || b.kind === 'elsewhere') return true;
  return a.page.main === b.page.main && JSON.stringify(a.page.route) === JSON.stringify(b.page.route);
}

/** Our own hosts come and go in the page too; their comings and goings are not the admin's changes. */
function onlyOurs(records: MutationRecord[]): boolean {
  for (const record of records) {
    for (const node of record.addedNodes) if (!isOurs(node)) return false;
    for (const node of record.removedNodes) if (!isOurs(node)) return false;
  }
  return true;
}

/**
 * Follows the admin's single-page navigation (hash changes) and re-renders (DOM changes, coalesced by the
 * observer into one call per batch): tells `onMode` when the way to work changes, and `onContent` after every
 * change of the admin's own markup while inline or docked, for the rows to be annotated again.
 */
export function watchPage(
  ctx: ContentScriptContext,
  onMode: (mode: PageMode) => void,
  onContent: (mode: PageMode) => void,
  /** Which page this is by what it shows, for an address Sync Lens does not know (null: cannot tell). */
  recognise: (hash: string) => AdminRoute | null = () => null,
): { current(): PageMode; recheck(): void } {
  let mode: PageMode = { kind: 'elsewhere' };
  let navigatedAt = performance.now();
  let changedAt = navigatedAt;
  let recheck: number | undefined;
  let recognised: { hash: string; at: number; route: AdminRoute | null } | null = null;
  let later: number | undefined;

  /** The page's route by its content, looked at again at most every RECOGNISE_MS (and once more after that). */
  const byContent = (): AdminRoute | null => {
    const now = performance.now();
    const hash = location.hash;
    if (recognised && recognised.hash === hash && now - recognised.at < RECOGNISE_MS) {
      if (later === undefined) {
        later = ctx.setTimeout(() => {
          later = undefined;
          recognised = null;
          check();
        }, RECOGNISE_MS);
      }
      return recognised.route;
    }
    recognised = { hash, at: now, route: recognise(hash) };
    return recognised.route;
  };

  const decide = (): PageMode => {
    let page = readPage(document, location.hash);
    if (page.route.page === 'other') {
      const route = byContent();
      if (!route) return { kind: 'elsewhere' };
      page = readPage(document, location.hash, route);
    }
    if (page.markup !== 'unknown') return { kind: 'inline', page };
    const now = performance.now();
    const settling = now - navigatedAt < SETTLE_MS || (now - changedAt < QUIET_MS && now - navigatedAt < MAX_WAIT_MS);
    return settling ? { kind: 'waiting', page } : { kind: 'fallback', page };
  };

  const check = () => {
    if (ctx.isInvalid) return;
    let next = decide();
    // Once the panel is docked, a navigation keeps it docked while the next page settles (no flicker).
    if (next.kind === 'waiting' && mode.kind === 'fallback') next = { kind: 'fallback', page: next.page };
    if (!sameMode(mode, next)) {
      mode = next;
      onMode(mode);
    }
    if (recheck !== undefined) clearTimeout(recheck);
    recheck = mode.kind === 'waiting' ? ctx.setTimeout(check, RECHECK_MS) : undefined;
    // Inline, and docked too: on an unknown markup, the rows the catalog tells get their badges.
    if (mode.kind === 'inline' || mode.kind === 'fallback') onContent(mode);
  };

  const observer = new MutationObserver((records) => {
    if (onlyOurs(records)) return;
    changedAt = performance.now();
    check();
  });
  observer.observe(document.body ?? document.documentElement, { childList: true, subtree: true });
  ctx.addEventListener(window, 'hashchange', () => {
    navigatedAt = performance.now();
    changedAt = navigatedAt;
    check();
  });
  ctx.onInvalidated(() => {
    observer.disconnect();
    if (recheck !== undefined) clearTimeout(recheck);
  });
  check();
  return {
    current: () => mode,
    recheck() {
      recognised = null;
      check();
    },
  };
}
