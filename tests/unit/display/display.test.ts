// Display preferences (lib/display/prefs.ts) and the background's first-run and
// focus-shortcut wiring (lib/background/display.ts), against WXT's fake browser.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { browser } from 'wxt/browser';
import { DISPLAY_KEY, parseDisplay, readDisplay, writeDisplay } from '../../../lib/display/prefs';
import { FOCUS_SIDEBAR_COMMAND, wireDisplay } from '../../../lib/background/display';

beforeEach(() => {
  fakeBrowser.reset();
  // The fake browser has no commands API; the listener is not what these tests are about.
  vi.spyOn(browser.commands.onCommand, 'addListener').mockImplementation(() => {});
});

describe('display preferences', () => {
  it('read what was stored, and fall back to the defaults for anything else', () => {
    expect(parseDisplay({ sidebar: 'panel', theme: 'dark' })).toEqual({ sidebar: 'panel', theme: 'dark' });
    expect(parseDisplay({ sidebar: 'window', theme: 42 })).toEqual({ sidebar: 'page', theme: 'system' });
    expect(parseDisplay(null)).toEqual({ sidebar: 'page', theme: 'system' });
  });

  it('save one change without losing the other, and refuse an unknown value leaving what is stored', async () => {
    await writeDisplay({ sidebar: 'panel' });
    await writeDisplay({ theme: 'light' });
    expect(await readDisplay()).toEqual({ sidebar: 'panel', theme: 'light' });
    await expect(writeDisplay({ theme: 'sepia' as never })).rejects.toThrow(/Unknown theme/);
    expect((await browser.storage.local.get(DISPLAY_KEY))[DISPLAY_KEY]).toEqual({ sidebar: 'panel', theme: 'light' });
  });
});

describe('first run', () => {
  it('opens the welcome page on install, and not on an update', async () => {
    const create = vi.spyOn(browser.tabs, 'create');
    wireDisplay({ focusSidebars: () => {} });
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'update', previousVersion: '0.0.9' });
    expect(create).not.toHaveBeenCalled();
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install' });
    expect(create).toHaveBeenCalledTimes(1);
    expect(create.mock.calls[0]![0].url).toMatch(/\/welcome\.html$/);
  });
});

describe('the focus shortcut', () => {
  it('tells the tab’s content script to hand over the keyboard, then the sidebar pages following it', async () => {
    const order: string[] = [];
    vi.spyOn(browser.tabs, 'sendMessage').mockImplementation(async (tabId: number, m: unknown) => {
      order.push(`tab ${tabId}: ${(m as { type: string }).type}`);
    });
    const wired = wireDisplay({ focusSidebars: (tabId) => order.push(`sidebars of ${tabId}`) });
    await wired.hooks.focusSidebar(7);
    expect(order).toEqual(['tab 7: rapport:focus-sidebar', 'sidebars of 7']);
    expect(FOCUS_SIDEBAR_COMMAND).toBe('focus-sidebar');
  });
});
