// Applies the colour theme chosen in Settings → Display to this extension
// page: data-theme on <html> picks the light or dark values of
// components/theme.css; "system" leaves it to prefers-color-scheme. Pages
// already open follow a change at once.
//
// The sidebar framed in Gmail or Outlook has one more source: the mail page's
// own theme, which its content script reads (components/host/host-theme.ts)
// and posts to the frame as the single word "light" or "dark". While the
// setting is "system" the sidebar matches the mail beside it rather than the
// system, which the mail itself may not follow; a choice of light or dark wins.
import { onDisplayChange, readDisplay, type Theme } from '../../lib/display/prefs';

export type PageTheme = 'light' | 'dark';

/** What `<html data-theme>` should be: the setting, else the host page's theme, else nothing (the system's). */
export function effectiveTheme(setting: Theme, host: PageTheme | undefined): Theme {
  return setting === 'system' && host ? host : setting;
}

function apply(theme: Theme) {
  if (theme === 'system') delete document.documentElement.dataset.theme;
  else document.documentElement.dataset.theme = theme;
}

/**
 * `host`, in the framed sidebar: subscribes to the mail page's theme
 * (hostPageTheme). Until the stored setting is read nothing is applied, so an
 * explicit choice never flickers to the host's.
 */
export function followTheme(host?: (set: (theme: PageTheme) => void) => void): void {
  let setting: Theme | undefined;
  let page: PageTheme | undefined;
  const update = () => setting && apply(effectiveTheme(setting, page));
  void readDisplay().then((p) => {
    setting = p.theme;
    update();
  });
  onDisplayChange((p) => {
    setting = p.theme;
    update();
  });
  host?.((t) => {
    page = t;
    update();
  });
}

/**
 * The host page's theme as its content script posts it to this frame: only
 * from the page this frame sits in, and only the two words — anything else
 * (the empty wake-up poke, whatever else) is not a theme.
 */
export function hostPageTheme(set: (theme: PageTheme) => void): void {
  window.addEventListener('message', (e) => {
    if (e.source === window.parent && window.parent !== window && (e.data === 'light' || e.data === 'dark')) set(e.data);
  });
}
