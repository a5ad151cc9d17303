// The people on one matter, inside that matter's group of the client form:
// "Matter 1" → "People on this matter" → "Person 1", "Person 2" … with add and
// remove. It follows the form's RepeatableGroup: one <fieldset> per person
// with a <legend>, so labels repeat without clashing
// (group "Matter 1" › group "Person 2" › "Name"), and focus goes into a new
// person, or back to "Add person" after a removal.
import type { ComponentChildren } from 'preact';
import { useEffect, useId, useRef } from 'preact/hooks';
import { MATTER_ROLE_OPTIONS } from '../../lib/model/matter-roles';
import { FieldErrors, SelectField, TextArea, TextField } from '../client-editor/Field';
import type { FieldError } from '../client-editor/issues';
import { newPerson, personKey, type PersonDraft } from './person-draft';
import { t } from '../../lib/i18n/t';

export interface MatterPeopleFieldsProps {
  /** DOM id prefix, unique on the page (e.g. the matter's own field prefix). */
  idPrefix: string;
  matterId: string;
  people: readonly PersonDraft[];
  onChange: (people: PersonDraft[]) => void;
  errorsFor: (key: string) => readonly FieldError[] | undefined;
  /** Under a person's fields, e.g. that person's conflict warning. */
  below?: (person: PersonDraft) => ComponentChildren;
  /** For tests: ids for new people. */
  newId?: () => string;
}

export function MatterPeopleFields(props: MatterPeopleFieldsProps) {
  const { idPrefix, matterId, people, onChange, errorsFor } = props;
  const headingId = useId();
  const addRef = useRef<HTMLButtonElement>(null);
  const listRef = useRef<HTMLDivElement>(null);
  const focusNext = useRef<{ kind: 'item'; id: string } | { kind: 'add' } | null>(null);

  useEffect(() => {
    const f = focusNext.current;
    if (!f) return;
    focusNext.current = null;
    if (f.kind === 'add') addRef.current?.focus();
    else
      listRef.current
        ?.querySelector(`[data-person-id="${f.id}"]`)
        ?.querySelector<HTMLElement>('input, textarea, select')
        ?.focus();
  });

  const update = (id: string, patch: Partial<PersonDraft>) => onChange(people.map((p) => (p.id === id ? { ...p, ...patch } : p)));
  const fid = (p: PersonDraft, field: string) => `${idPrefix}-person-${p.id}-${field}`;

  return (
    <section class="pp-people-fields" aria-labelledby={headingId}>
      <h4 id={headingId}>{t('sidebar_people_on_matter')}</h4>
      <FieldErrors id={`${idPrefix}-people-error`} errors={errorsFor(`matters.${matterId}.people`)} />
      <div ref={listRef} class="pp-people-items">
        {people.length === 0 && (
          <p class="pp-muted">{t('sidebar_people_hint')}</p>
        )}
        {people.map((p, i) => (
          <fieldset key={p.id} class="pp-person-item" data-person-id={p.id}>
            <legend>{t('sidebar_person_n', { number: i + 1 })}</legend>
            <FieldErrors id={`${fid(p, 'all')}-error`} errors={errorsFor(personKey(matterId, p.id))} />
            <SelectField
              id={fid(p, 'role')}
              label={t('sidebar_field_role')}
              value={p.role}
              options={MATTER_ROLE_OPTIONS}
              errors={errorsFor(personKey(matterId, p.id, 'role'))}
              onChange={(role) => update(p.id, { role })}
            />
            <TextField id={fid(p, 'name')} label={t('sidebar_field_name')} value={p.name} errors={errorsFor(personKey(matterId, p.id, 'name'))} onInput={(name) => update(p.id, { name })} />
            <TextField
              id={fid(p, 'organisation')}
              label={t('sidebar_field_organisation')}
              value={p.organisation}
              errors={errorsFor(personKey(matterId, p.id, 'organisation'))}
              onInput={(organisation) => update(p.id, { organisation })}
            />
            <TextArea
              id={fid(p, 'emails')}
              label={t('sidebar_field_emails')}
              hint={t('sidebar_one_per_line')}
              rows={2}
              spellcheck={false}
              value={p.emails}
              errors={errorsFor(personKey(matterId, p.id, 'emails'))}
              onInput={(emails) => update(p.id, { emails })}
            />
            <TextArea id={fid(p, 'notes')} label={t('sidebar_field_notes')} rows={2} value={p.notes} errors={errorsFor(personKey(matterId, p.id, 'notes'))} onInput={(notes) => update(p.id, { notes })} />
            {p.docketLabel && <p class="pp-muted">{t('sidebar_on_docket', { label: p.docketLabel })}</p>}
            {props.below?.(p)}
            <button
              type="button"
              class="button-quiet remove-item"
              aria-label={t('sidebar_remove_person_n', { number: i + 1 })}
              onClick={() => {
                focusNext.current = { kind: 'add' };
                onChange(people.filter((x) => x.id !== p.id));
              }}
            >
              {t('sidebar_remove')}
            </button>
          </fieldset>
        ))}
      </div>
      <button
        ref={addRef}
        type="button"
        class="button-secondary add-item"
        onClick={() => {
          const next = props.newId ? newPerson('opposing-counsel', props.newId()) : newPerson();
          focusNext.current = { kind: 'item', id: next.id };
          onChange([...people, next]);
        }}
      >
        {t('sidebar_add_person')}
      </button>
    </section>
  );
}
