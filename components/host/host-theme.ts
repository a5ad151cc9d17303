// The host page's own theme, light or dark, read from the colour it paints
// behind the mail (Gmail's and Outlook's dark themes, a portal restyled dark).
// The sidebar frame is told only the word "light" or "dark", never anything
// read from the page; badges and the resize edge use it to pick their colours.
//
// Only computed colours are read (style, never layout), and only on a few
// elements: the one given and its ancestors up to the first background that
// actually shows.
import type { ContentScriptContext } from 'wxt/utils/content-script-context';

export type HostTheme = 'light' | 'dark';

/**
 * A background darker than this relative luminance counts as dark. About 0.18
 * is where black and white text contrast equally with it (WCAG contrast is
 * (L1 + 0.05) / (L2 + 0.05)), so the theme is the one whose text reads better
 * there: Gmail's #202124 and Outlook's #292827 are far below, their light
 * #ffffff / #f6f8fc / #faf9f8 far above.
 */
export const DARK_BELOW = Math.sqrt(1.05 * 0.05) - 0.05;
/** Text this light (#bcbcbc and up) is meant to be read on a dark page. */
const LIGHT_TEXT = 0.5;

const linear = (c: number) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);

/**
 * A colour as Chromium's getComputedStyle gives it — `rgb()` / `rgba()`, or for
 * colours authored in them `color(srgb …)`, `lab()`, `lch()`, `oklab()`,
 * `oklch()` — as relative luminance (0 black … 1 white) and alpha. Null for
 * anything else.
 */
export function colourLuminance(css: string): { y: number; a: number } | null {
  const m = /^([a-z]+)\((?:(srgb|display-p3) )?([^()]*)\)$/.exec(css.trim());
  const fn = m?.[1];
  if (!fn || (fn === 'color' && !m[2])) return null;
  const rgb = fn.startsWith('rgb');
  // Every component as a share of its full scale: rgb channels of 255, lab's L of 100, a percentage of 100 %; "none" is 0.
  const v = m[3]!
    .trim()
    .split(/[\s,/]+/)
    .map((s, i) => (s === 'none' ? 0 : parseFloat(s) / (s.endsWith('%') ? 100 : i > 2 ? 1 : rgb ? 255 : fn === 'lab' || fn === 'lch' ? 100 : 1)));
  const [r = NaN, g = NaN, b = NaN, a = 1] = v;
  // lab's L* back to luminance; OKLab's L is the cube root of luminance for greys.
  const y = rgb || fn === 'color' ? 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b) : fn === 'lab' || fn === 'lch' ? (r > 0.08 ? ((100 * r + 16) / 116) ** 3 : r / 9.033) : fn.startsWith('okl') ? r ** 3 : NaN;
  return y >= 0 && a >= 0 ? { y: Math.min(1, y), a } : null;
}

/**
 * The theme behind some text: the first background in `backgrounds` (innermost
 * first) opaque enough to be what shows decides; a page painting none (a
 * picture theme, a transparent app) is judged by its text colour — light text
 * is there to be read on dark. Null when nothing could be read.
 */
export function decideTheme(backgrounds: Iterable<string>, text?: string): HostTheme | null {
  for (const bg of backgrounds) {
    const c = colourLuminance(bg);
    if (c && c.a >= 0.5) return c.y < DARK_BELOW ? 'dark' : 'light';
  }
  const t = text === undefined ? null : colourLuminance(text);
  return t && (t.y >= LIGHT_TEXT ? 'dark' : 'light');
}

/** The theme the page shows at `el` (its body when absent): `el`'s background or its nearest ancestor's that shows. */
export function readTheme(el: Element | null | undefined): HostTheme | null {
  const start = el ?? document.body ?? document.documentElement;
  function* backgrounds() {
    for (let e: Element | null = start; e; e = e.parentElement) yield getComputedStyle(e).backgroundColor;
  }
  return decideTheme(backgrounds(), getComputedStyle(start).color);
}

const systemDark = () => matchMedia('(prefers-color-scheme: dark)');

/** The page's theme at `el`, or the system's when the page says nothing readable. */
export const themeAt = (el: Element | null | undefined): HostTheme => readTheme(el) ?? (systemDark().matches ? 'dark' : 'light');

export interface HostThemeWatch {
  current(): HostTheme;
  /** Read again soon (debounced): the caller knows the page changed (a new screen). */
  check(): void;
}

/**
 * Follows the page's theme at `where()`: read at once, then again — once, a
 * moment later — when <html> or <body> change class or style, a stylesheet
 * comes or goes in <head>, or the system's scheme flips (a page following it).
 * Nothing else is observed. `onChange` runs only when the theme really changed.
 */
export function watchHostTheme(ctx: ContentScriptContext, where: () => Element | null | undefined, onChange: (theme: HostTheme) => void): HostThemeWatch {
  let theme = themeAt(where());
  let pending = false;
  const check = () => {
    if (pending || ctx.isInvalid) return;
    pending = true;
    ctx.setTimeout(() => {
      pending = false;
      const next = themeAt(where());
      if (next !== theme) onChange((theme = next));
    }, 150);
  };
  const observer = new MutationObserver(check);
  const attrs = { attributes: true, attributeFilter: ['class', 'style'] };
  observer.observe(document.documentElement, attrs);
  if (document.body) observer.observe(document.body, attrs);
  if (document.head) observer.observe(document.head, { childList: true });
  const media = systemDark();
  media.addEventListener('change', check);
  ctx.onInvalidated(() => {
    observer.disconnect();
    media.removeEventListener('change', check);
  });
  return { current: () => theme, check };
}
