// Applies the colour theme chosen in Settings → Display to this extension
// page: data-theme on <html> picks the light or dark values of
// components/theme.css; "system" leaves it to prefers-color-scheme. Pages
// already open follow a change at once.
import { onDisplayChange, readDisplay, type Theme } from '../../lib/display/prefs';

function apply(theme: Theme) {
  if (theme === 'system') delete document.documentElement.dataset.theme;
  else document.documentElement.dataset.theme = theme;
}

export function followTheme(): void {
  void readDisplay().then((p) => apply(p.theme));
  onDisplayChange((p) => apply(p.theme));
}
