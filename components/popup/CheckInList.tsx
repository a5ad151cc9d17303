// The popup's "Check in": every client whose mood trend calls for it (two
// frustrated interactions in a row, or a falling trend — lib/mood/trend.ts),
// the one waiting longest first. Choosing one makes the log buttons write to
// them, as Losing touch does: the call that answers it is one click away.
import type { CheckInEntry } from '../../lib/db/repos/check-ins';
import { CHECK_IN_REASONS } from '../../lib/mood/trend';
import { t, tn } from '../../lib/i18n/t';
import { relativeTime } from '../sidebar/time';
import { briefOf, shownName, type ClientBrief } from './format';

interface Props {
  data: { clients: CheckInEntry[]; total: number } | null;
  error: string | null;
  selectedId: string | undefined;
  now: number;
  onChoose: (c: ClientBrief) => void;
}

export function CheckInList({ data, error, selectedId, now, onChoose }: Props) {
  // Nobody to check in with: the section stays out of the way.
  if (!error && (!data || data.total === 0)) return null;
  const more = data ? data.total - data.clients.length : 0;
  return (
    <section class="popup-section" aria-labelledby="check-in-heading">
      <div class="section-head">
        <h2 id="check-in-heading">{t('popup_check_in')}</h2>
        {data && <span class="muted">{tn('popup_clients_count', data.total)}</span>}
      </div>
      {error && (
        <p class="popup-error" role="alert">
          {error}
        </p>
      )}
      {data && data.clients.length > 0 && (
        <ul class="pick-list check-in-list" aria-label={t('popup_check_in_list')}>
          {data.clients.map((e) => (
            <li key={e.id}>
              <button type="button" class="pick check-in-row" aria-pressed={e.id === selectedId} onClick={() => onChoose(briefOf(e))}>
                <span class="client-name">{t('popup_check_in_with', { name: shownName(e) })}</span>{' '}
                <span class="muted">
                  {CHECK_IN_REASONS[e.reason]} · {relativeTime(e.since, now)}
                </span>
              </button>
            </li>
          ))}
        </ul>
      )}
      {more > 0 && <p class="muted">{tn('popup_and_more', more)}</p>}
    </section>
  );
}
