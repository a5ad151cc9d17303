// PACER CM/ECF (federal district, bankruptcy and appellate courts, JPML).
//
// Page map (ecf.<court>.uscourts.gov/cgi-bin/…, pacer.<court>.uscourts.gov):
//   DktRpt.pl?<digits>   docket query form           → nothing (no caption)
//   DktRpt.pl?<token>    docket report               → caption h3 "CIVIL DOCKET FOR
//                        CASE #: 4:13-md-02420-YGR", case name in the next table;
//                        bankruptcy "Bankruptcy Petition #: 18-80123-CRJ7" (in an h3, or
//                        as bold lines in a <center>: "U.S. Bankruptcy Court / Eastern
//                        District of New York (Brooklyn) / Bankruptcy Petition #:
//                        1:26-bk-44227-jmm", as public parsers' test pages show, 2026-11),
//                        "Adversary Proceeding #: 19-01234"; JPML "MDL No. 2420"
//   iquery.pl?<token>    case query / "Case Summary" → <center><b>3:17-cv-05729-RS</b>
//                        Ngo v. Jennings et al; title "CAND-ECF-Case Summary for 3-17-cv-5729"
//   doc1/<id>, show_multidocs.pl  document / attachment menu → the title when it
//                        names a case; the saved D.D.C. menu names none → null
// The court is the host's (ecf.nysb… → nysb). A bankruptcy or appeals number
// means nothing without it, so the case number reported for one carries it in
// parentheses: "18-80123-CRJ7 (alnb)".
// Only the page's own case is reported: related cases, other-court numbers and
// docket text are not. People are left out on purpose: a docket lists every
// party's counsel (co-counsel, opponents), and their addresses would make the
// resolver offer unrelated clients next to the case-number match. The party
// table travels apart, as `parties`, which the resolver never reads: the
// sidebar offers them as the matter's people (pacer-parties.ts).

import { readDocketParties } from './pacer-parties';
import { SITE_HOSTS } from './pick';
import type { PortalAdapter } from './reading';
import { clean, compact } from './table';

// 2013–2024 caption lines that hold the page's case number.
const CAPTION = /DOCKET FOR CASE|Bankruptcy Petition\s*#|Adversary Proceeding\s*#|Case\s*#\s*:|Docket\s*#\s*:|MDL No\.?\s*\d/i;

export const pacer: PortalAdapter = {
  id: 'pacer',
  matches: (url) => SITE_HOSTS.pacer.test(url.hostname),
  read(doc, url, r) {
    const main = doc.getElementById('cmecfMainContent') ?? doc.body;
    if (!main) return null;
    const { court, bare } = r.page;
    const find = (text: string) => r.find(text, court, bare)?.[0]?.raw;
    let raw: string | undefined;
    let caseName: string | undefined;
    let courtName: string | undefined;
    // Docket report caption. Pages saved with another extension's markup can,
    // in some parsers, end up with the caption outside #cmecfMainContent: look
    // in the whole body after the main content.
    for (const h of [...main.querySelectorAll('h3'), ...(main === doc.body ? [] : (doc.body?.querySelectorAll('h3') ?? []))]) {
      const lines = [...h.childNodes].filter((n) => n.nodeType === 3).map((n) => clean(n.textContent)).filter(Boolean);
      const i = lines.findIndex((l) => CAPTION.test(l));
      const line = lines[i] ?? '';
      raw = i < 0 ? undefined : find(line);
      if (raw) {
        if (/Adversary Proceeding/i.test(line) && !/-ap-/i.test(raw)) raw = `Adv. Pro. No. ${raw}`;
        courtName = lines.slice(0, i).join(', ') || undefined;
        caseName = clean(h.nextElementSibling?.querySelector('td')?.textContent)
          .split(/\s*(?:Assigned to|Referred to|Date Filed|Cause|Chapter|Debtor disposition):/i)[0]!
          .replace(/^Case title:\s*/i, '') || undefined; // criminal dockets
        break;
      }
    }
    // Bankruptcy dockets (2020s): the caption is bold lines in a <center>, or
    // spans / fonts in the CM/ECF template ("Bankruptcy Petition #: …",
    // "Full Bankruptcy Petition #: …"); the court is in the lines before it.
    if (!raw)
      for (const b of main.querySelectorAll('center b, b font, font b, span.myaccountlabel')) {
        const line = clean(b.textContent);
        if (!CAPTION.test(line) || /DOCKET FOR CASE/i.test(line)) continue;
        raw = find(line);
        if (!raw) continue;
        if (/Adversary Proceeding/i.test(line) && !/-ap-/i.test(raw)) raw = `Adv. Pro. No. ${raw}`;
        const before: string[] = [];
        for (let p = b.previousElementSibling; p; p = p.previousElementSibling)
          if (p.localName !== 'br') before.unshift(clean(p.textContent));
        courtName = before.filter(Boolean).join(', ') || undefined;
        break;
      }
    // Case query page (2017 layout): the number in bold, the name right after it.
    if (!raw)
      for (const b of main.querySelectorAll('center > b')) {
        raw = find(clean(b.textContent));
        if (raw) {
          caseName = clean(b.nextSibling?.nodeType === 3 ? b.nextSibling.textContent : '') || undefined;
          break;
        }
      }
    raw ??= find(doc.title);
    const parties = raw ? readDocketParties(doc) : [];
    return raw
      ? {
          site: 'pacer',
          url: url.href,
          people: [],
          // The number as printed, with its court when it needs one to mean anything.
          cases: [compact({ caseNumber: r.standalone(raw) || !court ? raw : `${raw} (${court})`, caseName, court: courtName })],
          view: 'docket',
          ...(parties.length ? { parties } : {}),
        }
      : null;
  },
};
