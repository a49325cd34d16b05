import type { ListedStatus } from '../../components/overlay/SummaryBar.tsx';
import { storefrontProducts } from '../../utils/overlay/candidates.ts';
import type { HelpTopic } from '../../utils/overlay/help-topics.ts';
import { hiddenProducts } from '../../utils/overlay/next-action.ts';
import type { PageMode } from '../../utils/overlay/admin-page-watch.ts';
import { INITIAL_ENGINE_VIEW, type EngineView } from '../../utils/overlay/session.ts';
import type { PageProduct, PageStatus } from '../../utils/messaging/protocol.ts';
import type { CategoryState } from '../../utils/sync/model.ts';

/** Where focus goes back when what was opened closes: the opener, or a stand-in found again if it was redrawn. */
export interface Opener {
  element: HTMLElement | null;
  find?: () => HTMLElement | null;
}

export type PopoverState =
  | {
      kind: 'category';
      ecomId: number | null;
      retailId: number | null;
      focus: 'status' | 'lock';
      anchor: () => Element | null;
      opener: Opener;
    }
  | { kind: 'list'; status: ListedStatus; anchor: () => Element | null; opener: Opener };

export type DialogState =
  | { kind: 'enable-categories'; opener: Opener }
  | { kind: 'enable-products'; within: number[] | null; opener: Opener }
  | { kind: 'job'; opener: Opener };

export interface OverlayState extends EngineView {
  mode: PageMode;
  popover: PopoverState | null;
  dialog: DialogState | null;
  /** A job is being started from the dialog. */
  starting: boolean;
  help: { topic: HelpTopic | null; request: number; opener: Opener } | null;
  tip: { text: string; anchor: DOMRect } | null;
  panelExpanded: boolean;
  /** Bumped after every change of the admin's own markup, for what is read from it (a page's product list). */
  contentSeq: number;
  /**
   * Docked on an unknown categories page: how many of its rows the catalog told (and got a badge), and how many
   * showing a known name it could not tell (utils/admin-dom/catalog-rows.ts). Null elsewhere.
   */
  explained: { rows: number; unsure: number } | null;
}

export const INITIAL_STATE: OverlayState = {
  ...INITIAL_ENGINE_VIEW,
  mode: { kind: 'elsewhere' },
  popover: null,
  dialog: null,
  starting: false,
  help: null,
  tip: null,
  panelExpanded: true,
  contentSeq: 0,
  explained: null,
};

/** Lookups over one status, computed once per status the background sends. */
export interface Derived {
  categoriesByEcomId: Map<number, CategoryState>;
  productsByEcomId: Map<number, PageProduct>;
  hidden: PageProduct[];
  storefront: PageProduct[];
}

const cache = new WeakMap<PageStatus, Derived>();

export function derive(status: PageStatus): Derived {
  let derived = cache.get(status);
  if (!derived) {
    const categoriesByEcomId = new Map<number, CategoryState>();
    for (const state of status.categories) if (state.ecomId !== null) categoriesByEcomId.set(state.ecomId, state);
    const productsByEcomId = new Map<number, PageProduct>();
    for (const state of status.products) if (state.ecomId !== null) productsByEcomId.set(state.ecomId, state);
    derived = {
      categoriesByEcomId,
      productsByEcomId,
      hidden: hiddenProducts(status),
      storefront: storefrontProducts(status),
    };
    cache.set(status, derived);
  }
  return derived;
}

/** The category a popover is about, looked up again in the newest status (it may have changed meanwhile). */
export function findCategory(status: PageStatus | null, key: { ecomId: number | null; retailId: number | null }) {
  if (!status) return undefined;
  if (key.ecomId !== null) return derive(status).categoriesByEcomId.get(key.ecomId);
  return status.categories.find((state) => state.retailId === key.retailId);
}
