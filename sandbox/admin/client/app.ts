import { ApiError, createApi } from './api.ts';
import { emptyStoreApi } from './empty-store-api.ts';
import { catalogSignature, loadCatalog, type Catalog } from './catalog.ts';
import { categoryUpdate } from './category-edits.ts';
import type { AdminConfig } from './config.ts';
import { messagesFor } from './i18n.ts';
import { parseRoute, type Route } from './route.ts';
import type { Actions, Layout, View } from './view.ts';

/**
 * The admin app: routing by hash, loading the catalog from the eCom API, and the writes. Like the real control
 * panel it re-renders the page on every navigation (fetching the data again) and refreshes when the window gets
 * focus, so changes made elsewhere (by the extension, or by Lightspeed's sync) show up.
 */
export function startApp(root: HTMLElement, config: AdminConfig, view: View): void {
  const api = config.empty ? emptyStoreApi(config.storeId) : createApi(config);
  const t = messagesFor(config.lang);
  const layout: Layout = view.layout(root, t, config.storeId);

  let catalog: Catalog | null = null;
  let route: Route = parseRoute(location.hash);
  let dirty = false;
  /** Bumped by every load, so an older answer arriving late never draws over a newer page. */
  let generation = 0;
  let loadingNow = false;

  const describe = (prefix: string, error: unknown): string => {
    if (error instanceof ApiError) {
      return `${prefix}: ${error.status === 0 ? t.unreachable : t.httpError(error.status, error.message)}`;
    }
    return `${prefix}: ${error instanceof Error ? error.message : String(error)}`;
  };

  const draw = () => {
    if (!catalog) return;
    dirty = false;
    layout.main.removeAttribute('aria-busy');
    view.page(layout.main, { route, catalog, actions, t });
  };

  /**
   * Fetches the catalog. 'navigate' shows the loader and draws the new page; 'refresh' (on focus) keeps the page
   * and redraws it only when the data changed and no form has unsaved input; 'after-write' keeps the page and
   * redraws it from the server's view of the write.
   */
  const load = async (mode: 'navigate' | 'refresh' | 'after-write') => {
    const mine = ++generation;
    loadingNow = true;
    if (mode === 'navigate') {
      layout.main.setAttribute('aria-busy', 'true');
      view.loading(layout.main, route, t);
    }
    try {
      const fresh = await loadCatalog(api);
      if (mine !== generation) return;
      const changed = !catalog || catalogSignature(fresh) !== catalogSignature(catalog);
      // The page on screen keeps the catalog it was drawn from (its rows read and update it), so the catalog is
      // only swapped together with a redraw.
      if (mode !== 'refresh' || (changed && !dirty)) {
        catalog = fresh;
        draw();
      }
    } catch (error) {
      if (mine !== generation) return;
      layout.showNotice({ kind: 'error', text: describe(t.loadFailedShort, error) });
      if (mode === 'navigate') {
        layout.main.removeAttribute('aria-busy');
        view.failed(layout.main, route, t, () => void load('navigate'));
      }
    } finally {
      if (mine === generation) loadingNow = false;
    }
  };

  const navigate = () => {
    route = parseRoute(location.hash);
    layout.setCurrent(route);
    layout.showNotice(null);
    void load('navigate');
  };

  const actions: Actions = {
    async setCategoryEnabled(id, enabled) {
      try {
        await api.put(`/categories/${id}`, { enabled });
      } catch (error) {
        layout.showNotice({ kind: 'error', text: describe(t.saveFailed, error) });
        return false;
      }
      const category = catalog?.categories.get(id);
      if (category) category.enabled = enabled;
      return true;
    },

    async setProductEnabled(id, enabled) {
      try {
        await api.put(`/products/${id}`, { enabled });
      } catch (error) {
        layout.showNotice({ kind: 'error', text: describe(t.saveFailed, error) });
        return false;
      }
      const product = catalog?.products.get(id);
      if (product) product.enabled = enabled;
      return true;
    },

    async addRootCategory(name) {
      try {
        await api.post('/categories', { name, parentId: 0, enabled: true });
      } catch (error) {
        layout.showNotice({ kind: 'error', text: describe(t.createFailed, error) });
        return false;
      }
      await load('after-write');
      layout.showNotice({ kind: 'success', text: t.created(name) });
      return true;
    },

    async saveCategory(id, edits) {
      const category = catalog?.categories.get(id);
      if (!category) return false;
      try {
        await api.put(`/categories/${id}`, categoryUpdate(category, edits));
        // Ecwid sets a category's image through its own endpoint (it copies the picture), not through the PUT.
        if (edits.imageUrl.trim() !== category.imageUrl) {
          const url = edits.imageUrl.trim();
          if (url === '') await api.del(`/categories/${id}/image`);
          else await api.post(`/categories/${id}/image?externalUrl=${encodeURIComponent(url)}`);
        }
      } catch (error) {
        layout.showNotice({ kind: 'error', text: describe(t.saveFailed, error) });
        return false;
      }
      dirty = false;
      await load('after-write');
      layout.showNotice({ kind: 'success', text: t.saved });
      return true;
    },

    setDirty(value) {
      dirty = value;
    },

    notify(notice) {
      layout.showNotice(notice);
    },
  };

  window.addEventListener('hashchange', navigate);
  window.addEventListener('focus', () => {
    if (!loadingNow) void load('refresh');
  });
  layout.setCurrent(route);
  void load('navigate');
}
