// Court e-filing portals: adapters, their manifest match patterns, the
// generic scanner the content script uses for highlighting and re-scans, and
// the pick of an adapter by the page's structure for portals the user added.

import { fsx } from './fsx';
import { odyssey } from './odyssey';
import { oneLegal } from './one-legal';
import { pacer } from './pacer';
import type { PageFacts, PortalAdapter } from './reading';
import { listContext } from './table';

export { createScanner, scanElement, byRow, type ScanHit, type ScanOptions, type Scanner } from './scanner';
export { pacer, odyssey, oneLegal, fsx };

export const EFILING_ADAPTERS: readonly PortalAdapter[] = [pacer, odyssey, oneLegal, fsx];

// Match patterns cannot put a wildcard mid-host (ecf.*.uscourts.gov), so PACER
// is *.uscourts.gov here and pacer.matches() keeps only ecf./pacer. hosts.
export const EFILING_MATCHES: string[] = [
  'https://*.uscourts.gov/*',
  'https://*.tylerhost.net/*',
  'https://*.tylertech.cloud/*',
  'https://*.onelegal.com/*',
  'https://*.fileandservexpress.com/*',
];

/** The adapter for a URL, if any. */
export const efilingAdapterFor = (url: URL): PortalAdapter | undefined => EFILING_ADAPTERS.find((a) => a.matches(url));

/** Any portal: tables with a case-number or matter column, read like the known portals' lists. */
export const genericPortal: PortalAdapter = { id: 'portal', matches: () => true, read: (doc, url, r) => listContext('portal', doc, url, r) };

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
 * The adapter for a page on any host, by its structure first (a court's own
 * domain running CM/ECF or Odyssey reads like the Tyler- or PACER-hosted one),
 * then by host (`facts`: the background knows the catalogue's Odyssey hosts),
 * else the generic list reader.
 */
export function adapterForPage(doc: Document, url: URL, facts?: PageFacts): PortalAdapter {
  if (doc.querySelector(CMECF) || /-ECF\b|\bLive Database\b/.test(doc.title)) return pacer;
  if (doc.querySelector(ODYSSEY) || ODYSSEY_PATH.test(url.pathname) || facts?.odyssey) return odyssey;
  return efilingAdapterFor(url) ?? genericPortal;
}

/** Which pages could be about one case, by a look that costs a selector (run-portal reads those at load). */
export function withDocketTest(adapter: PortalAdapter): [PortalAdapter, (doc: Document) => boolean] {
  const test =
    adapter === pacer ? () => true : adapter === odyssey ? (doc: Document) => !!doc.querySelector('#caseInformationDiv, .ssCaseDetailCaseNbr') : () => false;
  return [adapter, test];
}
