import type { EntitySpec } from './fields.ts';
import { parseListQuery } from './list-query.ts';
import { compareCursors, decodeCursor, encodeCursor, selectPage, type Cursor, type PageLink } from './paging.ts';

/**
 * R-Series' answer shapes. Every value is a string; a list sits under the entity's name with "@attributes"
 * beside it; one record is an object rather than an array of one, and no record at all means no entity key.
 */

export type WireRecord = Record<string, unknown>;

export function listBody(entity: string, attributes: Record<string, string>, records: WireRecord[]): WireRecord {
  const body: WireRecord = { '@attributes': attributes };
  if (records.length === 1) body[entity] = records[0];
  else if (records.length > 1) body[entity] = records;
  return body;
}

/** The full URL of a neighbouring page: the same request (filters, sort, limit) with another cursor. */
function linkUrl(requestUrl: URL, link: PageLink | undefined): string {
  if (!link) return '';
  const url = new URL(requestUrl);
  url.searchParams.delete('after');
  url.searchParams.delete('before');
  if ('after' in link) url.searchParams.set('after', encodeCursor(link.after));
  if ('before' in link) url.searchParams.set('before', encodeCursor(link.before));
  return url.href;
}

export interface ListRequest<T> {
  spec: EntitySpec<T>;
  /** Every record the list could show, before the query's filters. */
  records: Iterable<T>;
  toWire(record: T): WireRecord;
  url: URL;
  /** The entity's own query parameters, which are not filters. */
  ownParams?: readonly string[];
}

/** Filters, sorts and pages records as the query asks; throws RetailRequestError for a query it refuses. */
export function listResponse<T>(request: ListRequest<T>): Response {
  const { spec, url } = request;
  const query = parseListQuery(spec, url.searchParams, request.ownParams);
  const sortSpec = spec.filterable[query.sortField]!;
  const cursorOf = (record: T): Cursor => ({ key: sortSpec.key(record), id: spec.id(record) });

  const matching = [...request.records].filter((record) => query.filters.every((filter) => filter.matches(record)));
  const keyed = matching.map((record) => ({ record, cursor: cursorOf(record) }));
  keyed.sort((a, b) => compareCursors(a.cursor, b.cursor, query.direction));

  const page = selectPage(keyed, (entry) => entry.cursor, {
    limit: query.limit,
    direction: query.direction,
    ...(query.after === undefined ? {} : { after: decodeCursor(query.after, sortSpec.kind, 'after') }),
    ...(query.before === undefined ? {} : { before: decodeCursor(query.before, sortSpec.kind, 'before') }),
  });

  // R-Series counts only when asked (count=1), and charges 10 units for it (see limits.ts).
  const attributes = {
    ...(url.searchParams.get('count') === '1' ? { count: String(matching.length) } : {}),
    limit: String(query.limit),
    next: linkUrl(url, page.next),
    previous: linkUrl(url, page.previous),
  };
  return Response.json(
    listBody(
      spec.name,
      attributes,
      page.records.map((entry) => request.toWire(entry.record)),
    ),
  );
}
