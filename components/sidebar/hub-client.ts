// The sidebar page's line to the background: a port that follows one tab's
// screen. Inside a tab (the frame a content script mounted) it follows that
// tab; elsewhere (a window, later the browser's side panel) it follows the tab
// it is given. When the worker restarts the port drops; the page reconnects
// when the content script pokes it (an empty postMessage — nothing in it), when
// it is shown or focused again, or before its next command.
import { browser } from 'wxt/browser';
import { SIDEBAR_PORT, type SidebarAsk, type SidebarPush } from '../../lib/messaging/ports';

export interface HubClient {
  /** Follow another tab (the side panel, when the user switches tabs); ignored inside a tab's frame. */
  follow(tabId: number): void;
  toggle(): void;
  focusPage(): void;
  close(): void;
}

export function connectHub(onPush: (m: SidebarPush) => void, follow: { tabId?: number } = {}): HubClient {
  let port: ReturnType<typeof browser.runtime.connect> | null = null;
  let closed = false;
  let following = follow;

  const connect = () => {
    if (port || closed) return port;
    try {
      const p = browser.runtime.connect({ name: SIDEBAR_PORT });
      p.onMessage.addListener((m) => onPush(m as SidebarPush));
      p.onDisconnect.addListener(() => {
        if (port === p) port = null;
      });
      port = p;
      p.postMessage({ type: 'follow', ...following } satisfies SidebarAsk);
    } catch {
      // The extension was updated under this page; requests will say so.
      port = null;
    }
    return port;
  };

  const ask = (m: SidebarAsk) => {
    try {
      connect()?.postMessage(m);
    } catch {
      port = null;
    }
  };

  const wake = () => void connect();
  // The content script's poke comes from the page this frame sits in.
  const onMessage = (e: MessageEvent) => {
    if (e.source === window.parent && window.parent !== window) wake();
  };
  const onVisible = () => document.visibilityState === 'visible' && wake();
  window.addEventListener('message', onMessage);
  window.addEventListener('focus', wake);
  document.addEventListener('visibilitychange', onVisible);
  connect();

  return {
    follow(tabId) {
      following = { tabId };
      // A fresh connection says `follow` itself.
      if (port) ask({ type: 'follow', tabId });
      else connect();
    },
    toggle: () => ask({ type: 'toggle' }),
    focusPage: () => ask({ type: 'focus-page' }),
    close() {
      closed = true;
      window.removeEventListener('message', onMessage);
      window.removeEventListener('focus', wake);
      document.removeEventListener('visibilitychange', onVisible);
      port?.disconnect();
      port = null;
    },
  };
}
