import type { ListedStatus } from '../../components/overlay/SummaryBar.tsx';
import type { JobRequest } from '../../utils/engine/engine.ts';
import { ask } from '../../utils/messaging/ask.ts';
import { findChipButton } from '../../utils/overlay/chip-events.ts';
import { returnFocus } from '../../utils/overlay/focus.ts';
import type { HelpTopic } from '../../utils/overlay/help-topics.ts';
import type { NextAction } from '../../utils/overlay/next-action.ts';
import type { Session } from '../../utils/overlay/session.ts';
import type { Store } from '../../utils/overlay/store.ts';
import { actingForAPerson } from '../../utils/security/trusted-events.ts';
import type { Opener, OverlayState, PopoverState } from './state.ts';

export type Actions = ReturnType<typeof createActions>;

const giveBack = (opener: Opener | undefined) => {
  // After the closing render, so focus does not land in something about to disappear.
  if (opener) setTimeout(() => returnFocus(opener.element, opener.find), 0);
};

/**
 * What leads to a write (a preview to confirm, the confirmation, Undo, Stop) or to reading both stores again runs
 * only while a person's event is being handled: a page script that moved or kept one of our buttons, out of
 * reach of the guards on our roots, presses it for nothing (utils/security/trusted-events.ts).
 */
const forAPerson =
  <A extends unknown[]>(act: (...args: A) => void) =>
  (...args: A): void => {
    if (actingForAPerson()) act(...args);
  };

/** What the overlay's buttons do: every callback the components get comes from here. */
export function createActions(store: Store<OverlayState>, session: Session) {
  const closePopover = () => {
    const popover = store.get().popover;
    store.set({ popover: null });
    giveBack(popover?.opener);
  };

  const openDialog = (dialog: NonNullable<OverlayState['dialog']>) =>
    store.set({ dialog, popover: null, tip: null, jobError: null });

  const startJob = async (request: JobRequest) => {
    store.set({ starting: true });
    const started = await session.startJob(request);
    const dialog = store.get().dialog;
    store.set({ starting: false, ...(started && dialog ? { dialog: { kind: 'job', opener: dialog.opener } } : {}) });
  };

  return {
    refresh: forAPerson(() => void session.refresh()),

    showTip: (tip: OverlayState['tip']) => store.set({ tip }),

    openCategory(
      key: { ecomId: number | null; retailId: number | null },
      focus: 'status' | 'lock',
      anchor: () => Element | null,
      opener: Opener,
    ) {
      store.set({ popover: { kind: 'category', ...key, focus, anchor, opener }, tip: null, choiceError: null });
    },

    openCategoryChip(
      ecomId: number,
      button: HTMLElement,
      focus: 'status' | 'lock' = 'status',
      anchor?: () => Element | null,
    ) {
      const find = () => findChipButton('category', String(ecomId));
      store.set({
        popover: {
          kind: 'category',
          ecomId,
          retailId: null,
          focus,
          anchor: anchor ?? (() => find() ?? button),
          opener: { element: button, find },
        },
        tip: null,
        choiceError: null,
      });
    },

    openList(status: ListedStatus, opener: HTMLElement) {
      const popover: PopoverState = { kind: 'list', status, anchor: () => opener, opener: { element: opener } };
      store.set({ popover, tip: null });
    },

    closePopover,

    openHelp(topic: HelpTopic | null, opener: HTMLElement | null, find?: () => HTMLElement | null) {
      const previous = store.get().help;
      store.set({
        help: {
          topic,
          request: (previous?.request ?? 0) + 1,
          opener: previous?.opener ?? { element: opener, ...(find ? { find } : {}) },
        },
        popover: null,
        tip: null,
      });
    },

    closeHelp() {
      const help = store.get().help;
      store.set({ help: null });
      giveBack(help?.opener);
    },

    next: forAPerson((action: NextAction, opener: HTMLElement) => {
      switch (action.kind) {
        case 'show-job':
          return openDialog({ kind: 'job', opener: { element: opener } });
        case 'enable-categories':
          return openDialog({ kind: 'enable-categories', opener: { element: opener } });
        case 'enable-products':
          return openDialog({ kind: 'enable-products', within: null, opener: { element: opener } });
        case 'refresh':
          return void session.refresh();
      }
    }),

    enableProducts: forAPerson((within: number[] | null, opener: HTMLElement) => {
      openDialog({ kind: 'enable-products', within, opener: { element: opener } });
    }),

    showJob(opener: HTMLElement) {
      openDialog({ kind: 'job', opener: { element: opener } });
    },

    closeDialog() {
      const dialog = store.get().dialog;
      store.set({ dialog: null, jobError: null });
      giveBack(dialog?.opener);
    },

    confirmCategories: forAPerson((ecomIds: number[]) => void startJob({ kind: 'enable-categories', ecomIds })),

    confirmProducts: forAPerson((ecomIds: number[]) => void startJob({ kind: 'enable-products', ecomIds })),

    undo: forAPerson(() => void session.undo()),

    /** Only Sync Lens's memory changes, yet only for a person: a page script must not settle links either. */
    chooseLink: forAPerson((ecomId: number, retailId: number | null) => void session.chooseLink(ecomId, retailId)),

    stop: forAPerson(() => void session.cancel()),

    dismissJob: () => session.dismissJob(),

    togglePanel: () => store.set({ panelExpanded: !store.get().panelExpanded }),

    /** Content scripts cannot open it themselves; the background does. */
    openOptions: () => void ask({ type: 'open-options' }),
  };
}
