import { useId, useState } from 'preact/hooks';
import type { Goal, GoalStatus } from '../../lib/model/client';
import type { ClientView } from '../../lib/messaging/protocol';
import { GOAL_STATUS } from './labels';
import { Choice, ErrorBox, Field, Form, problem, Section, useReturnFocus, type Ops, type Problem } from './ui';

type Draft = { text: string; acceptableOutcome: string };

/** Add/edit form for one goal; keeps what was typed when the background refuses it. */
function GoalForm(props: { initial: Draft; submit: string; onSave: (d: Draft) => Promise<void>; onCancel: () => void }) {
  const [d, setD] = useState(props.initial);
  return (
    <Form
      submit={props.submit}
      onSubmit={() =>
        d.text.trim()
          ? props.onSave({ text: d.text.trim(), acceptableOutcome: d.acceptableOutcome.trim() })
          : { message: 'A goal needs some text', issues: [] }
      }
      onCancel={props.onCancel}
    >
      <Field label="Goal" value={d.text} maxLength={2000} onValue={(text) => setD((o) => ({ ...o, text }))} />
      <Field
        label="Acceptable outcome"
        multiline
        maxLength={2000}
        value={d.acceptableOutcome}
        onValue={(acceptableOutcome) => setD((o) => ({ ...o, acceptableOutcome }))}
      />
    </Form>
  );
}

function GoalView({ goal: g, onEdit, onStatus }: { goal: Goal; onEdit: () => void; onStatus: (s: GoalStatus) => void }) {
  const id = useId();
  return (
    <>
      <div id={id} class="rp-goal-text">
        {g.text}
      </div>
      {g.acceptableOutcome && <div class="rp-muted">Acceptable outcome: {g.acceptableOutcome}</div>}
      <div class="rp-row">
        <Choice label="Status" value={g.status} options={GOAL_STATUS} onValue={onStatus} />
        {/* Named "Edit goal", described by the goal's text: distinct for a screen reader, yet no clash with field labels. */}
        <button type="button" class="rp-btn rp-link" aria-label="Edit goal" aria-describedby={id} onClick={onEdit}>
          Edit
        </button>
      </div>
    </>
  );
}

export function Goals({ view, ops }: { view: ClientView; ops: Ops }) {
  /** Goal id being edited, 'new' while adding: one form at a time keeps the labels unambiguous. */
  const [editing, setEditing] = useState<string | null>(null);
  const [err, setErr] = useState<Problem | null>(null);
  const addBtn = useReturnFocus<HTMLButtonElement>(editing === 'new');
  const id = view.client.id;
  const goals = view.client.goals ?? [];

  // Each change is applied to the *latest* goals list when the queued update runs.
  const change = (f: (goals: Goal[]) => Goal[]) => ops.update(id, (c) => ({ ...c, goals: f(c.goals ?? []) }));
  const patch = (gid: string, p: Partial<Goal>) =>
    change((gs) => gs.map((g) => (g.id === gid ? { ...g, ...p, updatedAt: ops.now() } : g)));
  const done = () => {
    setEditing(null);
    setErr(null);
    ops.status('Saved');
  };
  // Not done(): a status change must not close a goal form open elsewhere.
  const setStatus = (gid: string, status: GoalStatus) =>
    patch(gid, { status }).then(
      () => {
        setErr(null);
        ops.status('Saved');
      },
      (x) => setErr(problem(x)),
    );

  return (
    <Section title="Goals">
      {goals.length === 0 && editing !== 'new' && <p class="rp-muted">No goals recorded.</p>}
      {goals.length > 0 && (
        <ul class="rp-list">
          {goals.map((g) => (
            <li key={g.id} class="rp-goal">
              {editing === g.id ? (
                <GoalForm
                  initial={{ text: g.text, acceptableOutcome: g.acceptableOutcome ?? '' }}
                  submit="Save"
                  onSave={(d) => patch(g.id, d).then(done)}
                  onCancel={() => setEditing(null)}
                />
              ) : (
                <GoalView goal={g} onEdit={() => setEditing(g.id)} onStatus={(s) => setStatus(g.id, s)} />
              )}
            </li>
          ))}
        </ul>
      )}
      <ErrorBox problem={err} />
      {editing === 'new' ? (
        <GoalForm
          initial={{ text: '', acceptableOutcome: '' }}
          submit="Add goal"
          onSave={(d) => {
            const goal: Goal = { id: crypto.randomUUID(), ...d, status: 'open', updatedAt: ops.now() };
            return change((gs) => [...gs, goal]).then(done);
          }}
          onCancel={() => setEditing(null)}
        />
      ) : (
        <button ref={addBtn} type="button" class="rp-btn rp-link" onClick={() => setEditing('new')}>
          Add goal
        </button>
      )}
    </Section>
  );
}
