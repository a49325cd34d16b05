/**
 * Ecwid writes times as "2026-09-29 10:50:45 +0000" (and the sandbox as ISO 8601); the engine wants ISO 8601.
 * Date.parse is not relied on for Ecwid's own format: browsers disagree about non-ISO strings.
 */
const ECWID_TIME = /^(\d{4}-\d{2}-\d{2})[ T](\d{2}:\d{2}:\d{2}(?:\.\d+)?)\s*(Z|[+-]\d{2}:?\d{2})?$/;

export function ecwidTimeToIso(text: string): string | null {
  const match = ECWID_TIME.exec(text.trim());
  if (!match) return null;
  const zone = match[3] === undefined || match[3] === 'Z' ? 'Z' : match[3].replace(/^([+-]\d{2}):?(\d{2})$/, '$1:$2');
  const ms = Date.parse(`${match[1]}T${match[2]}${zone}`);
  return Number.isNaN(ms) ? null : new Date(ms).toISOString();
}

export function unixSecondsToIso(seconds: number): string {
  return new Date(seconds * 1000).toISOString();
}
