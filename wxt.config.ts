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

/** Any https host: the optional permission an added admin address is asked under (never granted at install). */
const ANY_HTTPS_HOST = 'https://*/*';
/** The sandbox's tests serve "another admin address" on a reserved name (RFC 2606) mapped to loopback. */
const SANDBOX_OTHER_ADMINS = 'http://*.test/*';

/** The arrival note's permission: optional in the store build, granted at install in the sandbox build. */
const NOTIFICATIONS = 'notifications';

/** The web-accessible entry of the admin content script's stylesheet. */
function adminStyles(manifest: { web_accessible_resources?: unknown[] }) {
  return (manifest.web_accessible_resources ?? []).filter(
    (resource): resource is { resources: string[]; matches: string[] } =>
      typeof resource === 'object' &&
      resource !== null &&
      'matches' in resource &&
      Array.isArray(resource.matches) &&
      resource.matches.some((match) => String(match).includes('my.ecwid.com')),
  );
}

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
  // Manifest V3 in Firefox too (README, "Firefox"): one permission model and one background lifetime for both
  // browsers, tested in both.
  manifestVersion: 3,
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
    permissions: ['storage', 'alarms', 'unlimitedStorage', 'identity', 'scripting'],
    // The arrival note: asked for when the merchant turns it on in the options page; off by default.
    optional_permissions: [NOTIFICATIONS],
    // Asked for when the merchant connects a store, or adds their admin's other address; not at install.
    optional_host_permissions: [...API_HOSTS, ANY_HTTPS_HOST],
    content_security_policy: {
      extension_pages: "script-src 'self'; object-src 'self'",
    },
    browser_specific_settings: {
      gecko: {
        // Final: AMO keeps it for good, and Firefox's sign-in redirect address is made from it (README, "Firefox").
        // A GUID, so it claims no domain name Sync Lens does not own.
        id: '{5d2c6a1e-8f3b-4c0a-9e67-2b1d4f8a7c35}',
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
    // The sandbox build is the store build plus the loopback origin (and the note's permission granted at
    // install): nothing else differs, so the tests exercise the code a merchant installs.
    'build:manifestGenerated': (wxt, manifest) => {
      if (wxt.config.browser !== 'firefox') delete manifest.browser_specific_settings;
      // The overlay's stylesheet, fetched by the content script, on the admin addresses a merchant adds too (any
      // https host: WXT serves it at a per-session address in Chrome, so no site can probe for it).
      for (const resource of adminStyles(manifest))
        resource.matches = [...new Set([...resource.matches, ANY_HTTPS_HOST])];
      if (wxt.config.mode !== 'sandbox') return;
      // Granted at install in the sandbox build only, so its tests add an admin address with no browser prompt.
      manifest.host_permissions = [...(manifest.host_permissions ?? []), ...SANDBOX_API_HOSTS, SANDBOX_OTHER_ADMINS];
      // Granted at install too, as a headless browser shows no prompt to answer: the tests turn the note on.
      manifest.optional_permissions = manifest.optional_permissions?.filter((name) => name !== NOTIFICATIONS);
      if (manifest.optional_permissions?.length === 0) delete manifest.optional_permissions;
      manifest.permissions = [...(manifest.permissions ?? []), NOTIFICATIONS];
      for (const script of manifest.content_scripts ?? []) {
        if (script.matches?.some((match) => ADMIN_MATCHES.includes(match))) {
          script.matches = [...script.matches, ...SANDBOX_ADMIN_MATCHES];
        }
      }
      // The overlay's stylesheet is fetched by the content script, so the sandbox admin must reach it too, on
      // loopback and on the reserved .test names its tests give other admin addresses.
      for (const resource of adminStyles(manifest)) {
        resource.matches = [...resource.matches, ...SANDBOX_API_HOSTS, SANDBOX_OTHER_ADMINS];
      }
    },
  },
});
