import { loadAdminOrigins } from '../../utils/admin-origins/saved-origins.ts';
import { loadConnections } from '../../utils/connect/saved-connections.ts';
import type { SenderFacts } from '../../utils/messaging/policy.ts';
import { connectedStoreOf } from '../../utils/messaging/store-door.ts';
import { currentEngine } from './engine-host.ts';

/** What the message door's rules read about the background's state (utils/messaging/policy.ts). */
export const senderFacts: SenderFacts = {
  async connectedStore() {
    const { ecom } = await loadConnections();
    return ecom ? connectedStoreOf(ecom) : null;
  },
  async countKnown(named) {
    return (await (await currentEngine())?.countKnown(named)) ?? 0;
  },
  adminOrigins: loadAdminOrigins,
  async job(id) {
    const job = await (await currentEngine())?.job(id);
    return job ? { kind: job.kind, ...(job.undoOf === undefined ? {} : { undoOf: job.undoOf }) } : undefined;
  },
};
