// What wxt.config.ts asks of each target's manifest. WXT turns this into the
// final manifest.json; tests/firefox/built-manifests.test.ts reads the real
// output of both builds after `npm test` has made them.
import type { Wxt, WxtHooks } from 'wxt';
import { describe, expect, it } from 'vitest';
import config from '../../wxt.config';
import { EFILING_MATCHES } from '../../lib/sites/efiling/pick';
import { KNOWN_MATCHES } from '../../lib/sites/hosts';

type Browser = 'chrome' | 'firefox';

async function manifestFor(browser: Browser) {
  const m = config.manifest;
  if (typeof m !== 'function') throw new Error('wxt.config.ts: manifest should depend on the target browser');
  return m({ browser, manifestVersion: 3, mode: 'production', command: 'build' });
}

describe('manifest per target', () => {
  it('gives Firefox an add-on id, minimum versions and the no-data-collection declaration; Chrome none of it', async () => {
    const firefox = await manifestFor('firefox');
    expect(firefox.browser_specific_settings).toEqual({
      gecko: { id: 'rapport@rapport.invalid', strict_min_version: '140.0', data_collection_permissions: { required: ['none'] } },
      gecko_android: { strict_min_version: '142.0' },
    });
    // Chrome warns about keys it does not know on its extensions page.
    expect(await manifestFor('chrome')).not.toHaveProperty('browser_specific_settings');
  });

  it('asks both browsers for the same permissions (Chrome alone for offscreen, which Firefox has no use for): the known portals’ hosts, any other portal host only optionally', async () => {
    const [chrome, firefox] = await Promise.all([manifestFor('chrome'), manifestFor('firefox')]);
    // Chrome's side panel needs a permission; Firefox's sidebar_action needs none (and would warn about an unknown one).
    expect(chrome.permissions).toEqual(['storage', 'unlimitedStorage', 'alarms', 'notifications', 'scripting', 'downloads', 'sidePanel', 'offscreen']);
    expect(firefox.permissions).toEqual(['storage', 'unlimitedStorage', 'alarms', 'notifications', 'scripting', 'downloads']);
    for (const m of [chrome, firefox]) {
      expect(m.optional_host_permissions).toEqual(['https://*/*']);
      // The hosts the e-filing content script matches already: the background injects code there on demand.
      expect(m.host_permissions).toEqual(EFILING_MATCHES);
      expect(m).not.toHaveProperty('optional_permissions');
    }
  });

  it('lets only the hosts that frame the sidebar load it', async () => {
    for (const browser of ['chrome', 'firefox'] as const) {
      const war = (await manifestFor(browser)).web_accessible_resources;
      expect(war).toEqual([{ resources: ['sidebar.html'], matches: KNOWN_MATCHES, use_dynamic_url: true }]);
      expect(KNOWN_MATCHES).not.toContain('<all_urls>');
      expect(KNOWN_MATCHES.every((m) => m.startsWith('https://') && !m.startsWith('https://*/'))).toBe(true);
    }
  });

  it('names the popup command _execute_action (MV3 in both browsers), beside log-call and the focus shortcut', async () => {
    for (const browser of ['chrome', 'firefox'] as const) {
      const commands = (await manifestFor(browser)).commands as Record<string, unknown>;
      expect(Object.keys(commands).sort()).toEqual(['_execute_action', 'focus-sidebar', 'log-call']);
    }
  });

  it('refuses a Manifest V2 build', async () => {
    const hook = (config.hooks as Partial<WxtHooks> | undefined)?.['build:manifestGenerated'];
    if (typeof hook !== 'function') throw new Error('wxt.config.ts: no build:manifestGenerated hook');
    const wxt = (manifestVersion: 2 | 3) => ({ config: { manifestVersion } }) as unknown as Wxt;
    expect(() => hook(wxt(2), { manifest_version: 2, name: 'Rapport', version: '0.1.0' })).toThrow(/Manifest V3 only/);
    expect(() => hook(wxt(3), { manifest_version: 3, name: 'Rapport', version: '0.1.0' })).not.toThrow();
    expect(config.manifestVersion).toBe(3);
  });
});
