/**
 * Reads a Retry-After header: whole seconds ("30") or an HTTP date ("Wed, 21 Oct 2026 07:28:00 GMT").
 * Null when absent or unreadable, so the caller falls back to its own back-off.
 */
export function parseRetryAfterMs(value: string | null, nowMs: number): number | null {
  if (value === null) return null;
  const trimmed = value.trim();
  if (trimmed === '') return null;
  if (/^\d+(\.\d+)?$/.test(trimmed)) return Math.round(Number(trimmed) * 1000);
  const at = Date.parse(trimmed);
  if (Number.isNaN(at)) return null;
  return Math.max(0, at - nowMs);
}
