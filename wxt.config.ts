import { defineConfig } from 'wxt';
import { KNOWN_MATCHES } from './lib/sites/hosts';

// Manifest and build settings. Content-script match patterns live in each
// entrypoint; permissions that every build needs live here.
//
// `wxt build` makes the shipped build (.output/chrome-mv3). `wxt build --mode
// e2e` makes the test build (.output/chrome-mv3-e2e): the same code plus the
// hooks the end-to-end tests, the demo and the bench drive it through
// (globalThis.rapport in the worker, popup.html?tab=). Those hooks sit behind
// import.meta.env.MODE === 'e2e', which the bundler folds to false in the
// shipped build and drops.
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
    // MV2 (Firefox build) names the popup command _execute_browser_action.
    'build:manifestGenerated'(wxt, manifest) {
      // MV2 (Firefox) has no optional_host_permissions: portals the user adds are asked for through optional_permissions.
      if (wxt.config.manifestVersion === 2) manifest.optional_permissions = [...(manifest.optional_permissions ?? []), 'https://*/*'];
      const commands = manifest.commands as Record<string, unknown> | undefined;
      if (wxt.config.manifestVersion !== 2 || !commands?._execute_action) return;
      commands._execute_browser_action = commands._execute_action;
      delete commands._execute_action;
    },
  },
  manifest: {
    name: 'Rapport',
    description:
      'Client context for lawyers in Gmail, Outlook and court e-filing portals. All data stays on this machine.',
    permissions: ['storage', 'unlimitedStorage', 'alarms', 'notifications', 'scripting'],
    // Portals the user adds in options: one origin at a time, asked for when
    // added and released when removed (lib/background/portals.ts). Nothing is
    // granted at install; known portal hosts come from the e-filing content
    // script's matches (EFILING_MATCHES).
    optional_host_permissions: ['https://*/*'],
    // The sidebar page, framed by the content scripts in Gmail, Outlook and the
    // known portals — and loadable by those hosts only. use_dynamic_url: the
    // address changes every browser session, so no page can embed the sidebar
    // by guessing it (portals the user adds get a sidebar window instead: this
    // list cannot grow at run time).
    web_accessible_resources: [{ resources: ['sidebar.html'], matches: KNOWN_MATCHES, use_dynamic_url: true }],
    // Keep in touch: open the popup, or log a call with the client on screen.
    commands: {
      _execute_action: { suggested_key: { default: 'Alt+Shift+R' }, description: 'Open Rapport' },
      'log-call': { suggested_key: { default: 'Alt+Shift+L' }, description: 'Log a call with the client on screen' },
    },
    browser_specific_settings: {
      gecko: {
        id: 'rapport@rapport.invalid',
        // Nothing is collected or transmitted: every record stays in local IndexedDB.
        data_collection_permissions: { required: ['none'] },
      },
    },
  },
});
