import { loadConnections } from '../connections.ts';
import type { SenderFacts } from '../messaging/policy.ts';
import { connectedStoreOf } from '../messaging/store-door.ts';
import { currentEngine } from './host.ts';

/** What the message door's rules read about the background's state (utils/messaging/policy.ts). */
export const senderFacts: SenderFacts = {
  async connectedStore() {
    const { ecom } = await loadConnections();
    return ecom ? connectedStoreOf(ecom) : null;
  },
  async job(id) {
    const job = await (await currentEngine())?.job(id);
    return job ? { kind: job.kind, ...(job.undoOf === undefined ? {} : { undoOf: job.undoOf }) } : undefined;
  },
};
