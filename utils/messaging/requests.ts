import * as v from 'valibot';

import { EVIDENCE_LIMIT } from '../admin-dom/store-evidence.ts';
export { EVIDENCE_KEY } from '../admin-dom/store-evidence.ts';
import type { JobRequest } from '../engine/engine.ts';

/**
 * Every request a page may send the background, in one table: its fields (valibot, so the background checks
 * each request before any handler runs), who may send it, and which of the background's handlers serves it.
 * The request types (protocol.ts), the schema, the audience and the connect handlers' list all come from here.
 * Pages import this file's types only (`import type`), so no validation library lands in the content script.
 */

const Id = v.pipe(v.string(), v.minLength(1), v.maxLength(100));
const EcomIds = v.pipe(v.array(v.pipe(v.number(), v.integer(), v.minValue(1))), v.maxLength(100_000));

/** What a person types into a form field: bounded, so a message cannot carry megabytes. */
const Field = v.pipe(v.string(), v.maxLength(2_000));
const Credential = v.pipe(v.string(), v.minLength(1), v.maxLength(4_000));

const SettingsChanges = v.strictObject({
  mode: v.optional(v.picklist(['watch', 'sync'])),
  refreshMinutes: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(24 * 60))),
  language: v.optional(v.picklist(['auto', 'en', 'fr'])),
  notify: v.optional(v.boolean()),
});

const JobRequestSchema = v.variant('kind', [
  v.strictObject({ kind: v.literal('enable-categories'), ecomIds: v.optional(EcomIds) }),
  v.strictObject({ kind: v.literal('disable-categories'), ecomIds: EcomIds }),
  v.strictObject({ kind: v.literal('enable-products'), ecomIds: v.optional(EcomIds) }),
  v.strictObject({ kind: v.literal('sync') }),
]);

/**
 * Who may send a request:
 * - own-pages: the extension's own pages (options, popup) only: credentials, settings, the run log.
 * - store-admin: also a content script, when its page is the connected store's admin: whatever reads or acts on
 *   that store's data.
 * - anyone: any part of the extension: words, settings and the way to the options page are about this browser.
 */
export type Audience = 'own-pages' | 'store-admin' | 'anyone';

/** Which of the background's handlers serves a request: the engine's, or the connecting ones. */
export type Server = 'engine' | 'connect' | 'admin-origins';

interface Entry {
  audience: Audience;
  server: Server;
  fields: v.ObjectEntries;
}

const entry = <S extends Server, const F extends v.ObjectEntries>(audience: Audience, server: S, fields: F) => ({
  audience,
  server,
  fields,
});

export const REQUESTS = {
  overview: entry('store-admin', 'engine', {}),
  status: entry('store-admin', 'engine', {}),
  /** Incremental, as the pages read by themselves; `full` reads everything whole (the merchant's Refresh). */
  refresh: entry('store-admin', 'engine', { full: v.optional(v.boolean()) }),
  'start-job': entry('store-admin', 'engine', { job: JobRequestSchema }),
  /** A job whole, with every item: read once, when its result is shown. */
  job: entry('store-admin', 'engine', { id: Id }),
  /** A job's counts only, for following it while it runs. */
  'job-progress': entry('store-admin', 'engine', { id: Id }),
  undo: entry('store-admin', 'engine', { id: Id }),
  /**
   * The merchant settles which Retail category an eCom category is the copy of: a Retail id, 0 for none, null to
   * forget their choice. Sync Lens's own memory only: nothing is written to either store.
   */
  'choose-link': entry('store-admin', 'engine', {
    ecomId: v.pipe(v.number(), v.integer(), v.minValue(1)),
    retailId: v.nullable(v.pipe(v.number(), v.integer(), v.minValue(0))),
  }),
  cancel: entry('store-admin', 'engine', { id: Id }),
  connections: entry('own-pages', 'connect', {}),
  'connect-ecom': entry('own-pages', 'connect', { storeId: Field, token: Credential, apiBase: v.optional(Field) }),
  'connect-retail': entry('own-pages', 'connect', {
    token: Credential,
    accountId: v.optional(Field),
    apiBase: v.optional(Field),
  }),
  /**
   * Signs in with Lightspeed (OAuth 2 with PKCE): as Sync Lens's own client when no client id is given, else as
   * the merchant's own API client, an empty secret reusing the one saved for this client id.
   */
  'retail-oauth': entry('own-pages', 'connect', {
    clientId: v.optional(Field),
    clientSecret: v.optional(Credential),
    apiBase: v.optional(Field),
    authBase: v.optional(Field),
  }),
  /** Reads a local sandbox's /__sandbox/connection and connects both stores to it. */
  'connect-sandbox': entry('own-pages', 'connect', { url: v.optional(Field) }),
  /** Revokes the Retail sign-in at Lightspeed, then removes every token and every cached record. */
  forget: entry('own-pages', 'connect', {}),
  'save-settings': entry('own-pages', 'connect', { settings: SettingsChanges }),
  /** The admin addresses the merchant added, where the overlay runs too (utils/admin-origins). */
  'admin-origins': entry('own-pages', 'admin-origins', {}),
  /** Adds one, once the options page has had its host permission granted; `address` is what the merchant typed. */
  'add-admin-origin': entry('own-pages', 'admin-origins', { address: Field }),
  'remove-admin-origin': entry('own-pages', 'admin-origins', { origin: Field }),
  /** The run log, newest first: reads of both stores and ended jobs. */
  activity: entry('own-pages', 'engine', {}),
  settings: entry('anyone', 'connect', {}),
  /** The words of one part of the interface in one language, so that part need not carry every language. */
  words: entry('anyone', 'engine', { part: v.literal('overlay'), language: v.picklist(['en', 'fr']) }),
  /** Opens the options page: content scripts cannot, and the overlay needs it on another store's admin. */
  'open-options': entry('anyone', 'engine', {}),
} as const satisfies Record<string, Entry>;

type Table = typeof REQUESTS;
export type RequestType = keyof Table;

/** One request as it travels: its type and its fields, as the schema lets them through. */
type FieldsOf<F extends v.ObjectEntries> = v.InferOutput<v.StrictObjectSchema<F, undefined>>;
export type RequestOf<K extends RequestType> = { type: K } & FieldsOf<Table[K]['fields']>;
export type Request = { [K in RequestType]: RequestOf<K> }[RequestType];

/** The requests the admin-address handlers serve. */
export type AdminOriginsRequestType = {
  [K in RequestType]: Table[K]['server'] extends 'admin-origins' ? K : never;
}[RequestType];

/** The requests the connecting handlers serve (the options page's, and the popup's connection line). */
export type ConnectRequestType = { [K in RequestType]: Table[K]['server'] extends 'connect' ? K : never }[RequestType];

/**
 * Every request a page may send; anything else is refused before any handler runs. Built from the table entry by
 * entry, so its output is the Request union above (the one cast says so: TypeScript cannot follow the map).
 */
export const RequestSchema = v.variant(
  'type',
  (Object.keys(REQUESTS) as RequestType[]).map((type) =>
    v.strictObject({ type: v.literal(type), ...REQUESTS[type].fields }),
  ),
) as unknown as v.GenericSchema<unknown, Request>;

/**
 * A content script's messages may carry, beside the request, what it read of its page's store
 * (utils/admin-dom/store-evidence.ts): the background weighs it only where the page's address names no store.
 */
const EvidenceIds = v.pipe(
  v.array(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(Number.MAX_SAFE_INTEGER))),
  v.maxLength(EVIDENCE_LIMIT),
);
export const StoreEvidenceSchema = v.strictObject({
  storeIds: EvidenceIds,
  categoryIds: EvidenceIds,
  productIds: EvidenceIds,
});

export const AUDIENCE = Object.fromEntries(
  (Object.keys(REQUESTS) as RequestType[]).map((type) => [type, REQUESTS[type].audience]),
) as { readonly [K in RequestType]: Audience };

/** Requests only the extension's own pages may send: they handle credentials or change what is connected. */
export const PAGE_ONLY_REQUESTS: ReadonlySet<RequestType> = new Set(
  (Object.keys(REQUESTS) as RequestType[]).filter((type) => REQUESTS[type].audience === 'own-pages'),
);

// The job a page asks for is the job the engine takes: the schema and the engine's type say the same.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const jobsAgree: Same<v.InferOutput<typeof JobRequestSchema>, JobRequest> = true;
void jobsAgree;
