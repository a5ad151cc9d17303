// Options → Deadlines: every client's deadlines in one table, sortable by any
// column and filtered by state and kind. The sort order is announced with
// aria-sort on the column header.
import { useId, useState } from 'preact/hooks';
import type { BufferDefaults, Deadline, DeadlineKind } from '../../lib/model/deadline';
import { DEADLINE_STATES, deadlineStatus, type DeadlineState, type DeadlineStatus } from '../../lib/deadlines/state';
import { DEADLINE_KIND_LABELS, DEADLINE_STATE_LABELS } from '../../lib/deadlines/labels';
import { t, uiLanguage } from '../../lib/i18n/t';
import { daysLeftText, showDue } from './format';
import './deadlines.css';

export interface DeadlineRow {
  deadline: Deadline;
  clientName: string;
}

export interface DeadlinesTableProps {
  rows: readonly DeadlineRow[];
  now: number;
  buffers?: BufferDefaults;
  locale?: string;
  onOpen?: (deadlineId: string) => void;
  onDone?: (deadlineId: string) => void;
}

type SortKey = 'due' | 'client' | 'title' | 'kind' | 'state';
type Sorted = { key: SortKey; dir: 'ascending' | 'descending' };

const STATE_RANK: Record<DeadlineState, number> = Object.fromEntries(DEADLINE_STATES.map((s, i) => [s, i])) as Record<DeadlineState, number>;
let sorter: Intl.Collator | undefined;
/** Sorts names and titles the way the language of the texts does; made on first use, once the browser's language is known. */
const collator = () => (sorter ??= new Intl.Collator(uiLanguage(), { sensitivity: 'base', numeric: true }));

const columns = (): [SortKey, string][] => [
  ['due', t('deadlines_col_due')],
  ['state', t('deadlines_label_state')],
  ['title', t('deadlines_col_title')],
  ['client', t('deadlines_col_client')],
  ['kind', t('deadlines_label_kind')],
];

export function DeadlinesTable({ rows, now, buffers, locale, onOpen, onDone }: DeadlinesTableProps) {
  const ids = { state: useId(), kind: useId(), caption: useId() };
  const [state, setState] = useState<DeadlineState | 'open' | 'all'>('open');
  const [kind, setKind] = useState<DeadlineKind | 'all'>('all');
  const [sort, setSort] = useState<Sorted>({ key: 'due', dir: 'ascending' });

  const withStatus = rows.map((r) => ({ ...r, status: deadlineStatus(r.deadline, now, buffers) }));
  const compare = (a: (typeof withStatus)[number], b: (typeof withStatus)[number]): number => {
    switch (sort.key) {
      case 'due':
        return a.status.dueAt - b.status.dueAt;
      case 'state':
        return STATE_RANK[a.status.state] - STATE_RANK[b.status.state] || a.status.dueAt - b.status.dueAt;
      case 'client':
        return collator().compare(a.clientName, b.clientName) || a.status.dueAt - b.status.dueAt;
      case 'title':
        return collator().compare(a.deadline.title, b.deadline.title);
      case 'kind':
        return collator().compare(DEADLINE_KIND_LABELS[a.deadline.kind], DEADLINE_KIND_LABELS[b.deadline.kind]) || a.status.dueAt - b.status.dueAt;
    }
  };
  const shown = withStatus
    .filter((r) => (state === 'all' ? true : state === 'open' ? r.status.state !== 'done' : r.status.state === state))
    .filter((r) => kind === 'all' || r.deadline.kind === kind)
    .sort((a, b) => (sort.dir === 'ascending' ? compare(a, b) : -compare(a, b)));

  const toggle = (key: SortKey) => setSort((s) => ({ key, dir: s.key === key && s.dir === 'ascending' ? 'descending' : 'ascending' }));

  return (
    <div class="rp-dl-table-wrap">
      <div class="rp-dl-filters">
        <div>
          <label for={ids.state}>{t('deadlines_label_state')}</label>
          <select id={ids.state} value={state} onChange={(e) => setState(e.currentTarget.value as typeof state)}>
            <option value="open">{t('deadlines_filter_all_open')}</option>
            {DEADLINE_STATES.map((s) => (
              <option key={s} value={s}>
                {DEADLINE_STATE_LABELS[s]}
              </option>
            ))}
            <option value="all">{t('deadlines_filter_everything')}</option>
          </select>
        </div>
        <div>
          <label for={ids.kind}>{t('deadlines_label_kind')}</label>
          <select id={ids.kind} value={kind} onChange={(e) => setKind(e.currentTarget.value as typeof kind)}>
            <option value="all">{t('deadlines_filter_all_kinds')}</option>
            {(Object.keys(DEADLINE_KIND_LABELS) as DeadlineKind[]).map((k) => (
              <option key={k} value={k}>
                {DEADLINE_KIND_LABELS[k]}
              </option>
            ))}
          </select>
        </div>
        <p id={ids.caption} class="rp-dl-muted" aria-live="polite">
          {t('deadlines_showing', { shown: shown.length, total: rows.length })}
        </p>
      </div>
      <table class="rp-dl-table" aria-describedby={ids.caption}>
        <thead>
          <tr>
            {columns().map(([key, label]) => (
              <th key={key} scope="col" aria-sort={sort.key === key ? sort.dir : undefined}>
                <button type="button" onClick={() => toggle(key)}>
                  {label}
                  <span aria-hidden="true">{sort.key === key ? (sort.dir === 'ascending' ? ' ▲' : ' ▼') : ''}</span>
                </button>
              </th>
            ))}
            {onDone && (
              <th scope="col">
                <span class="rp-dl-muted">{t('deadlines_col_actions')}</span>
              </th>
            )}
          </tr>
        </thead>
        <tbody>
          {shown.map((r) => (
            <Row key={r.deadline.id} row={r} status={r.status} locale={locale} onOpen={onOpen} onDone={onDone} />
          ))}
        </tbody>
      </table>
      {shown.length === 0 && <p class="rp-dl-muted">{t('deadlines_none_match')}</p>}
    </div>
  );
}

function Row({ row, status, locale, onOpen, onDone }: { row: DeadlineRow; status: DeadlineStatus; locale?: string; onOpen?: (id: string) => void; onDone?: (id: string) => void }) {
  const d = row.deadline;
  return (
    <tr class={`rp-dl-${status.state}`} data-state={status.state}>
      <td>
        {showDue(d.dueDate, d.dueTime, locale)}
        <div class="rp-dl-muted">{status.state === 'done' ? '' : daysLeftText(status.daysLeft)}</div>
      </td>
      <td>
        <span class="rp-dl-state">{DEADLINE_STATE_LABELS[status.state]}</span>
      </td>
      <td>
        {onOpen ? (
          <a href="#" onClick={(e) => (e.preventDefault(), onOpen(d.id))}>
            {d.title}
          </a>
        ) : (
          d.title
        )}
      </td>
      <td>{row.clientName}</td>
      <td>{DEADLINE_KIND_LABELS[d.kind]}</td>
      {onDone && (
        <td>
          {status.state !== 'done' && (
            <button type="button" onClick={() => onDone(d.id)} aria-label={t('deadlines_mark_done', { title: d.title })}>
              {t('deadlines_done_button')}
            </button>
          )}
        </td>
      )}
    </tr>
  );
}
