import { CategoryDetails } from '../../components/overlay/CategoryDetails.tsx';
import { CategoryList } from '../../components/overlay/CategoryList.tsx';
import { Dialog } from '../../components/overlay/Dialog.tsx';
import { EnablePreview } from '../../components/overlay/EnablePreview.tsx';
import { FallbackPanel } from '../../components/overlay/FallbackPanel.tsx';
import { HelpPanel } from '../../components/overlay/HelpPanel.tsx';
import { JobDetails } from '../../components/overlay/JobDetails.tsx';
import { Popover } from '../../components/overlay/Popover.tsx';
import { ProductPreview } from '../../components/overlay/ProductPreview.tsx';
import { Tooltip } from '../../components/overlay/Tooltip.tsx';
import { pageOutline } from '../../utils/admin-dom/page-outline.ts';
import { categoryPreview, productPreview } from '../../utils/overlay/candidates.ts';
import { driftLines, shownName } from '../../utils/overlay/drift-lines.ts';
import { linkOptions } from '../../utils/overlay/link-options.ts';
import { choiceKind } from '../../utils/sync/link-choice-kind.ts';
import { isJobActive } from '../../utils/overlay/session.ts';
import type { Store } from '../../utils/overlay/store.ts';
import type { Words } from '../../utils/overlay/words.ts';
import type { PageStatus } from '../../utils/messaging/protocol.ts';
import type { Actions } from './actions.ts';
import { canUndo, JobLine } from './Inline.tsx';
import { derive, findCategory, type OverlayState } from './state.ts';
import { StateSummaryBar } from './StateSummaryBar.tsx';
import { useStore } from './use-store.ts';

const LIST_TITLE = {
  pending: 'overlay.list.pending',
  drift: 'overlay.list.drift',
  disabled: 'overlay.list.disabled',
  orphaned: 'overlay.list.orphaned',
} as const;

function nameOf(status: PageStatus) {
  return (ecomId: number) => derive(status).categoriesByEcomId.get(ecomId)?.name ?? null;
}

/**
 * Everything that floats above the admin, in one shadow root at the end of <body>: the tooltip, the popover,
 * the dialogs, the help panel, the docked panel when the page's markup is unknown, and a job's progress on
 * pages without a notice of ours.
 */
export function Layer({
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
  const { status, mode, popover, dialog, help, tip, job } = state;
  const { t } = words;

  const popoverView = (() => {
    if (!popover || !status) return null;
    if (popover.kind === 'category') {
      const category = findCategory(status, popover);
      if (!category) return null;
      return (
        <Popover
          anchor={popover.anchor}
          label={t('overlay.details.title', { name: shownName(category) })}
          closeLabel={t('overlay.details.close')}
          onClose={actions.closePopover}
        >
          <CategoryDetails
            words={words}
            state={category}
            focus={popover.focus}
            driftLines={driftLines(category, words, nameOf(status))}
            retailConnected={status.readAt?.retail != null}
            choice={{
              options: choiceKind(category) === 'open' ? linkOptions(status.categories, category) : [],
              busy: state.choosing,
              error: state.choiceError,
              onChoose: (retailId) => category.ecomId !== null && actions.chooseLink(category.ecomId, retailId),
            }}
            onHelp={(topic, opener) =>
              actions.openHelp(topic, opener, () => popover.opener.find?.() ?? popover.opener.element)
            }
          />
        </Popover>
      );
    }
    const entries = status.categories
      .filter((category) => category.status === popover.status)
      .map((category) => ({ state: category, lines: driftLines(category, words, nameOf(status)) }));
    return (
      <Popover
        anchor={popover.anchor}
        label={t(LIST_TITLE[popover.status])}
        closeLabel={t('overlay.details.close')}
        onClose={actions.closePopover}
      >
        <CategoryList words={words} title={t(LIST_TITLE[popover.status])} entries={entries} />
      </Popover>
    );
  })();

  const dialogView = (() => {
    if (!dialog) return null;
    if (dialog.kind === 'enable-categories' && status) {
      return (
        <Dialog title={t('overlay.preview.title')} onClose={actions.closeDialog} wide busy={state.starting}>
          <EnablePreview
            words={words}
            preview={categoryPreview(status)}
            busy={state.starting}
            error={state.jobError && t('overlay.job.startFailed', { reason: state.jobError })}
            onConfirm={actions.confirmCategories}
            onCancel={actions.closeDialog}
          />
        </Dialog>
      );
    }
    if (dialog.kind === 'enable-products' && status) {
      const within = dialog.within ? new Set(dialog.within) : undefined;
      return (
        <Dialog title={t('overlay.productsPreview.title')} onClose={actions.closeDialog} wide busy={state.starting}>
          <ProductPreview
            words={words}
            candidates={productPreview(status, within)}
            busy={state.starting}
            error={state.jobError && t('overlay.job.startFailed', { reason: state.jobError })}
            onConfirm={actions.confirmProducts}
            onCancel={actions.closeDialog}
          />
        </Dialog>
      );
    }
    if (dialog.kind === 'job' && job) {
      const active = isJobActive(job);
      const title = active
        ? t(`overlay.job.title.${job.progress.kind}`)
        : t(`overlay.job.doneTitle.${job.progress.kind}`);
      return (
        <Dialog title={title} onClose={actions.closeDialog} wide>
          <JobDetails
            words={words}
            job={job}
            error={state.jobError && t('overlay.job.undoFailed', { reason: state.jobError })}
          />
          <footer class="sl-dialog__footer">
            {active ? (
              <>
                <button type="button" class="sl-button" onClick={actions.stop}>
                  {t('overlay.job.stop')}
                </button>
                <button
                  type="button"
                  class="sl-button sl-button--primary"
                  data-autofocus=""
                  onClick={actions.closeDialog}
                >
                  {t('overlay.job.hide')}
                </button>
              </>
            ) : (
              <>
                {canUndo(job) && (
                  <button
                    type="button"
                    class="sl-button"
                    data-action="undo"
                    onClick={actions.undo}
                    disabled={!job.settled}
                  >
                    {t('overlay.job.undo')}
                  </button>
                )}
                <button
                  type="button"
                  class="sl-button sl-button--primary"
                  data-autofocus=""
                  onClick={actions.closeDialog}
                >
                  {t('overlay.job.close')}
                </button>
              </>
            )}
          </footer>
        </Dialog>
      );
    }
    return null;
  })();

  const panel =
    mode.kind === 'fallback' && state.phase === 'other-store' ? (
      <div class="sl-toast" role="region" aria-label={t('overlay.label')}>
        <StateSummaryBar state={state} store={store} words={words} version={version} actions={actions} compact />
      </div>
    ) : mode.kind === 'fallback' ? (
      <FallbackPanel
        words={words}
        expanded={state.panelExpanded}
        onToggle={actions.togglePanel}
        summary={
          <StateSummaryBar state={state} store={store} words={words} version={version} actions={actions} compact>
            <JobLine words={words} job={job} error={state.jobError} actions={actions} />
          </StateSummaryBar>
        }
        categories={status?.categories ?? []}
        hiddenProducts={status ? derive(status).hidden : []}
        storefrontProducts={status ? derive(status).storefront : []}
        onCategory={(category, opener) =>
          actions.openCategory({ ecomId: category.ecomId, retailId: category.retailId }, 'status', () => opener, {
            element: opener,
          })
        }
        onEnableProducts={(opener) => actions.enableProducts(null, opener)}
        onHelp={(topic, opener) => actions.openHelp(topic, opener)}
        explained={state.explained}
        outline={() => pageOutline(document.body)}
      />
    ) : null;

  // Pages with no notice of ours still show a running or finished job, docked.
  const toast =
    job && mode.kind !== 'inline' && mode.kind !== 'fallback' ? (
      <div class="sl-toast" role="region" aria-label={t('overlay.job.label')}>
        <JobLine words={words} job={job} error={state.jobError} actions={actions} />
      </div>
    ) : null;

  return (
    <>
      {panel}
      {toast}
      {help && <HelpPanel words={words} topic={help.topic} request={help.request} onClose={actions.closeHelp} />}
      {popoverView}
      {dialogView}
      {tip && <Tooltip text={tip.text} anchor={tip.anchor} />}
    </>
  );
}
