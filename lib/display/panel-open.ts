// The background's half of "a badge was clicked, show it in the side panel"
// (panel-request.ts has the content script's).
//
// Chrome opens its side panel (sidePanel.open) only inside a user's gesture. A
// real click in a content script carries its gesture through
// runtime.sendMessage to the background's onMessage listener, but only while
// that listener runs: checked in Chromium 156, the call made synchronously in
// the listener opens the panel (with the worker woken by that very message
// too), and the same call one microtask later is refused. The router checks
// senders with an await (portals the user added live in the database), so this
// request is answered before it, with the checks that need no await.
//
// What a sender gets: Rapport's own panel, opened in its window. It shows the
// tab in front, through the screen hub, exactly as the frame would; nothing
// of a client travels back. The browser still demands the user's gesture, so a
// page's own script (whose events carry none into our isolated world) cannot
// open it either.
import { mailSiteOf } from '../sites/hosts';
import { originOf, type SenderInfo } from '../messaging/caller';
import type { PanelReply } from './panel-request';
import { openSidePanel } from './side-panel';

export interface PanelSender extends SenderInfo {
  tab?: { id?: number; windowId?: number };
}

/** Why a sender may not ask, or null when it may: a content script of ours, in a tab's top frame, on a portal. */
export function panelRefusal(sender: PanelSender, own: { id: string; origins: readonly string[] }): string | null {
  if (sender.id !== own.id) return 'not Rapport';
  if (sender.tab?.id === undefined || sender.tab.windowId === undefined) return 'not in a tab';
  if ((sender.frameId ?? 0) !== 0) return 'not the top frame';
  let url: URL;
  try {
    url = new URL(sender.url ?? '');
  } catch {
    return 'no address';
  }
  // Our own pages open the panel themselves (the popup's button); mail pages have no badges.
  if (own.origins.includes(originOf(url))) return 'an extension page';
  if (url.protocol !== 'https:' || mailSiteOf(url)) return 'not a portal';
  return null;
}

/** Call synchronously from runtime.onMessage: any await before it loses the user's gesture. */
export function openPanelFor(sender: PanelSender, own: { id: string; origins: readonly string[] }): Promise<PanelReply> {
  const no = Promise.resolve({ opened: false });
  if (panelRefusal(sender, own)) return no;
  try {
    return openSidePanel(sender.tab!.windowId).then(
      () => ({ opened: true }),
      () => ({ opened: false }),
    );
  } catch {
    // An API that throws instead of rejecting (no gesture, no panel here).
    return no;
  }
}
