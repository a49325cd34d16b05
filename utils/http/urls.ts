/** Small URL helpers shared by both clients. */

/** The API base without a trailing slash, checked to be an absolute http(s) URL. */
export function normaliseBase(apiBase: string): string {
  const url = new URL(apiBase);
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new TypeError(`The API base must be an http(s) URL, not "${apiBase}".`);
  }
  return url.href.replace(/\/+$/, '');
}

/** `base` + `path` + the query, leaving out parameters that are undefined. */
export type QueryValues = Record<string, string | number | boolean | undefined>;

export function buildUrl(base: string, path: string, query: QueryValues = {}): string {
  const url = new URL(`${base}${path}`);
  for (const [name, value] of Object.entries(query)) {
    if (value !== undefined) url.searchParams.set(name, String(value));
  }
  return url.href;
}

/**
 * The path of `url` below `base`, for naming an endpoint in errors; null when `url` is not under `base`
 * (another host, or another API), which a client must refuse to send its token to.
 */
export function pathBelow(base: string, url: string): string | null {
  let target: URL;
  try {
    target = new URL(url);
  } catch {
    return null;
  }
  const root = new URL(base);
  const rootPath = root.pathname.replace(/\/+$/, '');
  if (target.origin !== root.origin) return null;
  if (target.pathname !== rootPath && !target.pathname.startsWith(`${rootPath}/`)) return null;
  return target.pathname.slice(rootPath.length) || '/';
}

/** "2026-11-01T08:30:00Z": an instant to the second, as both APIs read times. */
export function isoSeconds(time: string | Date): string {
  const date = typeof time === 'string' ? new Date(time) : time;
  if (Number.isNaN(date.getTime())) throw new TypeError(`Not a time: "${String(time)}".`);
  return `${date.toISOString().slice(0, 19)}Z`;
}
