import { options, render } from 'preact';
import { browser } from 'wxt/browser';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import { defineContentScript } from 'wxt/utils/define-content-script';

import { ADMIN_MATCHES } from '../../utils/admin-dom/match-patterns.ts';
import { readPage } from '../../utils/admin-dom/admin-page.ts';
import { routeByContent } from '../../utils/admin-dom/page-by-content.ts';
import { isControlPanelPath } from '../../utils/admin-dom/routes.ts';
import { nudgeAdminToReload, reflectAvailability } from '../../utils/admin-dom/reflect.ts';
import { lockOfCategory } from '../../utils/admin-dom/rows.ts';
import type { PageStatus } from '../../utils/messaging/protocol.ts';
import { detectLanguage } from '../../utils/i18n/language.ts';
import { sayIn } from '../../utils/i18n/said.ts';
import type { Job } from '../../utils/jobs/model.ts';
import { ask } from '../../utils/messaging/ask.ts';
import { removeAnnotations, removeAnnotationsExcept, type Target } from '../../utils/overlay/annotate.ts';
import { createAnnotator, type Annotator } from '../../utils/overlay/annotator.ts';
import { debugMark } from '../../utils/overlay/debug-marks.ts';
import { catalogBadgeTargets, knownCategories } from '../../utils/overlay/catalog-badges.ts';
import { categoryBadgeTargets, changedBadges } from '../../utils/overlay/category-badges.ts';
import { findChipButton, listenToChips } from '../../utils/overlay/chip-events.ts';
import { fieldNoteTargets, fieldQuestion } from '../../utils/overlay/field-notes.ts';
import { keepMounted } from '../../utils/overlay/keep-mounted.ts';
import { watchPage, type PageMode } from '../../utils/overlay/admin-page-watch.ts';
import { changedFlags, productFlagTargets } from '../../utils/overlay/product-flags.ts';
import { createSession } from '../../utils/overlay/session.ts';
import { claimPage } from '../../utils/overlay/single-instance.ts';
import { createStore, type Store } from '../../utils/overlay/store.ts';
import { sendStoreEvidence } from '../../utils/overlay/store-evidence-sender.ts';
import { loadWords, type Words } from '../../utils/overlay/words.ts';
import {
  noteHandledEvent,
  refuseUntrustedEvents,
  refuseUntrustedEventsIn,
} from '../../utils/security/trusted-events.ts';
import { refuseScriptStartedEvents } from '../../utils/security/script-started.ts';
import { createActions, type Actions } from './actions.ts';
import { Inline } from './Inline.tsx';
import { Layer } from './Layer.tsx';
import { derive, INITIAL_STATE, type OverlayState } from './state.ts';
import './style.css';

/** The exact name of WXT's "a newer copy started" event (private in WXT's types, public at run time). */
const SCRIPT_STARTED = (ContentScriptContext as unknown as { SCRIPT_STARTED_MESSAGE_TYPE: string })
  .SCRIPT_STARTED_MESSAGE_TYPE;

/** How often "read N minutes ago" is brought up to date. */
const CLOCK_MS = 30_000;
/** How soon an update or removal of the extension is noticed (see where it is used). */
const LIVENESS_MS = 2_000;

/**
 * The language the merchant chose in Sync Lens's settings, else the admin page's, else the browser's; and the
 * overlay's words in it, from the background. Both questions go at once: the second is asked again only when
 * the settings name another language than the page's.
 */
async function speak(): Promise<Words & { complete: boolean }> {
  const detected = detectLanguage(document.documentElement.lang, navigator.languages);
  const [settings, words] = await Promise.all([ask({ type: 'settings' }), loadWords(detected)]);
  const chosen = settings.ok && settings.value.language !== 'auto' ? settings.value.language : detected;
  return chosen === detected ? words : loadWords(chosen);
}

/**
 * The chips of the page in front of us, from the newest status. `previous` is the status they were drawn from:
 * given, only the rows whose chip differs are looked at (a new status usually changes a few of thousands).
 */
function targetsFor(mode: PageMode, state: OverlayState, words: Words, previous?: PageStatus | null): Target[] {
  if (mode.kind !== 'inline' || !mode.page.main || !state.status) return [];
  const main = mode.page.main;
  const derived = derive(state.status);
  const before = previous ? derive(previous) : null;
  switch (mode.page.route.page) {
    case 'categories': {
      const only = before
        ? changedBadges(
            before.categoriesByEcomId,
            derived.categoriesByEcomId,
            before.storefront.length !== derived.storefront.length,
          )
        : null;
      const data = { words, byEcomId: derived.categoriesByEcomId, storefrontCount: derived.storefront.length };
      return categoryBadgeTargets(main, data, only ?? undefined);
    }
    case 'products': {
      const only = before ? changedFlags(before.productsByEcomId, derived.productsByEcomId) : undefined;
      return productFlagTargets(main, 'products', words, derived.productsByEcomId, only);
    }
    case 'category':
      return [
        ...fieldNoteTargets(main, words, derived.categoriesByEcomId.get(mode.page.route.categoryId)),
        ...productFlagTargets(main, 'category', words, derived.productsByEcomId),
      ];
    default:
      return [];
  }
}

/**
 * Docked on a categories page whose markup is unknown: badges in the rows the catalog tells for certain, and the
 * count of what it told and could not, for the panel to say.
 */
function catalogPass(store: Store<OverlayState>, words: Words, annotator: Annotator): void {
  const { mode, status, explained } = store.get();
  if (mode.kind !== 'fallback' || mode.page.route.page !== 'categories' || !status) {
    if (explained !== null) store.set({ explained: null });
    return;
  }
  const derived = derive(status);
  const data = { words, byEcomId: derived.categoriesByEcomId, storefrontCount: derived.storefront.length };
  const started = performance.now();
  const found = catalogBadgeTargets(document.body, data, knownCategories(status.categories));
  debugMark('catalog-rows', { ms: performance.now() - started, rows: found.explained });
  removeAnnotationsExcept(document.body, new Set(found.targets.map((target) => target.owner)));
  annotator.submit(found.targets);
  if (explained?.rows !== found.explained || explained.unsure !== found.unsure) {
    store.set({ explained: { rows: found.explained, unsure: found.unsure } });
  }
}

/** What a finished job changed shows in the admin's own list at once. */
function reflectJob(job: Job): void {
  const ecomIds = job.items.filter((item) => item.state === 'done' && item.ecomId !== null).map((item) => item.ecomId!);
  if (ecomIds.length === 0) return;
  const enabled = job.kind.startsWith('enable');
  if (job.kind.endsWith('categories')) reflectAvailability({ kind: 'category', ecomIds, enabled });
  else if (job.kind.endsWith('products')) reflectAvailability({ kind: 'product', ecomIds, enabled });
}

/** The inline notice, inside the page's main area: it follows the admin's re-renders, and goes where it has none. */
async function mountInline(
  ctx: ContentScriptContext,
  store: Store<OverlayState>,
  words: Words,
  actions: Actions,
  version: string,
  findAnchor: () => HTMLElement | null,
) {
  const ui = await createShadowRootUi<HTMLElement>(ctx, {
    name: 'sync-lens-overlay',
    position: 'inline',
    anchor: findAnchor,
    append: 'first',
    // Keys typed in the overlay stay in the overlay: the admin's shortcuts must not fire.
    isolateEvents: true,
    onMount(container) {
      render(<Inline store={store} words={words} actions={actions} version={version} />, container);
      return container;
    },
    onRemove(container) {
      if (container) render(null, container);
    },
  });
  refuseUntrustedEventsIn(ui.shadow);
  keepMounted(ctx, ui, findAnchor);
}

/** Everything that floats above the admin, at the end of <body>, for as long as the script runs. */
async function mountLayer(
  ctx: ContentScriptContext,
  store: Store<OverlayState>,
  words: Words,
  actions: Actions,
  version: string,
) {
  const ui = await createShadowRootUi<HTMLElement>(ctx, {
    name: 'sync-lens-layer',
    position: 'inline',
    anchor: 'body',
    append: 'last',
    isolateEvents: true,
    onMount(container) {
      render(<Layer store={store} words={words} actions={actions} version={version} />, container);
      return container;
    },
    onRemove(container) {
      if (container) render(null, container);
    },
  });
  refuseUntrustedEventsIn(ui.shadow);
  ui.mount();
}

export default defineContentScript({
  matches: ADMIN_MATCHES,
  runAt: 'document_idle',
  cssInjectionMode: 'ui',
  // WXT would post a message naming the extension into the page's window at start: nothing of ours goes there.
  noScriptStartedPostMessage: true,
  async main(ctx) {
    // Before anything can be torn down: only the extension's own end stops this copy, never a page's event.
    ctx.onInvalidated(refuseScriptStartedEvents(window, SCRIPT_STARTED));
    if (!claimPage(ctx)) return;
    // First of all listeners: the admin page's scripts can dispatch events on our elements, but only a person's
    // (trusted) events may act (utils/security/trusted-events.ts).
    ctx.onInvalidated(refuseUntrustedEvents(window));
    options.event = noteHandledEvent;
    const words = await speak();
    const version = browser.runtime.getManifest().version;
    const store = createStore<OverlayState>(INITIAL_STATE);
    // ctx's timers stop by themselves when the extension is updated or removed.
    const timers = {
      setTimeout: (run: () => void, ms: number) => ctx.setTimeout(run, ms),
      clearTimeout: (id: number) => clearTimeout(id),
    };
    const session = createSession(store, timers, {
      jobFinished: reflectJob,
      refreshed: nudgeAdminToReload,
      say: (error) => sayIn(error.said ?? error.message, words.language),
    });
    const actions = createActions(store, session);
    ctx.onInvalidated(() => session.stop());

    // Badges, flags and notes in the admin's rows: redone after each re-render of the admin and each new
    // status, touching only what changed.
    // The first rows at once, those coming into view next, the rest in slices: a page of thousands of rows never
    // holds the main thread long.
    const annotator = createAnnotator({ later: (run) => void ctx.setTimeout(run, 0) });
    ctx.onInvalidated(() => annotator.clear());
    const pass = (previous?: PageStatus | null) => {
      const state = store.get();
      if (state.mode.kind === 'fallback') return catalogPass(store, words, annotator);
      annotator.submit(targetsFor(state.mode, state, words, previous));
    };
    const watcher = watchPage(
      ctx,
      (mode) => {
        if (mode.kind !== 'inline') {
          annotator.clear();
          removeAnnotations(document);
        }
        if (mode.kind !== 'fallback') store.set({ explained: null });
        store.set({ mode, popover: null, tip: null });
      },
      () => {
        store.set((state) => ({ contentSeq: state.contentSeq + 1 }));
        pass();
      },
      (hash) => {
        const status = store.get().status;
        return status ? routeByContent(document.body, hash, knownCategories(status.categories)) : null;
      },
    );
    store.subscribe((state, previous) => {
      if (state.status === previous.status) return;
      // A page whose address says nothing may show, now that the catalog is known, which page it is.
      if (previous.status === null && watcher.current().kind === 'elsewhere') watcher.recheck();
      pass(previous.status);
    });
    ctx.onInvalidated(() => removeAnnotations(document));

    listenToChips(
      ctx,
      {
        tip: actions.showTip,
        chip({ kind, id, button }) {
          const mode = watcher.current();
          if (kind === 'category') {
            if (id === '0') return actions.openHelp('where-products', button, () => findChipButton(kind, id));
            return actions.openCategoryChip(Number(id), button);
          }
          if (kind === 'product') return actions.openHelp('where-products', button, () => findChipButton(kind, id));
          if (kind === 'field' && mode.kind === 'inline' && mode.page.route.page === 'category') {
            const status = store.get().status;
            const category = status ? derive(status).categoriesByEcomId.get(mode.page.route.categoryId) : undefined;
            return actions.openHelp(fieldQuestion(category, id), button, () => findChipButton(kind, id));
          }
        },
        lock({ ecomId, lock }) {
          const button = findChipButton('category', String(ecomId));
          actions.openCategoryChip(
            ecomId,
            button ?? (lock as HTMLElement),
            'lock',
            () => lockOfCategory(document, ecomId) ?? lock,
          );
        },
      },
      () => words.t('overlay.lock.tip'),
    );

    await Promise.all([
      // Read afresh (the admin redraws), as the page the watcher took it for: by its address, or by its content
      // where the address says nothing.
      mountInline(ctx, store, words, actions, version, () => {
        const mode = watcher.current();
        if (mode.kind === 'elsewhere') return null;
        const page = readPage(document, location.hash, mode.page.route);
        return page.markup === 'unknown' ? null : page.main;
      }),
      mountLayer(ctx, store, words, actions, version),
    ]);
    store.set({ mode: watcher.current() });

    ctx.setInterval(() => store.set({ now: Date.now() }), CLOCK_MS);
    // ctx's timers check, before each run, that the extension is still there: after an update or removal this
    // notices within seconds, and the cleanups registered with ctx.onInvalidated take everything of ours away.
    ctx.setInterval(() => undefined, LIVENESS_MS);
    // Back on the tab after a while: read both stores again if what is shown has aged.
    ctx.addEventListener(document, 'visibilitychange', () => {
      if (document.visibilityState === 'visible') void session.refreshIfStale();
    });
    if (!words.complete) {
      store.set({ phase: 'unreachable', problem: words.t('overlay.noAnswer') });
      return;
    }
    // An address with no store in it (/cp/#…): the page itself must say which store it is.
    if (isControlPanelPath(location.pathname)) await sendStoreEvidence(ctx);
    await session.start();
  },
});
