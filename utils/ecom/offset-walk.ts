/** A list read to its end, and whether that read can be trusted to hold every record. */
export interface Listing<T> {
  records: T[];
  /**
   * False when a record may be missing: the list moved under the walk (a record before the page boundary was
   * deleted or added between two requests, so offsets shifted and a record slipped past unread), the pages
   * ended before their total, or the token cannot see every record (a public one hides disabled ones).
   * What is missing from an incomplete listing is not known to be gone.
   */
  complete: boolean;
}

export interface OffsetPage<T> {
  total: number;
  items: T[];
}

/**
 * Walks an offset-paged list to its end and tells whether it saw every record. Each page starts one record
 * before where the previous one ended: if that record is not the one read last, the list moved between the two
 * requests. A walk is trusted only if no boundary moved, its total did not change from the first page to the
 * last, and it holds exactly that many distinct records (a record moved across a boundary both ways, or added
 * and another deleted, leaves the count short or long). A walk that moved is tried once more; if the second one
 * moves too it is reported incomplete, with every record either walk saw (the later copy wins).
 *
 * Cost: pages advance by pageSize − 1, one request more per 100 pages; a moved walk costs a second walk.
 * What it cannot see: a change that keeps every boundary in place and the count right (one record deleted and
 * another added on the same side of every boundary reached after it) loses nothing, since nothing shifted.
 */
export async function walkOffsetPages<T extends { id: number }>(
  page: (offset: number, limit: number) => Promise<OffsetPage<T>>,
  pageSize: number,
): Promise<Listing<T>> {
  const first = await walkOnce(page, pageSize);
  if (!first.moved) return { records: [...first.byId.values()], complete: first.whole };
  const second = await walkOnce(page, pageSize);
  if (!second.moved) return { records: [...second.byId.values()], complete: second.whole };
  const byId = new Map(first.byId);
  for (const [id, record] of second.byId) byId.set(id, record);
  return { records: [...byId.values()], complete: false };
}

interface Walk<T> {
  byId: Map<number, T>;
  /** A boundary or the total moved between two requests. */
  moved: boolean;
  /** As many distinct records as the total promised. */
  whole: boolean;
}

async function walkOnce<T extends { id: number }>(
  page: (offset: number, limit: number) => Promise<OffsetPage<T>>,
  pageSize: number,
): Promise<Walk<T>> {
  const byId = new Map<number, T>();
  let firstTotal: number | undefined;
  /** The record the next page must start with, when pages overlap. */
  let lastId: number | undefined;
  let moved = false;
  for (let offset = 0; ; ) {
    const answer = await page(offset, pageSize);
    firstTotal ??= answer.total;
    if (answer.total !== firstTotal) moved = true;
    if (lastId !== undefined && answer.items[0]?.id !== lastId) moved = true;
    for (const item of answer.items) byId.set(item.id, item);
    const end = offset + answer.items.length;
    // A page that brings nothing new ends the walk, whatever the total promised.
    const fresh = answer.items.length - (lastId === undefined ? 0 : 1);
    if (fresh <= 0 || end >= answer.total) return { byId, moved, whole: !moved && byId.size === answer.total };
    // Overlap only a page of two or more, so that every request moves forward.
    lastId = answer.items.length >= 2 ? answer.items.at(-1)!.id : undefined;
    offset = lastId === undefined ? end : end - 1;
  }
}
