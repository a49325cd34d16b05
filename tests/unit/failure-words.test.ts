import { describe, expect, it } from 'vitest';

import { describeEcomFailure } from '../../utils/i18n/failures/ecom.ts';
import { API_ERROR_KINDS } from '../../utils/i18n/failures/facts.ts';
import type { FailureFacts } from '../../utils/i18n/failures/facts.ts';
import { describeRetailFailure } from '../../utils/i18n/failures/retail.ts';

const base: FailureFacts = {
  kind: 'http',
  method: 'PUT',
  endpoint: 'PUT /categories/7',
  status: 500,
  detail: null,
  retryAfterMs: null,
  retryable: true,
  maybeApplied: false,
  timeoutMs: 20_000,
};

/** Every kind of failure, with the statuses that have words of their own, with and without the extras. */
function everyFailure(): FailureFacts[] {
  const facts: FailureFacts[] = [];
  for (const kind of API_ERROR_KINDS) {
    for (const status of [null, 402, 404, 409, 449, 500]) {
      for (const extras of [{}, { detail: 'Category not found', retryAfterMs: 45_000, maybeApplied: true }]) {
        facts.push({ ...base, kind, status, ...extras });
      }
    }
  }
  return facts;
}

/** English that must not show through in a French message (eCom's own words in `detail` are quoted, not ours). */
const ENGLISH = /\b(the|Try again|could not|Sync Lens’s options|refresh before|Nothing else)\b/;

describe('API failures in both languages', () => {
  for (const [service, describe] of [
    ['eCom', (facts: FailureFacts) => describeEcomFailure(facts, null)],
    ['eCom, public token', (facts: FailureFacts) => describeEcomFailure(facts, true)],
    ['Retail POS', describeRetailFailure],
  ] as const) {
    it(`${service}: every failure is said in French too, with the same facts`, () => {
      for (const facts of everyFailure()) {
        const said = describe(facts);
        expect(said.fr, JSON.stringify(facts)).not.toBe(said.en);
        expect(said.fr, said.fr).not.toMatch(ENGLISH);
        if (facts.kind !== 'auth') expect(said.fr, said.fr).toContain(facts.kind === 'malformed' ? '' : facts.endpoint);
        if (facts.retryAfterMs !== null && /Try again in about/.test(said.en))
          expect(said.fr).toContain('environ 45 s');
      }
    });
  }

  it('keeps the English the tests and the README quote', () => {
    expect(describeEcomFailure({ ...base, kind: 'auth', status: 401 }).en).toBe(
      'eCom refused the token (401). The token may have been revoked: create a new one in the eCom admin under Apps and connect again.',
    );
    expect(describeRetailFailure({ ...base, kind: 'network', status: null }).fr).toBe(
      'Sync Lens n’a pas pu joindre Retail POS (PUT /categories/7). Vérifiez la connexion à Internet. Réessayez dans quelques minutes.',
    );
  });
});
