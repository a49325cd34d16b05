import type * as v from 'valibot';

import { chunksOf } from '../http/chunks.ts';
import { createHttpClient, type HttpMethod } from '../http/request.ts';
import { resolveRuntime } from '../http/runtime.ts';
import { buildUrl, normaliseBase, type QueryValues } from '../http/urls.ts';
import type { EcomCategory, EcomProduct } from '../sync/model.ts';
import { createBatchRunner, DEFAULT_BATCH_POLL, type BatchRunner } from './batch.ts';
import type { EcomClientOptions } from './config.ts';
import { ecomVoice } from './voice.ts';
import { walkOffsetPages, type Listing } from './offset-walk.ts';
import {
  CategoryAnswer,
  CategoryList,
  CreatedAnswer,
  ProductList,
  SortAnswer,
  TotalAnswer,
  UpdatedAnswer,
} from './schemas.ts';
import type { EcomCall, EcomCallOptions } from './transport.ts';
import { WindowPacer } from './window-pacer.ts';

/** eCom's page size ceiling. */
export const ECOM_PAGE_SIZE = 100;
/** eCom's limit on product ids per assignProducts / unassignProducts call. */
export const ASSIGN_LIMIT = 2000;

/** Only the fields the engine reads travel over the wire. */
const CATEGORY_FIELDS =
  'total,count,offset,limit,' +
  'items(id,parentId,orderBy,name,enabled,description,imageUrl,origin,externalReferenceId,productIds)';
const PRODUCT_FIELDS =
  'total,count,offset,limit,' +
  'items(id,name,sku,enabled,categoryIds,defaultCategoryId,externalReferenceId,updated,updateTimestamp)';

/** The category fields eCom lets a client write. */
export interface EcomCategoryFields {
  name?: string;
  parentId?: number;
  orderBy?: number;
  description?: string;
  enabled?: boolean;
  productIds?: number[];
  customSlug?: string;
  seoTitle?: string;
  seoDescription?: string;
}

export interface EcomProductFields {
  enabled?: boolean;
  categoryIds?: number[];
  defaultCategoryId?: number;
}

export interface EcomClient extends BatchRunner {
  /** Every category, disabled ones included, each with its product ids. Not in admin order: sort by orderBy. */
  categories(): Promise<Listing<EcomCategory>>;
  /** Every product, or those changed at or after `updatedFrom` (ISO 8601). */
  products(options?: { updatedFrom?: string | Date }): Promise<Listing<EcomProduct>>;
  /** How many products the store has, in one small request: tells an incremental read whether it missed a deletion. */
  productTotal(): Promise<number>;
  category(id: number): Promise<EcomCategory>;
  updateCategory(id: number, fields: EcomCategoryFields): Promise<void>;
  /** The new category's id. */
  createCategory(fields: EcomCategoryFields & { name: string }): Promise<number>;
  updateProduct(id: number, fields: EcomProductFields): Promise<void>;
  /** Sets the order of all of one parent's children (0 = top level). */
  sortCategories(parentId: number, sortedIds: readonly number[]): Promise<void>;
  getSort(parentId: number): Promise<number[]>;
  /** Adds products to a category, leaving its others; in calls of at most 2000 ids. */
  assignProducts(categoryId: number, productIds: readonly number[]): Promise<void>;
  unassignProducts(categoryId: number, productIds: readonly number[]): Promise<void>;
}

export function createEcomClient(options: EcomClientOptions): EcomClient {
  const storeBase = `${normaliseBase(options.apiBase)}/${encodeURIComponent(String(options.storeId).trim())}`;
  const runtime = resolveRuntime(options);
  const budget = new WindowPacer({ limit: options.perMinute ?? 600 });
  const publicToken = typeof options.token === 'string' ? options.token.startsWith('public_') : null;
  const http = createHttpClient({
    voice: ecomVoice(publicToken),
    token: options.token,
    runtime,
    ...(options.policy ? { policy: options.policy } : {}),
    pacer: {
      delayMs: (_request, now) => budget.delayMs(now),
      sent: (_request, now) => budget.sent(now),
      answered: () => {},
    },
  });

  const call: EcomCall = (method, path, schema, callOptions: EcomCallOptions = {}) =>
    http.send({
      method,
      url: buildUrl(storeBase, path, callOptions.query),
      path,
      schema,
      ...(callOptions.body === undefined ? {} : { body: callOptions.body }),
      ...(callOptions.idempotent === undefined ? {} : { idempotent: callOptions.idempotent }),
    });

  /**
   * Walks an offset-paged list to its end (see walkOffsetPages). A public token never reads a whole list: eCom
   * hides disabled categories and products from it.
   */
  const allPages = async <T extends { id: number }>(
    path: string,
    schema: v.GenericSchema<unknown, { total: number; items: T[] }>,
    query: QueryValues,
  ): Promise<Listing<T>> => {
    const walk = await walkOffsetPages(
      (offset, limit) => call('GET', path, schema, { query: { ...query, offset, limit } }),
      ECOM_PAGE_SIZE,
    );
    return publicToken === true ? { ...walk, complete: false } : walk;
  };

  const assignment =
    (action: 'assignProducts' | 'unassignProducts') => async (categoryId: number, productIds: readonly number[]) => {
      for (const chunk of chunksOf([...new Set(productIds)], ASSIGN_LIMIT)) {
        // Adding or removing the same products again changes nothing: safe to repeat after a lost answer.
        const options = { body: { productIds: chunk }, idempotent: true };
        await call('POST', `/categories/${categoryId}/${action}`, UpdatedAnswer, options);
      }
    };

  const write = async (method: HttpMethod, path: string, body: unknown, query?: EcomCallOptions['query']) => {
    await call(method, path, UpdatedAnswer, { body, ...(query ? { query } : {}) });
  };

  return {
    categories: () =>
      allPages('/categories', CategoryList, {
        // Without it eCom leaves disabled categories out.
        hidden_categories: true,
        productIds: true,
        responseFields: CATEGORY_FIELDS,
      }),

    products: (listOptions = {}) => {
      const { updatedFrom } = listOptions;
      const from = updatedFrom === undefined ? undefined : new Date(updatedFrom).getTime();
      if (from !== undefined && Number.isNaN(from)) {
        throw new TypeError(`updatedFrom is not a time: "${String(updatedFrom)}".`);
      }
      return allPages('/products', ProductList, {
        // Unix seconds: eCom reads them as well as its own date format, and they need no encoding.
        updatedFrom: from === undefined ? undefined : Math.floor(from / 1000),
        responseFields: PRODUCT_FIELDS,
      });
    },

    productTotal: async () =>
      (await call('GET', '/products', TotalAnswer, { query: { limit: 1, responseFields: 'total' } })).total,

    category: (id) => call('GET', `/categories/${id}`, CategoryAnswer, { query: { productIds: true } }),

    updateCategory: (id, fields) => write('PUT', `/categories/${id}`, fields),

    createCategory: async (fields) => (await call('POST', '/categories', CreatedAnswer, { body: fields })).id,

    updateProduct: (id, fields) => write('PUT', `/products/${id}`, fields),

    sortCategories: (parentId, sortedIds) =>
      write('PUT', '/categories/sort', { sortedIds }, { parentCategory: parentId }),

    getSort: async (parentId) => {
      const answer = await call('GET', '/categories/sort', SortAnswer, { query: { parentCategory: parentId } });
      return answer.sortedIds;
    },

    assignProducts: assignment('assignProducts'),
    unassignProducts: assignment('unassignProducts'),

    ...createBatchRunner(call, runtime, { ...DEFAULT_BATCH_POLL, ...options.batchPoll }),
  };
}
