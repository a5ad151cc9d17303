import { defineConfig } from 'wxt';

// Manifest and build settings. Content-script match patterns live in each
// entrypoint; permissions that every build needs live here.
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
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
  vite: () => ({
    esbuild: { jsx: 'automatic', jsxImportSource: 'preact' },
  }),
});
