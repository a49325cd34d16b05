import type { Language } from '../language.ts';
import type { FailureFacts } from './facts.ts';

/** Sentences the failure messages of every service share, per language. */
const SHARED = {
  en: {
    maybe: ' The change may have been saved anyway: refresh before trying again, so it is not made twice.',
    later: (wait: string | null) => (wait === null ? ' Try again in a few minutes.' : ` Try again in ${wait}.`),
  },
  fr: {
    maybe:
      ' La modification a peut-être été enregistrée malgré tout : actualisez avant de réessayer, pour ne pas la faire deux fois.',
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
