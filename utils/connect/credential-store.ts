import { browser } from 'wxt/browser';

import { holdsSecret, SECRET_FIELDS, withoutSecrets, type CredentialKey } from './secret-fields.ts';
import { clearVault, readVault, writeVault } from './vault.ts';

/**
 * Where a credential is kept: whole in the vault (vault.ts), which no content script can open; and under the same
 * key in storage.local a copy without its secrets, so the background can follow storage.onChanged on it.
 *
 * The copy must agree with the vault's record, else the credential counts as absent: a content script can write
 * storage.local in Firefox, and rewriting the address a token goes to there must not send the vault's token to it.
 * Tokens found in storage.local (an older version's, or a test's written straight there) are moved to the vault.
 */

export const CREDENTIAL_KEYS: readonly CredentialKey[] = Object.keys(SECRET_FIELDS) as CredentialKey[];

// The vault and storage.local are two stores with no transaction over both: reads and writes take turns, so no
// read meets a record half saved (the vault's new one beside storage.local's old copy).
let turn: Promise<unknown> = Promise.resolve();
function inTurn<T>(work: () => Promise<T>): Promise<T> {
  const result = turn.then(work, work);
  turn = result.catch(() => undefined);
  return result;
}

/** Same JSON value, whatever the order of the fields. */
function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (a === null || b === null || typeof a !== 'object' || typeof b !== 'object') return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const aKeys = Object.keys(a).filter((key) => (a as Record<string, unknown>)[key] !== undefined);
  const bKeys = Object.keys(b).filter((key) => (b as Record<string, unknown>)[key] !== undefined);
  return (
    aKeys.length === bKeys.length &&
    aKeys.every((key) => sameValue((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]))
  );
}

/**
 * Moves the secrets of a record found in storage.local to the vault. The vault is written first: storage.local
 * loses its copy of a secret only once the vault has it, so a failure anywhere loses nothing.
 */
async function moveToVault(key: CredentialKey, record: unknown): Promise<void> {
  await writeVault(key, record);
  await browser.storage.local.set({ [key]: withoutSecrets(key, record) });
}

/** The credentials kept under these keys, whole (secrets included), as stored: the caller validates them. */
export function readCredentials(keys: readonly CredentialKey[]): Promise<Partial<Record<CredentialKey, unknown>>> {
  return inTurn(async () => {
    const local = await browser.storage.local.get([...keys]);
    const found: Partial<Record<CredentialKey, unknown>> = {};
    const inVault: CredentialKey[] = [];
    for (const key of keys) {
      if (local[key] === undefined) continue;
      if (!holdsSecret(key, local[key])) {
        inVault.push(key);
        continue;
      }
      // The record is whole where it is: used as it is, moved if the vault takes it, tried again at the next read.
      found[key] = local[key];
      await moveToVault(key, local[key]).catch((error: unknown) =>
        console.warn('Sync Lens: a credential stays in storage.local for now:', error),
      );
    }
    const vault = await readVault(inVault);
    for (const key of inVault) {
      if (key in vault && sameValue(withoutSecrets(key, vault[key]), local[key])) found[key] = vault[key];
    }
    return found;
  });
}

/** Keeps a credential: the vault first, so a listener told by storage.local finds it whole. */
export function writeCredential(key: CredentialKey, record: unknown): Promise<void> {
  return inTurn(async () => {
    await writeVault(key, record);
    await browser.storage.local.set({ [key]: withoutSecrets(key, record) });
  });
}

/**
 * Removes every credential from both places. The vault's go first: should storage.local's removal fail, a copy
 * left there agrees with no record of the vault and counts as none.
 */
export function removeCredentialRecords(): Promise<void> {
  return inTurn(async () => {
    await clearVault(CREDENTIAL_KEYS);
    await browser.storage.local.remove([...CREDENTIAL_KEYS]);
  });
}

/** Moves every secret still in storage.local to the vault (when the background starts); fails if one cannot go. */
export function moveSecretsToVault(): Promise<void> {
  return inTurn(async () => {
    const local = await browser.storage.local.get([...CREDENTIAL_KEYS]);
    for (const key of CREDENTIAL_KEYS) if (holdsSecret(key, local[key])) await moveToVault(key, local[key]);
  });
}
