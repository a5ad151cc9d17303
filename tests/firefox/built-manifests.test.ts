// The manifest.json WXT generated for each shipped target (`npm run build`,
// `npm run build:firefox`): where Chrome and Firefox name things differently,
// each build says it its browser's way.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../..');
type Manifest = Record<string, unknown> & {
  manifest_version: number;
  background: Record<string, unknown>;
  commands: Record<string, unknown>;
  permissions: string[];
  host_permissions: string[];
  content_scripts: { matches: string[]; js: string[] }[];
  web_accessible_resources: unknown[];
};
const read = (dir: string): Manifest => {
  const file = path.join(ROOT, '.output', dir, 'manifest.json');
  if (!existsSync(file)) throw new Error(`${file} is missing: build it first (npm run build && npm run build:firefox)`);
  return JSON.parse(readFileSync(file, 'utf8')) as Manifest;
};

describe('generated manifests', () => {
  const chrome = read('chrome-mv3');
  const firefox = read('firefox-mv3');

  it('are both Manifest V3', () => {
    expect(chrome.manifest_version).toBe(3);
    expect(firefox.manifest_version).toBe(3);
  });

  it('run the background as a service worker in Chrome and as an event page in Firefox', () => {
    expect(chrome.background).toEqual({ service_worker: 'background.js' });
    expect(firefox.background).toEqual({ scripts: ['background.js'] });
  });

  it('use the MV3 action and its _execute_action command in both (no MV2 browser_action)', () => {
    for (const m of [chrome, firefox]) {
      expect(m.action).toMatchObject({ default_popup: 'popup.html' });
      expect(m).not.toHaveProperty('browser_action');
      expect(Object.keys(m.commands).sort()).toEqual(['_execute_action', 'focus-sidebar', 'log-call']);
    }
  });

  it('declare no data collection, with an add-on id, in Firefox only', () => {
    expect(firefox.browser_specific_settings).toMatchObject({
      gecko: { id: 'rapport@rapport.invalid', data_collection_permissions: { required: ['none'] } },
    });
    expect(chrome).not.toHaveProperty('browser_specific_settings');
  });

  it('show the same page in the browser side panel, each its own way (Chrome side_panel with its permission, Firefox sidebar_action)', () => {
    expect(chrome.side_panel).toEqual({ default_path: 'sidepanel.html' });
    expect(chrome.permissions).toContain('sidePanel');
    expect(firefox.sidebar_action).toMatchObject({ default_panel: 'sidepanel.html', open_at_install: false });
    expect(firefox.permissions).not.toContain('sidePanel');
    expect(firefox).not.toHaveProperty('side_panel');
  });

  it('ask the same of both browsers: permissions (but the side panel’s and offscreen), known and optional portal hosts, content scripts, framable sidebar', () => {
    for (const key of ['host_permissions', 'optional_host_permissions', 'content_scripts', 'web_accessible_resources'] as const)
      expect(firefox[key], key).toEqual(chrome[key]);
    // offscreen is Chrome's alone: its worker has no Blob URLs for automatic backups, Firefox's background page has.
    expect(firefox.permissions).toEqual(chrome.permissions.filter((p) => p !== 'offscreen' && p !== 'sidePanel'));
    expect(chrome.permissions).toContain('offscreen');
    expect(firefox).not.toHaveProperty('optional_permissions');
  });
});
