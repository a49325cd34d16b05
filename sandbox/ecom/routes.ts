import { Hono } from 'hono';

import type { SandboxContext } from '../context.ts';
import { batchRoutes } from './batch-routes.ts';
import { categoryImageRoutes } from './category-image-routes.ts';
import { categoryProductRoutes } from './category-product-routes.ts';
import { categoryRoutes } from './category-routes.ts';
import { categorySortRoutes } from './category-sort-routes.ts';
import type { EcomEnv } from './env.ts';
import { ecomGate } from './gate.ts';
import { productRoutes } from './product-routes.ts';

const STORE_BASE = '/api/v3/:storeId{[0-9]+}';

/**
 * The eCom (E-Series) API: the Ecwid REST API v3 catalog calls, under /api/v3/{storeId}/. `app` is the whole
 * sandbox, through which batch requests are dispatched in-process.
 */
export function ecomRoutes(ctx: SandboxContext, app: () => Hono<any>): Hono {
  const ecom = new Hono<EcomEnv>();
  ecom.use(`${STORE_BASE}/*`, ecomGate(ctx));
  // Sort routes first: "/categories/sort" must not be taken for a category id.
  ecom.route(STORE_BASE, categorySortRoutes(ctx));
  ecom.route(STORE_BASE, categoryRoutes(ctx));
  ecom.route(STORE_BASE, categoryProductRoutes(ctx));
  ecom.route(STORE_BASE, categoryImageRoutes(ctx));
  ecom.route(STORE_BASE, productRoutes(ctx));
  ecom.route(STORE_BASE, batchRoutes(ctx, app));
  // Wrapped so the caller gets a plain Hono: the caller variable is this API's own business.
  return new Hono().route('/', ecom);
}
