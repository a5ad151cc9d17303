// Who sent a message, as far as the background can tell from what the browser
// says about the sender (never from anything inside the message). Chrome and
// Firefox set `sender.url` for every page, frame and content script; Rapport
// has no externally_connectable, so only its own contexts can message it. An
// extension-origin URL is one of our pages (popup, options, the sidebar frame
// or panel); a web URL is one of our content scripts, running in a page the
// page's own scripts control — and a compromised renderer could send anything
// from there. So a content script is granted what its screen needs, by host.
import { knownPortalOf, mailSiteOf } from '../sites/hosts';
import { t } from '../i18n/t';

/** What runtime.onMessage / onConnect report about a sender (the subset we read). */
export interface SenderInfo {
  id?: string;
  url?: string;
  tab?: { id?: number };
  frameId?: number;
}

export type Caller =
  /** One of Rapport's own pages: popup, options, the sidebar page (in a frame, a window or the side panel), or the background itself. */
  | { kind: 'extension'; tabId?: number; frameId?: number }
  /** A content script on Gmail or Outlook. */
  | { kind: 'mail'; site: 'gmail' | 'outlook'; tabId: number; frameId: number; origin: string }
  /**
   * A content script on an e-filing portal: a known one (site = its adapter id),
   * or one the user added (site "portal"). `efiling`: rejected filings read there
   * may flag a client — always for known portals, for added ones only when the
   * user marked them so.
   */
  | { kind: 'portal'; site: string; tabId: number; frameId: number; origin: string; efiling: boolean; userAdded: boolean }
  /** Anyone else: refused before the message is even parsed. */
  | { kind: 'none'; reason: string };

/** The background calling its own router (alarms, commands, test hooks): full rights. */
export const BACKGROUND: Caller = { kind: 'extension' };

export interface ClassifyDeps {
  ownId: string;
  /** Origins of this extension's own pages ("chrome-extension://<id>", and the dynamic one). */
  ownOrigins: readonly string[];
  /** Portals the user added, read only when a sender is on no host Rapport knows. */
  userPortals: () => Promise<readonly { origin: string; efiling: boolean }[]>;
}

/**
 * scheme://host of a URL. URL.origin is "null" for schemes an engine does not
 * know (chrome-extension: outside Chrome, e.g. in unit tests), so it is spelled out.
 */
export function originOf(url: URL): string {
  return `${url.protocol}//${url.host}`;
}

export async function classifySender(sender: SenderInfo, deps: ClassifyDeps): Promise<Caller> {
  if (sender.id !== deps.ownId) return { kind: 'none', reason: t('errors_only_from_rapport') };
  let url: URL;
  try {
    url = new URL(sender.url ?? '');
  } catch {
    return { kind: 'none', reason: t('errors_unknown_sender') };
  }
  const tabId = sender.tab?.id;
  const frameId = sender.frameId ?? 0;
  if (deps.ownOrigins.includes(originOf(url))) return { kind: 'extension', tabId, frameId };
  if (tabId === undefined) return { kind: 'none', reason: t('errors_not_in_tab') };
  const mail = mailSiteOf(url);
  if (mail) return { kind: 'mail', site: mail, tabId, frameId, origin: originOf(url) };
  const known = knownPortalOf(url);
  if (known) return { kind: 'portal', site: known, tabId, frameId, origin: originOf(url), efiling: true, userAdded: false };
  const added = url.protocol === 'https:' ? (await deps.userPortals()).find((p) => p.origin === originOf(url)) : undefined;
  if (added) return { kind: 'portal', site: 'portal', tabId, frameId, origin: added.origin, efiling: added.efiling, userAdded: true };
  return { kind: 'none', reason: t('errors_not_on_page') };
}
