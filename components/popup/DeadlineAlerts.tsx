// The popup's "Needs attention": deadlines and promises at risk or missed,
// across every client, missed first. A broken promise says so. Choosing one
// opens that client's prep brief.
import type { DeadlineAlert } from '../../lib/messaging/protocol';
import { DEADLINE_STATE_LABELS } from '../../lib/deadlines/labels';
import { daysLeftText, showDue } from '../deadlines/format';
import { differenceInCalendarDays } from 'date-fns';
import { toDate } from '../../lib/deadlines/local-date';

interface Props {
  data: { items: DeadlineAlert[]; atRisk: number; missed: number } | null;
  error: string | null;
  now: number;
  onOpen: (clientId: string) => void;
}

export function DeadlineAlerts({ data, error, now, onOpen }: Props) {
  const summary = data ? [data.missed && `${data.missed} missed`, data.atRisk && `${data.atRisk} at risk`].filter(Boolean).join(', ') || 'Nothing at risk.' : '';
  return (
    <section class="popup-section" aria-labelledby="deadlines-heading">
      <div class="section-head">
        <h2 id="deadlines-heading">Deadlines</h2>
        <span class="muted">{summary}</span>
      </div>
      {error && (
        <p class="popup-error" role="alert">
          {error}
        </p>
      )}
      {!data && !error && <p class="muted">Loading…</p>}
      {data && data.items.length > 0 && (
        <ul class="pick-list" aria-label="Deadlines at risk or missed">
          {data.items.map(({ deadline: d, clientName, state }) => (
            <li key={d.id}>
              <button type="button" class={`pick deadline-row dl-${state}`} onClick={() => onOpen(d.clientId)} title={`Open the prep brief for ${clientName}`}>
                <span class={`pill pill-dl-${state}`}>{d.kind === 'promise' && state === 'missed' ? 'Promise overdue' : DEADLINE_STATE_LABELS[state]}</span>
                <span class="deadline-title">
                  {d.kind === 'promise' ? 'Promise: ' : ''}
                  {d.title}
                </span>
                <span class="muted">
                  {clientName} · due {showDue(d.dueDate, d.dueTime)} ({daysLeftText(differenceInCalendarDays(toDate(d.dueDate), new Date(now).setHours(0, 0, 0, 0)))})
                </span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
