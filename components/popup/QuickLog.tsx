import { MOODS, QUICK_KINDS } from './format';
import type { InteractionKind } from '../../lib/model/interaction';

export interface LastLog {
  interactionId: string;
  clientId: string;
  /** "Call with Maria Alvarez" */
  text: string;
}

interface Props {
  /** Whose record the buttons write to; null disables them. */
  targetName: string | null;
  summary: string;
  mood: string;
  busy: boolean;
  last: LastLog | null;
  message: { text: string; tone: 'info' | 'error' } | null;
  onSummary: (s: string) => void;
  onMood: (m: string) => void;
  onLog: (kind: InteractionKind, label: string) => void;
  onUndo: () => void;
}

/** One click logs; the summary and mood, if filled in, go with that click. */
export function QuickLog(p: Props) {
  const disabled = p.targetName === null || p.busy;
  return (
    <div class="quick-log">
      <div class="log-extras">
        <div class="field field-grow">
          <label for="log-summary">Summary</label>
          <input
            id="log-summary"
            type="text"
            value={p.summary}
            maxLength={2000}
            autoComplete="off"
            placeholder="Optional, one line"
            onInput={(e) => p.onSummary(e.currentTarget.value)}
          />
        </div>
        <div class="field">
          <label for="log-mood">Mood</label>
          <select id="log-mood" value={p.mood} onChange={(e) => p.onMood(e.currentTarget.value)}>
            {MOODS.map((m) => (
              <option key={m.value} value={m.value}>
                {m.label}
              </option>
            ))}
          </select>
        </div>
      </div>
      <div class="log-buttons" role="group" aria-label={p.targetName ? `Log for ${p.targetName}` : 'Log (choose a client first)'}>
        {QUICK_KINDS.map(({ kind, label }) => (
          <button key={kind} type="button" class="log-button" disabled={disabled} onClick={() => p.onLog(kind, label)}>
            {label}
          </button>
        ))}
      </div>
      <div class={`log-status ${p.message?.tone === 'error' ? 'log-error' : ''}`} role="status">
        {p.last ? (
          <>
            Logged: {p.last.text}
            <span aria-hidden="true"> · </span>
            <button type="button" class="link-button" onClick={p.onUndo} disabled={p.busy}>
              Undo
            </button>
          </>
        ) : (
          (p.message?.text ?? '')
        )}
      </div>
    </div>
  );
}
