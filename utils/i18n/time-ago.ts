import { common as en } from './en/common.ts';
import { common as fr } from './fr/common.ts';
import type { Language } from './language.ts';

const JUST_NOW: Record<Language, string> = { en: en['time.justNow'], fr: fr['time.justNow'] };

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/**
 * "just now", "2 minutes ago", "il y a 3 heures": how long ago something happened, as people say it, the same on
 * every page. Whole units, counted down (59 seconds is still "just now", 119 is "1 minute ago"); a time in the
 * future, which a clock a little ahead of ours gives, is "just now" too.
 */
export function timeAgo(iso: string, language: Language, now: number = Date.now()): string {
  const elapsed = Math.max(0, now - Date.parse(iso));
  if (!Number.isFinite(elapsed) || elapsed < MINUTE) return JUST_NOW[language];
  const relative = new Intl.RelativeTimeFormat(language, { numeric: 'auto' });
  if (elapsed < HOUR) return relative.format(-Math.floor(elapsed / MINUTE), 'minute');
  if (elapsed < DAY) return relative.format(-Math.floor(elapsed / HOUR), 'hour');
  return relative.format(-Math.floor(elapsed / DAY), 'day');
}
