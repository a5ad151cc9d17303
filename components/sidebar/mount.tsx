import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { send } from '../../lib/messaging/client';
import type { ClientContextReply } from '../../lib/messaging/protocol';
import type { ScreenContext, SiteAdapter } from '../../lib/sites/types';
import { watchScreen, watchSends, type WatchOptions } from '../../lib/sites/watch';
import { logMailFrom } from './mail-log';
import { Sidebar } from './Sidebar';
import css from './sidebar.css?inline';
import filingsCss from './filings.css?inline';

export interface MountOptions extends WatchOptions {
  /** Pixels to keep free at the right edge (the host app's own right-hand column). */
  rightInset?: (doc: Document) => number;
  /** Pixels from the top (below the host app's header). */
  topInset?: (doc: Document) => number;
  /** What the sidebar shows of a reading (default: all of it). Portal lists show nothing until a badge is clicked. */
  display?: (c: ScreenContext | null) => ScreenContext | null;
  /** Readings that open the sidebar once a client is found for them (a docket). */
  openFor?: (c: ScreenContext) => boolean;
  /** Start collapsed whatever was stored, and do not store toggles (portals keep the table's width). */
  startCollapsed?: boolean;
  /** Shown when nothing is on screen. */
  emptyText?: string;
}

/** What a content script can do with a mounted sidebar. */
export interface SidebarHandle {
  /** Show `context` (a portal row's case) opened, with `clientId` chosen when given; null returns to the page's reading. */
  show(context: ScreenContext | null, clientId?: string): void;
}

const COLLAPSED_KEY = 'rapport:sidebarCollapsed';
const WIDTH = 340;
const TAB = 36;
/** Below this window width the sidebar starts collapsed until the user opens it. */
const NARROW = 1500;
const MAIL_LOG_DELAY_MS = 1500;

/** What the page feeds the sidebar: the screen, and a tick that means "client data may have changed". */
interface Feed {
  context: ScreenContext | null;
  refresh: number;
  focus?: { clientId?: string };
  /** Bumped to open the sidebar. */
  open?: number;
}
type Listener = (f: Feed) => void;

function place(host: HTMLElement, collapsed: boolean, opts: MountOptions) {
  // One layout read per placement (mount, toggle, resize) — never in a loop.
  const right = opts.rightInset?.(document) ?? 0;
  const top = opts.topInset?.(document) ?? 0;
  Object.assign(host.style, {
    position: 'fixed',
    top: `${top}px`,
    right: `${right}px`,
    width: `${collapsed ? TAB : WIDTH}px`,
    height: collapsed ? '132px' : `calc(100vh - ${top}px)`,
    // Under Gmail's and Outlook's own dialogs (compose, menus), over page content.
    zIndex: '990',
  });
}

/**
 * Mounts the one sidebar on a host page: a closed shadow root at the right
 * edge, fed by the site's adapter through watchScreen. The host page sees an
 * empty custom element; everything about the client stays inside the closed root.
 */
export async function mountSidebar(ctx: ContentScriptContext, adapter: SiteAdapter, opts: MountOptions = {}): Promise<SidebarHandle | undefined> {
  let feed: Feed = { context: null, refresh: 0 };
  /** The adapter's own reading (what getScreenContext answers); feed.context is what the sidebar shows. */
  let reading: ScreenContext | null = null;
  let focused = false;
  /** A context to open the sidebar for once its lookup finds a client. */
  let openWhenFound: ScreenContext | null = null;
  const listeners = new Set<Listener>();
  const publish = (next: Partial<Feed>) => {
    feed = { ...feed, ...next };
    for (const l of listeners) l(feed);
  };
  const refresh = () => publish({ refresh: feed.refresh + 1 });
  const stored = await browser.storage.local.get(COLLAPSED_KEY).catch(() => ({}) as Record<string, unknown>);
  const initialCollapsed =
    opts.startCollapsed || (typeof stored[COLLAPSED_KEY] === 'boolean' ? (stored[COLLAPSED_KEY] as boolean) : window.innerWidth < NARROW);
  const openNow = () => publish({ open: (feed.open ?? 0) + 1 });
  const sidebarSend = ((type, payload) => {
    const p = send(type, payload);
    const c = openWhenFound;
    if (type === 'getClientContext' && c && (payload as { context?: unknown }).context === c)
      p.then(
        (r) => {
          if (!(r as ClientContextReply).matches.length || openWhenFound !== c) return;
          openWhenFound = null;
          openNow();
        },
        () => {},
      );
    return p;
  }) as typeof send;

  function Root({ host }: { host: HTMLElement }) {
    const [{ context, refresh: refreshKey, focus, open }, setFeed] = useState<Feed>(feed);
    const [collapsed, setCollapsed] = useState(initialCollapsed);
    useEffect(() => {
      listeners.add(setFeed);
      // The first read can land before this effect runs.
      setFeed(feed);
      return () => void listeners.delete(setFeed);
    }, []);
    useEffect(() => {
      if (open) setCollapsed(false);
    }, [open]);
    useEffect(() => {
      place(host, collapsed, opts);
      let t: number | undefined;
      const onResize = () => {
        clearTimeout(t);
        t = window.setTimeout(() => place(host, collapsed, opts), 200);
      };
      window.addEventListener('resize', onResize);
      return () => {
        clearTimeout(t);
        window.removeEventListener('resize', onResize);
      };
    }, [collapsed]);
    const onToggle = () => {
      const next = !collapsed;
      setCollapsed(next);
      if (!opts.startCollapsed) void browser.storage.local.set({ [COLLAPSED_KEY]: next }).catch(() => {});
    };
    return (
      <Sidebar
        context={context}
        send={sidebarSend}
        collapsed={collapsed}
        onToggle={onToggle}
        refreshKey={refreshKey}
        focus={focus}
        emptyText={opts.emptyText}
        filings
      />
    );
  }

  // Our own closed root rather than WXT's createShadowRootUi: the same
  // isolation for about a tenth of the bytes, inside a 20 KB budget.
  const host = document.createElement('rapport-sidebar');
  // A page that defined this element name first gets its constructor run on
  // our host, and through attachInternals() it could read even a closed root
  // (ElementInternals.shadowRoot). Such a page gets no sidebar.
  if (host.matches(':defined')) {
    console.debug('[rapport] the page defines <rapport-sidebar>: no sidebar here');
    return;
  }
  const shadow = host.attachShadow({ mode: 'closed' });
  const style = document.createElement('style');
  style.textContent = `:host{all:initial;display:block}${css}${filingsCss}`;
  const container = document.createElement('div');
  shadow.append(style, container);
  // Keys typed in our fields must not trigger the host app's shortcuts.
  for (const type of ['keydown', 'keyup', 'keypress']) container.addEventListener(type, (e) => e.stopPropagation());
  place(host, initialCollapsed, opts);
  if (ctx.isInvalid) return;
  document.body.append(host);
  render(<Root host={host} />, container);
  ctx.onInvalidated(() => {
    render(null, container);
    host.remove();
  });

  // Mail logged from this page, or a log made elsewhere (popup, another tab)
  // while this tab was hidden, changes last contact: ask again.
  const refreshIf = (logged: Promise<boolean>) => void logged.then((yes) => yes && refresh());
  watchSends(ctx, adapter, (people) => refreshIf(logMailFrom.sent(adapter.id, people, feed.context)));
  ctx.addEventListener(document, 'visibilitychange', () => {
    if (document.visibilityState === 'visible' && feed.context) refresh();
  });

  // The popup and the background ask "who is on this tab's screen?". Only our
  // own extension can message a content script, and the answer is what the
  // page already shows — no client data.
  const onMessage = (msg: unknown, _sender: unknown, reply: (r: unknown) => void) => {
    if ((msg as { type?: unknown } | null)?.type !== 'getScreenContext') return;
    reply(reading);
    return true;
  };
  browser.runtime.onMessage.addListener(onMessage);
  ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(onMessage));

  watchScreen(
    ctx,
    adapter,
    (next) => {
      // Some hosts rebuild <body> on navigation; put the sidebar back if so.
      if (!host.isConnected) document.body.append(host);
      reading = next;
      const shown = opts.display ? opts.display(next) : next;
      // A row chosen from a badge stays until the page shows something of its own (a docket) or show(null).
      if (!focused || shown) {
        focused = false;
        openWhenFound = shown && opts.openFor?.(shown) ? shown : null;
        publish({ context: shown, focus: undefined });
      }
      // Log what was read a moment later, so the sidebar's own lookup is not
      // queued behind these writes in the database.
      if (next) ctx.setTimeout(() => refreshIf(logMailFrom.read(next)), MAIL_LOG_DELAY_MS);
    },
    opts,
  );

  return {
    show(context, clientId) {
      focused = !!context;
      openWhenFound = null;
      publish({ context: context ?? (opts.display ? opts.display(reading) : reading), focus: { clientId } });
      if (context) openNow();
    },
  };
}
