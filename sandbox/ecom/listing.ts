import { parseResponseFields, ResponseFieldsError, selectFields, type FieldSelector } from './response-fields.ts';
import { ecomFailure } from './http-error.ts';
import { wholeNumberParam } from './query.ts';

/** Ecwid pages with offset/limit; the limit defaults to 100 and a bigger one is cut down to 100. */
export const MAX_PAGE_SIZE = 100;

export interface Page {
  offset: number;
  limit: number;
}

export function pageParams(query: (name: string) => string | undefined): Page {
  const offset = wholeNumberParam(query('offset'), 'offset') ?? 0;
  const limit = Math.min(wholeNumberParam(query('limit'), 'limit') ?? MAX_PAGE_SIZE, MAX_PAGE_SIZE);
  return { offset, limit };
}

/** The search-result envelope every Ecwid list answer has. */
export function searchResult<T>(matches: readonly T[], page: Page) {
  const items = matches.slice(page.offset, page.offset + page.limit);
  return { total: matches.length, count: items.length, offset: page.offset, limit: page.limit, items };
}

/** The `responseFields` parameter, parsed; undefined when absent or empty (= every field). */
export function responseFieldsParam(value: string | undefined): FieldSelector | undefined {
  if (value === undefined || value.trim() === '') return undefined;
  try {
    return parseResponseFields(value);
  } catch (error) {
    if (error instanceof ResponseFieldsError) throw ecomFailure(400, error.message);
    throw error;
  }
}

/** Applies `responseFields` to a whole answer when the caller asked for it. */
export function shapeAnswer(answer: unknown, selector: FieldSelector | undefined): unknown {
  return selector === undefined ? answer : selectFields(answer, selector);
}
