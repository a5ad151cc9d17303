// Options → Deadlines (options.html#deadlines): every live client's deadlines
// and promises in one sortable table, filtered by state and kind; a new one
// for any client; edit, mark done, reopen (with why) or delete one; calendar
// files of one deadline, a client's, or all.
import { useEffect, useRef, useState } from 'preact/hooks';
import { DeadlinesTable } from '../../components/deadlines/deadlines-table';
import { DeadlineEditor } from '../../components/deadlines/deadline-editor';
import { RapportError, send } from '../../lib/messaging/client';
import type { DeadlineItem, ReplyMap } from '../../lib/messaging/protocol';
import type { BufferDefaults, DeadlineHistoryLine, DeadlineInput } from '../../lib/model/deadline';
import type { Client } from '../../lib/model/client';
import { deadlinesToIcs, icsFileName } from '../../lib/deadlines/ics';
import { fromDate } from '../../lib/deadlines/local-date';
import { DEADLINE_KIND_LABELS } from '../../lib/deadlines/labels';
import { newId } from '../../lib/model/ids';
import '../../components/deadlines/deadlines.css';
import './deadlines.css';
import { holidayLists } from '../../lib/deadlines/holidays';
import { showDue } from '../../components/deadlines/format';
import { formatDateTime } from '../../lib/i18n/format';
import { t, tn, uiLanguage } from '../../lib/i18n/t';

type Editing = { kind: 'new'; clientId: string } | { kind: 'edit'; id: string } | null;

const message = (e: unknown, fallback: string) => (e instanceof RapportError ? e.message : fallback);

/** Saves `text` as a file through a download link (the page is ours: no permission needed). */
function download(name: string, text: string) {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/calendar;charset=utf-8' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function DeadlinesView() {
  const [data, setData] = useState<{ items: DeadlineItem[]; buffers: BufferDefaults } | null>(null);
  const [settings, setSettings] = useState<ReplyMap['getDeadlineSettings'] | null>(null);
  const [clients, setClients] = useState<{ id: string; name: string }[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [status, setStatus] = useState('');
  const [editing, setEditing] = useState<Editing>(null);
  const [client, setClient] = useState<Client | null>(null);
  const [newFor, setNewFor] = useState('');
  const [reason, setReason] = useState('');
  const [loads, setLoads] = useState(0);
  const heading = useRef<HTMLHeadingElement>(null);

  useEffect(() => heading.current?.focus(), []);
  useEffect(() => {
    let live = true;
    Promise.all([send('listDeadlines', {}), send('getDeadlineSettings', {}), send('listClients', { limit: 1000 })]).then(
      ([list, s, cs]) => {
        if (!live) return;
        setData(list);
        setSettings(s);
        setClients(cs.clients.map((c) => ({ id: c.id, name: c.preferredName || c.name })));
        setError(null);
      },
      (e) => live && setError(message(e, t('clients_dl_error_load'))),
    );
    return () => {
      live = false;
    };
  }, [loads]);
  const reload = () => setLoads((n) => n + 1);

  const current = editing?.kind === 'edit' ? data?.items.find((i) => i.deadline.id === editing.id) : undefined;
  const clientId = editing?.kind === 'new' ? editing.clientId : current?.deadline.clientId;
  useEffect(() => {
    if (!clientId) return setClient(null);
    let live = true;
    send('getClient', { id: clientId }).then(
      (v) => live && setClient(v.client),
      (e) => live && setError(message(e, t('clients_dl_error_client'))),
    );
    return () => {
      live = false;
    };
  }, [clientId]);

  const run = async (job: () => Promise<string>) => {
    try {
      setStatus(await job());
      setError(null);
      reload();
    } catch (e) {
      setError(message(e, t('clients_nothing_changed')));
    }
  };

  const save = async (input: DeadlineInput, why?: string) => {
    // Errors reach the editor, which shows them beside its fields.
    if (editing?.kind === 'edit' && current) {
      await send('saveDeadline', { deadline: input, id: current.deadline.id, base: current.deadline.updatedAt, ...(why ? { reason: why } : {}) });
      setStatus(t('clients_dl_saved', { title: input.title }));
    } else {
      await send('saveDeadline', { deadline: input, id: newId() });
      setStatus(t('clients_dl_added', { title: input.title }));
    }
    setEditing(null);
    reload();
  };

  const buffers = data?.buffers ?? settings?.settings.bufferDays;
  const exportIcs = (items: DeadlineItem[], scope: string) => {
    const today = fromDate(Date.now());
    const text = deadlinesToIcs(
      items.map((i) => ({ deadline: i.deadline, clientName: i.clientName })),
      { now: Date.now(), ...(buffers ? { buffers } : {}), calendarName: scope ? t('clients_dl_calendar_of', { scope }) : t('clients_dl_calendar') },
    );
    download(icsFileName(scope, today), text);
    setStatus(tn('clients_dl_calendar_saved', items.length));
  };

  const matters = (client?.matters ?? []).map((m) => ({ id: m.id, label: [m.caseName, m.caseNumber, m.matterCode].filter(Boolean).join(' · ') || m.id }));
  const ofClient = (id: string) => data?.items.filter((i) => i.deadline.clientId === id) ?? [];

  return (
    <main id="deadlines" class="kit-view" aria-labelledby="deadlines-heading">
      <h2 id="deadlines-heading" tabIndex={-1} ref={heading}>
        {t('clients_dl_heading')}
      </h2>
      <p class="kit-hint">{t('clients_dl_hint')}</p>
      <p role="status" class="kit-hint">
        {status}
      </p>
      {error && (
        <p role="alert" class="rp-dl-error">
          {error}
        </p>
      )}
      <div class="rp-dl-filters">
        <div>
          <label for="dl-new-client">{t('clients_dl_new_for_label')}</label>
          <select id="dl-new-client" value={newFor} onChange={(e) => setNewFor(e.currentTarget.value)}>
            <option value="">{t('clients_dl_choose_client')}</option>
            {clients.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}
              </option>
            ))}
          </select>
        </div>
        <button type="button" disabled={!newFor} onClick={() => setEditing({ kind: 'new', clientId: newFor })}>
          {t('clients_dl_new')}
        </button>
        <button type="button" disabled={!data?.items.length} onClick={() => data && exportIcs(data.items, '')}>
          {t('clients_dl_export_all')}
        </button>
      </div>

      {editing && client && buffers && (
        <div class="dl-editor" role="group" aria-label={editing.kind === 'new' ? t('clients_dl_new_for', { name: client.preferredName || client.name }) : t('clients_dl_edit', { title: current?.deadline.title ?? '' })}>
          <h3>{editing.kind === 'new' ? t('clients_dl_new_for', { name: client.preferredName || client.name }) : `${current?.deadline.title} — ${current?.clientName}`}</h3>
          <DeadlineEditor
            key={editing.kind === 'edit' ? editing.id : `new-${editing.clientId}`}
            clientId={client.id}
            deadline={current?.deadline}
            matters={matters}
            buffers={buffers}
            holidays={holidayLists(settings?.settings.holidays)}
            onSave={save}
            onCancel={() => setEditing(null)}
          />
          {current && (
            <div class="rp-dl-actions">
              {current.deadline.doneAt === undefined ? (
                <button type="button" onClick={() => run(async () => (await send('completeDeadline', { id: current.deadline.id }), t('clients_dl_done', { title: current.deadline.title })))}>
                  {t('clients_dl_mark_done')}
                </button>
              ) : (
                <>
                  <label for="dl-reopen-why">{t('clients_dl_reopen_why')}</label>
                  <input id="dl-reopen-why" type="text" value={reason} maxLength={1000} onInput={(e) => setReason(e.currentTarget.value)} />
                  <button
                    type="button"
                    onClick={() => run(async () => (await send('reopenDeadline', { id: current.deadline.id, ...(reason.trim() ? { reason: reason.trim() } : {}) }), setReason(''), t('clients_dl_reopened', { title: current.deadline.title })))}
                  >
                    {t('clients_dl_reopen')}
                  </button>
                </>
              )}
              <a href={`brief.html?client=${encodeURIComponent(current.deadline.clientId)}`} target="_blank" rel="noopener">
                {t('clients_dl_prep_brief', { name: current.clientName })}
              </a>
              <button type="button" onClick={() => exportIcs([current], current.deadline.title)}>
                {t('clients_dl_export_one')}
              </button>
              <button type="button" onClick={() => exportIcs(ofClient(current.deadline.clientId), current.clientName)}>
                {t('clients_dl_export_client', { name: current.clientName })}
              </button>
              <button
                type="button"
                onClick={() => {
                  if (!confirm(t('clients_dl_delete_confirm', { title: current.deadline.title }))) return;
                  setEditing(null);
                  void run(async () => (await send('deleteDeadline', { id: current.deadline.id }), t('clients_dl_deleted', { title: current.deadline.title })));
                }}
              >
                {t('common_delete')}
              </button>
            </div>
          )}
          {current && current.deadline.history.length > 0 && (
            <details>
              <summary>{t('clients_dl_history')}</summary>
              <ul>
                {current.deadline.history.map((h, i) => (
                  <li key={i}>{historyLine(h, DEADLINE_KIND_LABELS[current.deadline.kind])}</li>
                ))}
              </ul>
            </details>
          )}
        </div>
      )}

      {!data && !error && <p class="kit-hint">{t('common_loading')}</p>}
      {data && (
        <DeadlinesTable
          rows={data.items}
          now={Date.now()}
          buffers={data.buffers}
          onOpen={(id) => setEditing({ kind: 'edit', id })}
          onDone={(id) => void run(async () => (await send('completeDeadline', { id }), t('clients_dl_marked_done')))}
        />
      )}
    </main>
  );
}

/** One line of a deadline's history: when, and what happened. */
function historyLine(h: DeadlineHistoryLine, kind: string): string {
  const when = formatDateTime(h.at);
  switch (h.type) {
    case 'created':
      return t('clients_dl_history_created', { when, kind });
    case 'done':
      return t('clients_dl_history_done', { when });
    case 'reopened':
      return h.reason ? t('clients_dl_history_reopened_why', { when, reason: h.reason }) : t('clients_dl_history_reopened', { when });
    case 'due-changed': {
      const from = showDue(h.from.date, h.from.time, uiLanguage());
      const to = showDue(h.to.date, h.to.time, uiLanguage());
      return h.reason ? t('clients_dl_history_moved_why', { when, from, to, reason: h.reason }) : t('clients_dl_history_moved', { when, from, to });
    }
  }
}
