import { readFileSync } from 'node:fs';
import path from 'node:path';
import { defineConfig } from 'wxt';
import { EFILING_MATCHES } from './lib/sites/efiling/pick';
import { KNOWN_MATCHES } from './lib/sites/hosts';
import { LANGUAGES } from './lib/i18n/define';
import { chromeMessages } from './lib/i18n/chrome-messages';
import { MESSAGES } from './lib/i18n/messages';
import { privacyPage } from './scripts/build/privacy-page';
import { storeSafeLibraries } from './scripts/build/store-safe-libraries';

// Manifest and build settings. Content-script match patterns live in each
// entrypoint; permissions that every build needs live here.
//
// `wxt build` makes the shipped build (.output/chrome-mv3). `wxt build --mode
// e2e` makes the test build (.output/chrome-mv3-e2e): the same code plus the
// hooks the end-to-end tests, the demo and the bench drive it through
// (globalThis.rapport in the worker, popup.html?tab=). Those hooks sit behind
// import.meta.env.MODE === 'e2e', which the bundler folds to false in the
// shipped build and drops.
//
// Firefox gets MV3 too (`wxt build -b firefox` → .output/firefox-mv3): AMO
// accepts MV2 and MV3 alike, and MV3 is the only one where web-accessible
// resources can be limited to the hosts that frame the sidebar (MV2 exposes
// them to every page) and where portal hosts are optional_host_permissions, as
// in Chrome. One manifest shape, one set of permission requests.
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  manifestVersion: 3,
  // zod without code generation and Preact without innerHTML, in every bundle
  // (why: scripts/build/store-safe-libraries.ts).
  vite: () => ({ plugins: [storeSafeLibraries()] }),
  // `npm run zip`: the store packages, and for AMO's reviewers the sources that
  // rebuild the Firefox package (`npm ci && npm run build:firefox`). WXT already
  // leaves out node_modules, the output folder, dot folders and test files;
  // tests/ as a whole holds saved third-party pages, which are not ours to send.
  zip: {
    artifactTemplate: '{{name}}-{{version}}-{{browser}}-{{manifestVersion}}.zip',
    sourcesTemplate: '{{name}}-{{version}}-sources.zip',
    excludeSources: ['tests/**', 'test-results/**', 'demo-screenshots/**', 'store/screenshots/**', 'bench/results/**', 'playwright-report/**'],
  },
  hooks: {
    // Content scripts run inside Gmail, Outlook and portals under a 10 KB gzip
    // budget. Chrome MV3 and Firefox both give promise-based runtime, storage and
    // i18n APIs, which is all a content script uses, so there the 3 KB polyfill
    // is swapped for WXT's plain `browser`. The unlisted scripts are the ones the
    // background injects into a content script's world (efiling-readers,
    // portal-badges), so they get the same. Background and extension pages keep it.
    'vite:build:extendConfig'(entrypoints, config) {
      if (!entrypoints.every((e) => e.type === 'content-script' || e.type === 'unlisted-script')) return;
      const alias = config.resolve?.alias;
      if (alias && !Array.isArray(alias)) (alias as Record<string, string>)['wxt/browser'] = '@wxt-dev/browser';
    },
    // The privacy policy ships with the extension (linked from Options).
    'build:publicAssets'(wxt, files) {
      files.push({ relativeDest: 'privacy.html', contents: privacyPage(readFileSync(path.join(wxt.config.root, 'docs/privacy.md'), 'utf8')) });
      // Every language's texts, from the one catalogue (lib/i18n/messages).
      for (const lang of LANGUAGES) {
        files.push({ relativeDest: `_locales/${lang}/messages.json`, contents: JSON.stringify(chromeMessages(MESSAGES, lang), null, 1) });
      }
    },
    // Firefox MV2 would widen web_accessible_resources to every page and has no
    // optional_host_permissions: refuse it rather than ship it by accident.
    'build:manifestGenerated'(wxt) {
      if (wxt.config.manifestVersion !== 3) throw new Error('Rapport builds Manifest V3 only (Chrome and Firefox); drop --mv2.');
    },
  },
  manifest: ({ browser }) => ({
    // The store shows the name and description in the browser's language.
    name: '__MSG_ext_name__',
    description: '__MSG_ext_description__',
    default_locale: 'en',
    // sidePanel (Chrome): the sidebar in the browser's side panel, when the user
    // chooses it in Settings. Firefox's sidebar_action needs no permission.
    // downloads: automatic backups save into "Rapport backups/" with no page
    // open (lib/background/auto-backup.ts). offscreen (Chrome only; Firefox has
    // no such API and its background page has Blob URLs): the MV3 worker cannot
    // make a Blob URL, so an offscreen document holds the file while it saves.
    permissions: ['storage', 'unlimitedStorage', 'alarms', 'notifications', 'scripting', 'downloads', ...(browser === 'firefox' ? [] : ['sidePanel', 'offscreen'])],
    // Portals the user adds in options: one origin at a time, asked for when
    // added and released when removed (lib/background/portals.ts). Nothing is
    // granted at install; known portal hosts come from the e-filing content
    // script's matches (EFILING_MATCHES).
    optional_host_permissions: ['https://*/*'],
    // The known portals, as the e-filing content script already matches them (no
    // new warning): lib/background/inject.ts puts code into their frames on demand.
    host_permissions: EFILING_MATCHES,
    // The sidebar page, framed by the content scripts in Gmail, Outlook and the
    // known portals — and loadable by those hosts only. use_dynamic_url: the
    // address changes every browser session, so no page can embed the sidebar
    // by guessing it (portals the user adds get a sidebar window instead: this
    // list cannot grow at run time).
    web_accessible_resources: [{ resources: ['sidebar.html'], matches: KNOWN_MATCHES, use_dynamic_url: true }],
    // Keep in touch: open the popup, or log a call with the client on screen.
    // Keyboard users: move into the sidebar (Esc gives the keyboard back), or
    // open the browser's side panel when Rapport shows there.
    commands: {
      _execute_action: { suggested_key: { default: 'Alt+Shift+R' }, description: 'Open Rapport' },
      'log-call': { suggested_key: { default: 'Alt+Shift+L' }, description: 'Log a call with the client on screen' },
      'focus-sidebar': { suggested_key: { default: 'Alt+Shift+S' }, description: 'Move the keyboard into the Rapport sidebar' },
    },
    ...(browser === 'firefox' && {
      browser_specific_settings: {
        gecko: {
          id: 'rapport@rapport.invalid',
          // 128: optional_host_permissions in MV3; 140: data_collection_permissions.
          strict_min_version: '140.0',
          // Nothing is collected or transmitted: every record stays in local IndexedDB.
          data_collection_permissions: { required: ['none'] },
        },
        // data_collection_permissions reached Firefox for Android in 142.
        gecko_android: { strict_min_version: '142.0' },
      },
    }),
  }),
});
