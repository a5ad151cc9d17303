// What an import will do, row by row, before anything is written. Props in,
// callbacks out: the caller computed the preview (lib/import previewImport).
import { useState } from 'preact/hooks';
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

const OUTCOME: Record<RowOutcome['outcome'], string> = {
  new: 'New client',
  merged: 'Merged',
  duplicate: 'Skipped (duplicate)',
  error: 'Error',
};

const plural = (n: number, one: string, many = `${one}s`) => `${n.toLocaleString('en-US')} ${n === 1 ? one : many}`;

export function summarise(c: Preview['counts']): string {
  return `${plural(c.total, 'row')}: ${c.new.toLocaleString('en-US')} new, ${c.merged.toLocaleString('en-US')} merged into existing clients, ${plural(c.duplicate, 'duplicate')} skipped, ${plural(c.error, 'error')}.`;
}

function detail(r: RowOutcome): string {
  switch (r.outcome) {
    case 'new':
      return '';
    case 'merged':
      return `${'line' in r.into ? `Same e-mail (${r.matchedEmail}) as line ${r.into.line}` : `Same e-mail as an existing client (${r.matchedEmail})`}; adds what the client lacks${r.kept.length ? `, keeps the client's own ${r.kept.join(', ')}` : ''}.`;
    case 'duplicate':
      return `${'line' in r.of ? `Same as line ${r.of.line}` : 'Already in Rapport'} (${r.matchedEmail}); nothing new.`;
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
      <h3 id="data-import-heading">Import preview: {fileName}</h3>
      <p class="data-counts" role="status" aria-live="polite">
        {summarise(preview.counts)}
      </p>
      <p class="data-hint">Nothing is saved until you confirm. Rows with errors are left out; fix them in the file and import it again if you need them.</p>
      <label class="data-check">
        <input type="checkbox" checked={onlyProblems} onChange={(e) => setOnlyProblems((e.currentTarget as HTMLInputElement).checked)} /> Show only errors and duplicates
      </label>
      <table class="data-table">
        <caption class="data-visually-hidden">What happens to each row of {fileName}</caption>
        <thead>
          <tr>
            <th scope="col">Line</th>
            <th scope="col">Contact</th>
            <th scope="col">Outcome</th>
            <th scope="col">Details</th>
          </tr>
        </thead>
        <tbody>
          {shown.map((r) => (
            <tr key={r.line} class={`data-row-${r.outcome}`}>
              <td>{r.line}</td>
              <th scope="row">{r.outcome === 'error' ? <span class="data-muted">—</span> : r.name}</th>
              <td>{OUTCOME[r.outcome]}</td>
              <td>{detail(r)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {rows.length > shown.length && (
        <p class="data-hint">
          Showing the first {shown.length.toLocaleString('en-US')} of {rows.length.toLocaleString('en-US')} rows.
        </p>
      )}
      <div class="data-actions">
        <button type="button" class="button-primary" disabled={busy || writes === 0} onClick={onConfirm}>
          {busy ? 'Importing…' : writes ? `Import ${plural(writes, 'client')}` : 'Nothing to import'}
        </button>
        <button type="button" class="button-secondary" disabled={busy} onClick={onCancel}>
          Cancel
        </button>
      </div>
    </section>
  );
}
