// Options → Data: storage health, back up and restore, import contacts,
// export, and the trash. The pure work lives in lib/backup, lib/import and
// lib/export; this view reads files, drives those steps over the protocol and
// saves downloads. Every write goes through the staged bulk engine: all or
// nothing, and nothing before the user confirms a preview.
import type { ComponentChildren } from 'preact';
import { useCallback, useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { ColumnMapping } from '../../components/data/ColumnMapping';
import { ImportPreview, summarise } from '../../components/data/ImportPreview';
import { RestorePreview } from '../../components/data/RestorePreview';
import '../../components/data/data.css';
import type { PathIssue } from '../../lib/backup/issues';
import { applyRecords, remoteExistingData, restoreMeta, restoreRecords, runBackup, type ApplyProgress, type Send } from '../../lib/backup/remote';
import type { Prefer, RestorePlan } from '../../lib/backup/restore-plan';
import type { Backup } from '../../lib/backup/schema';
import { backupFileName } from '../../lib/backup/writer';
import { exportFileName, loadCsvExport, loadVcardExport } from '../../lib/export';
import { importRecords } from '../../lib/import/apply';
import { csvRowsToClients, mappingProblem, previewImport, readContactsFile, type CsvTable, type ImportPreview as Preview, type Mapping } from '../../lib/import';
import { RapportError, send as rawSend } from '../../lib/messaging/client';
import type { DataHealth, ReplyMap, TrashEntry } from '../../lib/messaging/protocol';
import type { Client } from '../../lib/model/client';
import { backupReminder } from '../../lib/backup/reminder';
import { formatDateTime, formatDay, formatList, formatNumber } from '../../lib/i18n/format';
import { t, tn, uiLanguage } from '../../lib/i18n/t';
import './data.css';

const send: Send = rawSend;
const n = formatNumber;
const messageOf = (e: unknown) => (e instanceof RapportError ? e.message : e instanceof Error ? e.message : t('data_something_wrong'));
const when = (at: number) => formatDateTime(at);
const day = (at: number) => formatDay(at);
/** A label's text split around its `{count}` box, so the box sits where the language puts it. */
const around = (text: string, marker: string): [string, string] => {
  const k = text.indexOf(marker);
  return k < 0 ? [text, ''] : [text.slice(0, k), text.slice(k + marker.length)];
};

/** Saves text pieces as a file through the browser's download (an object URL on an `<a download>`: no extra permission). */
function download(parts: string[], name: string, type: string): void {
  const url = URL.createObjectURL(new Blob(parts, { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.hidden = true;
  document.body.append(a);
  a.click();
  a.remove();
  // The download has its own reference once started; the URL can go after this task.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

function ProgressLine({ label, value, max }: { label: string; value: number; max: number }) {
  return (
    <p class="data-progress">
      <label>
        {label} <progress value={value} max={Math.max(max, 1)} />
      </label>
    </p>
  );
}

export function DataView() {
  const [health, setHealth] = useState<DataHealth | null>(null);
  const [changed, setChanged] = useState(0);
  const refresh = useCallback(() => setChanged((k) => k + 1), []);
  useEffect(() => {
    send('dataHealth', {}).then(setHealth, () => setHealth(null));
  }, [changed]);
  return (
    <main id="data" class="data-view" aria-labelledby="data-heading">
      <h2 id="data-heading">{t('data_heading')}</h2>
      <StorageHealth health={health} />
      <BackupRestore onChanged={refresh} />
      <AutoBackups health={health} onChanged={refresh} />
      <ImportContacts onChanged={refresh} />
      <UndoLastJob changed={changed} onChanged={refresh} />
      <ExportData />
      <Trash changed={changed} onChanged={refresh} />
    </main>
  );
}

function StorageHealth({ health }: { health: DataHealth | null }) {
  const [estimate, setEstimate] = useState<{ usage?: number; quota?: number } | null>(null);
  const [persisted, setPersisted] = useState<boolean | null>(null);
  const [unlimited, setUnlimited] = useState<boolean | null>(null);
  useEffect(() => {
    navigator.storage?.estimate?.().then(setEstimate, () => setEstimate(null));
    navigator.storage?.persisted?.().then(setPersisted, () => setPersisted(null));
    setUnlimited((browser.runtime.getManifest().permissions ?? []).includes('unlimitedStorage'));
  }, [health]);
  const mb = (b: number | undefined) => (b === undefined ? '?' : t('data_size_mb', { size: new Intl.NumberFormat(uiLanguage(), { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(b / 1_048_576) }));
  const size = estimate ? mb(estimate.usage) : t('data_size_unknown');
  const reminder = health && backupReminder(health, Date.now());
  return (
    <section class="data-section" aria-labelledby="data-storage-heading">
      <h3 id="data-storage-heading">{t('data_storage_heading')}</h3>
      {health?.counts ? (
        <p class="data-storage" data-testid="storage-line">
          {t('data_storage_counts', { clients: tn('data_n_clients', health.counts.clients), interactions: tn('data_n_interactions', health.counts.interactions), trash: tn('data_n_in_trash', health.counts.trash) })}{' '}
          {unlimited
            ? persisted
              ? t('data_storage_unlimited_kept', { size })
              : t('data_storage_unlimited', { size })
            : persisted
              ? t('data_storage_limited_kept', { size })
              : t('data_storage_limited', { size })}{' '}
          {health.lastBackupAt === undefined ? t('data_no_backup') : t('data_last_backup', { when: when(health.lastBackupAt) })}
        </p>
      ) : (
        <p class="data-hint">{t('data_reading')}</p>
      )}
      {reminder && (
        <p class="data-reminder" role="note">
          {reminder}
        </p>
      )}
    </section>
  );
}

/**
 * Automatic backups: off, daily or weekly, keeping the last N files (Settings
 * backup.auto / backup.keep; the same fields as in Settings). The background's
 * alarm makes them with no page open (lib/background/auto-backup.ts).
 */
function AutoBackups({ health, onChanged }: { health: DataHealth | null; onChanged: () => void }) {
  const auto = health?.auto;
  const [every, setEvery] = useState<'off' | 'daily' | 'weekly'>('off');
  const [keep, setKeep] = useState('5');
  const [status, setStatus] = useState('');
  const [error, setError] = useState('');
  useEffect(() => {
    if (!auto) return;
    setEvery(auto.every);
    setKeep(String(auto.keep));
  }, [auto?.every, auto?.keep]);
  const save = async (e: Event) => {
    e.preventDefault();
    setStatus('');
    setError('');
    const k = Number(keep);
    if (!Number.isInteger(k) || k < 1 || k > 100) return setError(t('data_auto_keep_range'));
    try {
      const current = await send('getSettings', {});
      await send('updateSettings', { settings: { ...current, backup: { ...current.backup, auto: every, keep: k } } });
      setStatus(every === 'off' ? t('data_auto_is_off') : every === 'daily' ? tn('data_auto_saved_daily', k) : tn('data_auto_saved_weekly', k));
      onChanged();
    } catch (x) {
      setError(t('data_not_saved', { error: messageOf(x) }));
    }
  };
  const keepLabel = around(t('data_auto_keep', { count: '{count}' }), '{count}');
  return (
    <section class="data-section" aria-labelledby="data-auto-heading">
      <h3 id="data-auto-heading">{t('data_auto_heading')}</h3>
      <p class="data-hint">{t('data_auto_hint')}</p>
      <form class="data-actions" onSubmit={(e) => void save(e)}>
        <label>
          {t('data_auto_every')}{' '}
          <select value={every} onChange={(e) => setEvery(e.currentTarget.value as typeof every)}>
            <option value="off">{t('data_auto_off_option')}</option>
            <option value="daily">{t('data_auto_daily_option')}</option>
            <option value="weekly">{t('data_auto_weekly_option')}</option>
          </select>
        </label>
        <label>
          {keepLabel[0]}
          <input type="number" min={1} max={100} value={keep} size={4} onInput={(e) => setKeep(e.currentTarget.value)} />
          {keepLabel[1]}
        </label>
        <button type="submit" class="button-secondary">
          {t('common_save')}
        </button>
      </form>
      {auto && (
        <p class="data-hint" data-testid="auto-backup-line">
          {auto.lastAt === undefined ? t('data_auto_none') : auto.lastFile ? t('data_auto_last_file', { when: when(auto.lastAt), file: auto.lastFile }) : t('data_auto_last', { when: when(auto.lastAt) })}
        </p>
      )}
      {auto?.lastError && (
        <p class="data-error" role="alert">
          {t('data_auto_failed', { when: when(auto.lastError.at), error: auto.lastError.message })}
        </p>
      )}
      <SectionStatus status={status} error={error} />
    </section>
  );
}

async function fileBytes(input: HTMLInputElement): Promise<{ name: string; bytes: Uint8Array } | null> {
  const file = input.files?.[0];
  if (!file) return null;
  return { name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) };
}

function BackupRestore({ onChanged }: { onChanged: () => void }) {
  const [backupBusy, setBackupBusy] = useState<{ done: number; total: number } | null>(null);
  const [status, setStatus] = useState('');
  const [error, setError] = useState('');
  // The restore in progress: the file, its validation, its plan.
  const [restore, setRestore] = useState<{
    name: string;
    backup?: Backup;
    errors?: PathIssue[];
    warnings?: PathIssue[];
    plan?: RestorePlan;
    seen?: Map<string, Client>;
  } | null>(null);
  const [prefer, setPrefer] = useState<Prefer>('backup');
  const [restoreSettings, setRestoreSettings] = useState(true);
  const [applying, setApplying] = useState<ApplyProgress | null>(null);

  const backUp = async () => {
    setError('');
    setStatus('');
    setBackupBusy({ done: 0, total: 0 });
    try {
      const now = Date.now();
      const { parts, counts } = await runBackup(send, { appVersion: browser.runtime.getManifest().version, now, onProgress: (p) => setBackupBusy({ done: p.done, total: p.total }) });
      download(parts, backupFileName(now), 'application/json');
      await send('noteBackup', { at: now });
      setStatus(t('data_backup_saved', { clients: tn('data_n_clients', counts.clients), interactions: tn('data_n_interactions', counts.interactions), trash: tn('data_n_in_trash', counts.trash) }));
      onChanged();
    } catch (e) {
      setError(t('data_backup_failed', { error: messageOf(e) }));
    } finally {
      setBackupBusy(null);
    }
  };

  const plan = async (backup: Backup, name: string, p: Prefer, settings: boolean, warnings: PathIssue[]) => {
    const { planRestore } = await import('../../lib/backup/restore-plan');
    const at = new Map<string, { clientId: string; at: number }>();
    for (const i of backup.interactions) at.set(i.id, { clientId: i.clientId, at: i.at });
    const existing = remoteExistingData(send, at);
    const r = await planRestore(backup, existing, { prefer: p, restoreSettings: settings });
    if (r.ok) setRestore({ name, backup, warnings, plan: r.plan, seen: existing.seen });
    else setRestore({ name, backup, warnings, errors: r.errors });
  };

  const choose = async (e: Event) => {
    const input = e.currentTarget as HTMLInputElement;
    const file = await fileBytes(input);
    input.value = '';
    if (!file) return;
    setStatus('');
    setError('');
    setRestore({ name: file.name });
    try {
      const { validateBackup } = await import('../../lib/backup/validate');
      const v = validateBackup(new TextDecoder().decode(file.bytes));
      if (!v.ok) return setRestore({ name: file.name, errors: v.errors, warnings: v.warnings });
      await plan(v.backup, file.name, prefer, restoreSettings, v.warnings);
    } catch (x) {
      setRestore(null);
      setError(t('data_could_not_read', { file: file.name, error: messageOf(x) }));
    }
  };

  const replan = (p: Prefer, s: boolean) => {
    setPrefer(p);
    setRestoreSettings(s);
    if (restore?.backup) void plan(restore.backup, restore.name, p, s, restore.warnings ?? []).catch((x) => setError(messageOf(x)));
  };

  const apply = async () => {
    if (!restore?.plan || !restore.seen) return;
    const { plan: p } = restore;
    const portals = p.writes.portals;
    // The first await of the click: the browser asks for the new portals' sites only inside a user gesture.
    const asked = portals.length ? browser.permissions.request({ origins: portals.map((x) => `${x.origin}/*`) }).catch(() => false) : Promise.resolve(true);
    setApplying({ phase: 'staging', staged: 0, chunks: 1 });
    setError('');
    try {
      const granted = await asked;
      // Settings, deadline settings and portals land in the commit's own transaction, with the records.
      const r = await applyRecords(send, 'restore', restoreRecords(p, restore.seen), setApplying, restoreMeta(p));
      setRestore(null);
      const clients = p.writes.clients.length + p.writes.trash.length;
      const interactions = p.writes.interactions.length + p.writes.trash.reduce((k, t) => k + t.interactions.length, 0);
      const added = r.portals ?? [];
      const hosts = formatList(added.map((o) => new URL(o).host));
      setStatus(
        [
          t('data_restored', {
            file: restore.name,
            clients: tn('data_n_clients', clients),
            interactions: tn('data_n_interactions', interactions),
            deadlines: tn('data_n_deadlines', p.writes.deadlines.length),
            questions: tn('data_n_open_questions', p.writes.questions.length),
          }),
          r.settings ? t('data_restored_settings') : '',
          added.length ? t('data_restored_portals', { hosts }) : '',
          added.length && !granted ? t('data_restored_portals_denied', { hosts }) : '',
        ]
          .filter(Boolean)
          .join(' '),
      );
      onChanged();
    } catch (x) {
      setError(t('data_restore_failed', { error: messageOf(x) }));
    } finally {
      setApplying(null);
    }
  };

  return (
    <section class="data-section" aria-labelledby="data-backup-heading">
      <h3 id="data-backup-heading">{t('data_backup_heading')}</h3>
      <p class="data-hint">{t('data_backup_hint')}</p>
      <div class="data-actions">
        <button type="button" class="button-primary" disabled={!!backupBusy || !!applying} onClick={() => void backUp()}>
          {backupBusy ? t('data_backing_up') : t('data_back_up_now')}
        </button>
        <label class="button-secondary data-file">
          {t('data_restore_from')}
          <input type="file" accept=".json,application/json" class="data-visually-hidden" disabled={!!applying} onChange={(e) => void choose(e)} />
        </label>
      </div>
      {backupBusy && <ProgressLine label={t('data_backing_up_label')} value={backupBusy.done} max={backupBusy.total} />}
      {restore && (
        <RestorePreview
          fileName={restore.name}
          plan={restore.plan}
          errors={restore.errors}
          warnings={restore.warnings}
          prefer={prefer}
          restoreSettings={restoreSettings}
          busy={!!applying}
          onPreferChange={(p) => replan(p, restoreSettings)}
          onRestoreSettingsChange={(s) => replan(prefer, s)}
          onConfirm={() => void apply()}
          onCancel={() => setRestore(null)}
        />
      )}
      {applying && <ProgressLine label={applying.phase === 'committing' ? t('data_saving_all') : t('data_preparing_restore')} value={applying.staged} max={applying.chunks} />}
      <SectionStatus status={status} error={error} />
    </section>
  );
}

/**
 * "Undo this import" / "Undo this restore": the last job's snapshot
 * (lib/db/repos/snapshots.ts), until the next import or restore. The user
 * confirms first, since undo also takes back whatever was written to those
 * clients since.
 */
function UndoLastJob({ changed, onChanged }: { changed: number; onChanged: () => void }) {
  const [last, setLast] = useState<ReplyMap['lastSnapshot'] | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState('');
  const [error, setError] = useState('');
  useEffect(() => {
    setConfirming(false);
    send('lastSnapshot', {}).then(setLast, (e) => setError(messageOf(e)));
  }, [changed]);
  const undo = last && 'undo' in last ? last.undo : null;
  const isRestore = undo?.kind === 'restore';
  const run = async () => {
    if (!undo) return;
    setBusy(true);
    setError('');
    try {
      const r = await send('undoSnapshot', { id: undo.id });
      const clauses = { removed: tn('data_undo_removed', r.added), restored: tn('data_undo_restored', r.changed) };
      const settingsBack = r.settings || r.deadlineSettings;
      setStatus(
        [
          r.kind === 'restore' ? t('data_undone_restore', clauses) : t('data_undone_import', clauses),
          settingsBack && r.portals ? t('data_undone_settings_portals') : settingsBack ? t('data_undone_settings') : r.portals ? t('data_undone_portals') : '',
        ]
          .filter(Boolean)
          .join(' '),
      );
      onChanged();
    } catch (x) {
      setError(t('data_undo_failed', { error: messageOf(x) }));
    } finally {
      setBusy(false);
      setConfirming(false);
    }
  };
  return (
    <section class="data-section" aria-labelledby="data-undo-heading">
      <h3 id="data-undo-heading">{t('data_undo_heading')}</h3>
      {last === null ? (
        <p class="data-hint">{t('data_reading')}</p>
      ) : !undo ? (
        <p class="data-hint" data-testid="undo-none">
          {'reason' in last ? last.reason : ''}
        </p>
      ) : (
        <>
          <p class="data-hint">
            {t(isRestore ? 'data_undo_last_restore' : 'data_undo_last_import', { when: when(undo.createdAt), added: tn('data_n_clients', undo.added), changed: n(undo.changed) })}
          </p>
          <div class="data-actions">
            {confirming ? (
              <>
                <button type="button" class="button-danger" disabled={busy} onClick={() => void run()}>
                  {busy ? t('data_undoing') : isRestore ? t('data_undo_confirm_restore') : t('data_undo_confirm_import')}
                </button>
                <button type="button" class="button-secondary" disabled={busy} onClick={() => setConfirming(false)}>
                  {t('data_undo_keep')}
                </button>
              </>
            ) : (
              <button type="button" class="button-secondary" onClick={() => setConfirming(true)}>
                {isRestore ? t('data_undo_restore') : t('data_undo_import')}
              </button>
            )}
          </div>
        </>
      )}
      <SectionStatus status={status} error={error} />
    </section>
  );
}

type ImportState =
  | { step: 'mapping'; name: string; table: CsvTable; mapping: Mapping }
  | { step: 'preview'; name: string; preview: Preview; seen: Map<string, Client> }
  | { step: 'error'; name: string; line: number; message: string };

function ImportContacts({ onChanged }: { onChanged: () => void }) {
  const [state, setState] = useState<ImportState | null>(null);
  const [busy, setBusy] = useState<ApplyProgress | null>(null);
  const [status, setStatus] = useState('');
  const [error, setError] = useState('');

  const toPreview = async (name: string, rows: Parameters<typeof previewImport>[0]) => {
    const existing = remoteExistingData(send);
    const preview = await previewImport(rows, existing);
    setState({ step: 'preview', name, preview, seen: existing.seen });
  };

  const choose = async (e: Event) => {
    const input = e.currentTarget as HTMLInputElement;
    const file = await fileBytes(input);
    input.value = '';
    if (!file) return;
    setStatus('');
    setError('');
    try {
      const r = await readContactsFile(file.name, file.bytes);
      if (r.kind === 'error') return setState({ step: 'error', name: file.name, ...r.error });
      if (r.kind === 'vcard') return await toPreview(file.name, r.rows);
      // A known export (Google, Outlook, Clio, our own) goes straight to the preview; any other CSV is matched first.
      if (r.mapping.certain) return await toPreview(file.name, await csvRowsToClients(r.table, r.mapping));
      setState({ step: 'mapping', name: file.name, table: r.table, mapping: r.mapping });
    } catch (x) {
      setError(t('data_could_not_read', { file: file.name, error: messageOf(x) }));
    }
  };

  const confirm = async () => {
    if (state?.step !== 'preview') return;
    setBusy({ phase: 'staging', staged: 0, chunks: 1 });
    setError('');
    try {
      await applyRecords(send, 'import', importRecords(state.preview, state.seen, Date.now()), setBusy);
      const c = state.preview.counts;
      setStatus(
        t('data_imported', {
          file: state.name,
          created: tn('data_n_new_clients', c.new),
          merged: tn('data_n_merged_clients', c.merged),
          duplicates: tn('data_n_duplicates', c.duplicate),
          errors: tn('data_n_error_rows', c.error),
        }),
      );
      setState(null);
      onChanged();
    } catch (x) {
      setError(t('data_import_failed', { error: messageOf(x) }));
    } finally {
      setBusy(null);
    }
  };

  return (
    <section class="data-section" aria-labelledby="data-import-section">
      <h3 id="data-import-section">{t('data_import_heading')}</h3>
      <p class="data-hint">{t('data_import_hint')}</p>
      <label class="button-secondary data-file">
        {t('data_choose_contacts')}
        <input type="file" accept=".csv,.vcf,.vcard,text/csv,text/vcard" class="data-visually-hidden" disabled={!!busy} onChange={(e) => void choose(e)} />
      </label>
      {state?.step === 'error' && (
        <p class="data-error" role="alert">
          {state.line ? t('data_import_refused_line', { file: state.name, line: state.line, reason: state.message }) : t('data_import_refused', { file: state.name, reason: state.message })}
        </p>
      )}
      {state?.step === 'mapping' && (
        <ColumnMapping
          fileName={state.name}
          mapping={state.mapping}
          samples={state.table.rows.slice(0, 5).map((r) => r.cells)}
          problem={mappingProblem(state.mapping)}
          onChange={(mapping) => setState({ ...state, mapping })}
          onConfirm={() => void csvRowsToClients(state.table, state.mapping).then((rows) => toPreview(state.name, rows)).catch((x) => setError(messageOf(x)))}
          onCancel={() => setState(null)}
        />
      )}
      {state?.step === 'preview' && <ImportPreview fileName={state.name} preview={state.preview} busy={!!busy} onConfirm={() => void confirm()} onCancel={() => setState(null)} />}
      {busy && <ProgressLine label={busy.phase === 'committing' ? t('data_saving_all') : t('data_preparing_import')} value={busy.staged} max={busy.chunks} />}
      <SectionStatus status={status} error={error} />
      {state?.step === 'preview' && <p class="data-visually-hidden">{summarise(state.preview.counts)}</p>}
    </section>
  );
}

/** Reads a section page by page, handing each page on: exports never hold the whole database in one message. */
async function eachPage(section: 'clients' | 'interactions', fn: (page: { clients: Client[]; interactions: import('../../lib/model/interaction').Interaction[] }) => void): Promise<void> {
  let after: string | undefined;
  do {
    const page = await send('backupPage', after === undefined ? { section, limit: 2000 } : { section, after, limit: 2000 });
    fn(page);
    after = page.next;
  } while (after !== undefined);
}

function ExportData() {
  const [busy, setBusy] = useState('');
  const [status, setStatus] = useState('');
  const [error, setError] = useState('');
  const run = async (label: string, make: () => Promise<{ parts: string[]; name: string; type: string; count: string }>) => {
    setBusy(label);
    setStatus('');
    setError('');
    try {
      const r = await make();
      download(r.parts, r.name, r.type);
      setStatus(t('data_exported', { count: r.count, file: r.name }));
    } catch (x) {
      setError(t('data_export_failed', { error: messageOf(x) }));
    } finally {
      setBusy('');
    }
  };
  const clientsCsv = async () => {
    const { clientsCsvChunk } = await loadCsvExport();
    const parts: string[] = [];
    let count = 0;
    await eachPage('clients', (p) => {
      parts.push(clientsCsvChunk(p.clients, parts.length === 0));
      count += p.clients.length;
    });
    return { parts, name: exportFileName('clients', 'csv', Date.now()), type: 'text/csv;charset=utf-8', count: tn('data_n_clients', count) };
  };
  const clientsVcf = async () => {
    const { clientsVcardChunk } = await loadVcardExport();
    const parts: string[] = [];
    let count = 0;
    await eachPage('clients', (p) => {
      parts.push(clientsVcardChunk(p.clients));
      count += p.clients.length;
    });
    return { parts, name: exportFileName('clients', 'vcf', Date.now()), type: 'text/vcard;charset=utf-8', count: tn('data_n_clients', count) };
  };
  const interactionsCsv = async () => {
    const { interactionsCsvChunk } = await loadCsvExport();
    // Names first (one small record each), then interactions page by page.
    const names = new Map<string, string>();
    await eachPage('clients', (p) => p.clients.forEach((c) => names.set(c.id, c.name)));
    const parts: string[] = [];
    let count = 0;
    await eachPage('interactions', (p) => {
      parts.push(interactionsCsvChunk(p.interactions, names, parts.length === 0));
      count += p.interactions.length;
    });
    if (!parts.length) parts.push(interactionsCsvChunk([], names, true));
    return { parts, name: exportFileName('interactions', 'csv', Date.now()), type: 'text/csv;charset=utf-8', count: tn('data_n_interactions', count) };
  };
  return (
    <section class="data-section" aria-labelledby="data-export-heading">
      <h3 id="data-export-heading">{t('data_export_heading')}</h3>
      <p class="data-hint">{t('data_export_hint')}</p>
      <div class="data-actions">
        <button type="button" class="button-secondary" disabled={!!busy} onClick={() => void run('clients-csv', clientsCsv)}>
          {t('data_export_clients_csv')}
        </button>
        <button type="button" class="button-secondary" disabled={!!busy} onClick={() => void run('clients-vcf', clientsVcf)}>
          {t('data_export_clients_vcard')}
        </button>
        <button type="button" class="button-secondary" disabled={!!busy} onClick={() => void run('interactions-csv', interactionsCsv)}>
          {t('data_export_interactions_csv')}
        </button>
      </div>
      <SectionStatus status={busy ? t('data_exporting') : status} error={error} />
    </section>
  );
}

function Trash({ changed, onChanged }: { changed: number; onChanged: () => void }) {
  const [entries, setEntries] = useState<TrashEntry[] | null>(null);
  const [confirming, setConfirming] = useState<string | null>(null);
  const [status, setStatus] = useState('');
  const [error, setError] = useState('');
  useEffect(() => {
    send('listTrash', {}).then(
      (r) => setEntries(r.clients),
      (e) => setError(messageOf(e)),
    );
  }, [changed]);
  const act = async (what: () => Promise<unknown>, done: string) => {
    setError('');
    try {
      await what();
      setStatus(done);
      setConfirming(null);
      onChanged();
    } catch (x) {
      setError(messageOf(x));
    }
  };
  return (
    <section class="data-section" aria-labelledby="data-trash-heading">
      <h3 id="data-trash-heading">{t('data_trash_heading')}</h3>
      {entries === null ? (
        <p class="data-hint">{t('data_reading')}</p>
      ) : entries.length === 0 ? (
        <p class="data-hint">{t('data_trash_empty')}</p>
      ) : (
        <table class="data-table">
          <caption class="data-visually-hidden">{t('data_trash_caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('data_trash_client')}</th>
              <th scope="col">{t('data_trash_deleted')}</th>
              <th scope="col">{t('data_trash_purge')}</th>
              <th scope="col">
                <span class="data-visually-hidden">{t('data_trash_actions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {entries.map((item) => (
              <tr key={item.id}>
                <th scope="row">{item.name}</th>
                <td>{when(item.trashedAt)}</td>
                <td>{day(item.purgeAt)}</td>
                <td class="data-actions">
                  {confirming === item.id ? (
                    <>
                      <button type="button" class="button-danger" onClick={() => void act(() => send('deleteClientForever', { id: item.id }), t('data_trash_deleted_for_good', { name: item.name }))}>
                        {t('data_trash_delete_confirm', { name: item.name })}
                      </button>
                      <button type="button" class="button-secondary" onClick={() => setConfirming(null)}>
                        {t('data_trash_keep')}
                      </button>
                    </>
                  ) : (
                    <>
                      <button type="button" class="button-secondary" aria-label={t('data_trash_restore_name', { name: item.name })} onClick={() => void act(() => send('restoreClient', { id: item.id }), t('data_trash_restored', { name: item.name }))}>
                        {t('data_trash_restore')}
                      </button>
                      <button type="button" class="button-secondary" aria-label={t('data_trash_delete_name', { name: item.name })} onClick={() => setConfirming(item.id)}>
                        {t('data_trash_delete')}
                      </button>
                    </>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <SectionStatus status={status} error={error} />
    </section>
  );
}

/**
 * The line under each section: what the last action did (announced politely),
 * and what went wrong, if anything (announced at once).
 */
function SectionStatus({ status, error }: { status: ComponentChildren; error: ComponentChildren }) {
  return (
    <>
      <p class="data-result" role="status">
        {status}
      </p>
      {error && (
        <p class="data-error" role="alert">
          {error}
        </p>
      )}
    </>
  );
}
