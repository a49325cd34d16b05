// The build-time values wxt.config.ts puts into the extension's code (vite `define`).
interface ImportMetaEnv {
  /** Sync Lens's own public Lightspeed API client id; an empty string when the build has none. */
  readonly SYNC_LENS_LIGHTSPEED_CLIENT_ID?: string;
}
