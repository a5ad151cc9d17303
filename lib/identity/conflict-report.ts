// What a conflict check says, in words: the warning before a save, the
// standalone "Check a name" result and its printout, and the record kept when
// the lawyer saves anyway. Pure; the components render these.
import { formatDateTime } from '../i18n/format';
import { t, tn } from '../i18n/t';
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

/** Read from the catalogue when shown (getters). */
export const STRENGTH_LABELS: Record<Strength, string> = {
  get exact() {
    return t('clients_conflict_exact');
  },
  get likely() {
    return t('clients_conflict_likely');
  },
  get possible() {
    return t('clients_conflict_possible');
  },
};

export function roleLabel(role: HitRole): string {
  if (role === 'client') return t('clients_conflict_role_client');
  if (role === 'party') return t('clients_conflict_role_party');
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

const pair = (r: HitReason) => (r.candidate === r.record ? `“${r.record}”` : t('clients_conflict_pair', { candidate: r.candidate, record: r.record }));

/** Why a hit matched, as a sentence fragment. */
export function reasonText(r: HitReason): string {
  switch (r.code) {
    case 'email':
      return t('clients_conflict_email', { address: r.record });
    case 'domain':
      return t('clients_conflict_domain', { domain: r.candidate, record: r.record });
    case 'org-domain':
      return r.field === 'domain'
        ? t('clients_conflict_domain_matches_name', { domain: r.candidate, name: r.record })
        : t('clients_conflict_name_matches_domain', { name: r.candidate, domain: r.record });
    case 'same-name':
      return t('clients_conflict_same_name', { pair: pair(r) });
    case 'same-org':
      return t('clients_conflict_same_org', { pair: pair(r) });
    case 'generation':
      return t('clients_conflict_generation', { pair: pair(r) });
    case 'middle-name':
      return t('clients_conflict_middle_name', { pair: pair(r) });
    case 'partial-name':
      return t('clients_conflict_partial_name', { pair: pair(r) });
    case 'initial':
      return t('clients_conflict_initial', { pair: pair(r) });
    case 'nickname':
      return t('clients_conflict_nickname', { pair: pair(r) });
    case 'spelling':
      return t('clients_conflict_spelling', { pair: pair(r) });
    case 'name-order':
      return t('clients_conflict_name_order', { pair: pair(r) });
    case 'org-and':
      return t('clients_conflict_org_and', { pair: pair(r) });
    case 'org-descriptor':
      return t('clients_conflict_org_descriptor', { pair: pair(r) });
    case 'org-spelling':
      return t('clients_conflict_org_spelling', { pair: pair(r) });
    case 'org-extends':
      return t('clients_conflict_org_extends', { pair: pair(r) });
    case 'org-acronym':
      return t('clients_conflict_org_acronym', { pair: pair(r) });
  }
}

/** When the check ran, in the page's language ("Nov 26, 2026, 3:45 PM"). */
export const formatCheckedAt = (at: number): string => formatDateTime(at);

function candidateText(c: ConflictReport['candidate']): string {
  return [c.name, c.organisation, ...c.emails].filter(Boolean).join(', ') || t('clients_conflict_nothing_entered');
}

export function scopeText(s: ConflictScope): string {
  return t('clients_conflict_scope', {
    clients: tn('clients_count', s.clients),
    matters: tn('clients_conflict_matters', s.matters),
    people: tn('clients_conflict_people', s.people),
    parties: tn('clients_conflict_parties', s.parties),
  });
}

/** One line for the top of the result. Never says "no conflict": Rapport only knows what was entered in it. */
export function summaryText(r: ConflictReport): string {
  const strong = r.hits.filter((h) => h.strength !== 'possible').length;
  const possible = r.hits.length - strong;
  const who = candidateText(r.candidate);
  if (r.outcome === 'none') return t('clients_conflict_none', { who });
  const matches = tn('clients_conflict_matches', strong);
  const maybe = tn('clients_conflict_possibles', possible);
  if (strong && possible) return t('clients_conflict_found_both', { matches, possible: maybe, who });
  return t('clients_conflict_found', { found: strong ? matches : maybe, who });
}

/** What a check covers and does not. Read once, when this module loads: browser.i18n answers synchronously in every page and the worker. */
export const COVERAGE_NOTE = t('clients_conflict_coverage');

/** The whole report as plain text, for printing or pasting into an intake file. */
export function conflictReportText(r: ConflictReport): string {
  const lines = [
    t('clients_conflict_report_title'),
    t('clients_conflict_checked', { who: candidateText(r.candidate) }),
    t('clients_conflict_when', { when: formatCheckedAt(r.checkedAt) }),
    t('clients_conflict_searched', { scope: scopeText(r.scope) }),
    '',
    summaryText(r),
  ];
  r.hits.forEach((h, i) => {
    lines.push('', `${i + 1}. ${STRENGTH_LABELS[h.strength]} — ${hitTitle(h)}`, `   ${t('clients_conflict_hit_client', { name: hitName(h), client: h.clientName })}`);
    if (h.matter?.caseNumber) lines.push(`   ${t('clients_conflict_case_number', { number: h.matter.caseNumber })}`);
    for (const reason of h.reasons) lines.push(`   - ${reasonText(reason)}`);
  });
  lines.push('', t('clients_conflict_coverage'));
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
