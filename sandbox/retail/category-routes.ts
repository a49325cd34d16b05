import type { Hono } from 'hono';

import type { SandboxContext } from '../context.ts';
import { CategoryCreateBody, CategoryUpdateBody, readBody } from './body.ts';
import { createCategory, deleteCategory, findCategory, updateCategory } from './category-writes.ts';
import { categorySpec } from './fields.ts';
import { listResponse } from './list-response.ts';
import { ACCOUNT_PATH, ID_JSON, idOfFile } from './paths.ts';
import { answering, RetailRequestError } from './request-error.ts';
import { categoryToWire } from './wire.ts';

/** Categories have no relations the sandbox can load; asking for one by name is refused, not ignored. */
function refuseRelations(params: URLSearchParams): void {
  const raw = params.get('load_relations');
  if (raw === null || raw === 'all' || raw === '[]') return;
  throw new RetailRequestError(400, `load_relations: Category has no relations to load here ("${raw}")`);
}

export function registerCategoryRoutes(app: Hono, ctx: SandboxContext): void {
  app.get(`${ACCOUNT_PATH}/Category.json`, (c) =>
    answering(() => {
      const retail = ctx.world.retail;
      const url = new URL(c.req.url);
      refuseRelations(url.searchParams);
      return listResponse({
        spec: categorySpec(retail),
        records: retail.categories.values(),
        toWire: (category) => categoryToWire(retail, category),
        url,
        ownParams: ['load_relations'],
      });
    }),
  );

  app.post(`${ACCOUNT_PATH}/Category.json`, (c) =>
    answering(async () => {
      const body = await readBody(c.req.raw, CategoryCreateBody);
      const retail = ctx.world.retail;
      const category = createCategory(retail, body, ctx.now().toISOString());
      return Response.json({ Category: categoryToWire(retail, category) });
    }),
  );

  app.get(`${ACCOUNT_PATH}/Category/:file${ID_JSON}`, (c) =>
    answering(() => {
      const retail = ctx.world.retail;
      refuseRelations(new URL(c.req.url).searchParams);
      const category = findCategory(retail, idOfFile(c.req.param('file')));
      return Response.json({ Category: categoryToWire(retail, category) });
    }),
  );

  app.put(`${ACCOUNT_PATH}/Category/:file${ID_JSON}`, (c) =>
    answering(async () => {
      const categoryID = idOfFile(c.req.param('file'));
      findCategory(ctx.world.retail, categoryID); // an unknown id is a 404 even when the body is also wrong
      const body = await readBody(c.req.raw, CategoryUpdateBody);
      // Read after the body has arrived: the world may have been replaced meanwhile.
      const retail = ctx.world.retail;
      const category = updateCategory(retail, categoryID, body, ctx.now().toISOString());
      return Response.json({ Category: categoryToWire(retail, category) });
    }),
  );

  app.delete(`${ACCOUNT_PATH}/Category/:file${ID_JSON}`, (c) =>
    answering(() => {
      const retail = ctx.world.retail;
      const categoryID = idOfFile(c.req.param('file'));
      // Answered with the category as it was just before it went.
      const before = categoryToWire(retail, findCategory(retail, categoryID));
      deleteCategory(retail, categoryID, ctx.now().toISOString());
      return Response.json({ Category: before });
    }),
  );
}
