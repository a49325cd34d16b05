import { compareKeys, type FieldKind, type SortKey } from './fields.ts';
import { RetailRequestError } from './request-error.ts';

/**
 * Cursor paging as R-Series does it: a page is the `limit` records after (or before) a cursor, and a cursor is
 * the sort key and id of the record at the page's edge, so pages stay put while records change elsewhere.
 * On the wire a cursor is opaque: base64url of the JSON array [sortKey, id].
 */

export interface Cursor {
  key: SortKey;
  id: number;
}

/** Where a `next` or `previous` link points: from the start, or after or before a record. */
export type PageLink = { from: 'start' } | { after: Cursor } | { before: Cursor };

export interface Page<T> {
  records: T[];
  next?: PageLink;
  previous?: PageLink;
}

export function encodeCursor(cursor: Cursor): string {
  return Buffer.from(JSON.stringify([cursor.key, cursor.id])).toString('base64url');
}

/** Reads a cursor made for a sort on a field of `kind`; a cursor from another sort or a made-up one is a 400. */
export function decodeCursor(raw: string, kind: FieldKind, param: string): Cursor {
  let decoded: unknown;
  try {
    decoded = JSON.parse(Buffer.from(raw, 'base64url').toString('utf8'));
  } catch {
    decoded = undefined;
  }
  const expectsText = kind === 'text';
  if (
    Array.isArray(decoded) &&
    decoded.length === 2 &&
    (expectsText ? typeof decoded[0] === 'string' : Number.isFinite(decoded[0])) &&
    Number.isSafeInteger(decoded[1])
  ) {
    return { key: decoded[0] as SortKey, id: decoded[1] as number };
  }
  throw new RetailRequestError(400, `${param}: not a cursor of this list and sort; follow @attributes.next as given`);
}

/** Sort order: the key in the requested direction, then the id in the same direction, so no two records tie. */
export function compareCursors(a: Cursor, b: Cursor, direction: 1 | -1): number {
  return direction * (compareKeys(a.key, b.key) || a.id - b.id);
}

/** The first index whose record sorts after `cursor` (or at or after it, when `inclusive`). */
function boundary<T>(
  sorted: T[],
  cursorOf: (record: T) => Cursor,
  cursor: Cursor,
  direction: 1 | -1,
  inclusive: boolean,
): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    const order = compareCursors(cursorOf(sorted[middle]!), cursor, direction);
    if (order > 0 || (inclusive && order === 0)) high = middle;
    else low = middle + 1;
  }
  return low;
}

export interface PageRequest {
  limit: number;
  direction: 1 | -1;
  after?: Cursor;
  before?: Cursor;
}

/** Cuts one page out of records already sorted by compareCursors, with links to its neighbours if any. */
export function selectPage<T>(sorted: T[], cursorOf: (record: T) => Cursor, request: PageRequest): Page<T> {
  const { limit, direction } = request;
  const total = sorted.length;
  let start: number;
  let end: number;
  if (request.before) {
    end = boundary(sorted, cursorOf, request.before, direction, true);
    start = Math.max(0, end - limit);
  } else {
    start = request.after ? boundary(sorted, cursorOf, request.after, direction, false) : 0;
    end = Math.min(total, start + limit);
  }

  /** A link to the page that begins at index `first`. */
  const startingAt = (first: number): PageLink =>
    first === 0 ? { from: 'start' } : { after: cursorOf(sorted[first - 1]!) };
  /** A link to the page that ends just before index `last`. */
  const endingBefore = (last: number): PageLink =>
    last < total ? { before: cursorOf(sorted[last]!) } : startingAt(Math.max(0, total - limit));

  return {
    records: sorted.slice(start, end),
    ...(end < total ? { next: startingAt(end) } : {}),
    ...(start > 0 ? { previous: endingBefore(start) } : {}),
  };
}
