// The roles a person can hold on a matter, with the words every screen uses
// for them (from the message catalogue). No zod here: content scripts and
// small pages import this file.
import { t } from '../i18n/t';

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

/** The role as every screen names it, in the browser's language. */
export function roleLabel(role: MatterRole): string {
  return MATTER_ROLE_LABELS[role];
}

/**
 * The same words by role. Each is read from the catalogue when it is shown
 * (a getter), not when this module loads, so a caller may index it anywhere.
 */
export const MATTER_ROLE_LABELS: Readonly<Record<MatterRole, string>> = {
  get 'client-contact'() {
    return t('sidebar_role_client_contact');
  },
  get 'opposing-counsel'() {
    return t('sidebar_role_opposing_counsel');
  },
  get 'adverse-party'() {
    return t('sidebar_role_adverse_party');
  },
  get 'co-counsel'() {
    return t('sidebar_role_co_counsel');
  },
  get court() {
    return t('sidebar_role_court');
  },
  get expert() {
    return t('sidebar_role_expert');
  },
  get witness() {
    return t('sidebar_role_witness');
  },
  get insurer() {
    return t('sidebar_role_insurer');
  },
  get other() {
    return t('sidebar_role_other');
  },
};

/** For <select>s, in the order above; each label is read when shown. */
export const MATTER_ROLE_OPTIONS: readonly { readonly value: MatterRole; readonly label: string }[] = MATTER_ROLES.map((value) => ({
  value,
  get label() {
    return roleLabel(value);
  },
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
  return m.caseName?.trim() || m.caseNumber?.trim() || m.matterCode?.trim() || t('sidebar_untitled_matter');
}
