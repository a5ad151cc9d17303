import { useState } from 'preact/hooks';
import type { PersonalNotes } from '../../lib/model/client';
import type { ClientView } from '../../lib/messaging/protocol';
import { NOTE_FIELDS } from '../../lib/model/labels';
import { ConflictPanel } from '../conflict/ConflictPanel';
import { bothTexts, EditConflict, threeWay, type Choice } from '../conflict/three-way';
import { Field, Form, Section, useReturnFocus, type Ops } from './ui';
import { t } from '../../lib/i18n/t';

const FIELDS = NOTE_FIELDS;
const KEYS = FIELDS.map(([k]) => k);
/** Read when shown, so the label is in the browser's language. */
const label = (k: keyof PersonalNotes) => FIELDS.find(([f]) => f === k)?.[1] ?? k;

const EMPTY: PersonalNotes = { family: '', interests: '', background: '', howWeMet: '', notes: '' };

/**
 * What the form holds: the user's text, the notes it was started from, and —
 * after a save found them changed elsewhere — the stored notes and the fields
 * both sides changed. Those must be settled before anything is saved.
 */
interface Draft {
  values: PersonalNotes;
  base: PersonalNotes;
  conflict?: { theirs: PersonalNotes; fields: (keyof PersonalNotes)[] };
}

export function NotesEditor({ view, ops }: { view: ClientView; ops: Ops }) {
  const [draft, setDraft] = useState<Draft | null>(null);
  const edit = useReturnFocus<HTMLButtonElement>(!!draft);
  const notes = { ...EMPTY, ...view.client.notes };
  const shown = FIELDS.filter(([k]) => notes[k].trim());

  const save = async () => {
    if (!draft) return;
    if (draft.conflict?.fields.length) return { message: t('sidebar_choose_each_first'), issues: [] };
    try {
      await ops.update(view.client.id, (c) => {
        const theirs = { ...EMPTY, ...c.notes };
        const { merged, conflicts } = threeWay(draft.base, draft.values, theirs, KEYS);
        if (conflicts.length) throw new EditConflict(theirs, c.updatedAt);
        return { ...c, notes: merged };
      });
    } catch (e) {
      if (!(e instanceof EditConflict)) throw e;
      const theirs = e.theirs as PersonalNotes;
      const { merged, conflicts } = threeWay(draft.base, draft.values, theirs, KEYS);
      // What only they changed is taken now; what both changed waits for the user.
      setDraft({ values: merged, base: draft.base, conflict: { theirs, fields: conflicts } });
      return;
    }
    setDraft(null);
    ops.status(t('sidebar_saved'));
  };

  const choose = (key: string, choice: Choice) =>
    setDraft((d) => {
      if (!d?.conflict) return d;
      const k = key as keyof PersonalNotes;
      const theirs = d.conflict.theirs[k];
      const value = choice === 'theirs' ? theirs : choice === 'mine' ? d.values[k] : bothTexts(d.values[k], theirs);
      const fields = d.conflict.fields.filter((f) => f !== k);
      // Settled: this field now builds on the stored text; when all are, so does the whole draft.
      const base = { ...d.base, [k]: theirs };
      return { values: { ...d.values, [k]: value }, base: fields.length ? base : d.conflict.theirs, conflict: fields.length ? { ...d.conflict, fields } : undefined };
    });

  return (
    <Section title={t('sidebar_personal_notes')}>
      {draft ? (
        <Form submit={t('common_save')} onSubmit={save} onCancel={() => setDraft(null)}>
          <ConflictPanel
            class="rp-conflict"
            rows={(draft.conflict?.fields ?? []).map((k) => ({ key: k, label: label(k), theirs: draft.conflict!.theirs[k], mine: draft.values[k], canMerge: true }))}
            onChoose={choose}
          />
          {FIELDS.map(([k, label]) => (
            <Field key={k} label={label} multiline value={draft.values[k]} onValue={(v) => setDraft((d) => d && { ...d, values: { ...d.values, [k]: v } })} />
          ))}
        </Form>
      ) : (
        <>
          {shown.length ? (
            <dl class="rp-notes">
              {shown.map(([k, label]) => (
                <div key={k}>
                  <dt>{label}</dt>
                  <dd>{notes[k]}</dd>
                </div>
              ))}
            </dl>
          ) : (
            <p class="rp-muted">{t('sidebar_no_notes')}</p>
          )}
          <button ref={edit} type="button" class="rp-btn rp-link" onClick={() => setDraft({ values: notes, base: notes })}>
            {t('sidebar_edit_notes')}
          </button>
        </>
      )}
    </Section>
  );
}
