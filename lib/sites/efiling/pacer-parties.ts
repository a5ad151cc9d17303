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
// Pure: (document) in, plain data out. Which party is the user's client, and
// so who is on which side, is the caller's to decide (proposeMatterPeople).

import { isColleague, type Firm } from '../../identity/colleagues';
import { compareNames, looksLikeOrganisation } from '../../identity/names';
import { normaliseEmail, normaliseName } from '../../identity/normalise';
import type { MatterRole } from '../../model/matter-roles';

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

// ---------------------------------------------------------------------------
// From parties to matter people.

export interface PersonProposal {
  /** Stable within one docket, so the preview can keep the user's edits when the client party changes. */
  key: string;
  kind: 'party' | 'attorney';
  name: string;
  emails: string[];
  organisation?: string;
  role: MatterRole;
  /** The docket's words: "Defendant", "Counsel for Defendant Harbor Properties LLC". */
  docketLabel: string;
  /** Ticked in the preview by default. */
  include: boolean;
  /** Why it starts unticked. */
  why?: 'colleague' | 'terminated' | 'on-matter';
  /** The person already on the matter, when it is one. */
  existingId?: string;
}

export interface ProposeOptions {
  firm?: Firm;
  /** People already on the matter: proposed again only as "already on the matter". */
  existing?: readonly { id: string; name?: string; emails?: readonly string[] }[];
}

/**
 * Who becomes what on the matter, given which parties are the client.
 *
 * - the client's own parties are the client: not proposed;
 * - parties on the other side → adverse party; their attorneys → opposing counsel;
 * - parties on the client's side → other (a co-party); their attorneys and the
 *   client's other attorneys → co-counsel;
 * - neutral labels (Interested Party, Mediator, Intervenor …) and any docket
 *   where the client's side is unknown → other, for the user to decide;
 * - the user's own firm (colleagues) is proposed unticked; so are terminated
 *   parties and attorneys, and anyone already on the matter.
 */
export function proposeMatterPeople(parties: readonly DocketParty[], clientParties: readonly number[], options: ProposeOptions = {}): PersonProposal[] {
  const ours = new Set(clientParties.filter((i) => i >= 0 && i < parties.length));
  const ourSides = new Set([...ours].map((i) => parties[i]!.side).filter((s) => s !== 'neutral'));
  // A client on both sides (rare: a counter-claim against a co-party) tells nothing.
  const ourSide = ourSides.size === 1 ? [...ourSides][0]! : null;
  const relation = (p: DocketParty): 'ours' | 'with' | 'against' | 'neutral' => {
    if (!ourSide || p.side === 'neutral') return 'neutral';
    return p.side === ourSide ? 'with' : 'against';
  };

  const out: PersonProposal[] = [];
  const byKey = new Map<string, PersonProposal>();
  const counselFor = new Map<string, string[]>();

  parties.forEach((p, i) => {
    const rel = ours.has(i) ? 'ours' : relation(p);
    if (rel !== 'ours') {
      const key = `party:${normaliseName(p.name) ?? p.name}`;
      const known = byKey.get(key);
      if (known) {
        // Same party under another label (Defendant and Counter Claimant): one person, both labels.
        if (!known.docketLabel.split(', ').includes(p.label)) known.docketLabel += `, ${p.label}`;
        if (!p.terminated && known.why === 'terminated') {
          known.include = true;
          delete known.why;
        }
      } else {
        const prop: PersonProposal = {
          key,
          kind: 'party',
          name: p.name,
          emails: p.emails,
          role: rel === 'against' ? 'adverse-party' : 'other',
          docketLabel: p.label,
          include: !p.terminated,
        };
        if (looksLikeOrganisation(p.name)) prop.organisation = p.name;
        if (p.terminated) prop.why = 'terminated';
        byKey.set(key, prop);
        out.push(prop);
      }
    }
    for (const a of p.attorneys) {
      const nameKey = `attorney:${normaliseName(a.name) ?? a.name}`;
      const key = a.emails.length ? `attorney:${a.emails[0]}` : nameKey;
      const role: MatterRole = rel === 'against' ? 'opposing-counsel' : rel === 'neutral' ? 'other' : 'co-counsel';
      const forText = `${p.label} ${p.name}`;
      // The same attorney again: by address, or by name when one of the two blocks gives
      // none ("See above for address").
      let known = a.emails.map((e) => byKey.get(`attorney:${e}`)).find(Boolean);
      if (!known) {
        const sameName = byKey.get(nameKey);
        if (sameName && (!a.emails.length || !sameName.emails.length)) known = sameName;
      }
      if (known) {
        const list = counselFor.get(known.key)!;
        if (!list.includes(forText)) list.push(forText);
        // Counsel for anyone on the other side is opposing counsel.
        if (role === 'opposing-counsel' || (role === 'co-counsel' && known.role === 'other')) known.role = role;
        for (const e of a.emails) if (!known.emails.includes(e)) known.emails.push(e);
        if (!known.organisation && a.firm) known.organisation = a.firm;
        for (const k of [nameKey, ...a.emails.map((e) => `attorney:${e}`)]) if (!byKey.has(k)) byKey.set(k, known);
        if (!a.terminated && known.why === 'terminated') {
          known.include = true;
          delete known.why;
        }
        continue;
      }
      const prop: PersonProposal = { key, kind: 'attorney', name: a.name, emails: [...a.emails], role, docketLabel: '', include: !a.terminated };
      if (a.firm) prop.organisation = a.firm;
      if (a.terminated) prop.why = 'terminated';
      counselFor.set(key, [forText]);
      for (const k of [key, nameKey, ...a.emails.map((e) => `attorney:${e}`)]) if (!byKey.has(k)) byKey.set(k, prop);
      out.push(prop);
    }
  });

  for (const prop of out) {
    if (prop.kind === 'attorney') {
      const list = counselFor.get(prop.key)!;
      prop.docketLabel = `Counsel for ${list.slice(0, 3).join('; ')}${list.length > 3 ? `; and ${list.length - 3} more` : ''}`;
      if (options.firm && prop.emails.some((e) => isColleague(e, options.firm!))) {
        prop.include = false;
        prop.why = 'colleague';
        prop.role = 'co-counsel';
      }
    }
    const existing = options.existing?.find(
      (x) =>
        prop.emails.some((e) => x.emails?.some((y) => normaliseEmail(y) === e)) ||
        (!!x.name && normaliseName(x.name) === normaliseName(prop.name)),
    );
    if (existing) {
      prop.include = false;
      prop.why = 'on-matter';
      prop.existingId = existing.id;
    }
  }
  return out;
}

/**
 * The parties that are most likely the user's client: those the user's own
 * firm represents, else those whose name or address is the client's. Only a
 * default for the preview, which lets the user choose.
 */
export function guessClientParties(
  parties: readonly DocketParty[],
  client: { name: string; preferredName?: string; organisation?: string; emails?: readonly string[] },
  firm?: Firm,
): number[] {
  const idx = (pred: (p: DocketParty) => boolean) => parties.flatMap((p, i) => (pred(p) ? [i] : []));
  if (firm) {
    const ours = idx((p) => p.attorneys.some((a) => a.emails.some((e) => isColleague(e, firm))));
    if (ours.length) return ours;
  }
  const names = [client.name, client.preferredName, client.organisation].filter((n): n is string => !!n?.trim());
  const byName = idx((p) => names.some((n) => {
    const m = compareNames(p.name, n);
    return !!m && m.strength !== 'possible';
  }));
  if (byName.length) return byName;
  const mine = new Set((client.emails ?? []).map((e) => normaliseEmail(e)));
  return idx((p) => p.emails.some((e) => mine.has(e)));
}
