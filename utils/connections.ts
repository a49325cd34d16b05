import * as v from 'valibot';
import { browser } from 'wxt/browser';

/**
 * The merchant's connected stores. Credentials live in the background's storage.local only (never
 * storage.sync, never sent to a page or a content script); pages learn whether a store is connected, not how.
 */

const EcomConnectionSchema = v.object({
  apiBase: v.pipe(v.string(), v.url()),
  storeId: v.pipe(v.number(), v.integer(), v.minValue(1)),
  token: v.pipe(v.string(), v.minLength(1)),
});

const RetailConnectionSchema = v.object({
  apiBase: v.pipe(v.string(), v.url()),
  accountId: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1))),
  token: v.pipe(v.string(), v.minLength(1)),
});

export type EcomConnection = v.InferOutput<typeof EcomConnectionSchema>;
export type RetailConnection = v.InferOutput<typeof RetailConnectionSchema>;

export interface Connections {
  ecom: EcomConnection | null;
  retail: RetailConnection | null;
}

/** Reads both connections; one that does not read back as valid counts as not connected. */
export async function loadConnections(): Promise<Connections> {
  const stored = await browser.storage.local.get(['ecomConnection', 'retailConnection']);
  const ecom = v.safeParse(EcomConnectionSchema, stored.ecomConnection);
  const retail = v.safeParse(RetailConnectionSchema, stored.retailConnection);
  return { ecom: ecom.success ? ecom.output : null, retail: retail.success ? retail.output : null };
}

/** Whether each store is connected: the only thing pages are told. */
export async function readConnections(): Promise<{ retail: boolean; ecom: boolean }> {
  const { ecom, retail } = await loadConnections();
  return { retail: retail !== null, ecom: ecom !== null };
}
