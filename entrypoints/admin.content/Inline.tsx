import { CategoryNotice } from '../../components/overlay/CategoryNotice.tsx';
import { JobStrip } from '../../components/overlay/JobStrip.tsx';
import { ProductsNotice } from '../../components/overlay/ProductsNotice.tsx';
import { categoryPageProducts } from '../../utils/admin-dom/rows.ts';
import { productPreview } from '../../utils/overlay/candidates.ts';
import { isJobActive, type WatchedJob } from '../../utils/overlay/session.ts';
import type { Store } from '../../utils/overlay/store.ts';
import type { Words } from '../../utils/overlay/words.ts';
import type { Actions } from './actions.ts';
import { derive, type OverlayState } from './state.ts';
import { StateSummaryBar } from './StateSummaryBar.tsx';
import { useStore } from './use-store.ts';

/** An undo is offered for the merchant's own enable jobs that changed something, once they are over. */
export function canUndo(job: WatchedJob): boolean {
  return (
    !isJobActive(job) &&
    job.progress.done > 0 &&
    job.job?.undoOf === undefined &&
    (job.progress.kind === 'enable-categories' || job.progress.kind === 'enable-products')
  );
}

export function JobLine({
  words,
  job,
  error,
  actions,
}: {
  words: Words;
  job: WatchedJob | null;
  /** Why the last undo could not start, in the background's words. */
  error: string | null;
  actions: Actions;
}) {
  if (!job) return null;
  return (
    <JobStrip
      words={words}
      job={job}
      error={error && words.t('overlay.job.undoFailed', { reason: error })}
      canUndo={canUndo(job)}
      onDetails={actions.showJob}
      onUndo={actions.undo}
      onDismiss={actions.dismissJob}
    />
  );
}

/**
 * What goes at the top of the page itself, by page: the summary bar on the categories page, the products'
 * notice on the products page, the category's on its settings page.
 */
export function Inline({
  store,
  words,
  actions,
  version,
}: {
  store: Store<OverlayState>;
  words: Words;
  actions: Actions;
  version: string;
}) {
  const state = useStore(store);
  const { mode, status } = state;
  if (mode.kind !== 'inline') return null;
  // Another store's admin: say so on every page we have a notice on, and nothing else.
  if (state.phase === 'other-store')
    return <StateSummaryBar state={state} store={store} words={words} version={version} actions={actions} />;
  const job = <JobLine words={words} job={state.job} error={state.jobError} actions={actions} />;
  const route = mode.page.route;

  if (route.page === 'products' && status) {
    const derived = derive(status);
    return (
      <ProductsNotice
        words={words}
        hidden={derived.hidden.length}
        storefront={derived.storefront.length}
        onEnable={(opener) => actions.enableProducts(null, opener)}
        onHelp={(topic, opener) => actions.openHelp(topic, opener)}
      >
        {job}
      </ProductsNotice>
    );
  }

  if (route.page === 'category' && status) {
    const category = derive(status).categoriesByEcomId.get(route.categoryId);
    if (!category) return null;
    const listed = new Set(mode.page.main ? categoryPageProducts(mode.page.main).map((row) => row.ecomId) : []);
    const hidden = productPreview(status, listed).map((product) => product.ecomId);
    return (
      <CategoryNotice
        words={words}
        state={category}
        hidden={hidden.length}
        onDetails={(opener) =>
          actions.openCategory({ ecomId: category.ecomId, retailId: category.retailId }, 'status', () => opener, {
            element: opener,
          })
        }
        onEnable={(opener) => actions.enableProducts(hidden, opener)}
        onHelp={(topic, opener) => actions.openHelp(topic, opener)}
      >
        {job}
      </CategoryNotice>
    );
  }

  if (route.page !== 'categories') return null;
  return (
    <StateSummaryBar state={state} store={store} words={words} version={version} actions={actions}>
      {job}
    </StateSummaryBar>
  );
}
