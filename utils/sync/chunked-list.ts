/** Items per chunk: 8192 pointers are 64 KB, under the size at which V8 puts an array in its large-object space. */
const CHUNK = 8192;

/**
 * A long list built item by item, handed out as one array at the end.
 *
 * Why not one array sized up front: on a large store the plan's lists hold 150k fresh objects, and an array that
 * big is a large object, which the garbage collector promotes to the old generation at the first minor
 * collection it lives through, half filled. From there it keeps every object it points to alive through later
 * minor collections, long after the plan that made it is gone, until a major collection finds it dead: megabytes
 * copied for nothing on every collection, which made a 50k-category plan grow much faster than the store. Small
 * chunks are ordinary young objects, and the one big array exists only once every item is made.
 */
export class ChunkedList<T> {
  private readonly full: T[][] = [];
  private current: T[] = new Array<T>(CHUNK);
  private filled = 0;

  push(item: T): void {
    if (this.filled === CHUNK) {
      this.full.push(this.current);
      this.current = new Array<T>(CHUNK);
      this.filled = 0;
    }
    this.current[this.filled++] = item;
  }

  get length(): number {
    return this.full.length * CHUNK + this.filled;
  }

  /** Every item, in the order pushed. */
  toArray(): T[] {
    const all = new Array<T>(this.length);
    let at = 0;
    for (let chunk = 0; chunk < this.full.length; chunk++) {
      const items = this.full[chunk]!;
      for (let i = 0; i < CHUNK; i++) all[at++] = items[i]!;
    }
    for (let i = 0; i < this.filled; i++) all[at++] = this.current[i]!;
    return all;
  }
}
