import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

import { SANDBOX_PUBLIC_CLIENT_ID } from './sandbox/retail/oauth-clients.ts';
import {
  ADMIN_MATCHES,
  API_HOSTS,
  SANDBOX_ADMIN_MATCHES,
  SANDBOX_API_HOSTS,
} from './utils/admin-dom/match-patterns.ts';

// WXT sets NODE_ENV to the build's mode ("sandbox"), which would give the sandbox build Preact's development
// runtime: the sandbox build must be the very code a merchant installs, so it is built for production too.
if (process.env.NODE_ENV === 'sandbox') process.env.NODE_ENV = 'production';

/**
 * Sync Lens's own Lightspeed API client (README, "Sync Lens's own Lightspeed client"): a public client id, no
 * secret. The sandbox build carries the sandbox's own unless one is given, so its one-click sign-in works there;
 * a store build without one offers the merchant's own API client and the pasted token only.
 */
function lightspeedClientId(mode: string): string {
  const given = process.env.SYNC_LENS_LIGHTSPEED_CLIENT_ID?.trim() ?? '';
  if (given !== '') return given;
  return mode === 'sandbox' ? SANDBOX_PUBLIC_CLIENT_ID : '';
}

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  // Explicit imports everywhere: a reader sees where every name comes from.
  imports: false,
  vite: (env) => ({
    plugins: [preact()],
    // WXT's own logging checks the mode by name: the sandbox build reads as production, like the store build.
    define: {
      ...(env.mode === 'sandbox' ? { 'import.meta.env.MODE': JSON.stringify('production') } : {}),
      'import.meta.env.SYNC_LENS_LIGHTSPEED_CLIENT_ID': JSON.stringify(lightspeedClientId(env.mode)),
    },
  }),
  manifest: {
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // Every permission and why: README.md, "Permissions". None of these shows a warning at install.
    permissions: ['storage', 'alarms', 'unlimitedStorage', 'identity'],
    // Asked for when the merchant connects a store, not at install.
    optional_host_permissions: API_HOSTS,
    content_security_policy: {
      extension_pages: "script-src 'self'; object-src 'self'",
    },
    browser_specific_settings: {
      gecko: {
        id: 'sync-lens@sync-lens',
        // The first release with the data-consent key below.
        strict_min_version: '140.0',
        // Nothing goes to the makers of Sync Lens or to anyone else: the only traffic is the merchant's own calls
        // to the Lightspeed services they connected.
        data_collection_permissions: { required: ['none'] },
      },
      // Firefox for Android knows the data-consent key from 142 on.
      gecko_android: { strict_min_version: '142.0' },
    },
  },
  hooks: {
    // The sandbox build is the store build plus the loopback origin: nothing else differs, so the
    // tests exercise the code a merchant installs.
    'build:manifestGenerated': (wxt, manifest) => {
      // Manifest V2 (Firefox) has no optional_host_permissions: origins go in optional_permissions there.
      if (wxt.config.manifestVersion === 2 && manifest.optional_host_permissions) {
        manifest.optional_permissions = [
          ...(manifest.optional_permissions ?? []),
          ...manifest.optional_host_permissions,
        ];
        delete manifest.optional_host_permissions;
      }
      if (wxt.config.browser !== 'firefox') delete manifest.browser_specific_settings;
      if (wxt.config.mode !== 'sandbox') return;
      manifest.host_permissions = [...(manifest.host_permissions ?? []), ...SANDBOX_API_HOSTS];
      for (const script of manifest.content_scripts ?? []) {
        if (script.matches?.some((match) => ADMIN_MATCHES.includes(match))) {
          script.matches = [...script.matches, ...SANDBOX_ADMIN_MATCHES];
        }
      }
      // The overlay's stylesheet is fetched by the content script, so the sandbox admin must reach it too.
      for (const resource of manifest.web_accessible_resources ?? []) {
        if (typeof resource !== 'string' && resource.matches?.some((match) => match.includes('my.ecwid.com'))) {
          resource.matches = [...resource.matches, ...SANDBOX_API_HOSTS];
        }
      }
    },
  },
});
