// PACER CM/ECF (federal district and bankruptcy courts).
//
// Page map (ecf.<court>.uscourts.gov/cgi-bin/…, pacer.<court>.uscourts.gov):
//   DktRpt.pl?<digits>   docket query form           → nothing (no caption)
//   DktRpt.pl?<token>    docket report               → caption h3 "CIVIL DOCKET FOR
//                        CASE #: 4:13-md-02420-YGR", case name in the next table
//   iquery.pl?<token>    case query / "Case Summary" → <center><b>3:17-cv-05729-RS</b>
//                        Ngo v. Jennings et al; title "CAND-ECF-Case Summary for 3-17-cv-5729"
//   doc1/<id>, show_multidocs.pl  document / attachment menu → the title when it
//                        names a case; the saved D.D.C. menu names none → null
// Only the page's own case is reported: related cases, other-court numbers and
// docket text are not. People are left out on purpose: a docket lists every
// party's counsel (co-counsel, opponents), and their addresses would make the
// resolver offer unrelated clients next to the case-number match.

import { findCaseNumbers } from '../../identity/case-number';
import type { SiteAdapter } from '../types';
import { clean, compact } from './table';

const HOST = /^(ecf|pacer)\.[a-z0-9]+\.uscourts\.gov$/;

export const pacer: SiteAdapter = {
  id: 'pacer',
  matches: (url) => HOST.test(url.hostname),
  read(doc, url) {
    const main = doc.getElementById('cmecfMainContent') ?? doc.body;
    if (!main) return null;
    let raw: string | undefined;
    let caseName: string | undefined;
    let court: string | undefined;
    // Docket report caption (2013–2024 layout).
    for (const h of main.querySelectorAll('h3')) {
      const lines = [...h.childNodes].filter((n) => n.nodeType === 3).map((n) => clean(n.textContent)).filter(Boolean);
      const i = lines.findIndex((l) => /DOCKET FOR CASE/i.test(l));
      raw = i < 0 ? undefined : findCaseNumbers(lines[i]!)[0]?.raw;
      if (raw) {
        court = lines.slice(0, i).join(', ');
        caseName = clean(h.nextElementSibling?.querySelector('td')?.textContent)
          .split(/\s*(?:Assigned to|Referred to|Date Filed|Cause):/i)[0]!
          .replace(/^Case title:\s*/i, ''); // criminal dockets
        break;
      }
    }
    // Case query page (2017 layout): the number in bold, the name right after it.
    if (!raw)
      for (const b of main.querySelectorAll('center > b')) {
        raw = findCaseNumbers(clean(b.textContent))[0]?.raw;
        if (raw) {
          caseName = clean(b.nextSibling?.nodeType === 3 ? b.nextSibling.textContent : '');
          break;
        }
      }
    raw ??= findCaseNumbers(doc.title)[0]?.raw;
    return raw
      ? { site: 'pacer', url: url.href, people: [], cases: [compact({ caseNumber: raw, caseName, court })], view: 'docket' }
      : null;
  },
};
