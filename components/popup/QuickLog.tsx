import { t } from '../../lib/i18n/t';
import { MOODS, QUICK_KINDS } from './format';
import type { InteractionKind } from '../../lib/model/interaction';

export interface LastLog {
  interactionId: string;
  clientId: string;
  /** "Call with Maria Alvarez" (format.ts loggedText) */
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
  onLog: (kind: InteractionKind) => void;
  onUndo: () => void;
}

/** One click logs; the summary and mood, if filled in, go with that click. */
export function QuickLog(p: Props) {
  const disabled = p.targetName === null || p.busy;
  return (
    <div class="quick-log">
      <div class="log-extras">
        <div class="field field-grow">
          <label for="log-summary">{t('popup_summary')}</label>
          <input
            id="log-summary"
            type="text"
            value={p.summary}
            maxLength={2000}
            autoComplete="off"
            placeholder={t('popup_summary_placeholder')}
            onInput={(e) => p.onSummary(e.currentTarget.value)}
          />
        </div>
        <div class="field">
          <label for="log-mood">{t('popup_mood')}</label>
          <select id="log-mood" value={p.mood} onChange={(e) => p.onMood(e.currentTarget.value)}>
            {MOODS.map((m) => (
              <option key={m.value} value={m.value}>
                {m.label ? t(m.label) : '—'}
              </option>
            ))}
          </select>
        </div>
      </div>
      <div class="log-buttons" role="group" aria-label={p.targetName ? t('popup_log_buttons_for', { name: p.targetName }) : t('popup_log_buttons_none')}>
        {QUICK_KINDS.map(({ kind, label }) => (
          <button key={kind} type="button" class="log-button" disabled={disabled} onClick={() => p.onLog(kind)}>
            {t(label)}
          </button>
        ))}
      </div>
      <div class={`log-status ${p.message?.tone === 'error' ? 'log-error' : ''}`} role="status">
        {p.last ? (
          <>
            {t('popup_logged', { what: p.last.text })}
            <span aria-hidden="true"> · </span>
            <button type="button" class="link-button" onClick={p.onUndo} disabled={p.busy}>
              {t('popup_undo')}
            </button>
          </>
        ) : (
          (p.message?.text ?? '')
        )}
      </div>
    </div>
  );
}
