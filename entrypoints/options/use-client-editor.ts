// The client editor's state: which client is open (or a new one), what the
// user has typed (the draft), what it was started from (the baseline, of the
// stored version the save will name), and — when a save found the client
// changed elsewhere — the stored one and the fields both sides changed. A save
// never overwrites someone else's edit: fields only they changed are taken,
// fields only we changed are kept, and fields both changed wait for the user.
import { useRef, useState } from 'preact/hooks';
import { draftFromClient, draftToInput, emptyDraft, sameDraft, type ClientDraft } from '../../components/client-editor/draft';
import type { SaveError } from '../../components/client-editor/ClientForm';
import { threeWay, type Choice } from '../../components/conflict/three-way';
import { RapportError, send } from '../../lib/messaging/client';
import type { ClientView } from '../../lib/messaging/protocol';
import type { ClientInput } from '../../lib/model/client';
import { DRAFT_KEYS, resolve, type DraftKey } from './client-conflict';
import type { ConflictHit } from '../../lib/identity/conflicts';
import { conflictOverride } from '../../lib/identity/conflict-report';
import type { Confirmation } from '../../components/people/ConflictWarning';
import type { ConflictOverrideInput } from '../../lib/model/matter-people';
import { t } from '../../lib/i18n/t';

type Subject = ConflictOverrideInput['subject'];

/** A save held back by the conflict check: what was about to be saved, and what the check found for whom. */
export interface PendingConflict {
  input: ClientInput;
  from: ClientDraft;
  /** The new client's id, chosen now so the record names it. */
  clientId: string;
  found: { subject: Subject; hits: ConflictHit[] }[];
}

/** `session` changes whenever a different client (or a fresh "new") is opened, remounting the form. */
export type Editor = { mode: 'none' } | { mode: 'new'; session: number } | { mode: 'edit'; session: number; view: ClientView };

export interface Conflict {
  theirs: ClientDraft;
  /** The stored client: once every field is settled, the draft builds on it. */
  view: ClientView;
  fields: DraftKey[];
}

function toSaveError(e: unknown): SaveError {
  if (e instanceof RapportError) return { message: e.message, issues: e.issues };
  return { message: t('clients_error_unknown'), issues: [] };
}

export function useClientEditor(hooks: { onSaved: (view: ClientView) => void }) {
  const [editor, setEditor] = useState<Editor>({ mode: 'none' });
  const [draft, setDraft] = useState<ClientDraft>(() => emptyDraft());
  const [baseline, setBaseline] = useState<ClientDraft>(draft);
  const [conflict, setConflict] = useState<Conflict | null>(null);
  const [saveError, setSaveError] = useState<SaveError | null>(null);
  const [saving, setSaving] = useState(false);
  const [pending, setPending] = useState<PendingConflict | null>(null);
  const [status, setStatus] = useState('');
  const sessions = useRef(0);
  const latest = useRef({ draft, baseline });
  latest.current = { draft, baseline };

  const dirty = editor.mode !== 'none' && (!sameDraft(draft, baseline) || conflict !== null);

  const reset = (next: Editor, d: ClientDraft) => {
    setEditor(next);
    setDraft(d);
    setBaseline(d);
    setConflict(null);
    setSaveError(null);
    setSaving(false);
    setStatus('');
    setPending(null);
  };

  const open = (view: ClientView) => reset({ mode: 'edit', session: ++sessions.current, view }, draftFromClient(view.client));
  const startNew = () => reset({ mode: 'new', session: ++sessions.current }, emptyDraft());
  const close = () => reset({ mode: 'none' }, emptyDraft());

  const change = (next: ClientDraft) => {
    setDraft(next);
    if (status) setStatus('');
  };

  const update = (view: ClientView, input: ClientInput, version: number) =>
    send('updateClient', { client: { ...input, id: view.client.id, createdAt: view.client.createdAt, updatedAt: version } });

  /**
   * The client was saved elsewhere since this editor opened it: merge. Returns
   * what to save now, or null when the user must first choose (the panel shows).
   */
  const merge = async (view: ClientView, from: ClientDraft): Promise<{ view: ClientView; input: ClientInput } | null> => {
    const stored = await send('getClient', { id: view.client.id });
    const theirs = draftFromClient(stored.client);
    const m = threeWay(latest.current.baseline, from, theirs, DRAFT_KEYS);
    // Keep anything typed while the save was on its way.
    setDraft((cur) => (cur === from ? m.merged : threeWay(latest.current.baseline, cur, theirs, DRAFT_KEYS).merged));
    if (m.conflicts.length) {
      setConflict({ theirs, view: stored, fields: m.conflicts });
      return null;
    }
    setEditor((e) => (e.mode === 'edit' ? { ...e, view: stored } : e));
    setBaseline(theirs);
    const again = draftToInput(m.merged);
    if (!again.ok) throw new RapportError('bad-request', t('clients_fields_need_attention'), again.issues);
    return { view: stored, input: again.input };
  };

  /**
   * Who this save adds: the client itself when new, and every matter person
   * not on the stored client. Each is checked against every client, matter
   * person and party name before anything is written.
   */
  const newcomers = (input: ClientInput, clientId: string): Subject[] => {
    const out: Subject[] = [];
    const known = new Set(editor.mode === 'edit' ? editor.view.client.matters.flatMap((m) => (m.people ?? []).map((p) => p.id)) : []);
    if (editor.mode === 'new')
      out.push({ kind: 'client', clientId, name: input.name, emails: input.emails ?? [], ...(input.organisation ? { organisation: input.organisation } : {}) });
    for (const m of input.matters ?? [])
      for (const p of m.people ?? [])
        if (!known.has(p.id))
          out.push({
            kind: 'matter-person',
            clientId,
            matterId: m.id,
            personId: p.id,
            name: p.name ?? '',
            emails: p.emails ?? [],
            ...(p.organisation ? { organisation: p.organisation } : {}),
          });
    return out;
  };

  /** The form's Save: the conflict check first; a hit holds the save until the user goes back or saves anyway. */
  const submit = async (input: ClientInput, from: ClientDraft) => {
    if (saving || editor.mode === 'none') return;
    const clientId = editor.mode === 'edit' ? editor.view.client.id : crypto.randomUUID();
    const subjects = newcomers(input, clientId).filter((s) => s.name.trim() || s.organisation || s.emails?.length);
    if (subjects.length) {
      setSaving(true);
      setSaveError(null);
      try {
        const { reports } = await send('checkConflicts', {
          candidates: subjects.map((s) => ({ ...(s.name.trim() ? { name: s.name } : {}), ...(s.organisation ? { organisation: s.organisation } : {}), emails: s.emails ?? [] })),
          ...(editor.mode === 'edit' ? { excludeClientId: clientId } : {}),
        });
        const found = subjects.map((subject, i) => ({ subject, hits: reports[i]?.hits ?? [] })).filter((f) => f.hits.length);
        if (found.length) {
          setPending({ input, from, clientId, found });
          return;
        }
      } catch (e) {
        // No check, no save: never a silent pass.
        setSaveError(toSaveError(e));
        return;
      } finally {
        setSaving(false);
      }
    }
    await save(input, from, editor.mode === 'new' ? clientId : undefined);
  };

  /** "Save anyway": the save goes ahead with a record of who confirmed, when, and what the warning showed. */
  const saveAnyway = async (c: Confirmation) => {
    const p = pending;
    if (!p) return;
    const now = Date.now();
    const records = p.found.map((f) => conflictOverride({ id: crypto.randomUUID(), subject: f.subject, hits: f.hits, confirmedBy: c.confirmedBy, note: c.note, now }));
    const base = editor.mode === 'edit' ? (editor.view.client.conflictOverrides ?? []) : [];
    setPending(null);
    await save({ ...p.input, conflictOverrides: [...base, ...records] }, p.from, editor.mode === 'new' ? p.clientId : undefined);
  };

  const save = async (input: ClientInput, from: ClientDraft, newId?: string) => {
    if (saving || editor.mode === 'none') return;
    setStatus('');
    if (conflict) {
      setSaveError({ message: t('clients_changed_elsewhere'), issues: [] });
      return;
    }
    setSaving(true);
    setSaveError(null);
    try {
      let view: ClientView;
      if (editor.mode === 'edit') {
        try {
          view = await update(editor.view, input, editor.view.client.updatedAt);
        } catch (e) {
          if (!(e instanceof RapportError && e.code === 'conflict')) throw e;
          const next = await merge(editor.view, from);
          if (!next) return;
          view = await update(next.view, next.input, next.view.client.updatedAt);
        }
      } else view = await send('createClient', { client: input, ...(newId ? { id: newId } : {}) });
      const saved = draftFromClient(view.client);
      // Same session: the form stays mounted (focus, live region) as "new" becomes "edit".
      setEditor((prev) => ({ mode: 'edit', session: prev.mode === 'none' ? ++sessions.current : prev.session, view }));
      setBaseline(saved);
      // Show the stored (normalised) values, unless the user kept typing while it saved.
      setDraft((current) => (current === from ? saved : current));
      setStatus(t('clients_saved'));
      hooks.onSaved(view);
    } catch (e) {
      // The draft is untouched: nothing typed is lost.
      setSaveError(toSaveError(e));
    } finally {
      setSaving(false);
    }
  };

  /** The user's choice for one field of a conflict; once all are made, the draft builds on the stored client. */
  const choose = (key: string, choice: Choice) => {
    if (!conflict) return;
    setDraft((d) => resolve(key as DraftKey, choice, d, conflict.theirs));
    const fields = conflict.fields.filter((f) => f !== key);
    if (fields.length) return setConflict({ ...conflict, fields });
    setConflict(null);
    setSaveError(null);
    setBaseline(conflict.theirs);
    setEditor((e) => (e.mode === 'edit' ? { ...e, view: conflict.view } : e));
  };

  /**
   * Recent contact and cadence changed (a call logged); the user's edits did
   * not. The client record stays the one this editor started from: taking a
   * newer one here would let the next save pass over someone else's edit.
   */
  const logged = (view: ClientView) =>
    setEditor((prev) =>
      prev.mode === 'edit' && prev.view.client.id === view.client.id
        ? { ...prev, view: { ...prev.view, recent: view.recent, lastContact: view.lastContact, cadence: view.cadence } }
        : prev,
    );

  return {
    editor,
    draft,
    conflict,
    saveError,
    saving,
    status,
    dirty,
    open,
    startNew,
    close,
    change,
    save: submit,
    pending,
    saveAnyway,
    cancelPending: () => setPending(null),
    choose,
    logged,
  };
}
