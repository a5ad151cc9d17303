// Gmail and Outlook: the sidebar frame at the right edge, fed by the site's
// adapter. The content script reads the page (watchScreen), reports each new
// screen, logs the mail it shows or sends, and answers "what is on this tab?"
// for the popup and the log-call shortcut. It holds no client data.
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { capContext } from '../../lib/sites/cap';
import type { ScreenContext, SiteAdapter } from '../../lib/sites/types';
import { watchScreen, watchSends, type WatchOptions } from '../../lib/sites/watch';
import { besideLayout } from './beside';
import { SIDEBAR_WIDTH, type Placement, type SidebarFrame } from './frame';
import { logMailFrom } from './mail-log';
import { DISPLAY_KEY, onDisplayChange, parseDisplay } from '../../lib/display/prefs';
import { clampWidth, resizeEdge, type ResizeEdge } from './resize-edge';
import { createSidebarHost } from './sidebar-host';
import { watchHostTheme } from './host-theme';

export type MountOptions = WatchOptions &
  Placement & {
    /** The site's layout finder (lib/sites): containers that make room for the sidebar, main column first. */
    columns?: (doc: Document) => Element[];
  };

const COLLAPSED_KEY = 'rapport:sidebarCollapsed';
/** Below this window width the sidebar starts collapsed until the user opens it. */
const NARROW = 1500;

export async function mountMailSidebar(ctx: ContentScriptContext, adapter: SiteAdapter, opts: MountOptions = {}): Promise<void> {
  // Per site: Gmail and Outlook leave different room. Only a number, never client data.
  const WIDTH_KEY = `rapport:sidebarWidth:${adapter.id}`;
  const stored = await browser.storage.local.get([COLLAPSED_KEY, WIDTH_KEY, DISPLAY_KEY]).catch(() => ({}) as Record<string, unknown>);
  if (ctx.isInvalid) return;
  const remembered = stored[WIDTH_KEY];
  const width = typeof remembered === 'number' && Number.isFinite(remembered) ? clampWidth(remembered) : SIDEBAR_WIDTH;
  const beside = opts.columns ? besideLayout(ctx, opts.columns, () => edge && frame?.setWidth(edge.width())) : null;
  let frame: SidebarFrame | undefined;
  let edge: ResizeEdge | undefined;
  // The mail's own theme, read where the mail is (the main column the layout
  // finder picks, else <body>): the sidebar follows it while Settings says
  // "as the system", and the resize edge always does.
  const theme = watchHostTheme(
    ctx,
    () => opts.columns?.(document)[0],
    (t) => {
      edge?.theme(t);
      frame?.tellTheme();
    },
  );
  const host = createSidebarHost(ctx, {
    ...opts,
    // In the browser's side panel instead: no frame, and no room made; the screen is still reported, for the panel.
    framed: parseDisplay(stored[DISPLAY_KEY]).sidebar === 'page',
    collapsed: typeof stored[COLLAPSED_KEY] === 'boolean' ? (stored[COLLAPSED_KEY] as boolean) : window.innerWidth < NARROW,
    onCollapsed: (collapsed) => void browser.storage.local.set({ [COLLAPSED_KEY]: collapsed }).catch(() => {}),
    width,
    theme: theme.current,
    decorate: (root, f) => {
      frame = f;
      edge = resizeEdge(root, f, width, (w) => void browser.storage.local.set({ [WIDTH_KEY]: w }).catch(() => {}));
      edge.theme(theme.current());
    },
    onPlace: (left, settled) => edge?.update(left !== null, beside?.place(left, settled) ?? 'over'),
  });
  ctx.onInvalidated(
    onDisplayChange((prefs) => {
      const framed = prefs.sidebar === 'page';
      // The frame's own onPlace does not run when it is taken out: give the page its width back here.
      if (!framed) beside?.place(null, true);
      host.setFramed(framed);
    }),
  );
  /** The adapter's reading, capped: what the popup and the shortcut are told. */
  let reading: ScreenContext | null = null;

  // Only our own extension can message a content script; the answer is what
  // the page already shows.
  const onMessage = (msg: unknown, _sender: unknown, reply: (r: unknown) => void) => {
    if (host.handles(msg)) return;
    if ((msg as { type?: unknown } | null)?.type !== 'getScreenContext') return;
    reply(reading);
    return true;
  };
  browser.runtime.onMessage.addListener(onMessage);
  ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(onMessage));

  watchSends(ctx, adapter, (people) => void logMailFrom.sent(adapter.id, people, reading));

  watchScreen(
    ctx,
    adapter,
    (next) => {
      reading = next && capContext(next);
      const shown = reading;
      // A new screen can be a rebuilt page in another theme.
      theme.check();
      // The host app rebuilt its main column: make room in the new one.
      if (beside?.stale() && edge) frame?.setWidth(edge.width());
      // The sidebar first, then the mail read on screen: the background has
      // looked up who is there before these writes queue in the database.
      void host.show(shown).then(() => shown && logMailFrom.read(shown));
    },
    opts,
  );
}
