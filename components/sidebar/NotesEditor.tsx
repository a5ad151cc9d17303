import { useState } from 'preact/hooks';
import type { PersonalNotes } from '../../lib/model/client';
import type { ClientView } from '../../lib/messaging/protocol';
import { NOTE_FIELDS } from '../../lib/model/labels';
import { Field, Form, Section, useReturnFocus, type Ops } from './ui';

const FIELDS = NOTE_FIELDS;

const EMPTY: PersonalNotes = { family: '', interests: '', background: '', howWeMet: '', notes: '' };

export function NotesEditor({ view, ops }: { view: ClientView; ops: Ops }) {
  const [draft, setDraft] = useState<PersonalNotes | null>(null);
  const edit = useReturnFocus<HTMLButtonElement>(!!draft);
  const notes = { ...EMPTY, ...view.client.notes };
  const shown = FIELDS.filter(([k]) => notes[k].trim());

  return (
    <Section title="Personal notes">
      {draft ? (
        <Form
          submit="Save"
          onSubmit={async () => {
            await ops.update(view.client.id, (c) => ({ ...c, notes: draft }));
            setDraft(null);
            ops.status('Saved');
          }}
          onCancel={() => setDraft(null)}
        >
          {FIELDS.map(([k, label]) => (
            <Field
              key={k}
              label={label}
              multiline
              value={draft[k]}
              onValue={(v) => setDraft((d) => d && { ...d, [k]: v })}
            />
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
            <p class="rp-muted">No notes yet.</p>
          )}
          <button ref={edit} type="button" class="rp-btn rp-link" onClick={() => setDraft(notes)}>
            Edit notes
          </button>
        </>
      )}
    </Section>
  );
}
