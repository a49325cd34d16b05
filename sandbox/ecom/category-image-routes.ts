import { Hono } from 'hono';

import type { SandboxContext } from '../context.ts';
import { requireScope } from './auth.ts';
import type { EcomEnv } from './env.ts';
import { ecomFailure } from './http-error.ts';

/** Largest image body accepted; Ecwid's own limit is far larger, but a sandbox keeps images in memory. */
const MAX_IMAGE_BYTES = 5 * 1024 * 1024;

/**
 * A category's image: POST /categories/{id}/image with `?externalUrl=` (Ecwid fetches it; the sandbox just
 * records the URL) or with the image itself as the body (kept as a data: URL so the admin can still show it);
 * DELETE removes it.
 */
export function categoryImageRoutes(ctx: SandboxContext): Hono<EcomEnv> {
  const app = new Hono<EcomEnv>();

  const categoryOf = (idText: string) => {
    const id = Number(idText);
    const category = ctx.world.ecom.categories.get(id);
    if (!category) throw ecomFailure(404, `Category ${id} is not found.`);
    return category;
  };

  app.post('/categories/:id{[0-9]+}/image', async (c) => {
    requireScope(c, 'update_catalog');
    const category = categoryOf(c.req.param('id'));
    const externalUrl = c.req.query('externalUrl');
    if (externalUrl !== undefined) {
      if (!URL.canParse(externalUrl) || !/^https?:$/.test(new URL(externalUrl).protocol)) {
        throw ecomFailure(400, `externalUrl must be an http(s) URL, not "${externalUrl}".`);
      }
      category.imageUrl = externalUrl;
      return c.json({ updateCount: 1 });
    }
    const contentType = c.req.header('content-type') ?? '';
    if (!/^image\//i.test(contentType)) {
      throw ecomFailure(415, 'Send the image as the body with an image/* Content-Type, or give ?externalUrl=.');
    }
    const bytes = Buffer.from(await c.req.arrayBuffer());
    if (bytes.length === 0) throw ecomFailure(400, 'The image is empty.');
    if (bytes.length > MAX_IMAGE_BYTES) throw ecomFailure(400, `The image is larger than ${MAX_IMAGE_BYTES} bytes.`);
    category.imageUrl = `data:${contentType.split(';')[0]!.trim()};base64,${bytes.toString('base64')}`;
    return c.json({ updateCount: 1 });
  });

  app.delete('/categories/:id{[0-9]+}/image', (c) => {
    requireScope(c, 'update_catalog');
    const category = categoryOf(c.req.param('id'));
    category.imageUrl = '';
    return c.json({ deleteCount: 1 });
  });

  return app;
}
