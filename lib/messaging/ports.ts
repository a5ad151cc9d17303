// The long-lived connections beside the request/reply protocol, with the
// shapes that travel on them. Zod-free: the sidebar page and content scripts
// import it; the background checks the sender of every port and every message
// that comes in on one.
//
//   content script ──reportScreen (a protocol message)──► background
//   background ──tabs.sendMessage(HostCommand)──► content script (top frame)
//   sidebar page ◄──SIDEBAR_PORT (SidebarPush / SidebarAsk)──► background
//
// The sidebar page follows one tab: its own when it is the frame inside that
// tab, or the one it names when it runs elsewhere (a window, later the side
// panel). Nothing about a client ever travels to the content script.
import type { ClientContextReply } from './protocol';
import type { ScreenContext } from '../sites/types';

export const SIDEBAR_PORT = 'rapport:sidebar';

/** What kind of page the followed tab shows: wording and the filing blocks depend on it. */
export type Surface = 'mail' | 'portal';

/** Background → sidebar page. */
export type SidebarPush =
  | {
      type: 'screen';
      /** Bumped with each new screen; a reply to an older one is dropped. */
      seq: number;
      context: ScreenContext | null;
      /** Looked up by the background for this context already, so the sidebar need not ask. */
      reply?: ClientContextReply;
      surface: Surface;
      /** Rejected filings read on this page may be logged (a known portal, or one the user marked). */
      efiling: boolean;
      /** Open the panel (a badge clicked, a client's docket). */
      open?: boolean;
      /** Choose this client when the reply holds it. */
      focusClientId?: string;
    }
  | { type: 'layout'; collapsed: boolean }
  /** Client data may have changed (a write anywhere): ask again. */
  | { type: 'changed' }
  /** The focus shortcut was pressed: put the keyboard on the sidebar's first control. */
  | { type: 'focus' };

/** Sidebar page → background. */
export type SidebarAsk =
  /** Attach to a tab: ignored inside a tab's frame (it always follows its own tab). */
  | { type: 'follow'; tabId?: number }
  /** Collapse or expand (the content script sizes the frame). */
  | { type: 'toggle' }
  /** Esc: give the keyboard back to the page. */
  | { type: 'focus-page' };

/** Background → a tab's content script, through tabs.sendMessage to its top frame. */
export type HostCommand =
  | { type: 'rapport:toggle' }
  | { type: 'rapport:focus-page' }
  | { type: 'rapport:report' }
  | { type: 'rapport:changed' }
  /** The focus shortcut: expand the sidebar and move the keyboard into its frame. */
  | { type: 'rapport:focus-sidebar' }
  /** A client is on the screen reported with openIfClient: bring the sidebar in, opened. */
  | { type: 'rapport:open' };

/** Every HostCommand, and nothing else a content script receives, starts so. */
export const HOST_COMMAND_PREFIX = 'rapport:';
