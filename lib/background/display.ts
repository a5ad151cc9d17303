// Where Rapport shows and how a user meets it: the welcome page on first
// install, and the focus shortcut. The shortcut puts the keyboard on the
// sidebar in the page (the content script expands it and focuses its frame;
// the sidebar page then focuses its first control), or opens the browser's
// side panel when the user chose that in Settings.
import { browser } from 'wxt/browser';
import { DEFAULT_DISPLAY, onDisplayChange, readDisplay, type DisplayPrefs } from '../display/prefs';
import { openSidePanel } from '../display/side-panel';
import type { HostCommand } from '../messaging/ports';

export const FOCUS_SIDEBAR_COMMAND = 'focus-sidebar';
export const WELCOME_PAGE = '/welcome.html';

export interface DisplayDeps {
  /** Pushes `focus` to the sidebar pages following `tabId` (the screen hub). */
  focusSidebars(tabId: number): void;
}

export function wireDisplay(deps: DisplayDeps) {
  // Kept in memory so the shortcut can open the side panel without an await before it.
  let prefs: DisplayPrefs = DEFAULT_DISPLAY;
  void readDisplay().then((p) => (prefs = p));
  onDisplayChange((p) => (prefs = p));

  // First install only: an update or a browser update must not open it again.
  browser.runtime.onInstalled.addListener(({ reason }) => {
    if (reason !== 'install') return;
    // The test build opens it behind the tab under test, which must keep rendering.
    void browser.tabs.create({ url: browser.runtime.getURL(WELCOME_PAGE), active: import.meta.env.MODE !== 'e2e' }).catch(() => {});
  });

  async function focusSidebar(tabId: number): Promise<void> {
    const command: HostCommand = { type: 'rapport:focus-sidebar' };
    // The content script first: the frame must hold the keyboard before its page can move it.
    await browser.tabs.sendMessage(tabId, command, { frameId: 0 }).catch(() => {});
    deps.focusSidebars(tabId);
  }

  browser.commands?.onCommand.addListener((command, tab) => {
    if (command !== FOCUS_SIDEBAR_COMMAND) return;
    if (prefs.sidebar === 'panel') {
      openSidePanel(tab?.windowId).catch((e) => console.error('[rapport] could not open the side panel', e));
      return;
    }
    void (async () => {
      const id = tab?.id ?? (await browser.tabs.query({ active: true, lastFocusedWindow: true }))[0]?.id;
      if (id !== undefined) await focusSidebar(id);
    })();
  });

  /** For end-to-end tests (globalThis.rapport in the test build): what the shortcut does on a tab. */
  return { hooks: { focusSidebar } };
}
