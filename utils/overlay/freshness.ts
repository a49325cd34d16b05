import type { PageStatus } from '../messaging/protocol.ts';

/** Older than this, the cached state is shown at once and read again behind it. */
export const STALE_AFTER_MS = 3 * 60_000;

/** When eCom was last read, or null when it never was. */
export function readTime(status: PageStatus | null): string | null {
  return status?.readAt?.ecom ?? null;
}

/** Whether the overlay should ask the background to read both stores again. */
export function isStale(status: PageStatus | null, now: number, maxAgeMs = STALE_AFTER_MS): boolean {
  const read = readTime(status);
  if (read === null) return true;
  const age = now - Date.parse(read);
  return !Number.isFinite(age) || age > maxAgeMs;
}

/** Whether this status was read after `since` (ISO): the engine's own refresh after a job has landed. */
export function readSince(status: PageStatus | null, since: string): boolean {
  const read = readTime(status);
  return read !== null && read >= since;
}
