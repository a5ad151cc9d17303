// From a docket's parties to the people of a matter: who becomes what, given
// which parties are the user's client. Runs in an extension page (it needs the
// name matcher and the public-mail list); the content script only reads the
// parties (lib/sites/efiling/pacer-parties.ts) and hands them over as data.
import type { MatterRole } from '../model/matter-roles';
import type { DocketParty } from '../sites/efiling/pacer-parties';
import { isColleague, type Firm } from './colleagues';
import { compareNames, looksLikeOrganisation } from './names';
import { normaliseEmail, normaliseName } from './normalise';
import { t, tn } from '../i18n/t';

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
  const ours = sameParties(parties, clientParties);
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
      const parties = list.slice(0, 3).join('; ');
      prop.docketLabel = list.length > 3 ? tn('identity_counsel_for_more', list.length - 3, { parties }) : t('identity_counsel_for', { parties });
    }
    // Someone at the user's own firm (by domain or a listed address): a colleague, only
    // ever co-counsel, and left for the user to tick.
    if (options.firm && prop.emails.some((e) => isColleague(e, options.firm!))) {
      prop.include = false;
      prop.why = 'colleague';
      prop.role = 'co-counsel';
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
 * The given parties and every other listing of the same party: a client sued
 * as Plaintiff and answering a counterclaim as Counter Defendant is one client.
 */
function sameParties(parties: readonly DocketParty[], indexes: readonly number[]): Set<number> {
  const picked = indexes.filter((i) => Number.isInteger(i) && i >= 0 && i < parties.length);
  const names = new Set(picked.map((i) => normaliseName(parties[i]!.name) ?? parties[i]!.name));
  const out = new Set(picked);
  parties.forEach((p, i) => {
    if (names.has(normaliseName(p.name) ?? p.name)) out.add(i);
  });
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
  // Each guess with the party's other listings ("(See above for address)" blocks carry no address).
  const idx = (pred: (p: DocketParty) => boolean) => [...sameParties(parties, parties.flatMap((p, i) => (pred(p) ? [i] : [])))].sort((a, b) => a - b);
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

/**
 * The people of a matter after adding `added`: anyone already there (same
 * address, or the same normalised name) is not added twice, nor is anyone
 * listed twice in `added`. Existing people are kept as they are.
 */
export function addMatterPeople<T extends { name?: string; emails?: readonly string[] }>(existing: readonly T[], added: readonly T[]): T[] {
  const out = [...existing];
  const emails = new Set<string>();
  const names = new Set<string>();
  const remember = (p: T) => {
    for (const e of p.emails ?? []) {
      const n = normaliseEmail(e);
      if (n) emails.add(n);
    }
    const n = p.name ? normaliseName(p.name) : undefined;
    if (n) names.add(n);
  };
  existing.forEach(remember);
  for (const p of added) {
    const n = p.name ? normaliseName(p.name) : undefined;
    const known = (n && names.has(n)) || (p.emails ?? []).some((e) => emails.has(normaliseEmail(e) ?? e.toLowerCase()));
    if (known) continue;
    out.push(p);
    remember(p);
  }
  return out;
}
