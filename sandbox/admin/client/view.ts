import type { Catalog } from './catalog.ts';
import type { CategoryEdits } from './category-edits.ts';
import type { Messages } from './i18n.ts';
import type { Route } from './route.ts';

export type Notice = { kind: 'error' | 'success'; text: string };

/**
 * What a page can ask of the app. Every action writes through the eCom API, updates the catalog in memory on
 * success, reports failures in the message bar, and says whether it worked so the page can re-render its part.
 */
export interface Actions {
  setCategoryEnabled(id: number, enabled: boolean): Promise<boolean>;
  setProductEnabled(id: number, enabled: boolean): Promise<boolean>;
  /** Creates an enabled top-level category, then re-renders the page. */
  addRootCategory(name: string): Promise<boolean>;
  /** Saves a category's form, reloads the catalog and re-renders the page. */
  saveCategory(id: number, edits: CategoryEdits): Promise<boolean>;
  /** A form has unsaved input: a refresh on focus must not throw it away. */
  setDirty(dirty: boolean): void;
  /** Shows a message in the message bar without a write (e.g. a form that is not filled in). */
  notify(notice: Notice): void;
}

export interface PageInput {
  route: Route;
  catalog: Catalog;
  actions: Actions;
  t: Messages;
}

/** Where the app puts pages and messages, as laid out by one renderer. */
export interface Layout {
  main: HTMLElement;
  showNotice(notice: Notice | null): void;
  /** Marks the current page in the navigation. */
  setCurrent(route: Route): void;
}

/**
 * One way of drawing the admin. Two exist over the same data layer and actions: the standard markup the extension
 * targets, and an alternative one that stands in for the live admin having changed its DOM.
 */
export interface View {
  layout(root: HTMLElement, t: Messages, storeId: number): Layout;
  loading(main: HTMLElement, route: Route, t: Messages): void;
  failed(main: HTMLElement, route: Route, t: Messages, retry: () => void): void;
  page(main: HTMLElement, input: PageInput): void;
}
