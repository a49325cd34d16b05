import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

import {
  ADMIN_MATCHES,
  API_HOSTS,
  SANDBOX_ADMIN_MATCHES,
  SANDBOX_API_HOSTS,
} from './utils/admin-dom/hosts.ts';

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  // Explicit imports everywhere: a reader sees where every name comes from.
  imports: false,
  vite: () => ({
    plugins: [preact()],
  }),
  manifest: {
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: ['storage', 'alarms', 'unlimitedStorage'],
    // Asked for when the merchant connects a store, not at install.
    optional_host_permissions: API_HOSTS,
    content_security_policy: {
      extension_pages: "script-src 'self'; object-src 'self'",
    },
  },
  hooks: {
    // The sandbox build is the store build plus the loopback origin: nothing else differs, so the
    // tests exercise the code a merchant installs.
    'build:manifestGenerated': (wxt, manifest) => {
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
