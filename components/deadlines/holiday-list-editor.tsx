// One holiday list in Settings → Deadlines: the shipped list with the user's
// changes on top (lib/deadlines/holidays.ts withEdits), dated so an outdated
// list shows, and the changes themselves — add a holiday or a day the court
// was closed, take a shipped day off, put it back, reset to the shipped list.
// Each change is saved at once by `onChange` (the court-day helper counts with
// it from then on); a bad date is refused here with its reason and nothing is
// sent.
import { useId, useState } from 'preact/hooks';
import { holidayEditsSchema, holidayListStatus, withEdits, type HolidayEdits, type HolidayList } from '../../lib/deadlines/holidays';
import { fromDate, isLocalDate } from '../../lib/deadlines/local-date';
import { t, tn, uiLanguage } from '../../lib/i18n/t';

const LIST_STATUS = {
  current: 'deadlines_holidays_current',
  'last-year': 'deadlines_holidays_last_year',
  outdated: 'deadlines_holidays_outdated',
} as const;

/** "1 day added, 2 taken off": a list of counts, joined the language's way. */
const joinCounts = (parts: string[]) => new Intl.ListFormat(uiLanguage(), { type: 'unit', style: 'short' }).format(parts);

export interface HolidayListEditorProps {
  shipped: HolidayList;
  edits: HolidayEdits | undefined;
  /** Saves the list's new edits (undefined: the shipped list as it is); resolves to an error message, or null when saved. */
  onChange: (next: HolidayEdits | undefined, done: string) => Promise<string | null>;
}

/** Empty edits are no edits: the record then says "the shipped list". */
const tidy = (e: HolidayEdits): HolidayEdits | undefined => (e.added.length || e.removed.length ? e : undefined);

export function HolidayListEditor({ shipped, edits, onChange }: HolidayListEditorProps) {
  const ids = { date: useId(), name: useId(), closure: useId() };
  const [date, setDate] = useState('');
  const [name, setName] = useState('');
  const [closure, setClosure] = useState(false);
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);
  const list = withEdits(shipped, edits);
  const status = holidayListStatus(list, fromDate(Date.now()));
  const current: HolidayEdits = edits ?? { added: [], removed: [] };
  const own = new Set(current.added.map((h) => h.date));
  const shippedName = new Map(shipped.holidays.map((h) => [h.date, h.name]));

  const apply = async (next: HolidayEdits | undefined, done: string): Promise<boolean> => {
    if (busy) return false;
    setBusy(true);
    try {
      const problem = await onChange(next, done);
      setError(problem ?? '');
      return problem === null;
    } finally {
      setBusy(false);
    }
  };

  const add = async (e: Event) => {
    e.preventDefault();
    const d = date.trim();
    const n = name.trim();
    // The date field gives '' for anything that is not a whole date.
    if (!d) return setError(t('deadlines_holidays_need_date'));
    if (!isLocalDate(d)) return setError(t('deadlines_holidays_bad_date', { date: d }));
    if (!n) return setError(closure ? t('deadlines_holidays_need_closure_name') : t('deadlines_holidays_need_name'));
    const there = list.holidays.find((h) => h.date === d);
    if (there) return setError(t('deadlines_holidays_already', { date: d, name: there.name }));
    const next = { added: [...current.added, { date: d, name: n, ...(closure ? { closure: true as const } : {}) }], removed: current.removed.filter((r) => r !== d) };
    const checked = holidayEditsSchema.safeParse(next);
    if (!checked.success) return setError(checked.error.issues[0]?.message ?? t('deadlines_holidays_cannot_add'));
    const outside = Number(d.slice(0, 4)) > list.validThrough || Number(d.slice(0, 4)) < list.validFrom - 1;
    // Years are passed as text: a number would be written "2,026".
    const what = { list: list.name, date: d, name: n };
    const span = { from: String(list.validFrom), through: String(list.validThrough) };
    const done = outside
      ? t(closure ? 'deadlines_holidays_added_closure_outside' : 'deadlines_holidays_added_holiday_outside', { ...what, ...span })
      : t(closure ? 'deadlines_holidays_added_closure' : 'deadlines_holidays_added_holiday', what);
    const ok = await apply(checked.data, done);
    if (ok) {
      setDate('');
      setName('');
      setClosure(false);
    }
  };

  const remove = (d: string, label: string) => {
    const next = own.has(d) ? { ...current, added: current.added.filter((h) => h.date !== d) } : { ...current, removed: [...current.removed, d] };
    void apply(tidy(next), t('deadlines_holidays_taken_off_done', { list: list.name, date: d, name: label }));
  };

  const putBack = (d: string) => void apply(tidy({ ...current, removed: current.removed.filter((r) => r !== d) }), t('deadlines_holidays_put_back_done', { list: list.name, date: d }));

  const changes = joinCounts([
    ...(current.added.length ? [tn('deadlines_holidays_added_count', current.added.length)] : []),
    ...(current.removed.length ? [tn('deadlines_holidays_removed_count', current.removed.length)] : []),
  ]);
  const summary = { from: String(list.validFrom), through: String(list.validThrough), checked: list.checkedOn, status: t(LIST_STATUS[status]) };

  return (
    <div class="dl-holidays" role="group" aria-label={list.name}>
      <h3>{list.name}</h3>
      <p class={status === 'outdated' ? 'rp-dl-error' : 'kit-hint'}>
        {changes
          ? tn('deadlines_holidays_summary_changed', list.holidays.length, { ...summary, changes })
          : tn('deadlines_holidays_summary', list.holidays.length, summary)}
      </p>
      {list.sources.length > 0 && (
        <p class="kit-hint">
          {t('deadlines_holidays_sources')}{' '}
          {list.sources.map((s, i) => (
            <span key={i}>
              {i > 0 && ', '}
              {s.cite}
            </span>
          ))}
        </p>
      )}
      <details>
        <summary>{t('deadlines_holidays_show')}</summary>
        <ul aria-label={t('deadlines_holidays_days_on', { list: list.name })}>
          {list.holidays.map((h) => (
            <li key={h.date}>
              {h.date} — {h.name}
              {h.closure && <span class="dl-day-tag"> {t('deadlines_holidays_tag_closure')}</span>}
              {own.has(h.date) && <span class="dl-day-tag"> {t('deadlines_holidays_tag_yours')}</span>}{' '}
              <button
                type="button"
                class="link-button"
                disabled={busy}
                aria-label={t('deadlines_holidays_take_off', { date: h.date, name: h.name, list: list.name })}
                onClick={() => remove(h.date, h.name)}
              >
                {t('deadlines_holidays_remove')}
              </button>
            </li>
          ))}
        </ul>
        {current.removed.length > 0 && (
          <ul aria-label={t('deadlines_holidays_taken_off', { list: list.name })}>
            {current.removed.map((d) => (
              <li key={d}>
                <s>
                  {d} — {shippedName.get(d) ?? t('deadlines_holidays_not_shipped')}
                </s>{' '}
                <button type="button" class="link-button" disabled={busy} aria-label={t('deadlines_holidays_put_back_on', { date: d, list: list.name })} onClick={() => putBack(d)}>
                  {t('deadlines_holidays_put_back')}
                </button>
              </li>
            ))}
          </ul>
        )}
      </details>
      <form class="dl-add-day" aria-label={t('deadlines_holidays_add_to', { list: list.name })} onSubmit={(e) => void add(e)} noValidate>
        <div class="field">
          <label for={ids.date}>{t('deadlines_holidays_date')}</label>
          <input id={ids.date} type="date" value={date} aria-invalid={error ? true : undefined} onInput={(e) => setDate(e.currentTarget.value)} />
        </div>
        <div class="field">
          <label for={ids.name}>{t('deadlines_holidays_name')}</label>
          <input id={ids.name} type="text" value={name} maxLength={120} placeholder={closure ? t('deadlines_holidays_closure_example') : t('deadlines_holidays_holiday_example')} onInput={(e) => setName(e.currentTarget.value)} />
        </div>
        <div class="rp-dl-check">
          <input id={ids.closure} type="checkbox" checked={closure} onChange={(e) => setClosure(e.currentTarget.checked)} />
          <label for={ids.closure}>{t('deadlines_holidays_closure_check')}</label>
        </div>
        <button type="submit" class="button-secondary" disabled={busy}>
          {t('deadlines_holidays_add_day')}
        </button>
      </form>
      {error && (
        <p class="rp-dl-error" role="alert">
          {error}
        </p>
      )}
      {edits && (
        <button type="button" class="button-secondary" disabled={busy} onClick={() => void apply(undefined, t('deadlines_holidays_reset_done', { list: list.name }))}>
          {t('deadlines_holidays_reset', { list: list.name })}
        </button>
      )}
    </div>
  );
}
