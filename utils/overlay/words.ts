import { common as enCommon } from '../i18n/en/common.ts';
import { overlayOffline as enOffline } from '../i18n/en/overlay-offline.ts';
import { common as frCommon } from '../i18n/fr/common.ts';
import { overlayOffline as frOffline } from '../i18n/fr/overlay-offline.ts';
import { fill, pluralForm, type Language } from '../i18n/language.ts';
import type { OverlayMessages } from '../i18n/overlay-messages.ts';
import { timeAgo } from '../i18n/time-ago.ts';
import { ask } from '../messaging/ask.ts';

/**
 * The content script carries only the few words it needs before the background answers, in both languages;
 * the rest come from the background in the one language the page speaks (utils/i18n/overlay-messages.ts), so every
 * admin page loads a small script.
 */
const OFFLINE = {
  en: { ...enCommon, ...enOffline },
  fr: { ...frCommon, ...frOffline },
};

export type OverlayKey = keyof OverlayMessages;
export type OverlayTranslate = (key: OverlayKey, params?: Record<string, string | number>) => string;

/** The message keys that come in two plural forms, without their ".one" / ".other" ending. */
export type PluralKey = OverlayKey extends infer K ? (K extends `${infer Base}.one` ? Base : never) : never;

/** Everything the overlay needs to speak one language: messages, plurals, dates. Components take this as a prop. */
export interface Words {
  language: Language;
  t: OverlayTranslate;
  /** The plural form the language's own rules pick for `count` ("0 catégorie" but "0 categories"), with {count}. */
  n(key: PluralKey, count: number, params?: Record<string, string | number>): string;
  /** "2 minutes ago", "just now" (utils/i18n/time-ago.ts). */
  ago(iso: string, now: number): string;
  /** A full date and time, for a title. */
  dateTime(iso: string): string;
}

/** Words from the messages the background sent; with none, only the offline ones speak (others read empty). */
export function createWords(language: Language, messages: OverlayMessages | null): Words {
  const table: Partial<Record<OverlayKey, string>> = messages ?? OFFLINE[language];
  const t: OverlayTranslate = (key, params) => fill(table[key] ?? '', params);
  const absolute = new Intl.DateTimeFormat(language, { dateStyle: 'long', timeStyle: 'short' });
  return {
    language,
    t,
    n(key, count, params = {}) {
      return t(`${key}.${pluralForm(language, count)}` as OverlayKey, { count, ...params });
    },
    ago: (iso, now) => timeAgo(iso, language, now),
    dateTime(iso) {
      const time = Date.parse(iso);
      return Number.isFinite(time) ? absolute.format(time) : iso;
    },
  };
}

/** Asks the background for the overlay's words in `language`; null when it cannot answer. */
export async function loadWords(language: Language): Promise<Words & { complete: boolean }> {
  const reply = await ask({ type: 'words', part: 'overlay', language });
  return { ...createWords(language, reply.ok ? reply.value : null), complete: reply.ok };
}
