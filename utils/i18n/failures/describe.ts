import type { Language } from '../language.ts';
import type { FailureFacts } from './facts.ts';
import { failureParts, formatDuration } from './parts.ts';

/**
 * The sentences every service has for its failures, in one language. `where` is "(GET /categories)"; `said` is
 * the service's own words or ""; `then` and `later` say what to do next (try again later, or refresh first when a
 * change may have gone through).
 */
export interface FailurePhrases {
  said(detail: string): string;
  auth: string;
  notFound(where: string, said: string): string;
  paused(where: string, later: string): string;
  slowDown(where: string, later: string): string;
  network(where: string, then: string): string;
  timeout(duration: string, where: string, then: string): string;
  malformed(what: string, maybe: string): string;
  serverError(status: number, where: string, then: string, said: string): string;
  refused(status: number | null, where: string, said: string): string;
}

/** What one service says in its own way: why it refused access (403), and statuses only it gives. */
export interface ServiceSpecifics {
  forbidden(facts: FailureFacts, where: string, said: string): string;
  /** A sentence for this status, or undefined for the common one. */
  status?(status: number, where: string, said: string, later: string): string | undefined;
}

/** The merchant's sentence for one failure, in one language: the one switch every service's words go through. */
export function describeIn(
  language: Language,
  facts: FailureFacts,
  phrases: FailurePhrases,
  specifics: ServiceSpecifics,
): string {
  const { where, said, maybe, later } = failureParts(facts, language, phrases.said);
  switch (facts.kind) {
    case 'auth':
      return phrases.auth;
    case 'forbidden':
      return specifics.forbidden(facts, where, said);
    case 'not-found':
      return phrases.notFound(where, said);
    case 'rate-limited':
      return facts.status === null ? phrases.paused(where, later) : phrases.slowDown(where, later);
    case 'network':
      return phrases.network(where, maybe || later);
    case 'timeout':
      return phrases.timeout(formatDuration(facts.timeoutMs), where, maybe || later);
    case 'malformed':
      return phrases.malformed(facts.detail ?? facts.endpoint, maybe);
    case 'http': {
      const own = facts.status === null ? undefined : specifics.status?.(facts.status, where, said, later);
      if (own !== undefined) return own;
      if (facts.status !== null && facts.status >= 500)
        return phrases.serverError(facts.status, where, maybe || later, said);
      return phrases.refused(facts.status, where, said);
    }
  }
}
