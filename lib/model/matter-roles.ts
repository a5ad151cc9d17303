// The roles a person can hold on a matter, with the words every screen uses
// for them. No zod here: content scripts and small pages import this file.

export const MATTER_ROLES = [
  'client-contact',
  'opposing-counsel',
  'adverse-party',
  'co-counsel',
  'court',
  'expert',
  'witness',
  'insurer',
  'other',
] as const;
export type MatterRole = (typeof MATTER_ROLES)[number];

export const MATTER_ROLE_LABELS: Record<MatterRole, string> = {
  'client-contact': 'Client contact',
  'opposing-counsel': 'Opposing counsel',
  'adverse-party': 'Adverse party',
  'co-counsel': 'Co-counsel',
  court: 'Court / clerk',
  expert: 'Expert',
  witness: 'Witness',
  insurer: 'Insurer / adjuster',
  other: 'Other',
};

/** For <select>s, in the order above. */
export const MATTER_ROLE_OPTIONS: readonly { value: MatterRole; label: string }[] = MATTER_ROLES.map((value) => ({
  value,
  label: MATTER_ROLE_LABELS[value],
}));

/**
 * Which side of the matter a role usually sits on. A conflict hit on the
 * "other" side is the one a lawyer must not miss, so warnings list those first.
 * Experts, witnesses and insurers can be on either side: "either".
 */
export type RoleSide = 'ours' | 'theirs' | 'neutral' | 'either';
export const ROLE_SIDE: Record<MatterRole, RoleSide> = {
  'client-contact': 'ours',
  'co-counsel': 'ours',
  'opposing-counsel': 'theirs',
  'adverse-party': 'theirs',
  court: 'neutral',
  expert: 'either',
  witness: 'either',
  insurer: 'either',
  other: 'either',
};

export const isMatterRole = (v: unknown): v is MatterRole => typeof v === 'string' && (MATTER_ROLES as readonly string[]).includes(v);

/** How a matter is named on cards and in warnings: its case name, else its number or code. */
export function matterLabel(m: { caseName?: string; caseNumber?: string; matterCode?: string }): string {
  return m.caseName?.trim() || m.caseNumber?.trim() || m.matterCode?.trim() || 'Untitled matter';
}
