// Scripts a portal content script asks for when it first needs them
// (lib/sites/efiling/injected.ts): the background puts the build's own file,
// chosen from this fixed list, into the sender's own frame — the tab and frame
// are the browser's word about the sender, never the page's — in the
// extension's isolated world, where that content script runs and the page's
// scripts cannot reach.
import { browser } from 'wxt/browser';
import type { ScriptInjector } from '../messaging/handlers/types';
import type { InjectedScript } from '../sites/efiling/injected';

/** The built files (WXT puts unlisted scripts at the extension's root). */
export const INJECTED_FILES = { readers: '/efiling-readers.js', badges: '/portal-badges.js' } as const satisfies Record<InjectedScript, string>;

export const browserScriptInjector: ScriptInjector = {
  async inject(script, tabId, frameId) {
    await browser.scripting.executeScript({ target: { tabId, frameIds: [frameId] }, files: [INJECTED_FILES[script]] });
  },
};
