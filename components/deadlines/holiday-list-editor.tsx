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

const LIST_STATUS = {
  current: 'up to date',
  'last-year': 'ends this year: check for next year’s dates',
  outdated: 'OUTDATED: court days past its last year are counted without holidays',
};

export interface HolidayListEditorProps {
  shipped: HolidayList;
  edits: HolidayEdits | undefined;
  /** Saves the list's new edits (undefined: the shipped list as it is); resolves to an error message, or null when saved. */
  onChange: (next: HolidayEdits | undefined, done: string) => Promise<string | null>;
}

const plural = (n: number, one: string) => `${n} ${one}${n === 1 ? '' : 's'}`;

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
    if (!d) return setError('Choose the date, e.g. 2026-12-24.');
    if (!isLocalDate(d)) return setError(`${d} is not a date: use YYYY-MM-DD, e.g. 2026-12-24.`);
    if (!n) return setError(closure ? 'Say why the court was closed, e.g. “Storm”.' : 'Give the holiday its name.');
    const there = list.holidays.find((h) => h.date === d);
    if (there) return setError(`${d} is already on this list: ${there.name}.`);
    const next = { added: [...current.added, { date: d, name: n, ...(closure ? { closure: true as const } : {}) }], removed: current.removed.filter((r) => r !== d) };
    const checked = holidayEditsSchema.safeParse(next);
    if (!checked.success) return setError(checked.error.issues[0]?.message ?? 'That day cannot be added.');
    const outside = Number(d.slice(0, 4)) > list.validThrough || Number(d.slice(0, 4)) < list.validFrom - 1;
    const ok = await apply(checked.data, `${closure ? 'Court closure' : 'Holiday'} added to ${list.name}: ${d} — ${n}${outside ? ` (the list covers ${list.validFrom}–${list.validThrough}; counts that reach other years still warn)` : ''}`);
    if (ok) {
      setDate('');
      setName('');
      setClosure(false);
    }
  };

  const remove = (d: string, label: string) => {
    const next = own.has(d) ? { ...current, added: current.added.filter((h) => h.date !== d) } : { ...current, removed: [...current.removed, d] };
    void apply(tidy(next), `Taken off ${list.name}: ${d} — ${label}`);
  };

  const putBack = (d: string) => void apply(tidy({ ...current, removed: current.removed.filter((r) => r !== d) }), `Put back on ${list.name}: ${d}`);

  const changes = [current.added.length && `${plural(current.added.length, 'day')} added`, current.removed.length && `${current.removed.length} taken off`].filter(Boolean).join(', ');

  return (
    <div class="dl-holidays" role="group" aria-label={list.name}>
      <h4>{list.name}</h4>
      <p class={status === 'outdated' ? 'rp-dl-error' : 'kit-hint'}>
        {list.validFrom}–{list.validThrough}, {list.holidays.length} days, checked {list.checkedOn} (shipped with Rapport{changes ? `, with your changes: ${changes}` : ''}) — {LIST_STATUS[status]}
      </p>
      {list.sources.length > 0 && (
        <p class="kit-hint">
          Sources:{' '}
          {list.sources.map((s, i) => (
            <span key={i}>
              {i > 0 && ', '}
              {s.cite}
            </span>
          ))}
        </p>
      )}
      <details>
        <summary>Show the days</summary>
        <ul aria-label={`Days on ${list.name}`}>
          {list.holidays.map((h) => (
            <li key={h.date}>
              {h.date} — {h.name}
              {h.closure && <span class="dl-day-tag"> court closed</span>}
              {own.has(h.date) && <span class="dl-day-tag"> yours</span>}{' '}
              <button type="button" class="link-button" disabled={busy} aria-label={`Take ${h.date} ${h.name} off ${list.name}`} onClick={() => remove(h.date, h.name)}>
                Remove
              </button>
            </li>
          ))}
        </ul>
        {current.removed.length > 0 && (
          <ul aria-label={`Taken off ${list.name}`}>
            {current.removed.map((d) => (
              <li key={d}>
                <s>
                  {d} — {shippedName.get(d) ?? 'not on the shipped list'}
                </s>{' '}
                <button type="button" class="link-button" disabled={busy} aria-label={`Put ${d} back on ${list.name}`} onClick={() => putBack(d)}>
                  Put back
                </button>
              </li>
            ))}
          </ul>
        )}
      </details>
      <form class="dl-add-day" aria-label={`Add a day to ${list.name}`} onSubmit={(e) => void add(e)} noValidate>
        <div class="field">
          <label for={ids.date}>Date</label>
          <input id={ids.date} type="date" value={date} aria-invalid={error ? true : undefined} onInput={(e) => setDate(e.currentTarget.value)} />
        </div>
        <div class="field">
          <label for={ids.name}>Name</label>
          <input id={ids.name} type="text" value={name} maxLength={120} placeholder={closure ? 'e.g. Storm' : 'e.g. Day of mourning'} onInput={(e) => setName(e.currentTarget.value)} />
        </div>
        <div class="rp-dl-check">
          <input id={ids.closure} type="checkbox" checked={closure} onChange={(e) => setClosure(e.currentTarget.checked)} />
          <label for={ids.closure}>The court was closed that day (not a holiday)</label>
        </div>
        <button type="submit" disabled={busy}>
          Add day
        </button>
      </form>
      {error && (
        <p class="rp-dl-error" role="alert">
          {error}
        </p>
      )}
      {edits && (
        <button type="button" disabled={busy} onClick={() => void apply(undefined, `${list.name}: back to the shipped list`)}>
          Reset {list.name} to the shipped list
        </button>
      )}
    </div>
  );
}
