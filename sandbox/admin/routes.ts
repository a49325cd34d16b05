import { Hono, type Context } from 'hono';

import type { SandboxContext } from '../context.ts';
import { createAssetStore } from './assets.ts';
import { markupOf } from './client/markups.ts';
import { negotiateLang } from './lang.ts';
import { notFoundHtml, shellHtml } from './shell.ts';

/**
 * The sandbox's stand-in for the eCom (E-Series) control panel at /store/{storeId} and /cp/: an HTML shell whose app, in
 * ./client, renders the catalog after load from the eCom API, like any client of it. The extension relies only on
 * the DOM the app builds (contract at the top of client/standard-view.ts).
 *
 * Another store id answers a 404 page; with `?empty=1` it answers that store's admin instead, as the merchant's
 * second store would look: the same app, with an empty catalog and no token (the sandbox holds nothing of that
 * store: every read is empty, every write refused). The tests of another store's admin use it.
 */
export function adminRoutes(ctx: SandboxContext): Hono {
  const app = new Hono();
  const assets = createAssetStore();

  const serve = (c: Context, asked: string) => {
    const lang = negotiateLang(c.req.query('lang'), c.req.header('accept-language'));
    const storeId = ctx.world.ecom.storeId;
    const own = asked === String(storeId);
    const otherStore = !own && c.req.query('empty') === '1' && /^[1-9]\d{0,15}$/.test(asked);
    if (!own && !otherStore) return c.html(notFoundHtml(lang), 404);
    const markup = markupOf(c.req.query('markup'));
    const html = shellHtml({
      storeId: own ? storeId : Number(asked),
      apiBase: `${new URL(c.req.url).origin}/api/v3`,
      token: own ? ctx.tokens.ecomSecret : '',
      lang,
      markup,
      ...(otherStore ? { empty: true } : {}),
    });
    // The shell carries the secret token: never let a shared cache keep it.
    return c.html(html, 200, { 'Cache-Control': 'no-store' });
  };

  app.get('/store/:storeId', (c) => serve(c, c.req.param('storeId')));
  // The control panel's other doors name no store: the signed-in session picks it, here `?store=` (default the
  // sandbox's own; another id with `?empty=1`, as for /store/{id}).
  for (const path of ['/cp', '/cp/', '/cp/CP.html']) {
    app.get(path, (c) => serve(c, c.req.query('store') ?? String(ctx.world.ecom.storeId)));
  }

  app.get('/store-assets/:file', async (c) => {
    const asset = await assets(c.req.param('file'));
    if (!asset) return c.text('No such asset', 404);
    return c.body(asset.body, 200, { 'Content-Type': asset.contentType, 'Cache-Control': 'no-cache' });
  });

  return app;
}
