// The popup's "Check in": every client whose mood trend calls for it (two
// frustrated interactions in a row, or a falling trend — lib/mood/trend.ts),
// the one waiting longest first. Choosing one makes the log buttons write to
// them, as Losing touch does: the call that answers it is one click away.
import type { CheckInEntry } from '../../lib/db/repos/check-ins';
import { CHECK_IN_REASONS } from '../../lib/mood/trend';
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
        <h2 id="check-in-heading">Check in</h2>
        {data && <span class="muted">{data.total === 1 ? '1 client' : `${data.total} clients`}</span>}
      </div>
      {error && (
        <p class="popup-error" role="alert">
          {error}
        </p>
      )}
      {data && data.clients.length > 0 && (
        <ul class="pick-list check-in-list" aria-label="Clients to check in with">
          {data.clients.map((e) => (
            <li key={e.id}>
              <button type="button" class="pick check-in-row" aria-pressed={e.id === selectedId} onClick={() => onChoose(briefOf(e))}>
                <span class="client-name">Check in with {shownName(e)}</span>
                <span class="muted">
                  {CHECK_IN_REASONS[e.reason]} · {relativeTime(e.since, now)}
                </span>
              </button>
            </li>
          ))}
        </ul>
      )}
      {more > 0 && <p class="muted">…and {more} more</p>}
    </section>
  );
}
