// The sidebar's "next three": the client's open deadlines and promises,
// soonest first, each with its state in words and colour. Props in,
// callbacks out; the caller fetches and stores.
import type { BufferDefaults, Deadline } from '../../lib/model/deadline';
import { nextDeadlines, type DeadlineState } from '../../lib/deadlines/state';
import { DEADLINE_STATE_LABELS } from '../../lib/deadlines/labels';
import { t, tn } from '../../lib/i18n/t';
import { daysLeftText, showDue } from './format';
import './deadlines.css';

export interface NextDeadlinesProps {
  deadlines: readonly Deadline[];
  now: number;
  buffers?: BufferDefaults;
  count?: number;
  locale?: string;
  onDone?: (id: string) => void;
  /** Offered on at-risk and missed items: draft the early warning to the client. */
  onHeadsUp?: (id: string) => void;
  onOpen?: (id: string) => void;
}

const needsWord = (s: DeadlineState) => s === 'at-risk' || s === 'missed';

export function NextDeadlines({ deadlines, now, buffers, count = 3, locale, onDone, onHeadsUp, onOpen }: NextDeadlinesProps) {
  const items = nextDeadlines(deadlines, now, count, buffers);
  const open = deadlines.filter((d) => d.doneAt === undefined).length;
  return (
    <section class="rp-dl-next" aria-labelledby="rp-dl-next-h">
      <h3 id="rp-dl-next-h">{t('deadlines_next_heading')}</h3>
      {items.length === 0 ? (
        <p class="rp-dl-muted">{t('deadlines_nothing_open')}</p>
      ) : (
        <ul class="rp-dl-list">
          {items.map((d) => {
            const s = d.status;
            const promise = d.kind === 'promise';
            return (
              <li key={d.id} class={`rp-dl-item rp-dl-${s.state}`} data-state={s.state}>
                <span class="rp-dl-state">{DEADLINE_STATE_LABELS[s.state]}</span>
                <div>
                  <div class="rp-dl-title">
                    {promise && <span class="rp-dl-muted">{t('deadlines_promise_label')} </span>}
                    {onOpen ? (
                      <a href="#" onClick={(e) => (e.preventDefault(), onOpen(d.id))}>
                        {d.title}
                      </a>
                    ) : (
                      d.title
                    )}
                  </div>
                  <div class="rp-dl-when">
                    {s.state === 'upcoming' && s.bufferDays > 0
                      ? t('deadlines_due_when_target', { date: showDue(d.dueDate, d.dueTime, locale), relative: daysLeftText(s.daysLeft), target: showDue(s.targetDate, undefined, locale) })
                      : t('deadlines_due_when', { date: showDue(d.dueDate, d.dueTime, locale), relative: daysLeftText(s.daysLeft) })}
                  </div>
                </div>
                {(onDone || (onHeadsUp && needsWord(s.state))) && (
                  <div class="rp-dl-actions">
                    {onDone && (
                      <button type="button" onClick={() => onDone(d.id)} aria-label={t('deadlines_mark_done', { title: d.title })}>
                        {t('deadlines_done_button')}
                      </button>
                    )}
                    {onHeadsUp && needsWord(s.state) && (
                      <button type="button" onClick={() => onHeadsUp(d.id)} aria-label={t('deadlines_tell_client_for', { title: d.title })}>
                        {t('deadlines_tell_client')}
                      </button>
                    )}
                  </div>
                )}
              </li>
            );
          })}
        </ul>
      )}
      {open > items.length && <p class="rp-dl-muted">{tn('deadlines_more_open', open - items.length)}</p>}
    </section>
  );
}
