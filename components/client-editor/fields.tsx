// The client form's simple fields, in order, in one table: the form renders
// its blocks from it, issue paths and the conflict panel take their labels
// from it. Matters and goals are groups of their own (MattersFields, GoalsFields).
import type { ComponentChildren } from 'preact';
import { NOTE_FIELDS } from '../../lib/model/labels';
import type { ClientDraft } from './draft';

export type SimpleKey = Exclude<keyof ClientDraft, 'matters' | 'goals'>;
export type Section = 'contact' | 'cadence' | 'notes';

export interface FieldSpec {
  key: SimpleKey;
  label: string;
  section: Section;
  /** One line (text, number) or several (a textarea). */
  control: 'text' | 'number' | 'lines';
  hint?: ComponentChildren;
  required?: boolean;
  /** Off for addresses, numbers and domains; on for prose. */
  spellcheck?: boolean;
  class?: string;
  rows?: number;
}

const ONE_PER_LINE = 'One per line.';

export const CLIENT_FIELDS: readonly FieldSpec[] = [
  { key: 'name', label: 'Name', section: 'contact', control: 'text', required: true },
  { key: 'preferredName', label: 'Preferred name', section: 'contact', control: 'text', hint: 'What they like to be called, if not their full name.' },
  { key: 'organisation', label: 'Organisation', section: 'contact', control: 'text' },
  { key: 'emails', label: 'E-mail addresses', section: 'contact', control: 'lines', hint: ONE_PER_LINE, spellcheck: false },
  { key: 'phones', label: 'Phones', section: 'contact', control: 'lines', hint: ONE_PER_LINE, spellcheck: false },
  {
    key: 'domains',
    label: 'Domains',
    section: 'contact',
    control: 'lines',
    spellcheck: false,
    hint: (
      <>
        One per line, e.g. acme.com. <strong>Anyone at these domains is matched — use only for a company client.</strong>
      </>
    ),
  },
  { key: 'tags', label: 'Tags', section: 'contact', control: 'text', hint: 'Comma separated.' },
  { key: 'idealDays', label: 'Ideal days between contacts', section: 'cadence', control: 'number' },
  { key: 'maxDays', label: 'Maximum days between contacts', section: 'cadence', control: 'number' },
  ...NOTE_FIELDS.map(
    ([key, label]): FieldSpec => ({ key, label, section: 'notes', control: 'lines', ...(key === 'notes' ? { class: 'field-wide', rows: 5 } : {}) }),
  ),
];

/** Every top-level key's label, the groups included. */
export const CLIENT_LABELS: Record<keyof ClientDraft, string> = {
  ...(Object.fromEntries(CLIENT_FIELDS.map((f) => [f.key, f.label])) as Record<SimpleKey, string>),
  matters: 'Matters',
  goals: 'Goals',
};
