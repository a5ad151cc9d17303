// The options page: client list on the left, editor on the right. All data
// comes from the background through send(); this file is the only place here
// that talks to it about clients.
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { ClientForm, type SaveError } from '../../components/client-editor/ClientForm';
import { ConfirmDialog } from '../../components/client-editor/ConfirmDialog';
import {
  draftFromClient,
  emptyDraft,
  sameDraft,
  type ClientDraft,
} from '../../components/client-editor/draft';
import { RapportError, send } from '../../lib/messaging/client';
import type { ClientSummary, ClientView } from '../../lib/messaging/protocol';
import type { ClientInput } from '../../lib/model/client';
import { ClientList } from './ClientList';
import { CADENCE_TEXT, fullDate, isoDate, relativeContact } from './format';
import { readClientHash, writeClientHash } from './hash';
import { RecentContact } from './RecentContact';
import { KeepInTouchView, OptionsNav, useOptionsView } from './views';
import { Portals } from './Portals';

const SEARCH_DEBOUNCE_MS = 150;

/** `session` changes whenever a different client (or a fresh "new") is opened, remounting the form. */
type Editor = { mode: 'none' } | { mode: 'new'; session: number } | { mode: 'edit'; session: number; view: ClientView };

type Dialog =
  | { kind: 'delete'; id: string; name: string; busy?: boolean }
  | { kind: 'discard'; name: string; then: () => void };

type Notice = { text: string; tone: 'info' | 'error' } | null;

const shownName = (c: { name: string; preferredName?: string }) => (c.preferredName?.trim() ? c.preferredName : c.name);

function toSaveError(e: unknown): SaveError {
  if (e instanceof RapportError) return { message: e.message, issues: e.issues };
  return { message: 'Something went wrong. Nothing was changed.', issues: [] };
}

export function App() {
  const [query, setQuery] = useState('');
  const [list, setList] = useState<{ clients: ClientSummary[]; total: number } | undefined>(undefined);
  const [listError, setListError] = useState<string | null>(null);
  const [editor, setEditor] = useState<Editor>({ mode: 'none' });
  const [draft, setDraft] = useState<ClientDraft>(() => emptyDraft());
  const [baseline, setBaseline] = useState<ClientDraft>(draft);
  const [saveError, setSaveError] = useState<SaveError | null>(null);
  const [saving, setSaving] = useState(false);
  const [status, setStatus] = useState('');
  const [notice, setNotice] = useState<Notice>(null);
  const [dialog, setDialog] = useState<Dialog | null>(null);
  const view = useOptionsView();

  const sessionSeq = useRef(0);
  const listSeq = useRef(0);
  const loadSeq = useRef(0);
  const searchRef = useRef<HTMLInputElement>(null);

  const dirty = editor.mode !== 'none' && !sameDraft(draft, baseline);
  const selectedId = editor.mode === 'edit' ? editor.view.client.id : undefined;

  // Latest values for listeners and async continuations.
  const latest = useRef({ query, dirty, editor, draft });
  latest.current = { query, dirty, editor, draft };

  const refreshList = useCallback(async (q: string = latest.current.query) => {
    const seq = ++listSeq.current;
    try {
      const reply = await send('listClients', { query: q });
      if (seq !== listSeq.current) return; // a newer search answered first
      setList(reply);
      setListError(null);
    } catch (e) {
      if (seq !== listSeq.current) return;
      setListError(e instanceof RapportError ? e.message : 'Could not load clients.');
    }
  }, []);

  // Search: immediate on first load, debounced as the user types.
  const firstSearch = useRef(true);
  useEffect(() => {
    if (firstSearch.current) {
      firstSearch.current = false;
      void refreshList(query);
      return;
    }
    const t = setTimeout(() => void refreshList(query), SEARCH_DEBOUNCE_MS);
    return () => clearTimeout(t);
  }, [query, refreshList]);

  const resetEditor = (next: Editor, d: ClientDraft) => {
    setEditor(next);
    setDraft(d);
    setBaseline(d);
    setSaveError(null);
    setSaving(false);
    setStatus('');
  };

  const openClient = useCallback(async (id: string) => {
    const seq = ++loadSeq.current;
    setNotice(null);
    try {
      const view = await send('getClient', { id });
      if (seq !== loadSeq.current) return;
      resetEditor({ mode: 'edit', session: ++sessionSeq.current, view }, draftFromClient(view.client));
      writeClientHash(view.client.id);
    } catch (e) {
      if (seq !== loadSeq.current) return;
      const notFound = e instanceof RapportError && e.code === 'not-found';
      setNotice({
        text: notFound
          ? 'That client no longer exists. It may have been deleted.'
          : e instanceof RapportError
            ? e.message
            : 'Could not open that client.',
        tone: 'error',
      });
      // Leave whatever is open as it is; only drop a dead deep link.
      const current = latest.current.editor;
      writeClientHash(current.mode === 'edit' ? current.view.client.id : undefined);
    }
  }, []);

  const startNew = () => {
    ++loadSeq.current; // a slow getClient must not replace the new form
    setNotice(null);
    resetEditor({ mode: 'new', session: ++sessionSeq.current }, emptyDraft());
    writeClientHash(undefined);
  };

  /** Run `action` now, or after the user agrees to drop unsaved edits. */
  const guard = (action: () => void) => {
    const { dirty, editor, draft } = latest.current;
    if (!dirty) return action();
    const name =
      editor.mode === 'edit' ? shownName(editor.view.client) : draft.name.trim() ? draft.name.trim() : 'the new client';
    setDialog({ kind: 'discard', name, then: action });
  };

  // Deep link on load, and hash edits while open.
  useEffect(() => {
    const initial = readClientHash();
    if (initial) void openClient(initial);
    const onHash = () => {
      const id = readClientHash();
      const current = latest.current.editor;
      if (!id || (current.mode === 'edit' && current.view.client.id === id)) return;
      guard(() => void openClient(id));
    };
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, [openClient]);

  // Closing the tab with unsaved edits: the browser's own prompt is the only one possible there.
  useEffect(() => {
    if (!dirty) return;
    const onBeforeUnload = (e: BeforeUnloadEvent) => {
      e.preventDefault();
      e.returnValue = '';
    };
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => window.removeEventListener('beforeunload', onBeforeUnload);
  }, [dirty]);

  const onChange = (next: ClientDraft) => {
    setDraft(next);
    if (status) setStatus('');
  };

  const save = async (input: ClientInput, from: ClientDraft) => {
    if (saving || editor.mode === 'none') return;
    setSaving(true);
    setSaveError(null);
    setStatus('');
    try {
      const view =
        editor.mode === 'edit'
          ? await send('updateClient', {
              client: {
                ...input,
                id: editor.view.client.id,
                createdAt: editor.view.client.createdAt,
                updatedAt: editor.view.client.updatedAt,
              },
            })
          : await send('createClient', { client: input });
      const saved = draftFromClient(view.client);
      // Same session: the form stays mounted (focus, live region) as "new" becomes "edit".
      setEditor((prev) => ({ mode: 'edit', session: prev.mode === 'none' ? ++sessionSeq.current : prev.session, view }));
      setBaseline(saved);
      // Show the stored (normalised) values, unless the user kept typing while it saved.
      setDraft((current) => (current === from ? saved : current));
      setStatus('Saved');
      writeClientHash(view.client.id);
      void refreshList();
    } catch (e) {
      // The draft is untouched: nothing typed is lost.
      setSaveError(toSaveError(e));
    } finally {
      setSaving(false);
    }
  };

  const confirmDelete = async (d: Extract<Dialog, { kind: 'delete' }>) => {
    setDialog({ ...d, busy: true });
    try {
      await send('deleteClient', { id: d.id });
      setDialog(null);
      ++loadSeq.current;
      resetEditor({ mode: 'none' }, emptyDraft());
      writeClientHash(undefined);
      setNotice({ text: 'Client deleted.', tone: 'info' });
      void refreshList();
      // The Delete button that had focus is gone.
      setTimeout(() => searchRef.current?.focus(), 0);
    } catch (e) {
      setDialog(null);
      setNotice({ text: e instanceof RapportError ? e.message : 'Could not delete that client.', tone: 'error' });
    }
  };

  const onLogged = (view: ClientView) => {
    // Recent contact, cadence and the record's updatedAt change; the user's edits do not.
    setEditor((prev) => (prev.mode === 'edit' && prev.view.client.id === view.client.id ? { ...prev, view } : prev));
    void refreshList();
  };

  return (
    <div class="page">
      <header class="topbar">
        <h1>Rapport</h1>
        <OptionsNav view={view} />
        <p class={`notice ${notice?.tone === 'error' ? 'notice-error' : ''}`} role="status">
          {notice?.text ?? ''}
        </p>
      </header>
      <div class="layout" hidden={view !== 'clients'}>
        <ClientList
          query={query}
          onQuery={setQuery}
          clients={list?.clients}
          total={list?.total ?? 0}
          error={listError}
          selectedId={selectedId}
          onSelect={(id) => {
            if (id !== selectedId) guard(() => void openClient(id));
          }}
          onNew={() => guard(startNew)}
          searchRef={searchRef}
        />
        <main class="editor-pane">
          {editor.mode === 'none' ? (
            <div class="editor-empty">
              <p>Choose a client on the left, or add a new one.</p>
            </div>
          ) : (
            <>
              <div class="editor-header">
                <h2>{editor.mode === 'edit' ? shownName(editor.view.client) : 'Add a client'}</h2>
                {editor.mode === 'edit' && <EditorMeta view={editor.view} />}
              </div>
              <ClientForm
                key={editor.session}
                value={draft}
                onChange={onChange}
                onSave={(input, from) => void save(input, from)}
                error={saveError}
                busy={saving}
                autoFocus={editor.mode === 'new'}
                label={editor.mode === 'edit' ? `Edit ${shownName(editor.view.client)}` : 'New client'}
                footer={
                  <>
                    <p class="save-status" role="status">
                      {status}
                    </p>
                    {dirty && <span class="dirty-note">Unsaved changes</span>}
                    {editor.mode === 'edit' && (
                      <button
                        type="button"
                        class="button-danger-quiet delete-client"
                        onClick={() =>
                          setDialog({ kind: 'delete', id: editor.view.client.id, name: editor.view.client.name })
                        }
                      >
                        Delete client
                      </button>
                    )}
                  </>
                }
              />
              {editor.mode === 'edit' && (
                <RecentContact key={editor.view.client.id} view={editor.view} onLogged={onLogged} />
              )}
            </>
          )}
        </main>
      </div>
      <KeepInTouchView view={view} changed={list} onOpen={(id) => (location.hash = `client=${encodeURIComponent(id)}`)} />
      {view === 'settings' && <Portals />}

      {dialog?.kind === 'delete' && (
        <ConfirmDialog
          message={`Delete ${dialog.name} and all their logged interactions?`}
          confirmLabel="Delete"
          cancelLabel="Cancel"
          danger
          busy={dialog.busy}
          onConfirm={() => void confirmDelete(dialog)}
          onCancel={() => setDialog(null)}
        >
          <p>This cannot be undone.</p>
        </ConfirmDialog>
      )}
      {dialog?.kind === 'discard' && (
        <ConfirmDialog
          message={`Discard unsaved changes to ${dialog.name}?`}
          confirmLabel="Discard changes"
          cancelLabel="Keep editing"
          danger
          onConfirm={() => {
            const then = dialog.then;
            setDialog(null);
            then();
          }}
          onCancel={() => {
            setDialog(null);
            // A hash edit that was refused: point the address back at what is open.
            const current = latest.current.editor;
            writeClientHash(current.mode === 'edit' ? current.view.client.id : undefined);
          }}
        />
      )}
    </div>
  );
}

function EditorMeta({ view }: { view: ClientView }) {
  const { client, lastContact, cadence } = view;
  return (
    <p class="editor-meta">
      {client.organisation && <span>{client.organisation}</span>}
      {lastContact !== undefined && (
        <span>
          Last contact{' '}
          <time dateTime={isoDate(lastContact)} title={fullDate(lastContact)}>
            {relativeContact(lastContact, Date.now(), cadence.daysSince)}
          </time>
        </span>
      )}
      <span class={`cadence cadence-${cadence.status}`}>{CADENCE_TEXT[cadence.status]}</span>
    </p>
  );
}
