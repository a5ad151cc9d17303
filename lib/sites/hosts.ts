// Which hosts Rapport runs on, and what kind each is. The manifest's content
// scripts, the sidebar frame's web_accessible_resources and the background's
// idea of who is calling (lib/messaging/caller.ts) all read these lists, so
// they cannot drift apart.
import { EFILING_MATCHES, efilingAdapterFor } from './efiling/index';
import { GMAIL_MATCHES } from './gmail';
import { OUTLOOK_MATCHES } from './outlook';

export { GMAIL_MATCHES };
export const MAIL_MATCHES = [...GMAIL_MATCHES, ...OUTLOOK_MATCHES];
/** Every host a content script of the manifest runs on. User-added portals come on top, at run time. */
export const KNOWN_MATCHES = [...MAIL_MATCHES, ...EFILING_MATCHES];

/** Does a manifest match pattern ("https://*.onelegal.com/*") cover this host? */
export function patternCoversHost(pattern: string, host: string): boolean {
  const m = /^(?:\*|https?):\/\/([^/]+)\//.exec(pattern);
  if (!m) return pattern === '<all_urls>';
  const h = m[1]!;
  if (h === '*') return true;
  if (h.startsWith('*.')) return host === h.slice(2) || host.endsWith(h.slice(1));
  return host === h;
}

const covers = (patterns: readonly string[], url: URL) => url.protocol === 'https:' && patterns.some((p) => patternCoversHost(p, url.hostname));

/** "gmail" or "outlook" for a mail host Rapport reads, else null. */
export function mailSiteOf(url: URL): 'gmail' | 'outlook' | null {
  if (covers(GMAIL_MATCHES, url)) return 'gmail';
  if (covers(OUTLOOK_MATCHES, url)) return 'outlook';
  return null;
}

/** The adapter id ("pacer", "one-legal" …) of a known e-filing portal page, else null. */
export function knownPortalOf(url: URL): string | null {
  if (!covers(EFILING_MATCHES, url)) return null;
  return efilingAdapterFor(url)?.id ?? null;
}
