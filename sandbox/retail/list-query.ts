import { compareKeys, parseKey, type EntitySpec, type SortKey } from './fields.ts';
import { RetailRequestError } from './request-error.ts';

/**
 * Reads a list request's query the way R-Series does: `field=op,value` filters (`>`, `>=`, `<`, `<=`, `=`,
 * `!=`, `><,low,high`, `IN,[a,b]`, or a plain value for equality), `sort=field` or `sort=-field`, `limit`
 * (at most 100), and the cursors `after`/`before` carried by the `next`/`previous` links.
 */

export const MAX_LIMIT = 100;

/** Parameters every list understands besides filters. */
const PAGING_PARAMS = new Set(['limit', 'sort', 'after', 'before']);

export interface Filter<T> {
  field: string;
  matches(record: T): boolean;
}

export interface ListQuery<T> {
  filters: Filter<T>[];
  sortField: string;
  /** 1 ascending, -1 descending. */
  direction: 1 | -1;
  limit: number;
  after?: string;
  before?: string;
}

const OPERATOR = /^(>=|<=|!=|><|>|<|=|IN),(.*)$/is;

function parseValue<T>(spec: EntitySpec<T>, field: string, raw: string): SortKey {
  const fieldSpec = spec.filterable[field]!;
  const key = parseKey(fieldSpec.kind, raw);
  if (key === undefined) {
    const expected = { integer: 'a whole number', time: 'an ISO 8601 time', boolean: 'true or false', text: 'text' };
    throw new RetailRequestError(400, `${field}: "${raw}" is not ${expected[fieldSpec.kind]}`);
  }
  return key;
}

function parseList(field: string, raw: string): string[] {
  const inner = raw.trim();
  if (!inner.startsWith('[') || !inner.endsWith(']')) {
    throw new RetailRequestError(400, `${field}: IN takes a list such as IN,[1,2,3]`);
  }
  return inner
    .slice(1, -1)
    .split(',')
    .map((part) => part.trim().replace(/^"(.*)"$/s, '$1'))
    .filter((part) => part !== '');
}

export function parseFilter<T>(spec: EntitySpec<T>, field: string, raw: string): Filter<T> {
  const keyOf = spec.filterable[field]!.key;
  const match = OPERATOR.exec(raw);
  const operator = match ? match[1]!.toUpperCase() : '=';
  const operand = match ? match[2]! : raw;
  const test = (predicate: (order: number) => boolean, value: SortKey) => (record: T) =>
    predicate(compareKeys(keyOf(record), value));

  switch (operator) {
    case '=':
      return { field, matches: test((order) => order === 0, parseValue(spec, field, operand)) };
    case '!=':
      return { field, matches: test((order) => order !== 0, parseValue(spec, field, operand)) };
    case '>':
      return { field, matches: test((order) => order > 0, parseValue(spec, field, operand)) };
    case '>=':
      return { field, matches: test((order) => order >= 0, parseValue(spec, field, operand)) };
    case '<':
      return { field, matches: test((order) => order < 0, parseValue(spec, field, operand)) };
    case '<=':
      return { field, matches: test((order) => order <= 0, parseValue(spec, field, operand)) };
    case '><': {
      const comma = operand.indexOf(',');
      if (comma < 0) throw new RetailRequestError(400, `${field}: >< takes two values, as in ><,low,high`);
      const low = parseValue(spec, field, operand.slice(0, comma));
      const high = parseValue(spec, field, operand.slice(comma + 1));
      return {
        field,
        matches: (record) => compareKeys(keyOf(record), low) >= 0 && compareKeys(keyOf(record), high) <= 0,
      };
    }
    default: {
      const values = parseList(field, operand).map((value) => parseValue(spec, field, value));
      return { field, matches: (record) => values.some((value) => compareKeys(keyOf(record), value) === 0) };
    }
  }
}

function parseLimit(raw: string | null): number {
  if (raw === null) return MAX_LIMIT;
  if (!/^\d+$/.test(raw) || Number(raw) < 1) {
    throw new RetailRequestError(400, `limit: "${raw}" is not a whole number of 1 or more`);
  }
  return Math.min(Number(raw), MAX_LIMIT);
}

function parseSort<T>(spec: EntitySpec<T>, raw: string | null): Pick<ListQuery<T>, 'sortField' | 'direction'> {
  if (raw === null || raw === '') return { sortField: spec.idField, direction: 1 };
  const descending = raw.startsWith('-');
  const field = descending ? raw.slice(1) : raw;
  if (!spec.sortable.includes(field)) {
    throw new RetailRequestError(400, `sort: "${field}" cannot be sorted by; use one of ${spec.sortable.join(', ')}`);
  }
  return { sortField: field, direction: descending ? -1 : 1 };
}

/** `ownParams` are the entity's other parameters (such as `archived`), read by its own route. */
export function parseListQuery<T>(
  spec: EntitySpec<T>,
  params: URLSearchParams,
  ownParams: readonly string[] = [],
): ListQuery<T> {
  if (params.has('offset')) {
    throw new RetailRequestError(400, 'offset: offset paging is not supported; follow @attributes.next instead');
  }
  if (params.has('after') && params.has('before')) {
    throw new RetailRequestError(400, 'after and before cannot be used together');
  }
  const filters: Filter<T>[] = [];
  for (const [name, value] of params) {
    if (PAGING_PARAMS.has(name) || ownParams.includes(name)) continue;
    // Unknown parameters are ignored, as the real API ignores them.
    if (Object.hasOwn(spec.filterable, name)) filters.push(parseFilter(spec, name, value));
  }
  return {
    filters,
    ...parseSort(spec, params.get('sort')),
    limit: parseLimit(params.get('limit')),
    ...(params.has('after') ? { after: params.get('after')! } : {}),
    ...(params.has('before') ? { before: params.get('before')! } : {}),
  };
}
