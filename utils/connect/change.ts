import type { Connections, ConnectionsView } from './saved-connections.ts';

/**
 * Which eCom store and which Retail POS account Sync Lens works for. Its memory (records, history, run log) and
 * its jobs belong to this pair: a token is only how it gets in, so a new token for the same store or account
 * changes nothing, while another store, or another account behind the same store, is another pair.
 */
export interface Pair {
  /** The eCom API and store id, or null while eCom is not connected. */
  ecom: string | null;
  /** The Retail POS API and account id, or null while Retail POS is not connected. */
  retail: string | null;
}

export function pairOf({ ecom, retail }: Connections): Pair {
  return {
    ecom: ecom ? `${ecom.apiBase}#${ecom.storeId}` : null,
    retail: retail ? `${retail.apiBase}#${retail.accountId ?? ''}` : null,
  };
}

/** One string per pair: what a job and the memory are stamped with. */
export function pairKey(pair: Pair): string {
  return JSON.stringify([pair.ecom, pair.retail]);
}

/**
 * What connecting `after` in place of `before` means:
 * - `same`: the same store and account (a new token, say). Nothing changes.
 * - `retail-added`: Retail POS connected for the first time to a connected eCom store. What Sync Lens knows of
 *   the store was built without Retail and stays true (which categories the merchant disabled is the store's
 *   own story), so the memory stays. But Sync mode was chosen when no Retail tree could be pushed: it goes back
 *   to Watch, and a job made before steps no more (it was made for the pair without Retail).
 * - `other`: another store, or another Retail account (its ids could match the old one's by chance): Watch, and
 *   everything of the pair before is forgotten.
 */
export type PairChange = 'same' | 'retail-added' | 'other';

export function changeBetween(before: Pair, after: Pair): PairChange {
  if (before.ecom === after.ecom && before.retail === after.retail) return 'same';
  if (before.ecom !== null && before.ecom === after.ecom && before.retail === null) return 'retail-added';
  return 'other';
}

/** What a connection did to what was there before, for the options page to tell the merchant. */
export interface Switched {
  /** The jobs, history and run log of the store before were forgotten. */
  forgot: boolean;
  /** Sync mode was on, and is now Watch. */
  wasSync: boolean;
}

/** The reply to a connecting request: the connections now, and what changed for the merchant. */
export interface Connected extends ConnectionsView {
  /** Null when nothing but the credentials changed. */
  switched: Switched | null;
}
