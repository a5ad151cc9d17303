// What a restore will do, before it does it: the backup's date, counts of
// what is new, already there, merged or in conflict, and — when the file
// cannot be restored — every error with its path. Props in, callbacks out.
import type { PathIssue } from '../../lib/backup/issues';
import { formatIssue } from '../../lib/backup/issues';
import type { ClientOutcomeKind, Prefer, RestorePlan } from '../../lib/backup/restore-plan';

export interface RestorePreviewProps {
  fileName: string;
  /** The plan, when the file is valid and planning succeeded. */
  plan?: RestorePlan;
  /** Validation or planning errors; when present the file cannot be restored. */
  errors?: readonly PathIssue[];
  warnings?: readonly PathIssue[];
  prefer: Prefer;
  restoreSettings: boolean;
  busy?: boolean;
  /** Errors and conflicts shown at once; the rest are counted. */
  listLimit?: number;
  onPreferChange: (p: Prefer) => void;
  onRestoreSettingsChange: (v: boolean) => void;
  onConfirm: () => void;
  onCancel: () => void;
}

const n = (x: number) => x.toLocaleString('en-US');

const KIND: Record<ClientOutcomeKind, string> = {
  new: 'New',
  unchanged: 'Already here, unchanged',
  merged: 'Merged into an existing client',
  conflict: 'Conflict',
  ambiguous: 'Matches several clients (added separately)',
  'from-trash': 'Brought back from the trash',
};

export function restoreSummary(p: RestorePlan): string {
  const c = p.counts.clients;
  const i = p.counts.interactions;
  return `Clients: ${n(c.new)} new, ${n(c.unchanged + c.merged + c.conflict)} already here (${n(c.conflict)} in conflict). Interactions: ${n(i.new)} new, ${n(i.unchanged + i.conflict + i.duplicate)} already here.`;
}

export function RestorePreview(props: RestorePreviewProps) {
  const { fileName, plan, errors, warnings, prefer, restoreSettings, busy, listLimit = 200 } = props;
  const failed = !!errors?.length || !plan;
  return (
    <section class="data-step" aria-labelledby="data-restore-heading">
      <h3 id="data-restore-heading">Restore preview: {fileName}</h3>
      {failed ? (
        <>
          <p class="data-counts" role="status" aria-live="polite">
            {errors?.length ? `This file cannot be restored: ${n(errors.length)} ${errors.length === 1 ? 'error' : 'errors'}. Nothing has been changed.` : 'Reading the backup…'}
          </p>
          {!!errors?.length && (
            <ul class="data-errors" aria-label="Errors in the backup file">
              {errors.slice(0, listLimit).map((e, k) => (
                <li key={k}>
                  <code>{e.path || '(file)'}</code> {e.message}
                </li>
              ))}
              {errors.length > listLimit && <li class="data-muted">…and {n(errors.length - listLimit)} more.</li>}
            </ul>
          )}
        </>
      ) : (
        <RestorePlanView {...props} plan={plan} prefer={prefer} restoreSettings={restoreSettings} listLimit={listLimit} />
      )}
      {!!warnings?.length && (
        <ul class="data-warnings" aria-label="Warnings">
          {warnings.map((w, k) => (
            <li key={k}>{formatIssue(w)}</li>
          ))}
        </ul>
      )}
      <div class="data-actions">
        {!failed && (
          <button type="button" class="button-primary" disabled={busy} onClick={props.onConfirm}>
            {busy ? 'Restoring…' : 'Restore'}
          </button>
        )}
        <button type="button" class="button-secondary" disabled={busy} onClick={props.onCancel}>
          {failed ? 'Close' : 'Cancel'}
        </button>
      </div>
    </section>
  );
}

function RestorePlanView({ plan, prefer, restoreSettings, listLimit, onPreferChange, onRestoreSettingsChange }: RestorePreviewProps & { plan: RestorePlan; listLimit: number }) {
  const c = plan.counts;
  const noteworthy = plan.clients.filter((o) => o.outcome === 'conflict' || o.outcome === 'ambiguous' || o.outcome === 'from-trash' || o.outcome === 'merged');
  const made = new Date(plan.createdAt);
  return (
    <>
      <p class="data-hint">
        Backup made {Number.isNaN(made.getTime()) ? plan.createdAt : made.toLocaleString()} by Rapport {plan.appVersion}. Nothing you have is deleted: records already here are merged, lists are combined.
      </p>
      <p class="data-counts" role="status" aria-live="polite">
        {restoreSummary(plan)}
      </p>
      <table class="data-table">
        <caption>What the restore will do</caption>
        <thead>
          <tr>
            <th scope="col">Records</th>
            <th scope="col">New</th>
            <th scope="col">Already here</th>
            <th scope="col">Merged</th>
            <th scope="col">Conflicts</th>
            <th scope="col">Other</th>
          </tr>
        </thead>
        <tbody>
          <tr>
            <th scope="row">Clients</th>
            <td>{n(c.clients.new)}</td>
            <td>{n(c.clients.unchanged)}</td>
            <td>{n(c.clients.merged)}</td>
            <td>{n(c.clients.conflict)}</td>
            <td>{c.clients.ambiguous + c.clients['from-trash'] ? `${n(c.clients.ambiguous)} ambiguous, ${n(c.clients['from-trash'])} from the trash` : '—'}</td>
          </tr>
          <tr>
            <th scope="row">Interactions and filings</th>
            <td>{n(c.interactions.new)}</td>
            <td>{n(c.interactions.unchanged)}</td>
            <td>—</td>
            <td>{n(c.interactions.conflict)}</td>
            <td>{c.interactions.duplicate ? `${n(c.interactions.duplicate)} already logged, skipped` : '—'}</td>
          </tr>
          <tr>
            <th scope="row">Trash</th>
            <td>{n(c.trash.new)}</td>
            <td>{n(c.trash.existing)}</td>
            <td>—</td>
            <td>—</td>
            <td>—</td>
          </tr>
          {(['deadlines', 'questions'] as const).map((k) => (
            <tr key={k}>
              <th scope="row">{k === 'deadlines' ? 'Deadlines and promises' : 'Open questions'}</th>
              <td>{n(c[k].new)}</td>
              <td>{n(c[k].unchanged)}</td>
              <td>—</td>
              <td>{n(c[k].conflict)}</td>
              <td>{c[k].skipped ? `${n(c[k].skipped)} of clients already in the trash, skipped` : '—'}</td>
            </tr>
          ))}
          <tr>
            <th scope="row">Portals</th>
            <td>{n(c.portals.new)}</td>
            <td>{n(c.portals.existing)}</td>
            <td>—</td>
            <td>—</td>
            <td>—</td>
          </tr>
        </tbody>
      </table>
      {plan.writes.portals.length > 0 && (
        <>
          <ul class="data-notes" aria-label="New portals">
            {plan.writes.portals.map((p) => (
              <li key={p.origin}>
                <code>{p.origin}</code> {p.efiling ? 'e-filing portal, ' : ''}new: added to your portals
              </li>
            ))}
          </ul>
          <p class="data-hint">When you restore, your browser asks whether Rapport may read {plan.writes.portals.length === 1 ? 'this site' : 'these sites'}: the browser keeps that permission, not the backup.</p>
        </>
      )}
      <fieldset class="data-options">
        <legend>Where the backup and Rapport disagree</legend>
        <label>
          <input type="radio" name="data-prefer" value="backup" checked={prefer === 'backup'} onChange={() => onPreferChange('backup')} /> Use the backup’s value
        </label>
        <label>
          <input type="radio" name="data-prefer" value="current" checked={prefer === 'current'} onChange={() => onPreferChange('current')} /> Keep what Rapport has now
        </label>
      </fieldset>
      <label class="data-check">
        <input type="checkbox" checked={restoreSettings} onChange={(e) => onRestoreSettingsChange((e.currentTarget as HTMLInputElement).checked)} /> Also restore settings
        {plan.settingsChanged ? ' (they differ from yours)' : ''}
      </label>
      {noteworthy.length > 0 && (
        <table class="data-table">
          <caption>Clients that are already here or need a look</caption>
          <thead>
            <tr>
              <th scope="col">Client</th>
              <th scope="col">Outcome</th>
              <th scope="col">Details</th>
            </tr>
          </thead>
          <tbody>
            {noteworthy.slice(0, listLimit).map((o) => (
              <tr key={o.path} class={`data-row-${o.outcome}`}>
                <th scope="row">{o.name}</th>
                <td>{KIND[o.outcome]}</td>
                <td>
                  {o.matchedBy === 'email' && `Same e-mail address (${o.matchedValue}). `}
                  {o.matchedBy === 'case' && `Same case number (${o.matchedValue}). `}
                  {o.differences?.length ? `Differs in ${o.differences.join(', ')}; ${prefer === 'backup' ? 'the backup’s' : 'your current'} value is kept. ` : ''}
                  {o.candidates?.length ? `Matches ${o.candidates.length} clients; added as a separate client, nothing is guessed.` : ''}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {noteworthy.length > listLimit && <p class="data-hint">…and {n(noteworthy.length - listLimit)} more.</p>}
      {plan.interactions.length > 0 && (
        <ul class="data-notes" aria-label="Interactions that need a look">
          {plan.interactions.slice(0, listLimit).map((x) => (
            <li key={x.path}>
              <code>{x.path}</code> {x.detail}
            </li>
          ))}
          {plan.interactions.length > listLimit && <li class="data-muted">…and {n(plan.interactions.length - listLimit)} more.</li>}
        </ul>
      )}
    </>
  );
}
