import type * as v from 'valibot';

import type { HttpMethod } from '../http/request.ts';
import type { QueryValues } from '../http/urls.ts';

export interface EcomCallOptions {
  query?: QueryValues;
  body?: unknown;
  /** See HttpRequest.idempotent. */
  idempotent?: boolean;
}

/** One call to the store's API: `path` is below the store base, e.g. "/categories/42". */
export type EcomCall = <S extends v.GenericSchema>(
  method: HttpMethod,
  path: string,
  schema: S,
  options?: EcomCallOptions,
) => Promise<v.InferOutput<S>>;
