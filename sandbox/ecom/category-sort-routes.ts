import { Hono } from 'hono';
import * as v from 'valibot';

import type { SandboxContext } from '../context.ts';
import { requireScope } from './auth.ts';
import { checkBody, readJsonObject } from './body.ts';
import { childrenOf } from './category-tree.ts';
import type { EcomEnv } from './env.ts';
import { ecomFailure } from './http-error.ts';
import { wholeNumberParam } from './query.ts';

const SortBody = v.looseObject({
  sortedIds: v.array(
    v.pipe(v.number('must be a number'), v.integer('must be a whole number')),
    'must be an array of category ids',
  ),
});

function listIds(ids: readonly number[]): string {
  return ids.length > 10 ? `${ids.slice(0, 10).join(', ')}…` : ids.join(', ');
}

/** The display order of one parent's children: GET and PUT /categories/sort?parentCategory=N (0 = top level). */
export function categorySortRoutes(ctx: SandboxContext): Hono<EcomEnv> {
  const app = new Hono<EcomEnv>();

  const parentOf = (value: string | undefined): number => {
    const parent = wholeNumberParam(value, 'parentCategory') ?? 0;
    if (parent !== 0 && !ctx.world.ecom.categories.has(parent)) {
      throw ecomFailure(404, `Category ${parent} is not found.`);
    }
    return parent;
  };

  app.get('/categories/sort', (c) => {
    const caller = requireScope(c, 'read_catalog');
    const parent = parentOf(c.req.query('parentCategory'));
    const children = childrenOf(ctx.world.ecom, parent).filter((child) => !caller.enabledOnly || child.enabled);
    return c.json({ sortedIds: children.map((child) => child.id) });
  });

  app.put('/categories/sort', async (c) => {
    requireScope(c, 'update_catalog');
    const parent = parentOf(c.req.query('parentCategory'));
    const { sortedIds } = checkBody(SortBody, await readJsonObject(c));
    const children = childrenOf(ctx.world.ecom, parent);

    // The order must name every child exactly once, and nothing else: a partial order has no clear meaning.
    const childIds = new Set(children.map((child) => child.id));
    const given = new Set(sortedIds);
    const seen = new Set<number>();
    const repeated = sortedIds.filter((id) => seen.has(id) || (seen.add(id), false));
    const missing = [...childIds].filter((id) => !given.has(id));
    const extra = [...given].filter((id) => !childIds.has(id));
    const problems = [
      ...(repeated.length > 0 ? [`repeated: ${listIds([...new Set(repeated)])}`] : []),
      ...(missing.length > 0 ? [`missing: ${listIds(missing)}`] : []),
      ...(extra.length > 0 ? [`not children of ${parent}: ${listIds(extra)}`] : []),
    ];
    if (problems.length > 0) {
      throw ecomFailure(400, `sortedIds must list exactly the children of category ${parent}; ${problems.join('; ')}.`);
    }

    sortedIds.forEach((id, index) => {
      ctx.world.ecom.categories.get(id)!.orderBy = (index + 1) * 10;
    });
    return c.json({ updateCount: sortedIds.length });
  });

  return app;
}
