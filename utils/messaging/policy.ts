import type { Browser } from 'wxt/browser';

import type { StoreEvidence } from '../admin-dom/store-evidence.ts';
import type { NamedRecords } from '../db/cache.ts';
import type { JobRequest } from '../engine/engine.ts';
import { otherStoreSaid } from '../i18n/said/other-store.ts';
import type { Said } from '../i18n/said.ts';
import type { JobKind } from '../jobs/model.ts';
import type { MessageError, Request } from './protocol.ts';
import { AUDIENCE } from './requests.ts';
import { pageStore, type ConnectedStore } from './store-door.ts';
import { CANNOT_TELL, NOT_OFFERED, OWN_PAGES_ONLY } from '../i18n/said/refusals.ts';

/**
 * Who may ask the background for what, in one place. A content script lives in an admin page that may be
 * hostile, or may be another store's: it may ask only for what the overlay offers, and only about the store
 * that page is the admin of. Each request's audience is written beside its fields, in requests.ts.
 */

type JobOf<K extends JobRequest['kind']> = Extract<JobRequest, { kind: K }>;

/**
 * The jobs the overlay offers, as it asks for them: enabling exactly the categories or products its preview
 * showed (never "every new one", which the merchant did not see listed). Sync and disabling start from Sync
 * Lens's own pages, an alarm in Sync mode, or an undo; never from a content script.
 */
const OVERLAY_JOBS: { readonly [K in JobRequest['kind']]: ((job: JobOf<K>) => boolean) | null } = {
  'enable-categories': (job) => job.ecomIds !== undefined,
  'enable-products': (job) => job.ecomIds !== undefined,
  'disable-categories': null,
  sync: null,
};

export function overlayOffersJob(job: JobRequest): boolean {
  const allowed = OVERLAY_JOBS[job.kind] as ((job: JobRequest) => boolean) | null;
  return allowed !== null && allowed(job);
}

/** The overlay's Undo puts back the merchant's own enable jobs; an undo is not undone again from the page. */
const OVERLAY_UNDOES: ReadonlySet<JobKind> = new Set<JobKind>(['enable-categories', 'enable-products']);

export function overlayOffersUndo(original: { kind: JobKind; undoOf?: string }): boolean {
  return OVERLAY_UNDOES.has(original.kind) && original.undoOf === undefined;
}

/** What the background knows that the rules need: the connected store, and a job's kind before undoing it. */
export interface SenderFacts {
  /** Null when no eCom store is connected. */
  connectedStore(): Promise<ConnectedStore | null>;
  /** How many of these eCom records the connected store's last read holds. */
  countKnown(named: NamedRecords): Promise<number>;
  /** The admin addresses the merchant added in the options (white-label hosts). */
  adminOrigins(): Promise<string[]>;
  job(id: string): Promise<{ kind: JobKind; undoOf?: string } | undefined>;
}

const refused = (code: string, said: Said): MessageError => ({ code, message: said.en, said });

/**
 * Why this sender may not have this request answered, or null when it may. `fromOwnPage` tells the extension's
 * own pages from content scripts; `facts` is null when the background could not say (then a content script is
 * answered nothing about a store: what cannot be told is not done). `evidence` is what the content script read
 * of its page's store, used only where the page's address names none.
 */
export async function refusalFor(
  request: Request,
  sender: Browser.runtime.MessageSender,
  fromOwnPage: boolean,
  facts: SenderFacts | null,
  evidence?: StoreEvidence,
): Promise<MessageError | null> {
  const audience = AUDIENCE[request.type];
  if (fromOwnPage || audience === 'anyone') return null;
  if (audience === 'own-pages') return refused('forbidden', OWN_PAGES_ONLY);

  if (request.type === 'start-job' && !overlayOffersJob(request.job)) return refused('forbidden', NOT_OFFERED);
  if (!facts) return refused('other-store', CANNOT_TELL);
  const store = await facts.connectedStore();
  if (store !== null) {
    const content = { evidence, countKnown: (named: NamedRecords) => facts.countKnown(named) };
    const page = await pageStore(sender.url, store, content, () => facts.adminOrigins());
    if (!page.same) return refused('other-store', otherStoreSaid(store.storeId, page.pageStoreId));
  }
  if (request.type === 'undo') {
    // A job that is gone is left to the handler, which says so; one that is there must be one the overlay undoes.
    const original = await facts.job(request.id);
    if (original && !overlayOffersUndo(original)) return refused('forbidden', NOT_OFFERED);
  }
  return null;
}
