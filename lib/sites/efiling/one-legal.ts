// One Legal (California / Nevada eFiling and process serving).
//
// Page map (HOST-PAGES.md facts; no saved copy exists — hosts are assumptions:
// any https subdomain of onelegal.com, e.g. app.onelegal.com):
//   Orders   table, order number in the first column, then case number, case
//            party names, status "In Progress" / "Complete: Accepted by Court" /
//            "Rejected by Court" / "Cancelled: No Charges"   → ref, caseNumber,
//            caseName, status; view 'list'
//   Matters  table: Matter Number/Billing Code, case number, court, last order
//            date, status                                      → matterCode, caseNumber,
//            court, status; view 'list'
// Columns are found by header text, so a reordered or renamed column still reads.

import { SITE_HOSTS } from './pick';
import type { PortalAdapter } from './reading';
import { listContext } from './table';

export const oneLegal: PortalAdapter = {
  id: 'one-legal',
  matches: (url) => SITE_HOSTS['one-legal'].test(url.hostname),
  read: (doc, url, r) => listContext('one-legal', doc, url, r),
};
