// What a save found changed elsewhere: per field, the stored text and ours,
// with a choice. Nothing is saved until every field is settled, so a second
// Save cannot overwrite either side.
import type { Choice } from './three-way';
import { t } from '../../lib/i18n/t';

export interface ConflictRow {
  key: string;
  label: string;
  /** The stored value, as text. */
  theirs: string;
  /** Ours, as text. */
  mine: string;
  /** Keeping both makes sense (free text, lists); not for a number or a switch. */
  canMerge: boolean;
}

const shown = (s: string) => (s.trim() ? s : t('sidebar_empty_value'));

export function ConflictPanel(props: { rows: ConflictRow[]; onChoose: (key: string, choice: Choice) => void; class?: string }) {
  if (!props.rows.length) return null;
  return (
    <div role="alert" class={`conflict ${props.class ?? ''}`}>
      <p class="conflict-title">{t('sidebar_edit_conflict_title')}</p>
      <ul class="conflict-list">
        {props.rows.map((r) => (
          <li key={r.key} role="group" aria-label={t('sidebar_edit_conflict_field', { field: r.label })}>
            <p class="conflict-field">{r.label}</p>
            <div class="conflict-texts">
              <div>
                <span class="conflict-which">{t('sidebar_saved_elsewhere')}</span>
                <p class="conflict-text conflict-theirs">{shown(r.theirs)}</p>
              </div>
              <div>
                <span class="conflict-which">{t('sidebar_yours')}</span>
                <p class="conflict-text conflict-mine">{shown(r.mine)}</p>
              </div>
            </div>
            <div class="conflict-actions">
              <button type="button" onClick={() => props.onChoose(r.key, 'theirs')}>
                {t('sidebar_use_theirs')}
              </button>
              <button type="button" onClick={() => props.onChoose(r.key, 'mine')}>
                {t('sidebar_keep_mine')}
              </button>
              {r.canMerge && (
                <button type="button" onClick={() => props.onChoose(r.key, 'both')}>
                  {t('sidebar_keep_both')}
                </button>
              )}
            </div>
          </li>
        ))}
      </ul>
    </div>
  );
}
