import * as v from 'valibot';
import { browser } from 'wxt/browser';

import { readAdminOrigin } from './read-origin.ts';

/**
 * The admin addresses the merchant added ("My eCom admin is at another address"), in storage.local: a setting
 * of this browser, kept when a store is forgotten or switched (it says where the admin is, not which store).
 */
const KEY = 'adminOrigins';
/** A merchant has one admin, perhaps two; a bound keeps a bad write from growing without end. */
export const MAX_ADMIN_ORIGINS = 10;

const SavedOrigins = v.pipe(v.array(v.string()), v.maxLength(MAX_ADMIN_ORIGINS));

export async function loadAdminOrigins(): Promise<string[]> {
  const stored = (await browser.storage.local.get(KEY))[KEY];
  const parsed = v.safeParse(SavedOrigins, stored ?? []);
  if (!parsed.success) return [];
  // Each read again: what is kept must still be an origin Sync Lens would accept today.
  return parsed.output.filter((origin) => {
    const read = readAdminOrigin(origin);
    return read.ok && read.origin === origin;
  });
}

export async function saveAdminOrigins(origins: readonly string[]): Promise<void> {
  await browser.storage.local.set({ [KEY]: v.parse(SavedOrigins, [...new Set(origins)]) });
}
