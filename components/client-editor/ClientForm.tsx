// The client editor form. Pure: it renders `value`, reports edits through
// onChange and a ClientInput through onSave; it sends no messages. The
// options page wires it to createClient / updateClient; the sidebar can reuse
// it for "Add as client".
import type { ComponentChildren } from 'preact';
import { useEffect, useId, useRef, useState } from 'preact/hooks';
import type { ClientInput } from '../../lib/model/client';
import { DEFAULT_IDEAL_DAYS, DEFAULT_MAX_DAYS, draftToInput, type ClientDraft, type Issue } from './draft';
import { t } from '../../lib/i18n/t';
import { TextArea, TextField } from './Field';
import { CLIENT_FIELDS, CLIENT_LABELS, type FieldSpec, type Section } from './fields';
import { GoalsFields } from './GoalsFields';
import { mapIssues, type FieldError } from './issues';
import { MattersFields } from './MattersFields';
import { personKey, type PersonDraft } from '../people/person-draft';

export interface SaveError {
  message: string;
  issues: readonly Issue[];
}

export interface ClientFormProps {
  value: ClientDraft;
  onChange: (next: ClientDraft) => void;
  /** Called with the converted input; `draft` is the value it came from. */
  onSave: (input: ClientInput, draft: ClientDraft) => void;
  /** The last save's error (a RapportError's message and issues), if any. */
  error?: SaveError | null;
  /** A save is in flight: further submits are ignored. */
  busy?: boolean;
  /** Rendered beside Save (e.g. Delete, a status line). */
  footer?: ComponentChildren;
  /** Put the cursor in Name on mount (new client). */
  autoFocus?: boolean;
  /** Accessible name of the form. */
  label?: string;
  /** Clock for goal updatedAt; injectable for tests. */
  now?: () => number;
  /** Shown above the fields (e.g. what changed elsewhere while this was edited). */
  notice?: ComponentChildren;
  /** Shown under a matter person's fields (their conflict warning). */
  belowPerson?: (matterId: string, person: PersonDraft) => ComponentChildren;
}

// Field labels of the groups, as the list of fields to correct names them.
const matterLabels = (): Record<string, string> => ({
  caseNumber: t('clients_field_case_number'),
  caseName: t('clients_field_case_name'),
  court: t('clients_field_court'),
  matterCode: t('clients_field_matter_code'),
});
const personLabels = (): Record<string, string> => ({
  role: t('clients_person_role'),
  name: t('clients_field_name'),
  organisation: t('clients_field_organisation'),
  emails: t('clients_field_emails'),
  notes: t('clients_notes_notes'),
});
const goalLabels = (): Record<string, string> => ({ text: t('clients_goal'), acceptableOutcome: t('clients_goal_outcome'), status: t('clients_goal_status') });

export function ClientForm(props: ClientFormProps) {
  const { value, onChange, onSave, busy, footer, autoFocus, label = t('clients_form_label'), now = Date.now } = props;
  const uid = useId();
  const id = (key: string) => `${uid}-${key}`;
  const formRef = useRef<HTMLFormElement>(null);
  const summaryRef = useRef<HTMLDivElement>(null);
  // Issue paths index into what was sent, which can differ from the draft
  // (blank lines and blank groups are dropped), so remember it.
  const lastSent = useRef<ClientInput | undefined>(undefined);
  const [localError, setLocalError] = useState<SaveError | null>(null);
  const error = localError ?? props.error ?? null;

  useEffect(() => {
    // Only on mount: a new editor session remounts the form.
    if (autoFocus) formRef.current?.querySelector<HTMLInputElement>(`[id="${id('name')}"]`)?.focus();
  }, []);

  useEffect(() => {
    if (error) summaryRef.current?.focus();
  }, [error]);

  const set = <K extends keyof ClientDraft>(key: K) => (v: ClientDraft[K]) => onChange({ ...value, [key]: v });

  // Resolve issues to fields; an issue for a group the user has since removed
  // has nowhere to go but the summary.
  const mapped = error ? mapIssues(error.issues, lastSent.current ?? sentFor(value, now())) : undefined;
  const fieldLabels = new Map<string, string>(Object.entries(CLIENT_LABELS));
  if (error) {
    const [matterFields, personFields, goalFields] = [matterLabels(), personLabels(), goalLabels()];
    value.matters.forEach((m, i) => {
      const number = i + 1;
      fieldLabels.set(`matters.${m.id}`, t('clients_matter_n', { number }));
      for (const [f, field] of Object.entries(matterFields)) fieldLabels.set(`matters.${m.id}.${f}`, t('clients_matter_field', { number, field }));
      fieldLabels.set(`matters.${m.id}.people`, t('clients_matter_people', { number }));
      m.people.forEach((p, j) => {
        const at = { matter: number, person: j + 1 };
        fieldLabels.set(personKey(m.id, p.id), t('clients_matter_person', at));
        for (const [f, field] of Object.entries(personFields)) fieldLabels.set(personKey(m.id, p.id, f as keyof PersonDraft), t('clients_matter_person_field', { ...at, field }));
      });
    });
    value.goals.forEach((g, i) => {
      const number = i + 1;
      fieldLabels.set(`goals.${g.id}`, t('clients_goal_n', { number }));
      for (const [f, field] of Object.entries(goalFields)) fieldLabels.set(`goals.${g.id}.${f}`, t('clients_goal_field', { number, field }));
    });
  }
  const shown: { key: string; label: string }[] = [];
  const orphaned: FieldError[] = [];
  for (const [key, errs] of mapped?.byField ?? []) {
    const l = fieldLabels.get(key);
    if (l) shown.push({ key, label: l });
    else orphaned.push(...errs);
  }
  const errorsFor = (key: string): readonly FieldError[] | undefined =>
    fieldLabels.has(key) ? mapped?.byField.get(key) : undefined;

  // "matters.<mid>.caseNumber" → the control with id `${uid}-matters-<mid>-caseNumber`;
  // a group or section key → its first control or its heading.
  const focusField = (key: string) => {
    const form = formRef.current;
    if (!form) return;
    const byId = (domId: string) => form.querySelector<HTMLElement>(`[id="${domId}"]`);
    const [section, itemId, field] = key.split('.');
    let target: HTMLElement | null | undefined;
    if (itemId === undefined) target = byId(id(key)) ?? byId(`${id(key)}-heading`);
    else if (field !== undefined) target = byId(`${id(section!)}-${itemId}-${field}`);
    else target = form.querySelector(`[data-item-id="${itemId}"]`)?.querySelector<HTMLElement>('input, textarea, select');
    target?.focus();
  };

  const submit = (e: Event) => {
    e.preventDefault();
    if (busy) return;
    const result = draftToInput(value, now());
    if (!result.ok) {
      lastSent.current = undefined;
      setLocalError({ message: t('clients_fields_need_attention'), issues: result.issues });
      return;
    }
    setLocalError(null);
    lastSent.current = result.input;
    onSave(result.input, value);
  };

  const unmappedCount = (mapped?.unmapped.length ?? 0) + orphaned.length;

  return (
    <form ref={formRef} class="client-form" aria-label={label} noValidate onSubmit={submit}>
      {error && (
        <div ref={summaryRef} class="error-summary" role="alert" tabIndex={-1}>
          <p class="error-title">
            {error.issues.length === 0
              ? t('clients_not_saved_because', { reason: error.message })
              : shown.length > 0
                ? t('clients_not_saved_fields')
                : t('clients_not_saved')}
          </p>
          {(shown.length > 0 || unmappedCount > 0) && (
            <ul>
              {shown.map((s) => (
                <li key={s.key}>
                  <button type="button" class="link-button" onClick={() => focusField(s.key)}>
                    {s.label}
                  </button>
                </li>
              ))}
              {mapped?.unmapped.map((i, n) => (
                <li key={`u${n}`}>
                  {i.message}
                  {i.path && <span class="issue-item"> ({i.path})</span>}
                </li>
              ))}
              {orphaned.map((i, n) => (
                <li key={`o${n}`}>{i.message}</li>
              ))}
            </ul>
          )}
        </div>
      )}

      {props.notice}

      {sections().map(([section, title, hint]) => (
        <section key={section} class="form-section" aria-labelledby={id(`${section}-heading`)}>
          <h3 id={id(`${section}-heading`)}>{title}</h3>
          {hint && (
            <p class="section-hint" id={id(`${section}-hint`)}>
              {hint}
            </p>
          )}
          <div class="field-grid">
            {CLIENT_FIELDS.filter((f) => f.section === section).map((f) => (
              <FieldBlock key={f.key} spec={f} id={id(f.key)} value={value[f.key]} errors={errorsFor(f.key)} onInput={set(f.key)} />
            ))}
          </div>
        </section>
      ))}

      <MattersFields idPrefix={id('matters')} matters={value.matters} onChange={set('matters')} errorsFor={errorsFor} belowPerson={props.belowPerson} />
      <GoalsFields idPrefix={id('goals')} goals={value.goals} onChange={set('goals')} errorsFor={errorsFor} />

      <div class="form-actions">
        <button type="submit" class="button-primary" aria-disabled={busy ? 'true' : undefined}>
          {t('common_save')}
        </button>
        {footer}
      </div>
    </form>
  );
}

const sections = (): [Section, string, string?][] => [
  ['contact', t('clients_section_contact')],
  ['cadence', t('clients_section_cadence'), t('clients_section_cadence_hint', { ideal: DEFAULT_IDEAL_DAYS, max: DEFAULT_MAX_DAYS })],
  ['notes', t('clients_section_notes')],
];

/** One field of the table: a one-line input, a number, or a textarea. */
function FieldBlock(props: { spec: FieldSpec; id: string; value: string; errors?: readonly FieldError[]; onInput: (v: string) => void }) {
  const { spec: f, id, value, errors, onInput } = props;
  if (f.control === 'lines')
    return <TextArea id={id} label={f.label} hint={f.hint} spellcheck={f.spellcheck} class={f.class} rows={f.rows} value={value} errors={errors} onInput={onInput} />;
  return (
    <TextField
      id={id}
      label={f.label}
      hint={f.hint}
      required={f.required}
      {...(f.control === 'number' ? { type: 'number' as const, min: 1, max: 3650 } : {})}
      value={value}
      errors={errors}
      onInput={onInput}
    />
  );
}

/** What a save of `draft` would send, for mapping issues when nothing was sent from this form. */
function sentFor(draft: ClientDraft, now: number): ClientInput | undefined {
  const r = draftToInput(draft, now);
  return r.ok ? r.input : undefined;
}
