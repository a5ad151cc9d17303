// Court e-filing portals: adapters, their manifest match patterns, and the
// generic scanner the content script uses for highlighting and re-scans.

import type { SiteAdapter } from '../types';
import { fsx } from './fsx';
import { odyssey } from './odyssey';
import { oneLegal } from './one-legal';
import { pacer } from './pacer';

export { createScanner, scanElement, byRow, type ScanHit, type ScanOptions, type Scanner } from './scanner';
export { pacer, odyssey, oneLegal, fsx };

export const EFILING_ADAPTERS: readonly SiteAdapter[] = [pacer, odyssey, oneLegal, fsx];

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
export const efilingAdapterFor = (url: URL): SiteAdapter | undefined => EFILING_ADAPTERS.find((a) => a.matches(url));
