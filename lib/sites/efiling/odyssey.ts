// Tyler Odyssey: the public Odyssey Portal and the Odyssey File & Serve filer
// UI (eFileCA, eFileTexas, eFileIL …).
//
// Page map (hosts <state|county>….tylerhost.net, ….tylertech.cloud — e.g.
// california.tylerhost.net for eFileCA, ca<county>portal.tylerhost.net/Portal):
//   Portal  …/Case/CaseDetail   register of actions: "Case Information" panel,
//           "18CV001704 | Loving Life Real Estate, LLC vs Jose Saldana et al",
//           labelled fields "Case Number", "Court", "Case Status"   → view 'docket'
//   Portal  PublicAccess/CaseDetail.aspx (classic, pre-2016): .ssCaseDetailCaseNbr
//   eFile   filings / envelopes dashboard: one row per envelope — "Envelope #",
//           "Case #", case name, "Status" (Draft, Submitted, Under Review, Accepted,
//           Rejected, Returned, Served)                            → view 'list'
// The case status on a register of actions ("Inactive") is not a filing status
// and is not reported.

import { findCaseNumbers } from '../../identity/case-number';
import type { SiteAdapter } from '../types';
import { clean, compact, listContext } from './table';

const HOST = /(^|\.)(tylerhost\.net|tylertech\.cloud)$/;

// "<span class=text-muted>Case Number</span><br>18CV001704" (Portal, 2018–2026).
function labelled(root: ParentNode, label: string): string | undefined {
  for (const l of root.querySelectorAll('.text-muted')) {
    const t = clean(l.textContent);
    if (t.toLowerCase() === label) return clean(l.parentElement?.textContent).slice(t.length).trim() || undefined;
  }
}

export const odyssey: SiteAdapter = {
  id: 'odyssey',
  matches: (url) => HOST.test(url.hostname),
  read(doc, url) {
    const info = doc.getElementById('caseInformationDiv') ?? doc.querySelector('.ssCaseDetailCaseNbr');
    if (!info) return listContext('odyssey', doc, url);
    const head = clean(info.querySelector('p.text-primary')?.textContent);
    const raw = findCaseNumbers(labelled(info, 'case number') ?? (head || clean(info.textContent)))[0]?.raw;
    if (!raw) return null;
    const caseName = head.startsWith(raw) ? head.slice(raw.length).replace(/^[\s|]+/, '') : undefined;
    return {
      site: 'odyssey',
      url: url.href,
      people: [],
      cases: [compact({ caseNumber: raw, caseName, court: labelled(info, 'court') })],
      view: 'docket',
    };
  },
};
