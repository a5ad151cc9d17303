// The sidebar's place in a host page: an empty <div> with a CLOSED shadow root
// holding one <iframe> of the extension's own sidebar page. Everything the user
// reads or types about a client lives in that frame, on the extension's origin:
// the page cannot read into it, and no key, input or focus event inside it
// reaches the page's listeners (events do not cross a document boundary, as
// they leave a shadow root). The page sees an element of fixed size at the
// right edge, and that it is collapsed or not; never what it shows.
//
// - A plain <div> host, not a custom element: a page that defined our tag first
//   could run its own constructor on it and attachInternals().
// - The frame's address comes from runtime.getURL, which for a resource
//   declared with use_dynamic_url is a per-session address: the page cannot
//   guess it to embed the sidebar itself, and a frame inside a closed root is
//   not in window.frames for the page to find.
// - Nothing here carries client data: sizes, a title, the frame's address, and
//   the word "light" or "dark" (the host page's own theme, host-theme.ts).
import { browser } from 'wxt/browser';
import { t } from '../../lib/i18n/t';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { HostTheme } from './host-theme';

export const SIDEBAR_WIDTH = 340;
const TAB_WIDTH = 36;
const TAB_HEIGHT = 132;

export interface Placement {
  /** Pixels to keep free at the right edge (the host app's own right-hand column). */
  rightInset?: (doc: Document) => number;
  /** Pixels from the top (below the host app's header). */
  topInset?: (doc: Document) => number;
  /** Expanded width in pixels (mail remembers the user's, per site). */
  width?: number;
  /**
   * After every placement: the expanded panel's left edge in viewport pixels,
   * or null when collapsed. `settled` is false while a drag is still moving it.
   */
  onPlace?: (left: number | null, settled: boolean) => void;
  /** Adds to the closed root what only some hosts want (mail's resize edge). */
  decorate?: (root: ShadowRoot, frame: SidebarFrame) => void;
  /** The host page's own theme (mail): told to the sidebar page each time it loads, and by tellTheme(). */
  theme?: () => HostTheme;
}

export interface SidebarFrame {
  setCollapsed(collapsed: boolean): void;
  /** The expanded width; `settled` false while a drag still moves it. */
  setWidth(width: number, settled?: boolean): void;
  /** Wake the sidebar page: it reconnects to the background if the worker restarted. Carries nothing. */
  poke(): void;
  /** Move the keyboard back to where it was in the page before the sidebar took it. */
  returnFocus(): void;
  /** Move the keyboard into the frame (the focus shortcut); the sidebar page then picks its first control. */
  takeFocus(): void;
  /** Tell the sidebar page the host's theme again (it changed). */
  tellTheme(): void;
  /** The host element is still in the page (some apps rebuild <body>). */
  ensureAttached(): void;
  remove(): void;
}

// Not !important on :host: in the cascade an important :host rule beats even
// the host's own inline style, which carries the position and size.
// color-scheme: a frame whose scheme differs from the page's gets an opaque
// backdrop; "normal" keeps the collapsed tab's corners see-through.
const CSS = ':host{all:initial}iframe{display:block;width:100%;height:100%;border:0;color-scheme:normal}';

export function mountFrame(ctx: ContentScriptContext, opts: Placement & { collapsed: boolean }): SidebarFrame | null {
  if (ctx.isInvalid || !document.body) return null;
  const host = document.createElement('div');
  let shadow: ShadowRoot;
  try {
    shadow = host.attachShadow({ mode: 'closed' });
  } catch {
    return null;
  }
  const style = document.createElement('style');
  style.textContent = CSS;
  const frame = document.createElement('iframe');
  frame.title = t('ext_name');
  const src = browser.runtime.getURL('/sidebar.html');
  frame.src = src;
  shadow.append(style, frame);
  // One word, "light" or "dark", and only to our own page: if the frame were
  // navigated elsewhere, the browser would not deliver it. Chrome loads a
  // use_dynamic_url address (chrome-extension://<session id>/…) as a page of
  // the extension's own origin, chrome-extension://<extension id>.
  const at = new URL(src);
  const origin = `${at.protocol}//${at.protocol === 'chrome-extension:' ? browser.runtime.id : at.host}`;
  const tellTheme = () => {
    const theme = opts.theme?.();
    if (theme) frame.contentWindow?.postMessage(theme, origin);
  };
  // Each load (the first, and after the host app rebuilt <body>) starts with the system's scheme.
  frame.addEventListener('load', tellTheme);

  let collapsed = opts.collapsed;
  let width = opts.width ?? SIDEBAR_WIDTH;
  let right = 0;
  let top = 0;
  const place = (settled = true) => {
    // One layout read per placement (mount, toggle, resize) — never in a loop;
    // a drag only moves the left edge.
    if (settled) {
      right = opts.rightInset?.(document) ?? 0;
      top = opts.topInset?.(document) ?? 0;
    }
    // Under Gmail's and Outlook's own dialogs (compose, menus), over page content.
    host.style.cssText =
      `display:block!important;position:fixed!important;z-index:990!important;top:${top}px!important;right:${right}px!important;` +
      `width:${collapsed ? TAB_WIDTH : width}px!important;` +
      `height:${collapsed ? `${TAB_HEIGHT}px` : `calc(100vh - ${top}px)`}!important`;
    opts.onPlace?.(collapsed ? null : document.documentElement.clientWidth - right - width, settled);
  };

  let resizing: number | undefined;
  ctx.addEventListener(window, 'resize', () => {
    clearTimeout(resizing);
    resizing = ctx.setTimeout(place, 200);
  });

  // Where the page's keyboard focus was before the user went into the sidebar.
  let lastPageFocus: Element | null = null;
  ctx.addEventListener(
    document,
    'focusin',
    (e) => {
      if (e.target !== host && e.target instanceof Element) lastPageFocus = e.target;
    },
    { capture: true },
  );

  const remove = () => host.remove();
  ctx.onInvalidated(remove);

  const api: SidebarFrame = {
    setCollapsed(next) {
      if (next === collapsed) return;
      collapsed = next;
      place();
    },
    setWidth(next, settled = true) {
      width = next;
      place(settled);
    },
    poke() {
      // An opaque nothing: the page may see that a message was posted, never anything in it.
      frame.contentWindow?.postMessage('', '*');
    },
    returnFocus() {
      const target = lastPageFocus as HTMLElement | null;
      if (target?.isConnected) target.focus();
      else {
        frame.blur();
        window.focus();
      }
    },
    takeFocus() {
      frame.focus();
    },
    tellTheme,
    ensureAttached() {
      // Re-adding reloads the frame (it then reconnects): only when the host app really removed it.
      if (!host.isConnected && !ctx.isInvalid && document.body) {
        document.body.append(host);
        place();
      }
    },
    remove,
  };
  opts.decorate?.(shadow, api);
  place();
  document.body.append(host);
  return api;
}
