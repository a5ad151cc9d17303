// The content script's half of the sidebar: it reports what the tab shows to
// the background (reportScreen), and owns the frame's place and size. The
// sidebar page itself asks the background for everything about the client;
// nothing of it comes back here. The background sends this script only
// commands (collapse, give focus back, report again, data changed).
// The frame itself (frame.ts) comes in as `mount` from whoever has one: mail
// (sidebar-host.ts) and the known portals (efiling.content); portals the user
// added have none (their sidebar opens in a window), so portal.js does not carry it.
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { send } from '../../lib/messaging/client';
import { HOST_COMMAND_PREFIX, type HostCommand } from '../../lib/messaging/ports';
import type { RequestOf } from '../../lib/messaging/protocol';
import { capContext } from '../../lib/sites/cap';
import type { ScreenContext } from '../../lib/sites/types';
import type { mountFrame, Placement, SidebarFrame } from './frame';

/** frame.ts mountFrame, or a stand-in with its shape. */
export type MountFrame = typeof mountFrame;

export interface HostOptions extends Placement {
  /**
   * Mail: the frame is there from the start (collapsed as the user left it).
   * Portals: it comes only when something opens it (a client's docket, a badge
   * clicked), opened.
   */
  collapsed?: boolean;
  /** The user collapsed or expanded it (mail remembers that). */
  onCollapsed?: (collapsed: boolean) => void;
  /** Client data changed somewhere (portal badges ask again). */
  onChanged?: () => void;
  /** False while the user has Rapport in the browser's side panel: no frame in the page, the screen is still reported. */
  framed?: boolean;
}

export interface SidebarHost {
  /**
   * What the tab shows now, for the sidebar; `open` brings the panel out (and
   * the frame in, on a portal), `focusClientId` chooses that client. Resolves
   * once the background has it.
   */
  show(context: ScreenContext | null, opts?: { open?: boolean; openIfClient?: boolean; focusClientId?: string }): Promise<void>;
  /** Answers the background's commands; `getScreenContext` stays with the caller (what the popup asks differs per site). */
  handles(message: unknown): boolean;
  /** The user moved Rapport between the page and the browser's side panel: bring the frame in, or take it out. */
  setFramed(framed: boolean): void;
}

/**
 * `mount`: null on portals the user added — the manifest cannot make our frame
 * loadable on hosts chosen at run time, so the background opens the sidebar in
 * a window of its own when something asks it open.
 */
export function createScreenHost(ctx: ContentScriptContext, opts: HostOptions, mount: MountFrame | null): SidebarHost {
  let collapsed = opts.collapsed ?? false;
  let frame: SidebarFrame | null = null;
  let framed = opts.framed ?? true;
  /** The frame's layout has not been reported since it was mounted. */
  let layoutDue = false;
  const place = () => {
    if (!frame && mount && framed) layoutDue = !!(frame = mount(ctx, { ...opts, collapsed }));
  };
  if (opts.collapsed !== undefined) place();

  /** The last screen sent, so a re-report after a worker restart repeats it. */
  let last: ScreenContext | null = null;

  const report = async (payload: RequestOf<'reportScreen'>) => {
    if (layoutDue) {
      payload.layout = { collapsed };
      layoutDue = false;
    }
    try {
      // No sidebar listening: the frame is still loading (it connects when it
      // has), or the worker restarted and dropped its port. Wake it either way.
      if (!(await send('reportScreen', payload)).attached) frame?.poke();
    } catch {
      // Unreachable (the extension was updated under this page): the sidebar says so itself.
    }
  };

  const setCollapsed = (next: boolean) => {
    collapsed = next;
    frame?.setCollapsed(next);
    opts.onCollapsed?.(next);
    layoutDue = true;
  };

  const host: SidebarHost = {
    async show(context, { open, openIfClient, focusClientId } = {}) {
      last = context && capContext(context);
      frame?.ensureAttached();
      if (open) {
        if (frame) {
          if (collapsed) setCollapsed(false);
        } else {
          collapsed = false;
          place();
        }
      }
      await report({ context: last, open, openIfClient, focusClientId });
    },

    handles(message) {
      const type = (message as HostCommand | null)?.type;
      if (typeof type !== 'string' || !type.startsWith(HOST_COMMAND_PREFIX)) return false;
      if (type === 'rapport:toggle') {
        setCollapsed(!collapsed);
        void report({});
      } else if (type === 'rapport:focus-page') frame?.returnFocus();
      else if (type === 'rapport:open') void host.show(last, { open: true });
      else if (type === 'rapport:focus-sidebar') {
        if (!frame) return true;
        if (collapsed) {
          setCollapsed(false);
          void report({});
        }
        frame.takeFocus();
      }
      else if (type === 'rapport:report') {
        layoutDue = !!frame;
        void report({ context: last });
      } else if (type === 'rapport:changed') opts.onChanged?.();
      return true;
    },
    setFramed(next) {
      if (next === framed) return;
      framed = next;
      if (!next) {
        frame?.remove();
        frame = null;
      } else if (opts.collapsed !== undefined) {
        // Mail: the frame is always there. It connects once loaded; the hub then sends it this tab's screen.
        place();
        void report({ context: last });
      }
    },
  };
  return host;
}
