import { defineConfig } from 'wxt';

// Manifest and build settings. Content-script match patterns live in each
// entrypoint; permissions that every build needs live here.
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  hooks: {
    // Content scripts run inside Gmail, Outlook and portals under a 20 KB gzip
    // budget. Chrome MV3 and Firefox both give promise-based runtime and storage
    // APIs, which is all a content script uses, so there the 3 KB polyfill is
    // swapped for WXT's plain `browser`. Background and extension pages keep it.
    'vite:build:extendConfig'(entrypoints, config) {
      if (!entrypoints.every((e) => e.type === 'content-script')) return;
      const alias = config.resolve?.alias;
      if (alias && !Array.isArray(alias)) (alias as Record<string, string>)['wxt/browser'] = '@wxt-dev/browser';
    },
  },
  manifest: {
    name: 'Rapport',
    description:
      'Client context for lawyers in Gmail, Outlook and court e-filing portals. All data stays on this machine.',
    permissions: ['storage', 'unlimitedStorage'],
    browser_specific_settings: {
      gecko: {
        id: 'rapport@rapport.invalid',
        // Nothing is collected or transmitted: every record stays in local IndexedDB.
        data_collection_permissions: { required: ['none'] },
      },
    },
  },
});
