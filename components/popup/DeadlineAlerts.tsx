// The popup's "Needs attention": deadlines and promises at risk or missed,
// across every client, missed first. A broken promise says so. Choosing one
// opens that client's prep brief.
import type { DeadlineAlert } from '../../lib/messaging/protocol';
import { daysLeftText, showDue } from '../deadlines/format';
import { differenceInCalendarDays } from 'date-fns';
import { toDate } from '../../lib/deadlines/local-date';
import { t, tn } from '../../lib/i18n/t';
import { countsText } from './format';

/** The pill: only deadlines at risk or missed come here; a missed promise is a broken one. */
function stateLabel({ deadline, state }: DeadlineAlert): string {
  if (state === 'at-risk') return t('popup_dl_at_risk');
  return deadline.kind === 'promise' ? t('popup_dl_promise_overdue') : t('popup_dl_missed');
}

interface Props {
  data: { items: DeadlineAlert[]; atRisk: number; missed: number } | null;
  error: string | null;
  now: number;
  onOpen: (clientId: string) => void;
}

export function DeadlineAlerts({ data, error, now, onOpen }: Props) {
  const summary = data
    ? countsText([data.missed && tn('popup_dl_missed_count', data.missed), data.atRisk && tn('popup_dl_at_risk_count', data.atRisk)].filter((x): x is string => !!x)) ||
      t('popup_dl_nothing_at_risk')
    : '';
  return (
    <section class="popup-section" aria-labelledby="deadlines-heading">
      <div class="section-head">
        <h2 id="deadlines-heading">{t('popup_deadlines')}</h2>
        <span class="muted">{summary}</span>
      </div>
      {error && (
        <p class="popup-error" role="alert">
          {error}
        </p>
      )}
      {!data && !error && <p class="muted">{t('common_loading')}</p>}
      {data && data.items.length > 0 && (
        <ul class="pick-list" aria-label={t('popup_dl_list')}>
          {data.items.map((alert) => {
            const { deadline: d, clientName, state } = alert;
            return (
              <li key={d.id}>
                <button type="button" class={`pick deadline-row dl-${state}`} onClick={() => onOpen(d.clientId)} title={t('popup_dl_open_brief', { name: clientName })}>
                  <span class={`pill pill-dl-${state}`}>{stateLabel(alert)}</span>
                  <span class="deadline-title">{d.kind === 'promise' ? t('popup_dl_promise_title', { title: d.title }) : d.title}</span>
                  <span class="muted">
                    {t('popup_dl_row_meta', {
                      client: clientName,
                      due: showDue(d.dueDate, d.dueTime),
                      left: daysLeftText(differenceInCalendarDays(toDate(d.dueDate), new Date(now).setHours(0, 0, 0, 0))),
                    })}
                  </span>
                </button>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
