// A portal badge clicked while Rapport lives in the browser's side panel: the
// content script asks the background to open the panel. The content script's
// half, kept apart from the background's (panel-open.ts) so the portal scripts
// carry a few lines, not the host lists.
//
// The request names nothing but itself. Which client the panel shows comes, as
// for the frame, from the tab's own reportScreen and the screen hub's rules.
import { browser } from 'wxt/browser';

/** Outside the protocol's names: the background answers it before its router (panel-open.ts says why). */
export const OPEN_PANEL = 'rapport-panel:open';

export interface PanelReply {
  opened: boolean;
}

export const isPanelRequest = (raw: unknown): boolean => (raw as { type?: unknown } | null)?.type === OPEN_PANEL;

/**
 * Call straight from the click handler, before any await: the browser lets the
 * background open its panel only while the user's gesture lasts. Resolves
 * false when it could not (Firefox, a panel the browser refused, Rapport unreachable).
 */
export function requestPanel(): Promise<boolean> {
  return browser.runtime.sendMessage({ type: OPEN_PANEL }).then(
    (r) => (r as PanelReply | undefined)?.opened === true,
    () => false,
  );
}
