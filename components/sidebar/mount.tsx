import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { send } from '../../lib/messaging/client';
import type { ScreenContext, SiteAdapter } from '../../lib/sites/types';
import { watchScreen, watchSends, type WatchOptions } from '../../lib/sites/watch';
import { logMailFrom } from './mail-log';
import { Sidebar } from './Sidebar';
import css from './sidebar.css?inline';

export interface MountOptions extends WatchOptions {
  /** Pixels to keep free at the right edge (the host app's own right-hand column). */
  rightInset?: (doc: Document) => number;
  /** Pixels from the top (below the host app's header). */
  topInset?: (doc: Document) => number;
}

const COLLAPSED_KEY = 'rapport:sidebarCollapsed';
const WIDTH = 340;
const TAB = 36;
/** Below this window width the sidebar starts collapsed until the user opens it. */
const NARROW = 1500;

/** What the page feeds the sidebar: the screen, and a tick that means "client data may have changed". */
interface Feed {
  context: ScreenContext | null;
  refresh: number;
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
export async function mountSidebar(ctx: ContentScriptContext, adapter: SiteAdapter, opts: MountOptions = {}) {
  let feed: Feed = { context: null, refresh: 0 };
  const listeners = new Set<Listener>();
  const publish = (next: Partial<Feed>) => {
    feed = { ...feed, ...next };
    for (const l of listeners) l(feed);
  };
  const refresh = () => publish({ refresh: feed.refresh + 1 });
  const stored = await browser.storage.local.get(COLLAPSED_KEY).catch(() => ({}) as Record<string, unknown>);
  const initialCollapsed =
    typeof stored[COLLAPSED_KEY] === 'boolean' ? (stored[COLLAPSED_KEY] as boolean) : window.innerWidth < NARROW;

  function Root({ host }: { host: HTMLElement }) {
    const [{ context, refresh: refreshKey }, setFeed] = useState<Feed>(feed);
    const [collapsed, setCollapsed] = useState(initialCollapsed);
    useEffect(() => {
      listeners.add(setFeed);
      // The first read can land before this effect runs.
      setFeed(feed);
      return () => void listeners.delete(setFeed);
    }, []);
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
      void browser.storage.local.set({ [COLLAPSED_KEY]: next }).catch(() => {});
    };
    return <Sidebar context={context} send={send} collapsed={collapsed} onToggle={onToggle} refreshKey={refreshKey} />;
  }

  // Our own closed root rather than WXT's createShadowRootUi: the same
  // isolation for about a tenth of the bytes, inside a 20 KB budget.
  const host = document.createElement('rapport-sidebar');
  const shadow = host.attachShadow({ mode: 'closed' });
  const style = document.createElement('style');
  style.textContent = `:host{all:initial;display:block}${css}`;
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
    reply(feed.context);
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
      publish({ context: next });
      if (next) refreshIf(logMailFrom.read(next));
    },
    opts,
  );
}
