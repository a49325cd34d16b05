import type * as v from 'valibot';

import { classifyUnreadable, type AttemptFailure } from './classify.ts';
import { checkAnswer } from './validate.ts';

export type Outcome<T> = { ok: true; value: T } | { ok: false; failure: AttemptFailure };

/** Reads a success answer's body: JSON (empty = null), then the schema. */
export function readAnswer<S extends v.GenericSchema>(
  status: number,
  text: string,
  schema: S,
  idempotent: boolean,
): Outcome<v.InferOutput<S>> {
  let body: unknown = null;
  if (text.trim() !== '') {
    try {
      body = JSON.parse(text);
    } catch (cause) {
      return { ok: false, failure: classifyUnreadable(status, idempotent, cause) };
    }
  }
  const checked = checkAnswer(schema, body);
  if (checked.ok) return { ok: true, value: checked.value };
  // An answer of the wrong shape will not change by asking again.
  return {
    ok: false,
    failure: {
      kind: 'malformed',
      status,
      retryable: false,
      maybeApplied: false,
      retryAfterMs: null,
      detail: checked.problem,
    },
  };
}
