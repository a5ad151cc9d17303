import { useId, useState } from 'preact/hooks';
import type { Goal, GoalStatus } from '../../lib/model/client';
import type { ClientView } from '../../lib/messaging/protocol';
import { ConflictPanel } from '../conflict/ConflictPanel';
import { bothTexts, EditConflict, threeWay, type Choice } from '../conflict/three-way';
import { goalStatusOptions } from './labels';
import { t } from '../../lib/i18n/t';
import { Choice as Select, ErrorBox, Field, Form, problem, Section, useReturnFocus, type Ops, type Problem } from './ui';

type Draft = { text: string; acceptableOutcome: string };
const KEYS = ['text', 'acceptableOutcome'] as const;
const label = (k: keyof Draft) => (k === 'text' ? t('sidebar_field_goal') : t('sidebar_field_acceptable_outcome'));

/**
 * Add/edit form for one goal; keeps what was typed when the background refuses
 * it. `onSave` throws an EditConflict (theirs: the stored goal, or null when it
 * was removed) when the goal changed elsewhere since the form opened: both are
 * shown, and nothing is saved until the user has chosen.
 */
function GoalForm(props: { initial: Draft; submit: string; onSave: (d: Draft, base: Draft, restore: boolean) => Promise<void>; onCancel: () => void }) {
  const [d, setD] = useState(props.initial);
  const [base, setBase] = useState(props.initial);
  const [conflict, setConflict] = useState<{ theirs: Draft; fields: (keyof Draft)[] } | null>(null);
  const [gone, setGone] = useState(false);

  const submit = async () => {
    if (!d.text.trim()) return { message: t('sidebar_goal_needs_text'), issues: [] };
    if (conflict?.fields.length) return { message: t('sidebar_choose_first'), issues: [] };
    try {
      await props.onSave({ text: d.text.trim(), acceptableOutcome: d.acceptableOutcome.trim() }, base, gone);
    } catch (e) {
      if (!(e instanceof EditConflict)) throw e;
      const theirs = e.theirs as Draft | null;
      if (!theirs) {
        // Removed elsewhere: saving again adds it back, with this text.
        setGone(true);
        setBase(d);
        return;
      }
      const m = threeWay(base, d, theirs, KEYS);
      setD(m.merged);
      setConflict({ theirs, fields: m.conflicts });
      if (!m.conflicts.length) setBase(theirs);
    }
  };

  const choose = (key: string, choice: Choice) => {
    if (!conflict) return;
    const k = key as keyof Draft;
    const theirs = conflict.theirs[k];
    setD((o) => ({ ...o, [k]: choice === 'theirs' ? theirs : choice === 'mine' ? o[k] : bothTexts(o[k], theirs) }));
    const fields = conflict.fields.filter((f) => f !== k);
    setConflict(fields.length ? { ...conflict, fields } : null);
    setBase((b) => (fields.length ? { ...b, [k]: theirs } : conflict.theirs));
  };

  return (
    <Form submit={props.submit} onSubmit={submit} onCancel={props.onCancel}>
      {gone && (
        <p role="alert" class="rp-conflict">
          {t('sidebar_goal_removed')}
        </p>
      )}
      <ConflictPanel
        class="rp-conflict"
        rows={(conflict?.fields ?? []).map((k) => ({ key: k, label: label(k), theirs: conflict!.theirs[k], mine: d[k], canMerge: true }))}
        onChoose={choose}
      />
      <Field label={t('sidebar_field_goal')} value={d.text} maxLength={2000} onValue={(text) => setD((o) => ({ ...o, text }))} />
      <Field
        label={t('sidebar_field_acceptable_outcome')}
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
      {g.acceptableOutcome && <div class="rp-muted">{t('sidebar_acceptable_outcome_is', { outcome: g.acceptableOutcome })}</div>}
      <div class="rp-row">
        <Select label={t('sidebar_field_status')} value={g.status} options={goalStatusOptions()} onValue={onStatus} />
        {/* Named "Edit goal", described by the goal's text: distinct for a screen reader, yet no clash with field labels. */}
        <button type="button" class="rp-btn rp-link" aria-label={t('sidebar_edit_goal')} aria-describedby={id} onClick={onEdit}>
          {t('common_edit')}
        </button>
      </div>
    </>
  );
}

export function Goals({ view, ops }: { view: ClientView; ops: Ops }) {
  /** Goal id being edited, 'new' while adding: one form at a time keeps the labels unambiguous. */
  const [editing, setEditingState] = useState<string | null>(null);
  /** The goal as it was when its form opened: the form stays even if the goal is removed elsewhere meanwhile. */
  const [opened, setOpened] = useState<Goal | null>(null);
  const [err, setErr] = useState<Problem | null>(null);
  const addBtn = useReturnFocus<HTMLButtonElement>(editing === 'new');
  const id = view.client.id;
  const stored = view.client.goals ?? [];
  const goals = opened && editing === opened.id && !stored.some((g) => g.id === opened.id) ? [...stored, opened] : stored;
  const setEditing = (gid: string | null) => {
    setEditingState(gid);
    setOpened(gid && gid !== 'new' ? (stored.find((g) => g.id === gid) ?? null) : null);
  };

  // Each change is applied to the *latest* goals list when the queued update runs.
  const change = (f: (goals: Goal[]) => Goal[]) => ops.update(id, (c) => ({ ...c, goals: f(c.goals ?? []) }));
  const patch = (gid: string, p: Partial<Goal>) =>
    change((gs) => gs.map((g) => (g.id === gid ? { ...g, ...p, updatedAt: ops.now() } : g)));
  const done = () => {
    setEditing(null);
    setErr(null);
    ops.status(t('sidebar_saved'));
  };
  /** The goal's text as edited, onto the newest goals — unless someone else changed or removed it since the form opened. */
  const edit = (gid: string, d: Draft, base: Draft, restore: boolean) =>
    change((gs) => {
      const now = gs.find((g) => g.id === gid);
      if (!now) {
        if (!restore) throw new EditConflict(null, 0);
        return [...gs, { id: gid, ...d, status: 'open' as const, updatedAt: ops.now() }];
      }
      const theirs = { text: now.text, acceptableOutcome: now.acceptableOutcome ?? '' };
      const m = threeWay(base, d, theirs, KEYS);
      if (m.conflicts.length) throw new EditConflict(theirs, 0);
      return gs.map((g) => (g.id === gid ? { ...g, ...m.merged, updatedAt: ops.now() } : g));
    });
  // Not done(): a status change must not close a goal form open elsewhere.
  const setStatus = (gid: string, status: GoalStatus) =>
    patch(gid, { status }).then(
      () => {
        setErr(null);
        ops.status(t('sidebar_saved'));
      },
      (x) => setErr(problem(x)),
    );

  return (
    <Section title={t('sidebar_goals')}>
      {goals.length === 0 && editing !== 'new' && <p class="rp-muted">{t('sidebar_no_goals')}</p>}
      {goals.length > 0 && (
        <ul class="rp-list">
          {goals.map((g) => (
            <li key={g.id} class="rp-goal">
              {editing === g.id ? (
                <GoalForm
                  initial={{ text: g.text, acceptableOutcome: g.acceptableOutcome ?? '' }}
                  submit={t('common_save')}
                  onSave={(d, base, restore) => edit(g.id, d, base, restore).then(done)}
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
          submit={t('sidebar_add_goal')}
          onSave={(d) => {
            const goal: Goal = { id: crypto.randomUUID(), ...d, status: 'open', updatedAt: ops.now() };
            return change((gs) => [...gs, goal]).then(done);
          }}
          onCancel={() => setEditing(null)}
        />
      ) : (
        <button ref={addBtn} type="button" class="rp-btn rp-link" onClick={() => setEditing('new')}>
          {t('sidebar_add_goal')}
        </button>
      )}
    </Section>
  );
}
