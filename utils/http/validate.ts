import * as v from 'valibot';

/** "Category[3].parentID": an issue's place in the answer, as a developer would write it in code. */
export function fieldPath(issue: v.BaseIssue<unknown>): string {
  let path = '';
  for (const item of issue.path ?? []) {
    const key: unknown = item.key;
    if (typeof key === 'number') path += `[${key}]`;
    else path += path === '' ? String(key) : `.${String(key)}`;
  }
  return path === '' ? '(the whole answer)' : path;
}

/**
 * Checks an answer against its schema. On failure, the problem as `field.path: message`, naming the first
 * problem only: one precise pointer helps more than a wall of follow-on errors.
 */
export function checkAnswer<S extends v.GenericSchema>(
  schema: S,
  body: unknown,
): { ok: true; value: v.InferOutput<S> } | { ok: false; problem: string } {
  const result = v.safeParse(schema, body);
  if (result.success) return { ok: true, value: result.output };
  const issue = result.issues[0];
  // A missing field reads better as such than as valibot's "Invalid key: Expected … but received undefined".
  const message = issue.input === undefined && issue.path !== undefined ? 'missing' : issue.message;
  return { ok: false, problem: `${fieldPath(issue)}: ${message}` };
}
