/**
 * Sync Lens's own Lightspeed API client: a publicly distributed client (an id, no secret, PKCE), registered once
 * by whoever publishes the extension, so no merchant needs an API client of their own. Its id is set when the
 * extension is built (SYNC_LENS_LIGHTSPEED_CLIENT_ID, read by wxt.config.ts; the sandbox build carries the
 * sandbox's own). A build without one offers the merchant's own API client and the pasted token only.
 */
const BUILT_IN = import.meta.env.SYNC_LENS_LIGHTSPEED_CLIENT_ID;

export const OWN_CLIENT_ID: string | null =
  typeof BUILT_IN === 'string' && BUILT_IN.trim() !== '' ? BUILT_IN.trim() : null;
