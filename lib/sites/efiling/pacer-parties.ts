// CM/ECF docket report: the parties, their labels and their attorneys.
//
// Page shape (docket report, DktRpt.pl?<token>; seen on the saved N.D. Cal.
// docket in ../shared/fixtures/pacer, layout checked 2026-11):
//   #cmecfMainContent
//     table                              one per side, or one for all
//       tr > td > b > u  "Plaintiff"     the party's label, one row per party
//       tr > td  b "Kevin Young"         the party (then extra lines: "an
//                                        individual", <i>TERMINATED: 05/01/2014</i>)
//            td  "represented by"
//            td  b "Jeff D Friedman" <br> firm <br> address … <br>
//                "Email: jefff@hbsslaw.com" <br> <i>LEAD ATTORNEY</i> <br><br>
//                b "Next Attorney" …    one block per attorney
//       tr > td > b "V."                 between the sides
//     table "Date Filed | # | Docket Text"   docket entries: the end of the parties
// Criminal dockets add "Pending Counts" / "Disposition" tables after each
// defendant; their headings are not parties.
//
// Pure: (document) in, plain data out, small enough for a content script.
// Which party is the user's client, and so who becomes what on the matter, is
// lib/identity/docket-people.ts's business, in an extension page.

import { normaliseEmail, normaliseName } from '../../identity/normalise';

export interface DocketAttorney {
  name: string;
  firm?: string;
  emails: string[];
  phone?: string;
  /** The docket's italic notes: LEAD ATTORNEY, ATTORNEY TO BE NOTICED, PRO HAC VICE … */
  designations: string[];
  /** "mm/dd/yyyy" when the attorney has withdrawn or been replaced. */
  terminated?: string;
}

/** Which side a label puts a party on: the one who brought the case, the one who answers it, or neither. */
export type PartySide = 'initiating' | 'responding' | 'neutral';

export interface DocketParty {
  /** As the docket words it: "Plaintiff", "Counter Claimant", "Interested Party" … */
  label: string;
  side: PartySide;
  name: string;
  /** The party's other lines: "an individual", "doing business as …". */
  details: string[];
  terminated?: string;
  /** A party without counsel; its own address, if any, is in `emails`. */
  proSe: boolean;
  emails: string[];
  attorneys: DocketAttorney[];
}

const clean = (s: string | null | undefined) => (s ?? '').replace(/[\s\u00a0]+/g, ' ').trim();

// Section headings of criminal dockets, bold and underlined like party labels.
const NOT_A_LABEL = /^(pending counts|terminated counts|complaints|disposition|highest offense level.*|case assigned to.*)$/i;

/** Reads a party label into its side. Counter and third-party labels flip the plain ones. */
export function partySide(label: string): PartySide {
  const l = clean(label)
    .toLowerCase()
    .replace(/[-–]/g, ' ')
    .replace(/\s*\(\d+\)$/, '')
    .replace(/\s+/g, ' ');
  if (/^counter ?claimant\b/.test(l)) return 'responding';
  if (/^counter ?defendant\b/.test(l)) return 'initiating';
  // CM/ECF writes "ThirdParty Plaintiff" as well as "Third Party Plaintiff".
  if (/^third ?party plaintiff\b/.test(l)) return 'responding';
  if (/^(third ?party defendant|cross )/.test(l)) return 'neutral';
  if (/(^| )(plaintiff|petitioner|appellant|claimant|libellant)s?$/.test(l)) return 'initiating';
  if (/(^| )(defendant|respondent|appellee)s?$/.test(l)) return 'responding';
  return 'neutral';
}

interface Line {
  text: string;
  bold: boolean;
  italic: boolean;
}

/** The cell's text split at <br>, each line marked bold or italic when all of it is. */
function linesOf(cell: Element): Line[] {
  const out: Line[] = [];
  let cur = { text: '', bold: true, italic: true, any: false };
  const flush = () => {
    const text = clean(cur.text);
    if (text) out.push({ text, bold: cur.any && cur.bold, italic: cur.any && cur.italic });
    cur = { text: '', bold: true, italic: true, any: false };
  };
  const walk = (node: Node, bold: boolean, italic: boolean) => {
    if (node.nodeType === 3) {
      const t = node.textContent ?? '';
      cur.text += t;
      if (clean(t)) {
        cur.any = true;
        cur.bold &&= bold;
        cur.italic &&= italic;
      }
      return;
    }
    if (node.nodeType !== 1) return;
    const el = node as Element;
    const tag = el.localName;
    if (tag === 'br') return flush();
    if (tag === 'script' || tag === 'style') return;
    const b = bold || tag === 'b' || tag === 'strong';
    const i = italic || tag === 'i' || tag === 'em';
    // A bold name starts a line of its own even without a <br> before it.
    if ((tag === 'b' || tag === 'strong') && clean(cur.text)) flush();
    for (const child of el.childNodes) walk(child, b, i);
    if (tag === 'b' || tag === 'strong' || tag === 'p' || tag === 'div') flush();
  };
  for (const child of cell.childNodes) walk(child, false, false);
  flush();
  return out;
}

const EMAIL = /[^\s@<>()[\],;:"]+@[^\s@<>()[\],;:"]+\.[a-z]{2,}/gi;
const HAS_EMAIL = /[^\s@<>()[\],;:"]+@[^\s@<>()[\],;:"]+\.[a-z]{2,}/i;
const PHONE = /^\(?\d{3}\)?[\s.-]?\d{3}[\s.-]?\d{4}/;
const ADDRESS = /^(\d|suite\b|ste\.?\s|floor\b|fl\.?\s|p\.?\s?o\.?\s*box\b|box\b|room\b|rm\.?\s)|,\s*[A-Z]{2}\.?\s+\d{5}(-\d{4})?$/i;
const CONTACT = /^(fax|email|e-mail|phone|tel|designation|bar status)\b/i;
const TERMINATED = /terminated:\s*(\d{1,2}\/\d{1,2}\/\d{2,4})/i;
// An attorney listed again for another party: the docket points back instead of repeating the firm.
const SEE_ABOVE = /^\(?\s*see above\b/i;

function emailsIn(text: string): string[] {
  return [...text.matchAll(EMAIL)].map((m) => normaliseEmail(m[0])).filter((e): e is string => !!e);
}

/** Attorney blocks: each starts at a bold name. */
function readAttorneys(cell: Element): DocketAttorney[] {
  const out: DocketAttorney[] = [];
  let a: DocketAttorney | null = null;
  let afterName = 0;
  for (const line of linesOf(cell)) {
    if (line.bold && !line.italic) {
      a = { name: line.text, emails: [], designations: [] };
      out.push(a);
      afterName = 0;
      continue;
    }
    if (!a) continue;
    afterName++;
    if (SEE_ABOVE.test(line.text)) continue;
    const term = TERMINATED.exec(line.text);
    if (term) a.terminated = term[1];
    if (line.italic) {
      if (!term) a.designations.push(line.text);
      continue;
    }
    if (/^e-?mail\b/i.test(line.text) || (HAS_EMAIL.test(line.text) && !/^fax\b/i.test(line.text))) {
      for (const e of emailsIn(line.text)) if (!a.emails.includes(e)) a.emails.push(e);
      continue;
    }
    if (!a.phone && PHONE.test(line.text)) {
      a.phone = line.text;
      continue;
    }
    // The firm, when the docket gives one, is the first line after the name.
    if (afterName === 1 && !ADDRESS.test(line.text) && !CONTACT.test(line.text) && !PHONE.test(line.text)) a.firm = line.text;
  }
  return out;
}

/** A heading row: one cell whose whole text is bold and underlined. Its text, or null. */
function headingOf(cells: Element[]): string | null {
  const filled = cells.filter((c) => clean(c.textContent));
  if (filled.length !== 1) return null;
  const cell = filled[0]!;
  const u = cell.querySelector('u');
  const text = clean(cell.textContent);
  return u && clean(u.textContent) === text && cell.querySelector('b, strong') ? text : null;
}

/** The parties on a CM/ECF docket report, in docket order. Empty when the page lists none. */
export function readDocketParties(root: Document | Element): DocketParty[] {
  const main = ('getElementById' in root ? root.getElementById('cmecfMainContent') : null) ?? root;
  const parties: DocketParty[] = [];
  let label: string | null = null;
  for (const tr of main.querySelectorAll('tr')) {
    const cells = [...tr.children].filter((c) => c.localName === 'td' || c.localName === 'th');
    if (!cells.length) continue;
    // The docket entries start: no parties after this.
    if (cells.some((c) => /^date filed$/i.test(clean(c.textContent))) && cells.some((c) => /docket text/i.test(clean(c.textContent)))) break;
    const heading = headingOf(cells);
    if (heading) {
      // A party label, or a criminal docket's section heading (no party follows it).
      label = NOT_A_LABEL.test(heading) ? null : heading;
      continue;
    }
    if (cells.length === 1 && /^v[s]?\.?$/i.test(clean(cells[0]!.textContent))) {
      label = null;
      continue;
    }
    if (!label) continue;
    const by = cells.findIndex((c) => /^represented by$/i.test(clean(c.textContent)));
    const partyCell = by > 0 ? cells[0]! : cells.length === 1 ? cells[0]! : null;
    if (!partyCell) continue;
    const lines = linesOf(partyCell);
    const first = lines.findIndex((x) => x.bold);
    if (first < 0) continue;
    const name = lines[first]!.text;
    const details: string[] = [];
    let terminated: string | undefined;
    for (const x of lines.slice(first + 1)) {
      const t = TERMINATED.exec(x.text);
      if (t) terminated = t[1];
      else details.push(x.text);
    }
    let attorneys = by > 0 && cells[by + 1] ? readAttorneys(cells[by + 1]!) : [];
    // "PRO SE": the block is the party itself, with its own address.
    const self = attorneys.filter((a) => a.designations.some((d) => /^pro se$/i.test(d)) || normaliseName(a.name) === normaliseName(name));
    const proSe = self.length > 0 || /\bpro se\b/i.test(clean(cells[by + 1]?.textContent));
    const emails = [...new Set(self.flatMap((a) => a.emails))];
    attorneys = attorneys.filter((a) => !self.includes(a));
    const party: DocketParty = { label, side: partySide(label), name, details, proSe, emails, attorneys };
    if (terminated) party.terminated = terminated;
    parties.push(party);
  }
  return parties;
}
