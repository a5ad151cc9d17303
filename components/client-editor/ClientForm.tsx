// The client editor form. Pure: it renders `value`, reports edits through
// onChange and a ClientInput through onSave; it sends no messages. The
// options page wires it to createClient / updateClient; the sidebar can reuse
// it for "Add as client".
import type { ComponentChildren } from 'preact';
import { useEffect, useId, useRef, useState } from 'preact/hooks';
import type { ClientInput } from '../../lib/model/client';
import { NOTE_FIELDS } from '../../lib/model/labels';
import { draftToInput, type ClientDraft, type Issue } from './draft';
import { TextArea, TextField } from './Field';
import { GoalsFields } from './GoalsFields';
import { mapIssues, type FieldError } from './issues';
import { MattersFields } from './MattersFields';

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
}

type TopKey =
  | 'name'
  | 'preferredName'
  | 'organisation'
  | 'emails'
  | 'phones'
  | 'domains'
  | 'tags'
  | 'idealDays'
  | 'maxDays'
  | 'family'
  | 'interests'
  | 'background'
  | 'howWeMet'
  | 'notes';

const LABELS: Record<TopKey, string> = {
  name: 'Name',
  preferredName: 'Preferred name',
  organisation: 'Organisation',
  emails: 'E-mail addresses',
  phones: 'Phones',
  domains: 'Domains',
  tags: 'Tags',
  idealDays: 'Ideal days between contacts',
  maxDays: 'Maximum days between contacts',
  ...Object.fromEntries(NOTE_FIELDS),
} as Record<TopKey, string>;

const MATTER_LABELS: Record<string, string> = {
  caseNumber: 'Case number',
  caseName: 'Case name',
  court: 'Court',
  matterCode: 'Matter / billing code',
};
const GOAL_LABELS: Record<string, string> = { text: 'Goal', acceptableOutcome: 'Acceptable outcome', status: 'Status' };

export function ClientForm(props: ClientFormProps) {
  const { value, onChange, onSave, busy, footer, autoFocus, label = 'Client details', now = Date.now } = props;
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
  const fieldLabels = new Map<string, string>();
  for (const k of Object.keys(LABELS) as TopKey[]) fieldLabels.set(k, LABELS[k]);
  fieldLabels.set('matters', 'Matters');
  fieldLabels.set('goals', 'Goals');
  value.matters.forEach((m, i) => {
    fieldLabels.set(`matters.${m.id}`, `Matter ${i + 1}`);
    for (const [f, l] of Object.entries(MATTER_LABELS)) fieldLabels.set(`matters.${m.id}.${f}`, `Matter ${i + 1}: ${l}`);
  });
  value.goals.forEach((g, i) => {
    fieldLabels.set(`goals.${g.id}`, `Goal ${i + 1}`);
    for (const [f, l] of Object.entries(GOAL_LABELS)) fieldLabels.set(`goals.${g.id}.${f}`, `Goal ${i + 1}: ${l}`);
  });
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
      setLocalError({ message: 'Some fields need attention.', issues: result.issues });
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
              ? `Not saved. ${error.message}`
              : shown.length > 0
                ? 'Not saved. Please correct the marked fields:'
                : 'Not saved.'}
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

      <section class="form-section" aria-labelledby={id('contact-heading')}>
        <h3 id={id('contact-heading')}>Contact details</h3>
        <div class="field-grid">
          <TextField id={id('name')} label="Name" required value={value.name} errors={errorsFor('name')} onInput={set('name')} />
          <TextField
            id={id('preferredName')}
            label="Preferred name"
            hint="What they like to be called, if not their full name."
            value={value.preferredName}
            errors={errorsFor('preferredName')}
            onInput={set('preferredName')}
          />
          <TextField
            id={id('organisation')}
            label="Organisation"
            value={value.organisation}
            errors={errorsFor('organisation')}
            onInput={set('organisation')}
          />
          <TextArea
            id={id('emails')}
            label="E-mail addresses"
            hint="One per line."
            spellcheck={false}
            value={value.emails}
            errors={errorsFor('emails')}
            onInput={set('emails')}
          />
          <TextArea
            id={id('phones')}
            label="Phones"
            hint="One per line."
            spellcheck={false}
            value={value.phones}
            errors={errorsFor('phones')}
            onInput={set('phones')}
          />
          <TextArea
            id={id('domains')}
            label="Domains"
            hint={
              <>
                One per line, e.g. acme.com. <strong>Anyone at these domains is matched — use only for a company client.</strong>
              </>
            }
            spellcheck={false}
            value={value.domains}
            errors={errorsFor('domains')}
            onInput={set('domains')}
          />
          <TextField
            id={id('tags')}
            label="Tags"
            hint="Comma separated."
            value={value.tags}
            errors={errorsFor('tags')}
            onInput={set('tags')}
          />
        </div>
      </section>

      <section class="form-section" aria-labelledby={id('cadence-heading')}>
        <h3 id={id('cadence-heading')}>Keeping in touch</h3>
        <p class="section-hint" id={id('cadence-hint')}>
          Leave both empty to use the defaults: 30 and 60 days.
        </p>
        <div class="field-grid">
          <TextField
            id={id('idealDays')}
            label="Ideal days between contacts"
            type="number"
            min={1}
            max={3650}
            value={value.idealDays}
            errors={errorsFor('idealDays')}
            onInput={set('idealDays')}
          />
          <TextField
            id={id('maxDays')}
            label="Maximum days between contacts"
            type="number"
            min={1}
            max={3650}
            value={value.maxDays}
            errors={errorsFor('maxDays')}
            onInput={set('maxDays')}
          />
        </div>
      </section>

      <section class="form-section" aria-labelledby={id('notes-heading')}>
        <h3 id={id('notes-heading')}>Personal notes</h3>
        <div class="field-grid">
          {NOTE_FIELDS.map(([key, label]) => (
            <TextArea
              key={key}
              id={id(key)}
              label={label}
              {...(key === 'notes' ? { class: 'field-wide', rows: 5 } : {})}
              value={value[key]}
              errors={errorsFor(key)}
              onInput={set(key)}
            />
          ))}
        </div>
      </section>

      <MattersFields idPrefix={id('matters')} matters={value.matters} onChange={set('matters')} errorsFor={errorsFor} />
      <GoalsFields idPrefix={id('goals')} goals={value.goals} onChange={set('goals')} errorsFor={errorsFor} />

      <div class="form-actions">
        <button type="submit" class="button-primary" aria-disabled={busy ? 'true' : undefined}>
          Save
        </button>
        {footer}
      </div>
    </form>
  );
}

/** What a save of `draft` would send, for mapping issues when nothing was sent from this form. */
function sentFor(draft: ClientDraft, now: number): ClientInput | undefined {
  const r = draftToInput(draft, now);
  return r.ok ? r.input : undefined;
}
