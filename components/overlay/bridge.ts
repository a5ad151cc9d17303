// How the two portal content scripts find each other. The badge script
// (efiling.js / portal.js, small, on every portal page) and the sidebar script
// (portal-sidebar.js, injected by the background only when a docket belongs to
// a client or a badge is clicked) run in the same isolated world: they share
// its global object, which the host page cannot see.
import type { ScreenContext, SiteAdapter } from '../../lib/sites/types';
import type { SidebarHandle } from '../sidebar/mount';

export const SIDEBAR_PORT = 'rapport:portal-sidebar';

export interface PortalBridge {
  /** The page's adapter, set by the badge script; the sidebar reads the page through it. */
  adapter?: SiteAdapter;
  /** Set by the sidebar script once mounted. */
  sidebar?: SidebarHandle;
  /** What to show once the sidebar has mounted (null context = the page's own reading, e.g. a docket). */
  pending?: { context: ScreenContext | null; clientId?: string };
  loading?: boolean;
}

const KEY = Symbol.for('rapport.portal');

export const bridge = (): PortalBridge => ((globalThis as Record<symbol, PortalBridge>)[KEY] ??= {});
