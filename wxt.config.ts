import { defineConfig } from 'wxt';
import { EFILING_MATCHES } from './lib/sites/efiling/index';

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
    // Known portals: the same hosts the e-filing content script matches. MV3
    // content-script matches alone do not let the background inject the
    // portal sidebar there (scripting.executeScript) — these do.
    host_permissions: EFILING_MATCHES,
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
