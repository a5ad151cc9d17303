// What a restore will do, before it does it: the backup's date, counts of
// what is new, already there, merged or in conflict, and — when the file
// cannot be restored — every error with its path. Props in, callbacks out.
import type { PathIssue } from '../../lib/backup/issues';
import { formatIssue } from '../../lib/backup/issues';
import type { ClientOutcomeKind, Prefer, RestorePlan } from '../../lib/backup/restore-plan';
import { formatDateTime, formatList, formatNumber } from '../../lib/i18n/format';
import { t, tn, type StringKey } from '../../lib/i18n/t';

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

const n = formatNumber;
// i18n-ignore: keys of the plan's counts, each row's heading is looked up below
const COUNTED = ['deadlines', 'questions'] as const;

const KIND = {
  new: 'data_kind_new',
  unchanged: 'data_kind_unchanged',
  merged: 'data_kind_merged',
  conflict: 'data_kind_conflict',
  ambiguous: 'data_kind_ambiguous',
  'from-trash': 'data_kind_from_trash',
} as const satisfies Record<ClientOutcomeKind, StringKey>;

export function restoreSummary(p: RestorePlan): string {
  const c = p.counts.clients;
  const i = p.counts.interactions;
  return t('data_restore_summary', {
    clientsNew: c.new,
    clientsHere: c.unchanged + c.merged + c.conflict,
    clientsConflict: c.conflict,
    interactionsNew: i.new,
    interactionsHere: i.unchanged + i.conflict + i.duplicate,
  });
}

export function RestorePreview(props: RestorePreviewProps) {
  const { fileName, plan, errors, warnings, prefer, restoreSettings, busy, listLimit = 200 } = props;
  const failed = !!errors?.length || !plan;
  return (
    <section class="data-step" aria-labelledby="data-restore-heading">
      <h3 id="data-restore-heading">{t('data_restore_heading', { file: fileName })}</h3>
      {failed ? (
        <>
          <p class="data-counts" role="status" aria-live="polite">
            {errors?.length ? tn('data_restore_cannot', errors.length) : t('data_restore_reading')}
          </p>
          {!!errors?.length && (
            <ul class="data-errors" aria-label={t('data_restore_errors_label')}>
              {errors.slice(0, listLimit).map((e, k) => (
                <li key={k}>
                  <code>{e.path || t('data_restore_whole_file')}</code> {e.message}
                </li>
              ))}
              {errors.length > listLimit && <li class="data-muted">{tn('data_and_more', errors.length - listLimit)}</li>}
            </ul>
          )}
        </>
      ) : (
        <RestorePlanView {...props} plan={plan} prefer={prefer} restoreSettings={restoreSettings} listLimit={listLimit} />
      )}
      {!!warnings?.length && (
        <ul class="data-warnings" aria-label={t('data_restore_warnings')}>
          {warnings.map((w, k) => (
            <li key={k}>{formatIssue(w)}</li>
          ))}
        </ul>
      )}
      <div class="data-actions">
        {!failed && (
          <button type="button" class="button-primary" disabled={busy} onClick={props.onConfirm}>
            {busy ? t('data_restoring') : t('data_restore')}
          </button>
        )}
        <button type="button" class="button-secondary" disabled={busy} onClick={props.onCancel}>
          {failed ? t('common_close') : t('common_cancel')}
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
        {t('data_restore_made', { when: Number.isNaN(made.getTime()) ? plan.createdAt : formatDateTime(made), version: plan.appVersion })}
      </p>
      <p class="data-counts" role="status" aria-live="polite">
        {restoreSummary(plan)}
      </p>
      <table class="data-table">
        <caption>{t('data_restore_caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('data_restore_records')}</th>
            <th scope="col">{t('data_restore_new')}</th>
            <th scope="col">{t('data_restore_here')}</th>
            <th scope="col">{t('data_restore_merged')}</th>
            <th scope="col">{t('data_restore_conflicts')}</th>
            <th scope="col">{t('data_restore_other')}</th>
          </tr>
        </thead>
        <tbody>
          <tr>
            <th scope="row">{t('data_restore_clients')}</th>
            <td>{n(c.clients.new)}</td>
            <td>{n(c.clients.unchanged)}</td>
            <td>{n(c.clients.merged)}</td>
            <td>{n(c.clients.conflict)}</td>
            <td>{c.clients.ambiguous + c.clients['from-trash'] ? t('data_restore_ambiguous_trash', { ambiguous: c.clients.ambiguous, fromTrash: c.clients['from-trash'] }) : '—'}</td>
          </tr>
          <tr>
            <th scope="row">{t('data_restore_interactions')}</th>
            <td>{n(c.interactions.new)}</td>
            <td>{n(c.interactions.unchanged)}</td>
            <td>—</td>
            <td>{n(c.interactions.conflict)}</td>
            <td>{c.interactions.duplicate ? t('data_restore_already_logged', { count: c.interactions.duplicate }) : '—'}</td>
          </tr>
          <tr>
            <th scope="row">{t('data_restore_trash')}</th>
            <td>{n(c.trash.new)}</td>
            <td>{n(c.trash.existing)}</td>
            <td>—</td>
            <td>—</td>
            <td>—</td>
          </tr>
          {COUNTED.map((k) => (
            <tr key={k}>
              <th scope="row">{k === 'deadlines' ? t('data_restore_deadlines') : t('data_restore_questions')}</th>
              <td>{n(c[k].new)}</td>
              <td>{n(c[k].unchanged)}</td>
              <td>—</td>
              <td>{n(c[k].conflict)}</td>
              <td>{c[k].skipped ? t('data_restore_trashed_skipped', { count: c[k].skipped }) : '—'}</td>
            </tr>
          ))}
          <tr>
            <th scope="row">{t('data_restore_portals')}</th>
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
          <ul class="data-notes" aria-label={t('data_restore_new_portals')}>
            {plan.writes.portals.map((p) => (
              <li key={p.origin}>
                <code>{p.origin}</code> {p.efiling ? t('data_restore_portal_new_efiling') : t('data_restore_portal_new')}
              </li>
            ))}
          </ul>
          <p class="data-hint">{t('data_restore_portal_access', { hosts: formatList(plan.writes.portals.map((p) => new URL(p.origin).host)) })}</p>
        </>
      )}
      <fieldset class="data-options">
        <legend>{t('data_restore_disagree')}</legend>
        <label>
          <input type="radio" name="data-prefer" value="backup" checked={prefer === 'backup'} onChange={() => onPreferChange('backup')} /> {t('data_restore_prefer_backup')}
        </label>
        <label>
          <input type="radio" name="data-prefer" value="current" checked={prefer === 'current'} onChange={() => onPreferChange('current')} /> {t('data_restore_prefer_current')}
        </label>
      </fieldset>
      <label class="data-check">
        <input type="checkbox" checked={restoreSettings} onChange={(e) => onRestoreSettingsChange((e.currentTarget as HTMLInputElement).checked)} /> {plan.settingsChanged ? t('data_restore_settings_differ') : t('data_restore_settings')}
      </label>
      {noteworthy.length > 0 && (
        <table class="data-table">
          <caption>{t('data_restore_clients_caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('data_restore_client')}</th>
              <th scope="col">{t('data_restore_outcome')}</th>
              <th scope="col">{t('data_restore_details')}</th>
            </tr>
          </thead>
          <tbody>
            {noteworthy.slice(0, listLimit).map((o) => (
              <tr key={o.path} class={`data-row-${o.outcome}`}>
                <th scope="row">{o.name}</th>
                <td>{t(KIND[o.outcome])}</td>
                <td>
                  {o.matchedBy === 'email' && `${t('data_restore_same_email', { value: o.matchedValue ?? '' })} `}
                  {o.matchedBy === 'case' && `${t('data_restore_same_case', { value: o.matchedValue ?? '' })} `}
                  {o.differences?.length
                    ? `${prefer === 'backup' ? t('data_restore_differs_backup', { fields: formatList(o.differences) }) : t('data_restore_differs_current', { fields: formatList(o.differences) })} `
                    : ''}
                  {o.candidates?.length ? tn('data_restore_matches_several', o.candidates.length) : ''}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {noteworthy.length > listLimit && <p class="data-hint">{tn('data_and_more', noteworthy.length - listLimit)}</p>}
      {plan.interactions.length > 0 && (
        <ul class="data-notes" aria-label={t('data_restore_interactions_label')}>
          {plan.interactions.slice(0, listLimit).map((x) => (
            <li key={x.path}>
              <code>{x.path}</code> {x.detail}
            </li>
          ))}
          {plan.interactions.length > listLimit && <li class="data-muted">{tn('data_and_more', plan.interactions.length - listLimit)}</li>}
        </ul>
      )}
    </>
  );
}
