// The column-mapping step of a CSV import: each column of the file, a few of
// its values, and what it becomes. Props in, callbacks out; the caller owns
// the file and the mapping (lib/import/mapping.ts).
import { t, tn, type StringKey } from '../../lib/i18n/t';
import type { CsvFormat, Mapping, Target } from '../../lib/import/mapping';
import { TARGETS } from '../../lib/import/mapping';

// The names people read for lib/import/mapping's targets and formats; that
// module keeps its English labels for its own use.
const TARGET_TEXT = {
  ignore: 'data_target_ignore',
  name: 'data_target_name',
  firstName: 'data_target_first_name',
  middleName: 'data_target_middle_name',
  lastName: 'data_target_last_name',
  nameSuffix: 'data_target_name_suffix',
  preferredName: 'data_target_preferred_name',
  organisation: 'data_target_organisation',
  jobTitle: 'data_target_job_title',
  email: 'data_target_email',
  phone: 'data_target_phone',
  domain: 'data_target_domain',
  tags: 'data_target_tags',
  notes: 'data_target_notes',
  family: 'data_target_family',
  interests: 'data_target_interests',
  background: 'data_target_background',
  howWeMet: 'data_target_how_we_met',
  caseNumber: 'data_target_case_number',
  caseName: 'data_target_case_name',
  court: 'data_target_court',
  matterCode: 'data_target_matter_code',
  goal: 'data_target_goal',
  goalOutcome: 'data_target_goal_outcome',
  goalStatus: 'data_target_goal_status',
  idealDays: 'data_target_ideal_days',
  maxDays: 'data_target_max_days',
} as const satisfies Record<Target, StringKey>;
const FORMAT_TEXT = {
  rapport: 'data_format_rapport',
  google: 'data_format_google',
  'google-legacy': 'data_format_google_legacy',
  outlook: 'data_format_outlook',
  'outlook-desktop': 'data_format_outlook_desktop',
  clio: 'data_format_clio',
  generic: 'data_format_generic',
} as const satisfies Record<CsvFormat, StringKey>;

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
      <h3 id="data-mapping-heading">{t('data_map_heading', { file: fileName })}</h3>
      <p class="data-hint">
        {mapping.certain
          ? t('data_map_certain', { format: t(FORMAT_TEXT[mapping.format]) })
          : t('data_map_guessed', { format: t(FORMAT_TEXT[mapping.format]) })}
      </p>
      <p class="data-hint" role="status" aria-live="polite">
        {tn('data_map_used', mapping.columns.length, { used })}
      </p>
      <table class="data-table">
        <thead>
          <tr>
            <th scope="col">{t('data_map_column')}</th>
            <th scope="col">{t('data_map_examples')}</th>
            <th scope="col">{t('data_map_import_as')}</th>
          </tr>
        </thead>
        <tbody>
          {mapping.columns.map((c, i) => {
            const id = `data-map-${i}`;
            const examples = samples.map((r) => r[i] ?? '').filter((s) => s.trim() !== '').slice(0, 3);
            return (
              <tr key={i} class={c.target === 'ignore' ? 'data-ignored' : undefined}>
                <th scope="row">{c.header || <em>{t('data_map_no_heading')}</em>}</th>
                <td>{examples.length ? examples.map(shorten).join(' · ') : <span class="data-muted">{t('data_map_empty')}</span>}</td>
                <td>
                  <label class="data-visually-hidden" for={id}>
                    {t('data_map_import_column_as', { column: c.header || t('data_map_column_number', { number: i + 1 }) })}
                  </label>
                  <select id={id} value={c.target} onChange={(e) => set(i, (e.currentTarget as HTMLSelectElement).value as Target)}>
                    {TARGETS.map((x) => (
                      <option key={x.target} value={x.target}>
                        {t(TARGET_TEXT[x.target])}
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
          {t('data_map_continue')}
        </button>
        <button type="button" class="button-secondary" onClick={onCancel}>
          {t('common_cancel')}
        </button>
      </div>
    </section>
  );
}
