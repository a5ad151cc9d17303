// What a conflict check says, in words: the warning before a save, the
// standalone "Check a name" result and its printout, and the record kept when
// the lawyer saves anyway. Pure; the components render these.
import { format } from 'date-fns';
import { MATTER_ROLE_LABELS } from '../model/matter-roles';
import type { ConflictOverrideInput } from '../model/matter-people';
import type { ConflictCandidate, ConflictHit, ConflictIndex, ConflictScope, HitReason, HitRole } from './conflicts';
import { normaliseEmail } from './normalise';
import type { Strength } from './names';

export type ConflictOutcome = 'match' | 'possible' | 'none';

export interface ConflictReport {
  candidate: { name?: string; emails: string[]; organisation?: string };
  checkedAt: number;
  /** What was searched, so "no match" says how much it covered. */
  scope: ConflictScope;
  hits: ConflictHit[];
  /** `match`: at least one exact or likely hit; `possible`: only possible ones; `none`: nothing found. */
  outcome: ConflictOutcome;
}

export function outcomeOf(hits: readonly Pick<ConflictHit, 'strength'>[]): ConflictOutcome {
  if (hits.some((h) => h.strength !== 'possible')) return 'match';
  return hits.length ? 'possible' : 'none';
}

/** Runs the check and keeps what a report needs. Blank candidate details are left out. */
export function conflictReport(index: ConflictIndex, candidate: ConflictCandidate, now: number): ConflictReport {
  const c: ConflictReport['candidate'] = {
    emails: [...new Set((candidate.emails ?? []).map((e) => normaliseEmail(e) ?? e.trim()).filter(Boolean))],
  };
  if (candidate.name?.trim()) c.name = candidate.name.trim();
  if (candidate.organisation?.trim()) c.organisation = candidate.organisation.trim();
  const hits = index.check(c);
  return { candidate: c, checkedAt: now, scope: index.scope, hits, outcome: outcomeOf(hits) };
}

export const STRENGTH_LABELS: Record<Strength, string> = {
  exact: 'Exact match',
  likely: 'Likely match',
  possible: 'Possible match',
};

export function roleLabel(role: HitRole): string {
  if (role === 'client') return 'Client';
  if (role === 'party') return 'Named in the case';
  return MATTER_ROLE_LABELS[role];
}

/** "Opposing counsel · Ruiz v. Harbor Properties", or "Client" for the client record itself. */
export function hitTitle(h: Pick<ConflictHit, 'role' | 'matter'>): string {
  return h.matter ? `${roleLabel(h.role)} · ${h.matter.label}` : roleLabel(h.role);
}

/** Who the hit is: the matter person's name, or the client's. */
export function hitName(h: Pick<ConflictHit, 'person' | 'clientName' | 'role' | 'reasons'>): string {
  if (h.person?.name) return h.person.name;
  if (h.role === 'party') return h.reasons.find((r) => r.field === 'name' || r.field === 'organisation')?.record ?? '';
  return h.clientName;
}

const pair = (r: HitReason) => (r.candidate === r.record ? `“${r.record}”` : `“${r.candidate}” and “${r.record}”`);

/** Why a hit matched, as a sentence fragment. */
export function reasonText(r: HitReason): string {
  switch (r.code) {
    case 'email':
      return `Same e-mail address: ${r.record}`;
    case 'domain':
      return `Same organisation's domain: ${r.candidate} (${r.record})`;
    case 'org-domain':
      return r.field === 'domain' ? `The domain ${r.candidate} matches “${r.record}”` : `“${r.candidate}” matches the domain ${r.record}`;
    case 'same-name':
      return `Same name: ${pair(r)}`;
    case 'same-org':
      return `Same organisation: ${pair(r)}`;
    case 'generation':
      return `Same name but for Jr./Sr.: ${pair(r)}`;
    case 'middle-name':
      return `Same name with a middle name or initial: ${pair(r)}`;
    case 'partial-name':
      return `Part of the name matches: ${pair(r)}`;
    case 'initial':
      return `Initial for the first name: ${pair(r)}`;
    case 'nickname':
      return `Nickname: ${pair(r)}`;
    case 'spelling':
      return `Spelled differently: ${pair(r)}`;
    case 'name-order':
      return `Same names in another order: ${pair(r)}`;
    case 'org-and':
      return `Same organisation, “and” left out: ${pair(r)}`;
    case 'org-descriptor':
      return `Same organisation name, other descriptor: ${pair(r)}`;
    case 'org-spelling':
      return `Organisation spelled differently: ${pair(r)}`;
    case 'org-extends':
      return `One organisation name contains the other: ${pair(r)}`;
    case 'org-acronym':
      return `Acronym: ${pair(r)}`;
  }
}

export const formatCheckedAt = (at: number): string => format(at, 'd MMM yyyy, HH:mm');

function candidateText(c: ConflictReport['candidate']): string {
  return [c.name, c.organisation, ...c.emails].filter(Boolean).join(', ') || '(nothing entered)';
}

export function scopeText(s: ConflictScope): string {
  const n = (x: number, one: string, many: string) => `${x.toLocaleString('en-US')} ${x === 1 ? one : many}`;
  return `${n(s.clients, 'client', 'clients')}, ${n(s.matters, 'matter', 'matters')}, ${n(s.people, 'matter person', 'matter people')} and ${n(s.parties, 'party name', 'party names')}`;
}

/** One line for the top of the result. Never says "no conflict": Rapport only knows what was entered in it. */
export function summaryText(r: ConflictReport): string {
  const strong = r.hits.filter((h) => h.strength !== 'possible').length;
  const possible = r.hits.length - strong;
  if (r.outcome === 'none') return `No match in Rapport's records for ${candidateText(r.candidate)}.`;
  const parts = [strong ? `${strong} ${strong === 1 ? 'match' : 'matches'}` : '', possible ? `${possible} possible` : ''].filter(Boolean);
  return `${parts.join(' and ')} for ${candidateText(r.candidate)}.`;
}

export const COVERAGE_NOTE =
  "Rapport searched only its own records: clients, the people entered on their matters and the parties named in case names. It is not a complete conflict check.";

/** The whole report as plain text, for printing or pasting into an intake file. */
export function conflictReportText(r: ConflictReport): string {
  const lines = [
    'Rapport conflict check',
    `Checked: ${candidateText(r.candidate)}`,
    `When: ${formatCheckedAt(r.checkedAt)}`,
    `Searched: ${scopeText(r.scope)}`,
    '',
    summaryText(r),
  ];
  r.hits.forEach((h, i) => {
    lines.push('', `${i + 1}. ${STRENGTH_LABELS[h.strength]} — ${hitTitle(h)}`, `   ${hitName(h)}; client: ${h.clientName}`);
    if (h.matter?.caseNumber) lines.push(`   Case number: ${h.matter.caseNumber}`);
    for (const reason of h.reasons) lines.push(`   - ${reasonText(reason)}`);
  });
  lines.push('', COVERAGE_NOTE);
  return lines.join('\n');
}

/**
 * The record "Save anyway" leaves: copies of the hits as shown (so the record
 * stays true if the data changes later), who confirmed and when. Parse it
 * with conflictOverrideSchema before writing.
 */
export function conflictOverride(args: {
  id: string;
  subject: ConflictOverrideInput['subject'];
  hits: readonly ConflictHit[];
  confirmedBy: { label: string; email?: string };
  note?: string;
  now: number;
}): ConflictOverrideInput {
  const confirmedBy: ConflictOverrideInput['confirmedBy'] = { label: args.confirmedBy.label.trim() };
  if (args.confirmedBy.email?.trim()) confirmedBy.email = args.confirmedBy.email.trim();
  return {
    id: args.id,
    subject: args.subject,
    confirmedBy,
    confirmedAt: args.now,
    note: args.note?.trim() ?? '',
    hits: args.hits.map((h) => structuredClone(h)),
  };
}
