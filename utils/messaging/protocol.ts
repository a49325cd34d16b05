import type { Connected, Switched } from '../connect/change.ts';
import type { Forgotten } from '../connect/retail-revoke.ts';
import type { ConnectionsView } from '../connect/saved-connections.ts';
import type { Problem } from '../db/meta.ts';
import type { RunRecord } from '../db/schema.ts';
import type { Said } from '../i18n/said.ts';
import type { EngineGlance, JobRequest } from '../engine/engine.ts';
import type { OverlayMessages } from '../i18n/overlay-messages.ts';
import type { Job, JobProgress } from '../jobs/model.ts';
import type { Settings } from '../settings.ts';
import type { CategoryState, ProductIssue } from '../sync/model.ts';
import type { Summary } from '../sync/summary.ts';

/**
 * The one protocol between the extension's pages (content script, popup, options) and the background. Types
 * only: pages import this and ask.ts, so the content script carries no validation library; the background
 * validates every request (serve.ts).
 */

export type { Connected, ConnectionsView, Forgotten, JobRequest, OverlayMessages, RunRecord, Settings, Switched };

/** The requests, their fields and who may send them: one table, in requests.ts. */
export type { Request, RequestOf, RequestType } from './requests.ts';
import type { RequestOf, RequestType } from './requests.ts';

/** What the background knows at a glance. */
export interface Overview {
  version: string;
  connected: { retail: boolean; ecom: boolean };
  readAt: { retail: string | null; ecom: string | null } | null;
  summary: Summary | null;
  /** The job running or waiting now, if any. */
  activeJob: JobProgress | null;
  lastError: Problem | null;
}

/** The issues a page flags a product for; the others are only counted, in the summary. */
export type PageProductIssue = Extract<ProductIssue, 'disabled-in-enabled-category' | 'storefront-no-category'>;

/** A product as pages get it: one they flag, with what they show of it. */
export interface PageProduct {
  ecomId: number | null;
  name: string;
  /** Its Retail category's path, "" when it has none. */
  path: string;
  issues: PageProductIssue[];
}

/**
 * The engine's status as pages get it (entrypoints/background/handlers/page-status.ts): the summary counts every product, but only
 * the products a page flags travel; and what the connection hides from it.
 */
export interface PageStatus extends EngineGlance {
  summary: Summary;
  categories: CategoryState[];
  products: PageProduct[];
  /** eCom is connected with a public token: disabled categories and products are hidden from Sync Lens. */
  ecomReadOnly: boolean;
}

export interface Responses {
  overview: Overview;
  /** Null while eCom is not connected. */
  status: PageStatus | null;
  refresh: { readAt: string; summary: Summary };
  'start-job': JobProgress;
  job: Job | null;
  'job-progress': JobProgress | null;
  undo: JobProgress;
  cancel: null;
  'choose-link': { summary: Summary };
  connections: ConnectionsView;
  'connect-ecom': Connected;
  'connect-retail': Connected;
  'retail-oauth': Connected;
  'connect-sandbox': Connected;
  forget: Forgotten;
  settings: Settings;
  'save-settings': Settings;
  'admin-origins': string[];
  'add-admin-origin': string[];
  'remove-admin-origin': string[];
  activity: RunRecord[];
  words: OverlayMessages;
  'open-options': null;
}

export interface MessageError {
  /**
   * Stable, for code: "bad-request", "forbidden", "unavailable", "not-connected", "read-only", "failed",
   * "other-store" (a content script on an admin page that is not the connected store's, or whose store cannot be
   * told: nothing about the store is answered there), or one of the connecting codes in utils/connect/errors.ts.
   */
  code: string;
  /** For people: what happened and what to do. */
  message: string;
  /** The same in every language of the interface, when the background has that (API failures). */
  said?: Said;
}

export type Reply<T> = { ok: true; value: T } | { ok: false; error: MessageError };

export type Handlers = {
  [K in RequestType]: (request: RequestOf<K>) => Promise<Responses[K]>;
};
