import { Hono, type Context } from 'hono';
import * as v from 'valibot';

import type { SandboxContext } from '../context.ts';
import type { EcomCategory, EcomProduct } from '../world/types.ts';
import { requireScope } from './auth.ts';
import { checkBody, readJsonObject } from './body.ts';
import { checkProductIds } from './category-input.ts';
import type { EcomEnv } from './env.ts';
import { ecomFailure } from './http-error.ts';
import { addProductToCategory, removeProductFromCategory } from './membership.ts';

/** Ecwid's limit on ids per assign/unassign call. */
export const MAX_IDS_PER_ASSIGNMENT = 2000;

const AssignmentBody = v.looseObject({
  productIds: v.array(
    v.pipe(v.number('must be a number'), v.integer('must be a whole number')),
    'must be an array of product ids',
  ),
});

type MembershipChange = (product: EcomProduct, categoryId: number, now: Date) => boolean;

/** POST /categories/{id}/assignProducts and /unassignProducts: add or remove products, leaving the others. */
export function categoryProductRoutes(ctx: SandboxContext): Hono<EcomEnv> {
  const app = new Hono<EcomEnv>();

  const change = (apply: MembershipChange) => async (c: Context<EcomEnv>) => {
    requireScope(c, 'update_catalog');
    const id = Number(c.req.param('id'));
    const { ecom } = ctx.world;
    const category: EcomCategory | undefined = ecom.categories.get(id);
    if (!category) throw ecomFailure(404, `Category ${id} is not found.`);
    const { productIds } = checkBody(AssignmentBody, await readJsonObject(c));
    if (productIds.length > MAX_IDS_PER_ASSIGNMENT) {
      throw ecomFailure(
        400,
        `At most ${MAX_IDS_PER_ASSIGNMENT} product ids per call, not ${productIds.length}: ` +
          'split them into several calls.',
      );
    }
    // All or nothing: an unknown id refuses the whole call before anything changes.
    checkProductIds(ecom, productIds);
    const now = ctx.now();
    let updateCount = 0;
    for (const productId of new Set(productIds)) {
      if (apply(ecom.products.get(productId)!, category.id, now)) updateCount += 1;
    }
    return c.json({ updateCount });
  };

  app.post('/categories/:id{[0-9]+}/assignProducts', change(addProductToCategory));
  app.post('/categories/:id{[0-9]+}/unassignProducts', change(removeProductFromCategory));

  return app;
}
