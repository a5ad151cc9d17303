// Display preferences: where the sidebar shows (inside the mail page, or the
// browser's side panel) and the colour theme. They hold no client data, and
// the content scripts must know the first one before they put a frame in the
// page, so they live in the extension's storage.local (which web pages cannot
// read) beside the sidebar's width and collapsed state, not in the database
// the background owns. Zod-free: content scripts import this.
import { browser } from 'wxt/browser';

export const DISPLAY_KEY = 'rapport:display';

export type SidebarPlace = 'page' | 'panel';
export type Theme = 'system' | 'light' | 'dark';

export interface DisplayPrefs {
  sidebar: SidebarPlace;
  theme: Theme;
}

export const DEFAULT_DISPLAY: DisplayPrefs = { sidebar: 'page', theme: 'system' };

const PLACES: readonly SidebarPlace[] = ['page', 'panel'];
const THEMES: readonly Theme[] = ['system', 'light', 'dark'];

/** Whatever is stored (an older version's shape, something hand-edited) read as valid prefs: unknown values fall back to the defaults. */
export function parseDisplay(raw: unknown): DisplayPrefs {
  const r = raw && typeof raw === 'object' ? (raw as Record<string, unknown>) : {};
  return {
    sidebar: PLACES.includes(r.sidebar as SidebarPlace) ? (r.sidebar as SidebarPlace) : DEFAULT_DISPLAY.sidebar,
    theme: THEMES.includes(r.theme as Theme) ? (r.theme as Theme) : DEFAULT_DISPLAY.theme,
  };
}

export async function readDisplay(): Promise<DisplayPrefs> {
  const stored = await browser.storage.local.get(DISPLAY_KEY).catch(() => ({}) as Record<string, unknown>);
  return parseDisplay(stored[DISPLAY_KEY]);
}

/** Saves a change to one or both; a value outside the lists is refused, and nothing is written. */
export async function writeDisplay(patch: Partial<DisplayPrefs>): Promise<DisplayPrefs> {
  if (patch.sidebar !== undefined && !PLACES.includes(patch.sidebar)) throw new Error(`Unknown sidebar place: ${String(patch.sidebar)}`);
  if (patch.theme !== undefined && !THEMES.includes(patch.theme)) throw new Error(`Unknown theme: ${String(patch.theme)}`);
  const next = { ...(await readDisplay()), ...patch };
  await browser.storage.local.set({ [DISPLAY_KEY]: next });
  return next;
}

/** Calls `fn` with the new prefs whenever any page of ours saves them; returns the unsubscribe. */
export function onDisplayChange(fn: (prefs: DisplayPrefs) => void): () => void {
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area === 'local' && DISPLAY_KEY in changes) fn(parseDisplay(changes[DISPLAY_KEY]?.newValue));
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
