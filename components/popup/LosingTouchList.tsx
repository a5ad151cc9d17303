import type { LosingTouchReply } from '../../lib/messaging/protocol';
import { t, tn } from '../../lib/i18n/t';
import { briefOf, countsText, shownName, sinceVersusCadence, STATUS_LABELS, type ClientBrief } from './format';

interface Props {
  data: LosingTouchReply | null;
  error: string | null;
  selectedId: string | undefined;
  onChoose: (c: ClientBrief) => void;
}

/** Due and overdue clients, most overdue first; choosing one makes the log buttons write to them. */
export function LosingTouchList({ data, error, selectedId, onChoose }: Props) {
  const summary = data
    ? data.overdue || data.due
      ? countsText([data.overdue && tn('popup_overdue_count', data.overdue), data.due && tn('popup_due_count', data.due)].filter((x): x is string => !!x))
      : t('popup_all_on_track')
    : '';
  return (
    <section class="popup-section" aria-labelledby="losing-heading">
      <div class="section-head">
        <h2 id="losing-heading">{t('popup_losing_touch')}</h2>
        <span class="muted">{summary}</span>
      </div>
      {error && (
        <p class="popup-error" role="alert">
          {error}
        </p>
      )}
      {!data && !error && <p class="muted">{t('common_loading')}</p>}
      {data && data.clients.length > 0 && (
        <ul class="pick-list losing-list" aria-label={t('popup_losing_touch')}>
          {data.clients.map((e) => (
            <li key={e.id}>
              <button type="button" class="pick losing-row" aria-pressed={e.id === selectedId} onClick={() => onChoose(briefOf(e))}>
                <span class="client-name">{shownName(e)}</span>
                <span class={`pill pill-${e.cadence.status}`}>{STATUS_LABELS[e.cadence.status]}</span>
                <span class="losing-days">{sinceVersusCadence(e.cadence)}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
