import { Hono, type Context } from 'hono';

import type { SandboxContext } from '../context.ts';
import type { EcomCategory } from '../world/types.ts';
import { requireScope } from './auth.ts';
import { checkBody, readJsonObject } from './body.ts';
import { applyCategoryFields, CategoryFields, checkParent, checkProductIds, writtenName } from './category-input.ts';
import { descendantIds, nextId, orderByAfterSiblings } from './category-tree.ts';
import { categoryToWire } from './category-wire.ts';
import type { EcomEnv } from './env.ts';
import { ecomFailure } from './http-error.ts';
import { pageParams, responseFieldsParam, searchResult, shapeAnswer } from './listing.ts';
import { productsByCategory, removeProductFromCategory } from './membership.ts';
import { booleanParam, idListParam, wholeNumberParam } from './query.ts';

/** GET, POST, PUT and DELETE of categories: /categories and /categories/{id}. */
export function categoryRoutes(ctx: SandboxContext): Hono<EcomEnv> {
  const app = new Hono<EcomEnv>();

  /** Turns categories into wire objects with their derived fields, for one request. */
  const wireWriter = (c: Context<EcomEnv>, withProductIds: boolean) => {
    const { ecom } = ctx.world;
    const index = productsByCategory(ecom);
    const options = {
      origin: new URL(c.req.url).origin,
      storeId: ecom.storeId,
      withProductIds,
      enabledOnly: c.get('caller').enabledOnly,
      externalIds: ecom.externalIds,
    };
    return (category: EcomCategory) => categoryToWire(category, { ...options, products: index.get(category.id) ?? [] });
  };

  /** A category the caller may see, or 404: a public token does not see disabled ones. */
  const visibleCategory = (c: Context<EcomEnv>): EcomCategory => {
    const id = Number(c.req.param('id'));
    const category = ctx.world.ecom.categories.get(id);
    if (!category || (c.get('caller').enabledOnly && !category.enabled)) {
      throw ecomFailure(404, `Category ${id} is not found.`);
    }
    return category;
  };

  app.get('/categories', (c) => {
    const caller = requireScope(c, 'read_catalog');
    const query = (name: string) => c.req.query(name);
    const page = pageParams(query);
    const fields = responseFieldsParam(query('responseFields'));
    // Ecwid's default hides disabled categories, which trips up every client that forgets the flag.
    const showHidden = !caller.enabledOnly && (booleanParam(query('hidden_categories'), 'hidden_categories') ?? false);
    const parent = wholeNumberParam(query('parent'), 'parent');
    const parentIds = idListParam(query('parentIds'), 'parentIds') ?? [];
    const parents = parent === undefined ? parentIds : [parent, ...parentIds];
    const withSubcategories = booleanParam(query('withSubcategories'), 'withSubcategories') ?? false;
    const withProductIds = booleanParam(query('productIds'), 'productIds') ?? false;
    const keyword = query('keyword')?.trim().toLowerCase() ?? '';

    const { ecom } = ctx.world;
    let inScope: (category: EcomCategory) => boolean = () => true;
    if (parents.length > 0) {
      if (withSubcategories) {
        const below = descendantIds(ecom, parents);
        inScope = (category) => below.has(category.id);
      } else {
        const parentSet = new Set(parents);
        inScope = (category) => parentSet.has(category.parentId);
      }
    }
    const matches = [...ecom.categories.values()]
      .filter(
        (category) =>
          (showHidden || category.enabled) &&
          inScope(category) &&
          (keyword === '' || category.name.toLowerCase().includes(keyword)),
      )
      // Ecwid lists by id, not in admin order: clients must sort by orderBy themselves.
      .sort((a, b) => a.id - b.id);

    const result = searchResult(matches, page);
    const toWire = wireWriter(c, withProductIds);
    return c.json(shapeAnswer({ ...result, items: result.items.map(toWire) }, fields));
  });

  app.get('/categories/:id{[0-9]+}', (c) => {
    requireScope(c, 'read_catalog');
    const fields = responseFieldsParam(c.req.query('responseFields'));
    const withProductIds = booleanParam(c.req.query('productIds'), 'productIds') ?? false;
    const category = visibleCategory(c);
    return c.json(shapeAnswer(wireWriter(c, withProductIds)(category), fields));
  });

  app.post('/categories', async (c) => {
    requireScope(c, 'create_catalog');
    const input = checkBody(CategoryFields, await readJsonObject(c));
    const name = writtenName(input);
    if (name === undefined) throw ecomFailure(400, 'A category needs a name.');
    const { ecom } = ctx.world;
    const parentId = input.parentId ?? 0;
    checkParent(ecom, 0, parentId);
    if (input.productIds) checkProductIds(ecom, input.productIds);

    const category: EcomCategory = {
      id: nextId(ecom.categories),
      parentId,
      orderBy: orderByAfterSiblings(ecom, parentId),
      name,
      description: '',
      // Ecwid makes new categories enabled unless told otherwise (only the Lightspeed sync makes disabled ones).
      enabled: true,
      imageUrl: '',
      customSlug: '',
      seoTitle: '',
      seoDescription: '',
      // Read-only: whatever the body says, a category made through the API has no origin.
      origin: null,
      externalReferenceId: null,
    };
    ecom.categories.set(category.id, category);
    applyCategoryFields(ecom, category, input, ctx.now());
    return c.json({ id: category.id });
  });

  app.put('/categories/:id{[0-9]+}', async (c) => {
    requireScope(c, 'update_catalog');
    const category = visibleCategory(c);
    const input = checkBody(CategoryFields, await readJsonObject(c));
    const { ecom } = ctx.world;
    if (input.parentId !== undefined) checkParent(ecom, category.id, input.parentId);
    if (input.productIds) checkProductIds(ecom, input.productIds);
    applyCategoryFields(ecom, category, input, ctx.now());
    return c.json({ updateCount: 1 });
  });

  app.delete('/categories/:id{[0-9]+}', (c) => {
    requireScope(c, 'update_catalog');
    const category = visibleCategory(c);
    if (category.origin === 'LIGHTSPEED') {
      throw ecomFailure(
        403,
        `Category ${category.id} comes from Lightspeed Retail POS (origin LIGHTSPEED) and cannot be deleted ` +
          'through the API; delete it in Retail POS.',
      );
    }
    const { ecom } = ctx.world;
    const now = ctx.now();
    // Its subcategories move up to its parent rather than vanish with it.
    for (const other of ecom.categories.values()) {
      if (other.parentId === category.id) other.parentId = category.parentId;
    }
    for (const product of ecom.products.values()) removeProductFromCategory(product, category.id, now);
    ecom.categories.delete(category.id);
    return c.json({ deleteCount: 1 });
  });

  return app;
}
