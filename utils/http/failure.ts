import type { Language } from '../i18n/language.ts';
import type { Said } from '../i18n/said.ts';
import type { ApiErrorKind } from './api-error.ts';

/** Everything known about a failed request, from which each service's voice writes the merchant's message. */
export interface FailureFacts {
  kind: ApiErrorKind;
  method: string;
  /** "GET /Category.json". */
  endpoint: string;
  status: number | null;
  /** The server's own error message, or the validation problem for a malformed answer. */
  detail: string | null;
  retryAfterMs: number | null;
  retryable: boolean;
  /** A write that may have reached the server before it failed: it may have been applied. */
  maybeApplied: boolean;
  timeoutMs: number;
}

/** How one service speaks about its failures, in every language of the interface. */
export interface ServiceVoice {
  /** "retail" or "ecom", kept on every ApiError. */
  service: string;
  describe(facts: FailureFacts): Said;
}

/** Sentences the failure messages of every service share, per language. */
const SHARED = {
  en: {
    maybe: ' The change may have been saved anyway: refresh before trying again, so it is not made twice.',
    later: (wait: string | null) => (wait === null ? ' Try again in a few minutes.' : ` Try again in ${wait}.`),
  },
  fr: {
    maybe: ' La modification a peut-être été enregistrée malgré tout : actualisez avant de réessayer, pour ne pas la faire deux fois.',
    later: (wait: string | null) => (wait === null ? ' Réessayez dans quelques minutes.' : ` Réessayez dans ${wait}.`),
  },
} satisfies Record<Language, unknown>;

/**
 * The parts every service's message is made of, in one language: where it happened ("(GET /categories)"), the
 * service's own words (`saidBy` quotes them; "" without any), that a change may have gone through (or ""), and
 * when to try again.
 */
export function failureParts(
  facts: FailureFacts,
  language: Language,
  saidBy: (detail: string) => string,
): { where: string; said: string; maybe: string; later: string } {
  const shared = SHARED[language];
  return {
    where: `(${facts.endpoint})`,
    said: facts.detail ? saidBy(facts.detail) : '',
    maybe: facts.maybeApplied ? shared.maybe : '',
    later: shared.later(facts.retryAfterMs === null ? null : formatWait(facts.retryAfterMs, language)),
  };
}

/** "about 45 s", "environ 2 min": waits as people read them. */
export function formatWait(ms: number, language: Language = 'en'): string {
  const seconds = Math.max(1, Math.ceil(ms / 1000));
  const about = language === 'fr' ? 'environ' : 'about';
  if (seconds < 90) return `${about} ${seconds} s`;
  return `${about} ${Math.round(seconds / 60)} min`;
}

/** "20 s", or "300 ms" for the short timeouts of tests. */
export function formatDuration(ms: number): string {
  return ms < 1000 ? `${Math.round(ms)} ms` : `${Math.round(ms / 1000)} s`;
}
