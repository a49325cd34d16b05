/**
 * Which fields of each stored credential are secrets: what storage.local must never hold (a content script can
 * read it in Firefox). Each is a path of field names into the record.
 */
export const SECRET_FIELDS = {
  ecomConnection: [['token']],
  retailConnection: [['token'], ['oauth', 'refreshToken']],
  retailOAuthClient: [['clientSecret']],
} as const satisfies Record<string, ReadonlyArray<readonly string[]>>;

export type CredentialKey = keyof typeof SECRET_FIELDS;

const isRecord = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

/** Whether the record holds any of its secrets. */
export function holdsSecret(key: CredentialKey, record: unknown): boolean {
  return SECRET_FIELDS[key].some((path) => {
    let at: unknown = record;
    for (const field of path) at = isRecord(at) ? at[field] : undefined;
    return at !== undefined;
  });
}

/** A copy of the record without its secrets; the record itself is left as it is. */
export function withoutSecrets(key: CredentialKey, record: unknown): unknown {
  if (!isRecord(record)) return record;
  const copy = structuredClone(record);
  for (const path of SECRET_FIELDS[key]) {
    let at: unknown = copy;
    for (const field of path.slice(0, -1)) at = isRecord(at) ? at[field] : undefined;
    if (isRecord(at)) delete at[path.at(-1)!];
  }
  return copy;
}
