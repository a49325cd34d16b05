/**
 * The parts of i18n that carry no messages: which language to speak and how placeholders are filled. The
 * content script imports these alone, so it does not carry every page's words (index.ts re-exports them).
 */

export type Language = 'en' | 'fr';

/** "fr-CA" → "fr"; anything we do not speak → undefined. */
export function toLanguage(tag: string | null | undefined): Language | undefined {
  const base = tag?.trim().toLowerCase().split(/[-_]/)[0];
  return base === 'fr' || base === 'en' ? base : undefined;
}

/** The admin page's own language first (the merchant chose it there), else the browser's, else English. */
export function detectLanguage(pageLang: string | null | undefined, browserLangs: readonly string[]): Language {
  return toLanguage(pageLang) ?? browserLangs.map(toLanguage).find((lang) => lang !== undefined) ?? 'en';
}

const pluralRules = new Map<Language, Intl.PluralRules>();

/** The plural form this language's own rules pick for `count` (French: 0 and 1 are "one"; English: only 1). */
export function pluralForm(language: Language, count: number): 'one' | 'other' {
  let rules = pluralRules.get(language);
  if (!rules) pluralRules.set(language, (rules = new Intl.PluralRules(language)));
  return rules.select(count) === 'one' ? 'one' : 'other';
}

/** Fills {name} placeholders from params; unknown ones stay visible. */
export function fill(text: string, params?: Record<string, string | number>): string {
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => (params && name in params ? String(params[name]) : whole));
}

/**
 * A job's counts in one phrase, each agreeing with its number ("1 fait, 0 en échec, 2 ignorés"), from the
 * `count.*` plural words every part of the interface has (en/common.ts).
 */
export function jobCounts(
  n: (key: 'count.done' | 'count.failed' | 'count.skipped', count: number) => string,
  counts: { done: number; failed: number; skipped: number },
): string {
  return [n('count.done', counts.done), n('count.failed', counts.failed), n('count.skipped', counts.skipped)].join(
    ', ',
  );
}
