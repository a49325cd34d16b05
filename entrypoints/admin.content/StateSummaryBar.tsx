import type { ComponentChildren } from 'preact';

import { SummaryBar } from '../../components/overlay/SummaryBar.tsx';
import { nextAction } from '../../utils/overlay/next-action.ts';
import { isJobActive } from '../../utils/overlay/session.ts';
import type { Store } from '../../utils/overlay/store.ts';
import type { Words } from '../../utils/overlay/words.ts';
import type { Actions } from './actions.ts';
import { derive, type OverlayState } from './state.ts';

/**
 * The summary bar fed from the overlay's state and actions: one wiring for the categories page's notice and the
 * docked panel's summary. `state` is what is drawn; `store` is read again at the click, for the newest status.
 */
export function StateSummaryBar({
  state,
  store,
  words,
  version,
  actions,
  compact = false,
  children,
}: {
  state: OverlayState;
  store: Store<OverlayState>;
  words: Words;
  version: string;
  actions: Actions;
  compact?: boolean;
  children?: ComponentChildren;
}) {
  const { status } = state;
  return (
    <SummaryBar
      words={words}
      compact={compact}
      phase={state.phase}
      problem={state.problem}
      version={version}
      summary={status?.summary ?? null}
      readAt={status?.readAt?.ecom ?? null}
      retailRead={status?.readAt?.retail != null}
      now={state.now}
      refreshing={state.refreshing}
      refreshError={state.refreshError}
      readOnly={state.readOnly}
      hiddenProducts={status ? derive(status).hidden.length : 0}
      action={nextAction(status, isJobActive(state.job))}
      onAction={(opener) => actions.next(nextAction(store.get().status, isJobActive(store.get().job)), opener)}
      onRefresh={actions.refresh}
      onHelp={(opener) => actions.openHelp(null, opener)}
      onList={actions.openList}
      onOptions={actions.openOptions}
    >
      {children}
    </SummaryBar>
  );
}
