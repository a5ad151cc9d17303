// The background's pairing of tabs and sidebar pages. A content script reports
// what its tab shows (reportScreen); the sidebar page — the frame inside that
// tab, or later a window or the browser's side panel naming the tab — holds a
// port and is sent each new screen, with the background's lookup of who is on
// it already done, so the sidebar shows the client one round trip sooner. The
// sidebar's own requests (notes, logging) go through the router like any
// extension page's; commands for the page (collapse, give focus back) go to the
// tab's content script, which holds no client data.
//
// State lives in the worker's memory. When the worker restarts, ports drop:
// the content script's next report tells it whether a sidebar still listens
// (`attached`), and a sidebar that attaches to a tab whose screen is unknown
// asks that tab's content script to report again.
import type { Caller, SenderInfo } from './caller';
import type { HostCommand, SidebarAsk, SidebarPush, Surface } from './ports';
import type { ClientContextReply, ParsedRequestOf } from './protocol';
import type { ScreenContext } from '../sites/types';

/** The part of runtime.Port the hub uses (unit tests pass a fake). */
export interface HubPort {
  name: string;
  sender?: SenderInfo & { tab?: { windowId?: number } };
  postMessage(message: SidebarPush): void;
  onMessage: { addListener(fn: (message: unknown) => void): void };
  onDisconnect: { addListener(fn: () => void): void };
  disconnect(): void;
}

export interface ScreenHubDeps {
  /** Is this port's sender one of Rapport's own pages (never a content script)? */
  isOwnPage(sender: SenderInfo | undefined): boolean;
  /** A command for the content script in a tab's top frame. */
  tell(tabId: number, command: HostCommand): Promise<unknown>;
  /** Who is on a screen: the same answer getClientContext gives an extension page. */
  lookup(context: ScreenContext): Promise<ClientContextReply>;
  /**
   * A sidebar window for a tab whose page cannot hold our frame (a portal the
   * user added: web_accessible_resources cannot name hosts chosen at run time).
   */
  openWindow?(tabId: number): Promise<unknown>;
  /** Bring a sidebar window to the front. */
  focusWindow?(windowId: number): Promise<unknown>;
  /** Writes come in bursts (a thread's messages logged): one `changed` per burst. */
  settleMs?: number;
}

type ContentCaller = Extract<Caller, { kind: 'mail' | 'portal' }>;

interface TabState {
  /** undefined: not known since the worker started. */
  context?: ScreenContext | null;
  seq: number;
  reply?: { seq: number; reply: ClientContextReply };
  layout?: { collapsed: boolean };
  surface: Surface;
  efiling: boolean;
  /** An open or focus request made before any sidebar listened (a portal frame still loading). */
  pending?: { open?: boolean; focusClientId?: string };
  sidebars: Set<HubPort>;
}

export interface ScreenHub {
  report(caller: ContentCaller, req: ParsedRequestOf<'reportScreen'>): Promise<{ attached: boolean }>;
  /** A sidebar page connected on SIDEBAR_PORT. */
  connect(port: HubPort): void;
  /** Client data changed somewhere: sidebars ask again, portal badges refresh. */
  changed(): void;
  /** The tab was closed. */
  forget(tabId: number): void;
  /** The focus shortcut: the sidebar pages following `tabId` put the keyboard on their first control. */
  focus(tabId: number): void;
}

export function createScreenHub(deps: ScreenHubDeps): ScreenHub {
  const tabs = new Map<number, TabState>();
  /** Sidebar windows (not frames): the window each one is in. */
  const windows = new Map<HubPort, number>();
  const settleMs = deps.settleMs ?? 250;
  let settle: ReturnType<typeof setTimeout> | undefined;

  const stateOf = (tabId: number): TabState => {
    let s = tabs.get(tabId);
    if (!s) tabs.set(tabId, (s = { seq: 0, surface: 'mail', efiling: false, sidebars: new Set() }));
    return s;
  };

  const post = (port: HubPort, message: SidebarPush) => {
    try {
      port.postMessage(message);
    } catch {
      // The sidebar went away between two events; its onDisconnect cleans up.
    }
  };

  /** The screen push for `s`, with the lookup done (or reused) for its current context. */
  const screenPush = async (s: TabState, extra: { open?: boolean; focusClientId?: string } = {}): Promise<SidebarPush | null> => {
    const seq = s.seq;
    const context = s.context ?? null;
    let reply = s.reply?.seq === seq ? s.reply.reply : undefined;
    if (!reply && context) {
      reply = await deps.lookup(context).catch(() => undefined);
      // A newer screen arrived while looking this one up: it has its own push.
      if (s.seq !== seq) return null;
      if (reply) s.reply = { seq, reply };
    }
    return { type: 'screen', seq, context, ...(reply ? { reply } : {}), surface: s.surface, efiling: s.efiling, ...extra };
  };

  const tell = (tabId: number, command: HostCommand) => void deps.tell(tabId, command).catch(() => {});

  const hub: ScreenHub = {
    async report(caller, req) {
      // One sidebar per tab, driven by its top frame; a subframe has no screen of its own.
      if (caller.frameId !== 0) return { attached: false };
      const s = stateOf(caller.tabId);
      s.surface = caller.kind === 'mail' ? 'mail' : 'portal';
      s.efiling = caller.kind === 'portal' && caller.efiling;
      if (req.layout) {
        s.layout = req.layout;
        for (const p of s.sidebars) post(p, { type: 'layout', ...req.layout });
      }
      const asks = req.open || req.focusClientId ? { ...(req.open ? { open: true } : {}), ...(req.focusClientId ? { focusClientId: req.focusClientId } : {}) } : undefined;
      if (req.context !== undefined) {
        s.context = req.context;
        s.seq++;
      }
      if (req.openIfClient && s.context) {
        // Looked up here, so the page's script never learns who holds the case.
        const push = await screenPush(s);
        if (!push || push.type !== 'screen' || !push.reply?.matches.length) return { attached: s.sidebars.size > 0 };
        if (!s.sidebars.size && !(caller.kind === 'portal' && caller.userAdded)) {
          tell(caller.tabId, { type: 'rapport:open' });
          return { attached: false };
        }
        return hub.report(caller, { open: true });
      }
      if (req.context === undefined && !asks) return { attached: s.sidebars.size > 0 };
      if (!s.sidebars.size) {
        if (asks) s.pending = { ...s.pending, ...asks };
        if (asks?.open && caller.kind === 'portal' && caller.userAdded) void deps.openWindow?.(caller.tabId)?.catch(() => {});
        return { attached: false };
      }
      if (asks?.open)
        for (const p of s.sidebars) {
          const w = windows.get(p);
          if (w !== undefined) void deps.focusWindow?.(w)?.catch(() => {});
        }
      const push = await screenPush(s, asks);
      if (push) for (const p of s.sidebars) post(p, push);
      return { attached: s.sidebars.size > 0 };
    },

    connect(port) {
      if (!deps.isOwnPage(port.sender)) return port.disconnect();
      const ownTab = port.sender?.tab?.id;
      // Inside a tab's frame it follows that tab, whatever it asks.
      const embedded = ownTab !== undefined && (port.sender?.frameId ?? 0) > 0;
      let following: number | undefined;
      let alive = true;
      const detach = () => {
        if (following !== undefined) tabs.get(following)?.sidebars.delete(port);
      };
      const windowId = port.sender?.tab?.windowId;
      if (!embedded && windowId !== undefined) windows.set(port, windowId);
      port.onDisconnect.addListener(() => {
        alive = false;
        windows.delete(port);
        detach();
      });
      port.onMessage.addListener((raw) => {
        const m = raw as Partial<SidebarAsk> | null;
        if (!m || typeof m !== 'object') return;
        if (m.type === 'follow') {
          const target = embedded ? ownTab : typeof m.tabId === 'number' && Number.isInteger(m.tabId) ? m.tabId : undefined;
          if (target === undefined) return;
          detach();
          following = target;
          const s = stateOf(target);
          s.sidebars.add(port);
          if (s.layout) post(port, { type: 'layout', ...s.layout });
          if (s.context === undefined) {
            // The worker restarted since this tab last reported: ask it again.
            tell(target, { type: 'rapport:report' });
            return;
          }
          const asks = s.pending ?? {};
          s.pending = undefined;
          void screenPush(s, asks).then((push) => push && alive && post(port, push));
        } else if ((m.type === 'toggle' || m.type === 'focus-page') && following !== undefined) {
          tell(following, { type: m.type === 'toggle' ? 'rapport:toggle' : 'rapport:focus-page' });
        }
      });
    },

    changed() {
      clearTimeout(settle);
      settle = setTimeout(() => {
        for (const [tabId, s] of tabs) {
          for (const p of s.sidebars) post(p, { type: 'changed' });
          // A lookup made before the write is stale now.
          s.reply = undefined;
          if (s.surface === 'portal' && s.context !== undefined) tell(tabId, { type: 'rapport:changed' });
        }
      }, settleMs);
    },

    forget(tabId) {
      tabs.delete(tabId);
    },

    focus(tabId) {
      for (const p of tabs.get(tabId)?.sidebars ?? []) post(p, { type: 'focus' });
    },

  };
  return hub;
}
