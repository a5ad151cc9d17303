// Tyler Odyssey: the public Odyssey Portal and the Odyssey File & Serve filer
// UI (eFileCA, eFileTexas, eFileIL …), in any state, on Tyler's hosts and on
// the court- and county-owned ones (catalogue.ts).
//
// Page map (hosts <state|county>….tylerhost.net, ….tylertech.cloud — e.g.
// california.tylerhost.net for eFileCA, ca<county>portal.tylerhost.net/Portal —
// and catalogue hosts such as portal.napa.courts.ca.gov/Secure,
// ody.dekalbcountyga.gov/portal, cmsportal.chathamcounty.org):
//   Portal  …/Case/CaseDetail   register of actions: "Case Information" panel,
//           "18CV001704 | Loving Life Real Estate, LLC vs Jose Saldana et al",
//           labelled fields "Case Number", "Court", "Case Status"   → view 'docket'
//   Portal  PublicAccess/CaseDetail.aspx (classic, pre-2016): .ssCaseDetailCaseNbr
//   eFile   filings / envelopes dashboard: one row per envelope — "Envelope #",
//           "Case #", case name, "Status" (Draft, Submitted, Under Review, Accepted,
//           Rejected, Returned, Served)                            → view 'list'
// The case number is read by its label, whatever the state's format; a number
// that needs its court to mean anything (DeKalb's 20D12345) is reported with
// the host's court in parentheses. The case status on a register of actions
// ("Inactive") is not a filing status and is not reported.

import { SITE_HOSTS } from './pick';
import type { PortalAdapter } from './reading';
import { clean, compact, listContext } from './table';

const CASE_LABEL = /^case\s*(number|no\.?|#)\s*:?$/i;
const COURT_LABEL = /^court\s*(location)?\s*:?$/i;
// Where Odyssey pages put labels (2016–2026): Portal `span.text-muted` above the
// value, classic `th` / `td` beside it, `label` / `dt` in newer layouts.
const LABELS = '.text-muted,.tyler-span,label,dt,th,td,b,strong,span';

/** The value a label names: the rest of its parent's text, its next sibling, or the next cell / dd. */
function labelled(root: ParentNode, label: RegExp): string | undefined {
  for (const l of root.querySelectorAll(LABELS)) {
    const t = clean(l.textContent);
    // A list's column header is not a labelled field.
    if (!label.test(t) || l.closest('thead,[role=columnheader],[role=row]')) continue;
    const rest = clean(l.parentElement?.textContent).slice(clean(l.parentElement?.textContent).indexOf(t) + t.length).trim();
    const next = clean(l.nextElementSibling?.textContent);
    const value = (l.localName === 'th' || l.localName === 'td' || l.localName === 'dt' ? next : '') || rest || next;
    if (value) return value.slice(0, 200);
  }
}

// Catalogue hosts that run Odyssey are told by the background (PageFacts.odyssey, index.ts adapterForPage).
export const odyssey: PortalAdapter = {
  id: 'odyssey',
  matches: (url) => SITE_HOSTS.odyssey.test(url.hostname),
  read(doc, url, r) {
    const info =
      doc.getElementById('caseInformationDiv') ??
      doc.querySelector('.ssCaseDetailCaseNbr') ??
      (doc.getElementById('divCaseInformation_body') || doc.querySelector('#CaseDetail, .case-detail, [data-case-number]'));
    const court = r.page.court;
    const root = info ?? doc.body;
    const head = clean(info?.querySelector('p.text-primary')?.textContent);
    const field = root ? labelled(root, CASE_LABEL) : undefined;
    // A labelled field or the panel's heading: "18CV001704 | Loving Life …".
    const hit = (field && r.field(field, court)) || (info ? r.field(head || clean(info.textContent), court) : null);
    if (!hit) return listContext('odyssey', doc, url, r);
    const raw = hit.raw;
    const caseName = head.startsWith(raw) ? head.slice(raw.length).replace(/^[\s|]+/, '') : undefined;
    return {
      site: 'odyssey',
      url: url.href,
      people: [],
      cases: [compact({ caseNumber: r.standalone(raw) || !court ? raw : `${raw} (${court})`, caseName, court: root ? labelled(root, COURT_LABEL) : undefined })],
      view: 'docket',
    };
  },
};
