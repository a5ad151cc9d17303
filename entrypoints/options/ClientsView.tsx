// Options → Clients: the searchable list on the left, the editor on the right.
// The address names the open client (#client=<id>); leaving unsaved edits
// asks first, in the page and when the tab is closed.
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { ClientForm } from '../../components/client-editor/ClientForm';
import { ConflictWarning } from '../../components/people/ConflictWarning';
import '../../components/people/people.css';
import { ConfirmDialog } from '../../components/client-editor/ConfirmDialog';
import { ConflictPanel } from '../../components/conflict/ConflictPanel';
import { RapportError, send } from '../../lib/messaging/client';
import type { ClientSummary, ClientView } from '../../lib/messaging/protocol';
import { displayName } from '../../lib/model/display-name';
import { ClientList } from './ClientList';
import { conflictRows } from './client-conflict';
import { cadenceText, fullDate, isoDate, relativeContact } from './format';
import { t, tn } from '../../lib/i18n/t';
import { trashKeepDays } from '../../lib/model/settings';
import { withElement } from '../../components/sidebar/with-element';
import { RecentContact } from './RecentContact';
import { showClientInAddress, type Route } from './router';
import { useClientEditor } from './use-client-editor';

const SEARCH_DEBOUNCE_MS = 150;

export type Notice = { text: string; tone: 'info' | 'error' } | null;

/**
 * `name` undefined: the new client, not saved yet. `keepDays`: how long the
 * trash keeps a deleted client (Settings), once read; null when it could not be.
 */
type Dialog = { kind: 'delete'; id: string; name: string; busy?: boolean; keepDays?: number | null } | { kind: 'discard'; name: string | undefined; then: () => void };

/** The client list, kept fresh after every change made here; `changed` tells other views. */
function useClientList() {
  const [query, setQuery] = useState('');
  const [list, setList] = useState<{ clients: ClientSummary[]; total: number } | undefined>(undefined);
  const [error, setError] = useState<string | null>(null);
  const seq = useRef(0);
  const queryRef = useRef(query);
  queryRef.current = query;

  const refresh = useCallback(async (q: string = queryRef.current) => {
    const mine = ++seq.current;
    try {
      const reply = await send('listClients', { query: q });
      if (mine !== seq.current) return; // a newer search answered first
      setList(reply);
      setError(null);
    } catch (e) {
      if (mine !== seq.current) return;
      setError(e instanceof RapportError ? e.message : t('clients_error_load'));
    }
  }, []);

  // Search: immediate on first load, debounced as the user types.
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      void refresh(query);
      return;
    }
    const t = setTimeout(() => void refresh(query), SEARCH_DEBOUNCE_MS);
    return () => clearTimeout(t);
  }, [query, refresh]);

  return { query, setQuery, list, error, refresh };
}

export function ClientsView({ route, hidden, onNotice, onListChanged }: { route: Route; hidden: boolean; onNotice: (n: Notice) => void; onListChanged: (list: unknown) => void }) {
  const clients = useClientList();
  const ed = useClientEditor({
    onSaved: (view) => {
      showClientInAddress(view.client.id);
      void clients.refresh();
    },
  });
  const [dialog, setDialog] = useState<Dialog | null>(null);
  const searchRef = useRef<HTMLInputElement>(null);
  const loadSeq = useRef(0);
  const { editor, draft, dirty } = ed;
  const selectedId = editor.mode === 'edit' ? editor.view.client.id : undefined;

  useEffect(() => onListChanged(clients.list), [clients.list]);
  // Back from another view (Data may have imported, restored or emptied the trash): read the list again.
  const wasHidden = useRef(hidden);
  useEffect(() => {
    if (wasHidden.current && !hidden) void clients.refresh();
    wasHidden.current = hidden;
  }, [hidden]);

  // Latest values for listeners and async continuations.
  const latest = useRef({ dirty, editor, draft });
  latest.current = { dirty, editor, draft };

  const openClient = useCallback(async (id: string) => {
    const seq = ++loadSeq.current;
    onNotice(null);
    try {
      const view = await send('getClient', { id });
      if (seq !== loadSeq.current) return;
      ed.open(view);
      showClientInAddress(view.client.id);
    } catch (e) {
      if (seq !== loadSeq.current) return;
      const notFound = e instanceof RapportError && e.code === 'not-found';
      onNotice({
        text: notFound ? t('clients_error_gone') : e instanceof RapportError ? e.message : t('clients_error_open'),
        tone: 'error',
      });
      // Leave whatever is open as it is; only drop a dead deep link.
      const current = latest.current.editor;
      showClientInAddress(current.mode === 'edit' ? current.view.client.id : undefined);
    }
  }, []);

  const startNew = () => {
    ++loadSeq.current; // a slow getClient must not replace the new form
    onNotice(null);
    ed.startNew();
    showClientInAddress(undefined);
  };

  /** Run `action` now, or after the user agrees to drop unsaved edits. */
  const guard = (action: () => void) => {
    const { dirty, editor, draft } = latest.current;
    if (!dirty) return action();
    const name = editor.mode === 'edit' ? displayName(editor.view.client) : draft.name.trim() || undefined;
    setDialog({ kind: 'discard', name, then: action });
  };

  // The address names a client: on load, and at every change of address while the page is open.
  useEffect(() => {
    const id = route.clientId;
    const current = latest.current.editor;
    if (!id || (current.mode === 'edit' && current.view.client.id === id)) return;
    guard(() => void openClient(id));
  }, [route]);

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

  // The dialog says how long the trash keeps the client: the setting, read as it opens.
  const askDelete = (id: string, name: string) => {
    setDialog({ kind: 'delete', id, name });
    send('getSettings', {}).then(
      (s) => trashKeepDays(s),
      () => null,
    ).then((keepDays) => setDialog((d) => (d?.kind === 'delete' && d.id === id ? { ...d, keepDays } : d)));
  };

  const confirmDelete = async (d: Extract<Dialog, { kind: 'delete' }>) => {
    setDialog({ ...d, busy: true });
    try {
      await send('deleteClient', { id: d.id });
      setDialog(null);
      ++loadSeq.current;
      ed.close();
      showClientInAddress(undefined);
      onNotice({ text: t('clients_deleted'), tone: 'info' });
      void clients.refresh();
      // The Delete button that had focus is gone.
      setTimeout(() => searchRef.current?.focus(), 0);
    } catch (e) {
      setDialog(null);
      onNotice({ text: e instanceof RapportError ? e.message : t('clients_error_delete'), tone: 'error' });
    }
  };

  return (
    <>
      <div class="layout" hidden={hidden}>
        <ClientList
          query={clients.query}
          onQuery={clients.setQuery}
          clients={clients.list?.clients}
          total={clients.list?.total ?? 0}
          error={clients.error}
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
              <p>{t('clients_choose')}</p>
            </div>
          ) : (
            <>
              <div class="editor-header">
                <h2>{editor.mode === 'edit' ? displayName(editor.view.client) : t('clients_add_heading')}</h2>
                {editor.mode === 'edit' && <EditorMeta view={editor.view} />}
              </div>
              <ClientForm
                key={editor.session}
                value={draft}
                onChange={ed.change}
                onSave={(input, from) => void ed.save(input, from)}
                error={ed.saveError}
                busy={ed.saving}
                autoFocus={editor.mode === 'new'}
                label={editor.mode === 'edit' ? t('clients_form_edit_label', { name: displayName(editor.view.client) }) : t('clients_new')}
                notice={
                  <>
                    {ed.conflict && <ConflictPanel class="client-conflict" rows={conflictRows(ed.conflict.fields, draft, ed.conflict.theirs)} onChoose={ed.choose} />}
                    {ed.pending && (
                      <ConflictWarning
                        subject={ed.pending.found.map((f) => f.subject.name || f.subject.organisation || f.subject.emails?.[0] || '').filter(Boolean).join(', ')}
                        hits={ed.pending.found.flatMap((f) => f.hits)}
                        busy={ed.saving}
                        onCancel={ed.cancelPending}
                        onSaveAnyway={(c) => void ed.saveAnyway(c)}
                      />
                    )}
                  </>
                }
                footer={
                  <>
                    <p class="save-status" role="status">
                      {ed.status}
                    </p>
                    {dirty && <span class="dirty-note">{t('clients_unsaved')}</span>}
                    {editor.mode === 'edit' && (
                      <button
                        type="button"
                        class="button-danger-quiet delete-client"
                        onClick={() => askDelete(editor.view.client.id, editor.view.client.name)}
                      >
                        {t('clients_delete_client')}
                      </button>
                    )}
                  </>
                }
              />
              {editor.mode === 'edit' && (
                <RecentContact
                  key={editor.view.client.id}
                  view={editor.view}
                  onLogged={(view) => {
                    ed.logged(view);
                    void clients.refresh();
                  }}
                />
              )}
            </>
          )}
        </main>
      </div>

      {dialog?.kind === 'delete' && (
        <ConfirmDialog
          message={t('clients_delete_confirm', { name: dialog.name })}
          confirmLabel={t('common_delete')}
          cancelLabel={t('common_cancel')}
          danger
          busy={dialog.busy}
          onConfirm={() => void confirmDelete(dialog)}
          onCancel={() => setDialog(null)}
        >
          {dialog.keepDays !== undefined && <p>{dialog.keepDays === null ? t('clients_delete_trash_unknown') : tn('clients_delete_trash', dialog.keepDays)}</p>}
        </ConfirmDialog>
      )}
      {dialog?.kind === 'discard' && (
        <ConfirmDialog
          message={dialog.name === undefined ? t('clients_discard_confirm_new') : t('clients_discard_confirm', { name: dialog.name })}
          confirmLabel={t('clients_discard')}
          cancelLabel={t('clients_keep_editing')}
          danger
          onConfirm={() => {
            const then = dialog.then;
            setDialog(null);
            then();
          }}
          onCancel={() => {
            setDialog(null);
            // A change of address that was refused: point it back at what is open.
            const current = latest.current.editor;
            showClientInAddress(current.mode === 'edit' ? current.view.client.id : undefined);
          }}
        />
      )}
    </>
  );
}

function EditorMeta({ view }: { view: ClientView }) {
  const { client, lastContact, cadence } = view;
  return (
    <p class="editor-meta">
      {client.organisation && <span>{client.organisation}</span>}
      {lastContact !== undefined && (
        <span>
          {withElement((mark) => t('clients_last_contact_when', { when: mark }),
            <time dateTime={isoDate(lastContact)} title={fullDate(lastContact)}>
              {relativeContact(lastContact, Date.now(), cadence.daysSince)}
            </time>,
          )}
        </span>
      )}
      <span class={`cadence cadence-${cadence.status}`}>{cadenceText(cadence.status)}</span>
    </p>
  );
}
