import type { Hono } from 'hono';

import type { SandboxContext } from '../context.ts';
import type { RetailItem } from '../world/types.ts';
import { ItemCreateBody, ItemUpdateBody, readBody } from './body.ts';
import { itemSpec } from './fields.ts';
import { createItem, findItem, updateItem } from './item-writes.ts';
import { listResponse } from './list-response.ts';
import { ACCOUNT_PATH, ID_JSON, idOfFile } from './paths.ts';
import { answering, RetailRequestError } from './request-error.ts';
import { ITEM_RELATIONS, itemToWire, type ItemRelation } from './wire.ts';

/** `load_relations` is a JSON array of relation names in the query, or `all`. */
function parseRelations(raw: string | null): Set<ItemRelation> {
  if (raw === null) return new Set();
  if (raw === 'all') return new Set(ITEM_RELATIONS);
  let names: unknown;
  try {
    names = JSON.parse(raw);
  } catch {
    names = undefined;
  }
  if (!Array.isArray(names) || !names.every((name) => typeof name === 'string')) {
    throw new RetailRequestError(400, `load_relations: must be a JSON array of names such as ["Category"], not ${raw}`);
  }
  const unknown = names.filter((name) => !(ITEM_RELATIONS as readonly string[]).includes(name));
  if (unknown.length > 0) {
    throw new RetailRequestError(
      400,
      `load_relations: Item has no relation ${unknown.join(', ')}; the sandbox knows ${ITEM_RELATIONS.join(', ')}`,
    );
  }
  return new Set(names as ItemRelation[]);
}

/** Lists leave archived items out unless asked: `archived=true` adds them, `archived=only` shows only them. */
function archivedFilter(raw: string | null): (item: RetailItem) => boolean {
  if (raw === null || raw === 'false' || raw === '0') return (item) => !item.archived;
  if (raw === 'true' || raw === '1') return () => true;
  if (raw === 'only') return (item) => item.archived;
  throw new RetailRequestError(400, `archived: must be true, false or only, not "${raw}"`);
}

export function registerItemRoutes(app: Hono, ctx: SandboxContext): void {
  app.get(`${ACCOUNT_PATH}/Item.json`, (c) =>
    answering(() => {
      const retail = ctx.world.retail;
      const url = new URL(c.req.url);
      const relations = parseRelations(url.searchParams.get('load_relations'));
      const shown = archivedFilter(url.searchParams.get('archived'));
      return listResponse({
        spec: itemSpec(),
        records: [...retail.items.values()].filter(shown),
        toWire: (item) => itemToWire(retail, item, relations),
        url,
        ownParams: ['load_relations', 'archived'],
      });
    }),
  );

  app.post(`${ACCOUNT_PATH}/Item.json`, (c) =>
    answering(async () => {
      const body = await readBody(c.req.raw, ItemCreateBody);
      const retail = ctx.world.retail;
      const item = createItem(retail, body, ctx.now().toISOString());
      return Response.json({ Item: itemToWire(retail, item, new Set()) });
    }),
  );

  app.get(`${ACCOUNT_PATH}/Item/:file${ID_JSON}`, (c) =>
    answering(() => {
      const retail = ctx.world.retail;
      const relations = parseRelations(c.req.query('load_relations') ?? null);
      // Unlike lists, fetching one item by id finds it even when it is archived.
      const item = findItem(retail, idOfFile(c.req.param('file')));
      return Response.json({ Item: itemToWire(retail, item, relations) });
    }),
  );

  app.put(`${ACCOUNT_PATH}/Item/:file${ID_JSON}`, (c) =>
    answering(async () => {
      const itemID = idOfFile(c.req.param('file'));
      findItem(ctx.world.retail, itemID); // an unknown id is a 404 even when the body is also wrong
      const body = await readBody(c.req.raw, ItemUpdateBody);
      // Read after the body has arrived: the world may have been replaced meanwhile.
      const retail = ctx.world.retail;
      const item = updateItem(retail, itemID, body, ctx.now().toISOString());
      return Response.json({ Item: itemToWire(retail, item, new Set()) });
    }),
  );
}
