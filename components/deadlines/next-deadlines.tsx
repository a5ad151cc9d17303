// The sidebar's "next three": the client's open deadlines and promises,
// soonest first, each with its state in words and colour. Props in,
// callbacks out; the caller fetches and stores.
import type { BufferDefaults, Deadline } from '../../lib/model/deadline';
import { nextDeadlines, type DeadlineState } from '../../lib/deadlines/state';
import { DEADLINE_STATE_LABELS } from '../../lib/deadlines/labels';
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
      <h3 id="rp-dl-next-h">Deadlines and promises</h3>
      {items.length === 0 ? (
        <p class="rp-dl-muted">Nothing open.</p>
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
                    {promise && <span class="rp-dl-muted">Promise: </span>}
                    {onOpen ? (
                      <a href="#" onClick={(e) => (e.preventDefault(), onOpen(d.id))}>
                        {d.title}
                      </a>
                    ) : (
                      d.title
                    )}
                  </div>
                  <div class="rp-dl-when">
                    Due {showDue(d.dueDate, d.dueTime, locale)} ({daysLeftText(s.daysLeft)})
                    {s.state === 'upcoming' && s.bufferDays > 0 && ` · target ${showDue(s.targetDate, undefined, locale)}`}
                  </div>
                </div>
                {(onDone || (onHeadsUp && needsWord(s.state))) && (
                  <div class="rp-dl-actions">
                    {onDone && (
                      <button type="button" onClick={() => onDone(d.id)} aria-label={`Mark done: ${d.title}`}>
                        Done
                      </button>
                    )}
                    {onHeadsUp && needsWord(s.state) && (
                      <button type="button" onClick={() => onHeadsUp(d.id)} aria-label={`Tell the client: ${d.title}`}>
                        Tell the client
                      </button>
                    )}
                  </div>
                )}
              </li>
            );
          })}
        </ul>
      )}
      {open > items.length && <p class="rp-dl-muted">{open - items.length} more open</p>}
    </section>
  );
}
