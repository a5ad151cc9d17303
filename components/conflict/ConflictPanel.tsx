// What a save found changed elsewhere: per field, the stored text and ours,
// with a choice. Nothing is saved until every field is settled, so a second
// Save cannot overwrite either side.
import type { Choice } from './three-way';

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

const shown = (s: string) => (s.trim() ? s : '(empty)');

export function ConflictPanel(props: { rows: ConflictRow[]; onChoose: (key: string, choice: Choice) => void; class?: string }) {
  if (!props.rows.length) return null;
  return (
    <div role="alert" class={`conflict ${props.class ?? ''}`}>
      <p class="conflict-title">Changed elsewhere while you were editing. Nothing was saved: choose what to keep, then save again.</p>
      <ul class="conflict-list">
        {props.rows.map((r) => (
          <li key={r.key} role="group" aria-label={`${r.label}: changed elsewhere`}>
            <p class="conflict-field">{r.label}</p>
            <div class="conflict-texts">
              <div>
                <span class="conflict-which">Saved elsewhere</span>
                <p class="conflict-text conflict-theirs">{shown(r.theirs)}</p>
              </div>
              <div>
                <span class="conflict-which">Yours</span>
                <p class="conflict-text conflict-mine">{shown(r.mine)}</p>
              </div>
            </div>
            <div class="conflict-actions">
              <button type="button" onClick={() => props.onChoose(r.key, 'theirs')}>
                Use theirs
              </button>
              <button type="button" onClick={() => props.onChoose(r.key, 'mine')}>
                Keep mine
              </button>
              {r.canMerge && (
                <button type="button" onClick={() => props.onChoose(r.key, 'both')}>
                  Keep both
                </button>
              )}
            </div>
          </li>
        ))}
      </ul>
    </div>
  );
}
