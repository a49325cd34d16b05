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
 * requests (a record before the boundary was deleted or added) and one record may have slipped past. A walk is
 * trusted only if no boundary moved and it holds as many distinct records as the last page's total (which also
 * catches two records swapping places across a boundary, in a list sorted by something that can change). A
 * walk that moved is made once more; if the second one moves too it is reported incomplete, with every record
 * either walk saw (the later copy wins).
 *
 * Cost: pages advance by pageSize − 1, one request more per 99 pages; only a moved walk costs a second one. A
 * record added or deleted beyond the page being read moves no boundary and costs nothing. Deletions and
 * additions that cancel out before a boundary keep it in place, and then nothing was skipped either.
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
  /** A page did not start with the record the previous one ended with: the list moved between them. */
  moved: boolean;
  /** As many distinct records as the total promised. */
  whole: boolean;
}

async function walkOnce<T extends { id: number }>(
  page: (offset: number, limit: number) => Promise<OffsetPage<T>>,
  pageSize: number,
): Promise<Walk<T>> {
  const byId = new Map<number, T>();
  /** The record the next page must start with, when pages overlap. */
  let lastId: number | undefined;
  let moved = false;
  for (let offset = 0; ;) {
    const answer = await page(offset, pageSize);
    if (lastId !== undefined && answer.items[0]?.id !== lastId) moved = true;
    for (const item of answer.items) byId.set(item.id, item);
    const end = offset + answer.items.length;
    // A page that brings nothing new ends the walk, whatever the total promised (then it is not whole).
    const fresh = answer.items.length - (lastId === undefined ? 0 : 1);
    if (fresh <= 0 || end >= answer.total) return { byId, moved, whole: !moved && byId.size === answer.total };
    // Overlap only a page of two or more, so that every request moves forward.
    lastId = answer.items.length >= 2 ? answer.items.at(-1)!.id : undefined;
    offset = lastId === undefined ? end : end - 1;
  }
}
