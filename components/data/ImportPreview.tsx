// What an import will do, row by row, before anything is written. Props in,
// callbacks out: the caller computed the preview (lib/import previewImport).
import { useState } from 'preact/hooks';
import { formatList } from '../../lib/i18n/format';
import { t, tn, type StringKey } from '../../lib/i18n/t';
import type { ImportPreview as Preview, RowOutcome } from '../../lib/import/preview';

export interface ImportPreviewProps {
  fileName: string;
  preview: Preview;
  /** While the import is being written. */
  busy?: boolean;
  /** Rows shown at once; the rest are counted. */
  pageSize?: number;
  onConfirm: () => void;
  onCancel: () => void;
}

const OUTCOME = {
  new: 'data_outcome_new',
  merged: 'data_outcome_merged',
  duplicate: 'data_outcome_duplicate',
  error: 'data_outcome_error',
} as const satisfies Record<RowOutcome['outcome'], StringKey>;

export function summarise(c: Preview['counts']): string {
  return t('data_preview_summary', {
    rows: tn('data_n_rows', c.total),
    created: tn('data_n_new', c.new),
    merged: tn('data_n_merged_rows', c.merged),
    duplicates: tn('data_n_skipped_duplicates', c.duplicate),
    errors: tn('data_n_errors', c.error),
  });
}

function detail(r: RowOutcome): string {
  switch (r.outcome) {
    case 'new':
      return '';
    case 'merged':
      if ('line' in r.into)
        return r.kept.length
          ? t('data_merged_line_kept', { email: r.matchedEmail, line: r.into.line, fields: formatList(r.kept) })
          : t('data_merged_line', { email: r.matchedEmail, line: r.into.line });
      return r.kept.length ? t('data_merged_existing_kept', { email: r.matchedEmail, fields: formatList(r.kept) }) : t('data_merged_existing', { email: r.matchedEmail });
    case 'duplicate':
      return 'line' in r.of ? t('data_duplicate_line', { line: r.of.line, email: r.matchedEmail }) : t('data_duplicate_existing', { email: r.matchedEmail });
    case 'error':
      return r.reason;
  }
}

export function ImportPreview({ fileName, preview, busy, pageSize = 500, onConfirm, onCancel }: ImportPreviewProps) {
  const [onlyProblems, setOnlyProblems] = useState(false);
  const rows = onlyProblems ? preview.rows.filter((r) => r.outcome === 'error' || r.outcome === 'duplicate') : preview.rows;
  const shown = rows.slice(0, pageSize);
  const writes = preview.writes.length;
  return (
    <section class="data-step" aria-labelledby="data-import-heading">
      <h3 id="data-import-heading">{t('data_preview_heading', { file: fileName })}</h3>
      <p class="data-counts" role="status" aria-live="polite">
        {summarise(preview.counts)}
      </p>
      <p class="data-hint">{t('data_preview_hint')}</p>
      <label class="data-check">
        <input type="checkbox" checked={onlyProblems} onChange={(e) => setOnlyProblems((e.currentTarget as HTMLInputElement).checked)} /> {t('data_preview_only_problems')}
      </label>
      <table class="data-table">
        <caption class="data-visually-hidden">{t('data_preview_caption', { file: fileName })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('data_preview_line')}</th>
            <th scope="col">{t('data_preview_contact')}</th>
            <th scope="col">{t('data_preview_outcome')}</th>
            <th scope="col">{t('data_preview_details')}</th>
          </tr>
        </thead>
        <tbody>
          {shown.map((r) => (
            <tr key={r.line} class={`data-row-${r.outcome}`}>
              <td>{r.line}</td>
              <th scope="row">{r.outcome === 'error' ? <span class="data-muted">—</span> : r.name}</th>
              <td>{t(OUTCOME[r.outcome])}</td>
              <td>{detail(r)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {rows.length > shown.length && (
        <p class="data-hint">
          {tn('data_preview_showing', rows.length, { shown: shown.length })}
        </p>
      )}
      <div class="data-actions">
        <button type="button" class="button-primary" disabled={busy || writes === 0} onClick={onConfirm}>
          {busy ? t('data_importing') : writes ? tn('data_import_n_clients', writes) : t('data_nothing_to_import')}
        </button>
        <button type="button" class="button-secondary" disabled={busy} onClick={onCancel}>
          {t('common_cancel')}
        </button>
      </div>
    </section>
  );
}
