// Court e-filing portals: the adapters, the generic scanner, and the pick of
// an adapter by the page's structure (pick.ts) for portals the user added.
// Content scripts import pick.ts and reading.ts only; the adapters reach a page
// in entrypoints/efiling-readers.ts, which the background injects.

import { fsx } from './fsx';
import { odyssey } from './odyssey';
import { oneLegal } from './one-legal';
import { pacer } from './pacer';
import type { PageFacts, PortalAdapter } from './reading';
import { listContext } from './table';
import { siteForPage, type Readers } from './pick';

export { EFILING_MATCHES } from './pick';

export { createScanner, scanElement, byRow, type ScanHit, type ScanOptions, type Scanner } from './scanner';
export { pacer, odyssey, oneLegal, fsx };

export const EFILING_ADAPTERS: readonly PortalAdapter[] = [pacer, odyssey, oneLegal, fsx];

/** The adapter for a URL, if any. */
export const efilingAdapterFor = (url: URL): PortalAdapter | undefined => EFILING_ADAPTERS.find((a) => a.matches(url));

/** Any portal: tables with a case-number or matter column, read like the known portals' lists. */
export const genericPortal: PortalAdapter = { id: 'portal', matches: () => true, read: (doc, url, r) => listContext('portal', doc, url, r) };

/** Every reader by its id: what the background injects (entrypoints/efiling-readers.ts). */
export const READERS_BY_ID: Readers = { pacer, odyssey, 'one-legal': oneLegal, fsx, portal: genericPortal };

/** The adapter for a page on any host (pick.ts siteForPage). */
export const adapterForPage = (doc: Document, url: URL, facts?: PageFacts): PortalAdapter => READERS_BY_ID[siteForPage(doc, url, facts)];

