import type { EngineStatus, JobRequest } from '../engine/engine.ts';
import type { Job, JobProgress } from '../jobs/model.ts';
import type { Summary } from '../sync/summary.ts';

/**
 * The one protocol between the extension's pages (content script, popup, options) and the background. Types
 * only: pages import this and ask.ts, so the content script carries no validation library; the background
 * validates every request (serve.ts).
 */

export type { JobRequest };

export type Request =
  | { type: 'overview' }
  | { type: 'status' }
  | { type: 'refresh' }
  | { type: 'start-job'; job: JobRequest }
  | { type: 'job'; id: string }
  | { type: 'undo'; id: string }
  | { type: 'cancel'; id: string };

export type RequestType = Request['type'];

/** What the background knows at a glance. */
export interface Overview {
  version: string;
  connected: { retail: boolean; ecom: boolean };
  readAt: { retail: string | null; ecom: string | null } | null;
  summary: Summary | null;
  /** The job running or waiting now, if any. */
  activeJob: JobProgress | null;
  lastError: { at: string; message: string } | null;
}

export interface Responses {
  overview: Overview;
  /** Null while eCom is not connected. */
  status: EngineStatus | null;
  refresh: { readAt: string; summary: Summary };
  'start-job': JobProgress;
  job: Job | null;
  undo: JobProgress;
  cancel: null;
}

export interface MessageError {
  /** Stable, for code: "bad-request", "forbidden", "unavailable", "not-connected", "failed". */
  code: string;
  /** For people: what happened and what to do. */
  message: string;
}

export type Reply<T> = { ok: true; value: T } | { ok: false; error: MessageError };

export type RequestOf<K extends RequestType> = Extract<Request, { type: K }>;

export type Handlers = {
  [K in RequestType]: (request: RequestOf<K>) => Promise<Responses[K]>;
};
