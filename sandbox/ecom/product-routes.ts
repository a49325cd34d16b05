import { Hono, type Context } from 'hono';

import type { SandboxContext } from '../context.ts';
import type { EcomProduct } from '../world/types.ts';
import { requireScope } from './auth.ts';
import { checkBody, readJsonObject } from './body.ts';
import { descendantIds, nextId } from './category-tree.ts';
import type { EcomEnv } from './env.ts';
import { ecomFailure } from './http-error.ts';
import { pageParams, responseFieldsParam, searchResult, shapeAnswer } from './listing.ts';
import { applyProductFields, checkProductFields, ProductFields } from './product-input.ts';
import { productToWire } from './product-wire.ts';
import { booleanParam, timeParam, wholeNumberParam } from './query.ts';

/** GET, POST, PUT and DELETE of products: /products and /products/{id}. */
export function productRoutes(ctx: SandboxContext): Hono<EcomEnv> {
  const app = new Hono<EcomEnv>();

  const wireWriter = (c: Context<EcomEnv>) => {
    const { ecom } = ctx.world;
    const options = {
      origin: new URL(c.req.url).origin,
      storeId: ecom.storeId,
      categories: ecom.categories,
      externalIds: ecom.externalIds,
    };
    return (product: EcomProduct) => productToWire(product, options);
  };

  /** A product the caller may see, or 404: a public token does not see disabled ones. */
  const visibleProduct = (c: Context<EcomEnv>): EcomProduct => {
    const id = Number(c.req.param('id'));
    const product = ctx.world.ecom.products.get(id);
    if (!product || (c.get('caller').enabledOnly && !product.enabled)) {
      throw ecomFailure(404, `Product ${id} is not found.`);
    }
    return product;
  };

  app.get('/products', (c) => {
    const caller = requireScope(c, 'read_catalog');
    const query = (name: string) => c.req.query(name);
    const page = pageParams(query);
    const fields = responseFieldsParam(query('responseFields'));
    const enabled = caller.enabledOnly ? true : booleanParam(query('enabled'), 'enabled');
    const category = wholeNumberParam(query('category'), 'category');
    const withSubcategories = booleanParam(query('withSubcategories'), 'withSubcategories') ?? false;
    const sku = query('sku');
    const keyword = query('keyword')?.trim().toLowerCase() ?? '';
    const updatedFrom = timeParam(query('updatedFrom'), 'updatedFrom');

    const { ecom } = ctx.world;
    let inCategory: (product: EcomProduct) => boolean = () => true;
    if (category === 0) {
      // Category 0 is the Store front page: the products that are in no category.
      inCategory = (product) => product.categoryIds.length === 0;
    } else if (category !== undefined) {
      const wanted = withSubcategories ? descendantIds(ecom, [category]).add(category) : new Set([category]);
      inCategory = (product) => product.categoryIds.some((id) => wanted.has(id));
    }
    const matches = [...ecom.products.values()]
      .filter(
        (product) =>
          (enabled === undefined || product.enabled === enabled) &&
          inCategory(product) &&
          (sku === undefined || product.sku === sku) &&
          (keyword === '' ||
            product.name.toLowerCase().includes(keyword) ||
            product.sku.toLowerCase().includes(keyword)) &&
          (updatedFrom === undefined || Date.parse(product.updated) >= updatedFrom),
      )
      .sort((a, b) => a.id - b.id);

    const result = searchResult(matches, page);
    return c.json(shapeAnswer({ ...result, items: result.items.map(wireWriter(c)) }, fields));
  });

  app.get('/products/:id{[0-9]+}', (c) => {
    requireScope(c, 'read_catalog');
    const fields = responseFieldsParam(c.req.query('responseFields'));
    return c.json(shapeAnswer(wireWriter(c)(visibleProduct(c)), fields));
  });

  app.post('/products', async (c) => {
    requireScope(c, 'create_catalog');
    const input = checkBody(ProductFields, await readJsonObject(c));
    if (input.name === undefined) throw ecomFailure(400, 'A product needs a name.');
    const { ecom } = ctx.world;
    const id = nextId(ecom.products);
    checkProductFields(ecom, id, input);
    const now = ctx.now();
    const product: EcomProduct = {
      id,
      name: input.name,
      sku: `SKU-${id}`,
      enabled: true,
      categoryIds: [],
      defaultCategoryId: 0,
      externalReferenceId: null,
      updated: now.toISOString(),
    };
    applyProductFields(product, input, now);
    ecom.products.set(id, product);
    return c.json({ id });
  });

  app.put('/products/:id{[0-9]+}', async (c) => {
    requireScope(c, 'update_catalog');
    const product = visibleProduct(c);
    const input = checkBody(ProductFields, await readJsonObject(c));
    checkProductFields(ctx.world.ecom, product.id, input);
    applyProductFields(product, input, ctx.now());
    return c.json({ updateCount: 1 });
  });

  app.delete('/products/:id{[0-9]+}', (c) => {
    requireScope(c, 'update_catalog');
    const product = visibleProduct(c);
    ctx.world.ecom.products.delete(product.id);
    return c.json({ deleteCount: 1 });
  });

  return app;
}
