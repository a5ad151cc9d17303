// Options → Data: storage health, back up and restore, import contacts,
// export, and the trash. The pure work lives in lib/backup, lib/import and
// lib/export; this view reads files, drives those steps over the protocol and
// saves downloads. Every write goes through the staged bulk engine: all or
// nothing, and nothing before the user confirms a preview.
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
import './data.css';

const send: Send = rawSend;
const n = (x: number) => x.toLocaleString('en-US');
const messageOf = (e: unknown) => (e instanceof RapportError ? e.message : e instanceof Error ? e.message : 'Something went wrong.');
const when = (t: number) => new Date(t).toLocaleString();
const day = (t: number) => new Date(t).toLocaleDateString();

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
      <h2 id="data-heading">Data</h2>
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
  const mb = (b: number | undefined) => (b === undefined ? '?' : `${(b / 1_048_576).toFixed(1)} MB`);
  const reminder = health && backupReminder(health, Date.now());
  return (
    <section class="data-section" aria-labelledby="data-storage-heading">
      <h3 id="data-storage-heading">Storage</h3>
      {health?.counts ? (
        <p class="data-storage" data-testid="storage-line">
          {n(health.counts.clients)} clients with {n(health.counts.interactions)} interactions; {n(health.counts.trash)} in the trash.{' '}
          {estimate ? `Storage used: ${mb(estimate.usage)}` : 'Storage used: unknown'}
          {unlimited ? ' (unlimited storage granted' : ' (limited storage'}
          {persisted ? ', kept by the browser even when space runs low).' : ').'}{' '}
          {health.lastBackupAt === undefined ? 'No backup yet.' : `Last backup: ${when(health.lastBackupAt)}.`}
        </p>
      ) : (
        <p class="data-hint">Reading…</p>
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
    if (!Number.isInteger(k) || k < 1 || k > 100) return setError('Keep between 1 and 100 backup files.');
    try {
      const current = await send('getSettings', {});
      await send('updateSettings', { settings: { ...current, backup: { ...current.backup, auto: every, keep: k } } });
      setStatus(every === 'off' ? 'Automatic backups are off.' : `Automatic backups: ${every}, keeping the last ${n(k)} in “Rapport backups” in your downloads folder.`);
      onChanged();
    } catch (x) {
      setError(`Not saved: ${messageOf(x)}`);
    }
  };
  return (
    <section class="data-section" aria-labelledby="data-auto-heading">
      <h3 id="data-auto-heading">Automatic backups</h3>
      <p class="data-hint">Rapport saves a backup into a “Rapport backups” folder in your downloads, even with no Rapport page open, and deletes its own older backups there beyond the number you keep.</p>
      <form class="data-actions" onSubmit={(e) => void save(e)}>
        <label>
          Back up automatically{' '}
          <select value={every} onChange={(e) => setEvery(e.currentTarget.value as typeof every)}>
            <option value="off">Off</option>
            <option value="daily">Daily</option>
            <option value="weekly">Weekly</option>
          </select>
        </label>
        <label>
          Keep the last{' '}
          <input type="number" min={1} max={100} value={keep} size={4} onInput={(e) => setKeep(e.currentTarget.value)} /> backups
        </label>
        <button type="submit" class="button-secondary">
          Save
        </button>
      </form>
      {auto && (
        <p class="data-hint" data-testid="auto-backup-line">
          {auto.lastAt === undefined ? 'No automatic backup yet.' : `Last automatic backup: ${when(auto.lastAt)}${auto.lastFile ? `, saved as ${auto.lastFile}` : ''}.`}
        </p>
      )}
      {auto?.lastError && (
        <p class="data-error" role="alert">
          The automatic backup of {when(auto.lastError.at)} failed: {auto.lastError.message}
        </p>
      )}
      <p class="data-result" role="status">
        {status}
      </p>
      {error && (
        <p class="data-error" role="alert">
          {error}
        </p>
      )}
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
      setStatus(`Backup saved: ${n(counts.clients)} clients, ${n(counts.interactions)} interactions, ${n(counts.trash)} in the trash.`);
      onChanged();
    } catch (e) {
      setError(`The backup failed: ${messageOf(e)}`);
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
      setError(`Could not read ${file.name}: ${messageOf(x)}`);
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
      const hosts = added.map((o) => new URL(o).host).join(', ');
      setStatus(
        `Restored from ${restore.name}: ${n(clients)} clients, ${n(interactions)} interactions, ${n(p.writes.deadlines.length)} deadlines and ${n(p.writes.questions.length)} open questions written${r.settings ? '; settings restored' : ''}${added.length ? `; portals added: ${hosts}` : ''}.` +
          (added.length && !granted ? ` Your browser did not allow Rapport to read ${hosts}: remove and add them again in Settings → Portals when you want Rapport there.` : ''),
      );
      onChanged();
    } catch (x) {
      setError(`The restore failed and nothing was changed: ${messageOf(x)}`);
    } finally {
      setApplying(null);
    }
  };

  return (
    <section class="data-section" aria-labelledby="data-backup-heading">
      <h3 id="data-backup-heading">Back up and restore</h3>
      <p class="data-hint">A backup is one file with every client, interaction, deadline, open question, setting and added portal. Keep it somewhere safe; restore it here on any computer.</p>
      <div class="data-actions">
        <button type="button" class="button-primary" disabled={!!backupBusy || !!applying} onClick={() => void backUp()}>
          {backupBusy ? 'Backing up…' : 'Back up now'}
        </button>
        <label class="button-secondary data-file">
          Restore from a backup…
          <input type="file" accept=".json,application/json" class="data-visually-hidden" disabled={!!applying} onChange={(e) => void choose(e)} />
        </label>
      </div>
      {backupBusy && <ProgressLine label="Backing up" value={backupBusy.done} max={backupBusy.total} />}
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
      {applying && <ProgressLine label={applying.phase === 'committing' ? 'Saving everything at once' : 'Preparing the restore'} value={applying.staged} max={applying.chunks} />}
      <p class="data-result" role="status">
        {status}
      </p>
      {error && (
        <p class="data-error" role="alert">
          {error}
        </p>
      )}
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
  const what = undo?.kind === 'restore' ? 'restore' : 'import';
  const run = async () => {
    if (!undo) return;
    setBusy(true);
    setError('');
    try {
      const r = await send('undoSnapshot', { id: undo.id });
      const also = [r.settings || r.deadlineSettings ? 'the settings' : '', r.portals ? 'the portal list' : ''].filter(Boolean).join(' and ');
      setStatus(`The ${r.kind} was undone: ${n(r.added)} clients it added were removed and ${n(r.changed)} clients it changed are back as they were${also ? `, and so are ${also}` : ''}.`);
      onChanged();
    } catch (x) {
      setError(`The undo failed and nothing was changed: ${messageOf(x)}`);
    } finally {
      setBusy(false);
      setConfirming(false);
    }
  };
  return (
    <section class="data-section" aria-labelledby="data-undo-heading">
      <h3 id="data-undo-heading">Undo the last import or restore</h3>
      {last === null ? (
        <p class="data-hint">Reading…</p>
      ) : !undo ? (
        <p class="data-hint" data-testid="undo-none">
          {'reason' in last ? last.reason : ''}
        </p>
      ) : (
        <>
          <p class="data-hint">
            The last {what} ({when(undo.createdAt)}) added {n(undo.added)} clients and changed {n(undo.changed)}. Undo puts those clients back exactly as they were before it, so anything written to them since is taken back too
            {what === 'restore' ? '; the settings and portals the restore replaced come back as well.' : '.'}
          </p>
          <div class="data-actions">
            {confirming ? (
              <>
                <button type="button" class="button-danger" disabled={busy} onClick={() => void run()}>
                  {busy ? 'Undoing…' : `Yes, undo the ${what}`}
                </button>
                <button type="button" class="button-secondary" disabled={busy} onClick={() => setConfirming(false)}>
                  Keep it
                </button>
              </>
            ) : (
              <button type="button" class="button-secondary" onClick={() => setConfirming(true)}>
                Undo this {what}
              </button>
            )}
          </div>
        </>
      )}
      <p class="data-result" role="status">
        {status}
      </p>
      {error && (
        <p class="data-error" role="alert">
          {error}
        </p>
      )}
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
      setError(`Could not read ${file.name}: ${messageOf(x)}`);
    }
  };

  const confirm = async () => {
    if (state?.step !== 'preview') return;
    setBusy({ phase: 'staging', staged: 0, chunks: 1 });
    setError('');
    try {
      await applyRecords(send, 'import', importRecords(state.preview, state.seen, Date.now()), setBusy);
      const c = state.preview.counts;
      setStatus(`Imported ${state.name}: ${n(c.new)} new clients, ${n(c.merged)} merged into existing clients, ${n(c.duplicate)} duplicates and ${n(c.error)} rows with errors left out.`);
      setState(null);
      onChanged();
    } catch (x) {
      setError(`The import failed and nothing was changed: ${messageOf(x)}`);
    } finally {
      setBusy(null);
    }
  };

  return (
    <section class="data-section" aria-labelledby="data-import-section">
      <h3 id="data-import-section">Import contacts</h3>
      <p class="data-hint">From Google Contacts, Outlook, Clio (CSV), any other CSV, or vCard (.vcf). You see what each row will do before anything is saved.</p>
      <label class="button-secondary data-file">
        Choose a contacts file…
        <input type="file" accept=".csv,.vcf,.vcard,text/csv,text/vcard" class="data-visually-hidden" disabled={!!busy} onChange={(e) => void choose(e)} />
      </label>
      {state?.step === 'error' && (
        <p class="data-error" role="alert">
          {state.name} cannot be imported: {state.line ? `line ${state.line}: ` : ''}
          {state.message} Nothing was changed.
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
      {busy && <ProgressLine label={busy.phase === 'committing' ? 'Saving everything at once' : 'Preparing the import'} value={busy.staged} max={busy.chunks} />}
      <p class="data-result" role="status">
        {status}
      </p>
      {error && (
        <p class="data-error" role="alert">
          {error}
        </p>
      )}
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
      setStatus(`Exported ${r.count} as ${r.name}.`);
    } catch (x) {
      setError(`The export failed: ${messageOf(x)}`);
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
    return { parts, name: exportFileName('clients', 'csv', Date.now()), type: 'text/csv;charset=utf-8', count: `${n(count)} clients` };
  };
  const clientsVcf = async () => {
    const { clientsVcardChunk } = await loadVcardExport();
    const parts: string[] = [];
    let count = 0;
    await eachPage('clients', (p) => {
      parts.push(clientsVcardChunk(p.clients));
      count += p.clients.length;
    });
    return { parts, name: exportFileName('clients', 'vcf', Date.now()), type: 'text/vcard;charset=utf-8', count: `${n(count)} clients` };
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
    return { parts, name: exportFileName('interactions', 'csv', Date.now()), type: 'text/csv;charset=utf-8', count: `${n(count)} interactions` };
  };
  return (
    <section class="data-section" aria-labelledby="data-export-heading">
      <h3 id="data-export-heading">Export</h3>
      <p class="data-hint">For a spreadsheet or another system. To move Rapport to another computer, use a backup instead: it keeps everything.</p>
      <div class="data-actions">
        <button type="button" class="button-secondary" disabled={!!busy} onClick={() => void run('clients-csv', clientsCsv)}>
          Clients (CSV)
        </button>
        <button type="button" class="button-secondary" disabled={!!busy} onClick={() => void run('clients-vcf', clientsVcf)}>
          Clients (vCard)
        </button>
        <button type="button" class="button-secondary" disabled={!!busy} onClick={() => void run('interactions-csv', interactionsCsv)}>
          Interactions (CSV)
        </button>
      </div>
      <p class="data-result" role="status">
        {busy ? 'Exporting…' : status}
      </p>
      {error && (
        <p class="data-error" role="alert">
          {error}
        </p>
      )}
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
      <h3 id="data-trash-heading">Trash</h3>
      {entries === null ? (
        <p class="data-hint">Reading…</p>
      ) : entries.length === 0 ? (
        <p class="data-hint">The trash is empty.</p>
      ) : (
        <table class="data-table">
          <caption class="data-visually-hidden">Deleted clients</caption>
          <thead>
            <tr>
              <th scope="col">Client</th>
              <th scope="col">Deleted</th>
              <th scope="col">Deleted for good on</th>
              <th scope="col">
                <span class="data-visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {entries.map((t) => (
              <tr key={t.id}>
                <th scope="row">{t.name}</th>
                <td>{when(t.trashedAt)}</td>
                <td>{day(t.purgeAt)}</td>
                <td class="data-actions">
                  {confirming === t.id ? (
                    <>
                      <button type="button" class="button-danger" onClick={() => void act(() => send('deleteClientForever', { id: t.id }), `${t.name} was deleted for good.`)}>
                        Delete {t.name} and their history for good
                      </button>
                      <button type="button" class="button-secondary" onClick={() => setConfirming(null)}>
                        Keep
                      </button>
                    </>
                  ) : (
                    <>
                      <button type="button" class="button-secondary" aria-label={`Restore ${t.name}`} onClick={() => void act(() => send('restoreClient', { id: t.id }), `${t.name} is back in your clients.`)}>
                        Restore
                      </button>
                      <button type="button" class="button-secondary" aria-label={`Delete ${t.name} forever`} onClick={() => setConfirming(t.id)}>
                        Delete forever
                      </button>
                    </>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <p class="data-result" role="status">
        {status}
      </p>
      {error && (
        <p class="data-error" role="alert">
          {error}
        </p>
      )}
    </section>
  );
}
