// The column-mapping step of a CSV import: each column of the file, a few of
// its values, and what it becomes. Props in, callbacks out; the caller owns
// the file and the mapping (lib/import/mapping.ts).
import type { Mapping, Target } from '../../lib/import/mapping';
import { FORMAT_LABELS, TARGETS } from '../../lib/import/mapping';

export interface ColumnMappingProps {
  fileName: string;
  mapping: Mapping;
  /** The first rows' cells, to show what a column holds. */
  samples: readonly (readonly string[])[];
  /** Why the mapping cannot be used yet (lib/import mappingProblem), or null. */
  problem: string | null;
  onChange: (mapping: Mapping) => void;
  onConfirm: () => void;
  onCancel: () => void;
}

const shorten = (s: string) => {
  const one = s.replace(/\s+/g, ' ').trim();
  return one.length > 40 ? `${one.slice(0, 39)}…` : one;
};

export function ColumnMapping({ fileName, mapping, samples, problem, onChange, onConfirm, onCancel }: ColumnMappingProps) {
  const used = mapping.columns.filter((c) => c.target !== 'ignore').length;
  const set = (i: number, target: Target) => onChange({ ...mapping, columns: mapping.columns.map((c, j) => (j === i ? { ...c, target } : c)) });
  return (
    <section class="data-step" aria-labelledby="data-mapping-heading">
      <h3 id="data-mapping-heading">Match the columns of {fileName}</h3>
      <p class="data-hint">
        {mapping.certain
          ? `This looks like ${FORMAT_LABELS[mapping.format]}. Check the columns below, then continue.`
          : `This looks like ${FORMAT_LABELS[mapping.format]}. Rapport guessed what each column holds from its heading; check every guess before you continue.`}
      </p>
      <p class="data-hint" role="status" aria-live="polite">
        {used} of {mapping.columns.length} columns will be imported.
      </p>
      <table class="data-table">
        <thead>
          <tr>
            <th scope="col">Column in the file</th>
            <th scope="col">Example values</th>
            <th scope="col">Import as</th>
          </tr>
        </thead>
        <tbody>
          {mapping.columns.map((c, i) => {
            const id = `data-map-${i}`;
            const examples = samples.map((r) => r[i] ?? '').filter((s) => s.trim() !== '').slice(0, 3);
            return (
              <tr key={i} class={c.target === 'ignore' ? 'data-ignored' : undefined}>
                <th scope="row">{c.header || <em>(no heading)</em>}</th>
                <td>{examples.length ? examples.map(shorten).join(' · ') : <span class="data-muted">empty</span>}</td>
                <td>
                  <label class="data-visually-hidden" for={id}>
                    Import “{c.header || `column ${i + 1}`}” as
                  </label>
                  <select id={id} value={c.target} onChange={(e) => set(i, (e.currentTarget as HTMLSelectElement).value as Target)}>
                    {TARGETS.map((t) => (
                      <option key={t.target} value={t.target}>
                        {t.label}
                      </option>
                    ))}
                  </select>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {problem && (
        <p class="data-error" role="alert">
          {problem}
        </p>
      )}
      <div class="data-actions">
        <button type="button" class="button-primary" disabled={!!problem} onClick={onConfirm}>
          Continue to preview
        </button>
        <button type="button" class="button-secondary" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </section>
  );
}
