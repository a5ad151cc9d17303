// The client form's simple fields, in order, in one table: the form renders
// its blocks from it, issue paths and the conflict panel take their labels
// from it. Matters and goals are groups of their own (MattersFields, GoalsFields).
import type { ComponentChildren } from 'preact';
import { t } from '../../lib/i18n/t';
import { NOTE_FIELDS, noteLabel } from '../../lib/model/labels';
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

// Labels and hints are getters: each is read from the catalogue when shown.
export const CLIENT_FIELDS: readonly FieldSpec[] = [
  {
    key: 'name',
    get label() {
      return t('clients_field_name');
    },
    section: 'contact',
    control: 'text',
    required: true,
  },
  {
    key: 'preferredName',
    get label() {
      return t('clients_field_preferred');
    },
    section: 'contact',
    control: 'text',
    get hint() {
      return t('clients_field_preferred_hint');
    },
  },
  {
    key: 'organisation',
    get label() {
      return t('clients_field_organisation');
    },
    section: 'contact',
    control: 'text',
  },
  {
    key: 'emails',
    get label() {
      return t('clients_field_emails');
    },
    section: 'contact',
    control: 'lines',
    get hint() {
      return t('clients_one_per_line');
    },
    spellcheck: false,
  },
  {
    key: 'phones',
    get label() {
      return t('clients_field_phones');
    },
    section: 'contact',
    control: 'lines',
    get hint() {
      return t('clients_one_per_line');
    },
    spellcheck: false,
  },
  {
    key: 'domains',
    get label() {
      return t('clients_field_domains');
    },
    section: 'contact',
    control: 'lines',
    spellcheck: false,
    get hint() {
      return (
        <>
          {t('clients_field_domains_hint')} <strong>{t('clients_field_domains_warning')}</strong>
        </>
      );
    },
  },
  {
    key: 'tags',
    get label() {
      return t('clients_field_tags');
    },
    section: 'contact',
    control: 'text',
    get hint() {
      return t('clients_field_tags_hint');
    },
  },
  {
    key: 'idealDays',
    get label() {
      return t('clients_field_ideal_days');
    },
    section: 'cadence',
    control: 'number',
  },
  {
    key: 'maxDays',
    get label() {
      return t('clients_field_max_days');
    },
    section: 'cadence',
    control: 'number',
  },
  ...NOTE_FIELDS.map(
    ([key]): FieldSpec => ({
      key,
      get label() {
        return noteLabel(key);
      },
      section: 'notes',
      control: 'lines',
      ...(key === 'notes' ? { class: 'field-wide', rows: 5 } : {}),
    }),
  ),
];

/** Every top-level key's label, the groups included. */
export const CLIENT_LABELS: Record<keyof ClientDraft, string> = Object.defineProperties(
  {} as Record<keyof ClientDraft, string>,
  Object.fromEntries(
    [
      ...CLIENT_FIELDS.map((f) => [f.key, () => f.label] as const),
      ['matters', () => t('clients_matters')] as const,
      ['goals', () => t('clients_goals')] as const,
    ].map(([key, get]) => [key, { get, enumerable: true }]),
  ),
);
