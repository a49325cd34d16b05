import { DEFAULT_SANDBOX_URL } from '../../utils/connect/sandbox.ts';
import type { ConnectionsView } from '../../utils/messaging/protocol.ts';
import { RETAIL_API_BASE, RETAIL_AUTH_BASE } from '../../utils/retail/config.ts';

/**
 * The Retail addresses the card starts with: those of the sign-in there is, else Lightspeed's own; in the
 * sandbox build (the only one that may reach this computer) the local sandbox's, whose public client that build
 * signs in as, so that "Sign in with Lightspeed" works there in one click after `npm start`.
 */
export function retailDefaults(
  retail: ConnectionsView['retail'],
  sandboxReachable: boolean,
): { apiBase: string; authBase: string } {
  const fallback = sandboxReachable
    ? { apiBase: `${DEFAULT_SANDBOX_URL}/API/V3`, authBase: DEFAULT_SANDBOX_URL }
    : { apiBase: RETAIL_API_BASE, authBase: RETAIL_AUTH_BASE };
  return retail ? { apiBase: retail.apiBase, authBase: retail.authBase ?? fallback.authBase } : fallback;
}
