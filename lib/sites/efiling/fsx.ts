// File & ServeXpress (fileandservexpress.com; host pattern is an assumption:
// any https subdomain, e.g. secure.fileandservexpress.com).
//
// Page map (HOST-PAGES.md facts; no saved copy exists):
//   Filings  tables of filings awaiting review / accepted / rejected: transaction
//            id, case number, case name, authorizing attorney, client matter,
//            status                                  → ref, caseNumber, caseName,
//            matterCode, status; view 'list'
// The authorizing attorney is the firm's own lawyer, not a client or a party:
// CaseRef has no slot for it and people[] would mislead the resolver, so it is
// not reported.

import { SITE_HOSTS } from './pick';
import type { PortalAdapter } from './reading';
import { listContext } from './table';

export const fsx: PortalAdapter = {
  id: 'fsx',
  matches: (url) => SITE_HOSTS.fsx.test(url.hostname),
  read: (doc, url, r) => listContext('fsx', doc, url, r),
};
