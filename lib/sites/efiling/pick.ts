// Which portal a page is, and whether it may be one case — what the content
// scripts decide at load, by a host name or a selector. The readers themselves
// (pacer.ts, odyssey.ts, table.ts …) are not here: the background injects them
// (entrypoints/efiling-readers.ts) only when a page is to be read whole, so a
// list page does without them (the bundle budget).
import type { PageFacts, PortalAdapter } from './reading';

// Match patterns cannot put a wildcard mid-host (ecf.*.uscourts.gov), so PACER
// is *.uscourts.gov here and the pacer host test keeps only ecf./pacer. hosts.
export const EFILING_MATCHES: string[] = [
  'https://*.uscourts.gov/*',
  'https://*.tylerhost.net/*',
  'https://*.tylertech.cloud/*',
  'https://*.onelegal.com/*',
  'https://*.fileandservexpress.com/*',
];

/** The known portals' hosts, in the order they are tried; each adapter's `matches` is its line here. */
export const SITE_HOSTS = {
  pacer: /^(ecf|pacer)\.[a-z0-9]+\.uscourts\.gov$/,
  odyssey: /(^|\.)(tylerhost\.net|tylertech\.cloud)$/,
  'one-legal': /(^|\.)onelegal\.com$/,
  fsx: /(^|\.)fileandservexpress\.com$/,
} as const;

/** A reader's name: a known portal's adapter id, or "portal" (any page's tables). */
export type SiteId = keyof typeof SITE_HOSTS | 'portal';

/** The known portal a URL belongs to, if any. */
export const efilingSiteFor = (url: URL): SiteId | undefined =>
  (Object.keys(SITE_HOSTS) as (keyof typeof SITE_HOSTS)[]).find((id) => SITE_HOSTS[id].test(url.hostname));

// Page signatures (2016–2026). CM/ECF: the main content block, its caption and
// its titles ("CAND-ECF", "NYSB Live Database"). Odyssey Portal: its panels and
// search containers (FORMATS.md §1: #SearchCriteriaContainer, #SmartSearchResults,
// #divPartyInformation_body, #dispositionInformationDiv, span.tyler-span), its
// base paths (/Portal, /PortalProd, /Secure, /IPortal, /PublicAccess, /CourtRecordsSearch …).
// eFile: /ofsweb.
const CMECF = '#cmecfMainContent';
const ODYSSEY =
  '#caseInformationDiv,.ssCaseDetailCaseNbr,#SearchCriteriaContainer,#SmartSearchResults,#divPartyInformation_body,#dispositionInformationDiv,span.tyler-span';
const ODYSSEY_PATH = /^\/(portal[\w-]*|secure|iportal|odyportal|publicportal|casbportal|publicaccess|courtrecordssearch|ofsweb)(\/|$)/i;

/**
 * The reader for a page on any host, by its structure first (a court's own
 * domain running CM/ECF or Odyssey reads like the Tyler- or PACER-hosted one),
 * then by host (`facts`: the background knows the catalogue's Odyssey hosts),
 * else the generic list reader.
 */
export function siteForPage(doc: Document, url: URL, facts?: PageFacts): SiteId {
  if (doc.querySelector(CMECF) || /-ECF\b|\bLive Database\b/.test(doc.title)) return 'pacer';
  if (doc.querySelector(ODYSSEY) || ODYSSEY_PATH.test(url.pathname) || facts?.odyssey) return 'odyssey';
  return efilingSiteFor(url) ?? 'portal';
}

/**
 * Which pages could be about one case, by a look that costs a selector (they
 * are read at load): pacer.read itself only looks at headings; odyssey.ts reads
 * a register of actions from #caseInformationDiv (2018–2026) or
 * .ssCaseDetailCaseNbr (classic). One Legal, F&SX and other portals have lists only.
 */
export const mayBeDocket = (id: SiteId, doc: Document): boolean =>
  id === 'pacer' || (id === 'odyssey' && !!doc.querySelector('#caseInformationDiv, .ssCaseDetailCaseNbr'));

export type Readers = Record<SiteId, PortalAdapter>;
