// "Served by mail on Mon 2 Mar → response due Thu 19 Mar": counts a period
// under FRCP 6 or the California rules and shows each step, so the lawyer can
// check the count before using the date.
import { useId, useState } from 'preact/hooks';
import {
  CALIFORNIA_SERVICE_LABELS,
  FEDERAL_SERVICE_LABELS,
  californiaDeadline,
  federalDeadline,
  showDate,
  type CaliforniaService,
  type CourtDeadline,
  type FederalService,
} from '../../lib/deadlines/court-days';
import { CALIFORNIA_HOLIDAYS, FEDERAL_HOLIDAYS, type HolidayList } from '../../lib/deadlines/holidays';
import { isLocalDate, type LocalDate } from '../../lib/deadlines/local-date';

export interface CourtDayHelperProps {
  /** The user's own lists from Settings; the shipped ones otherwise. */
  holidays?: { federal?: HolidayList; california?: HolidayList };
  onUse: (date: LocalDate) => void;
}

type Rules = 'federal' | 'california';

function Select<T extends string>(p: { label: string; value: T; options: [T, string][]; onValue: (v: T) => void }) {
  const id = useId();
  return (
    <div>
      <label for={id}>{p.label}</label>
      <select id={id} value={p.value} onChange={(e) => p.onValue(e.currentTarget.value as T)}>
        {p.options.map(([v, l]) => (
          <option key={v} value={v}>
            {l}
          </option>
        ))}
      </select>
    </div>
  );
}

const serviceWords: Record<string, string> = {
  mail: 'Served by mail',
  clerk: 'Left with the clerk',
  electronic: 'Served electronically',
  'other-consented': 'Served by consented means',
  personal: 'Served in person',
  'mail-in-state': 'Served by mail in California',
  'mail-out-of-state': 'Served by mail from another state',
  'mail-international': 'Served by mail from abroad',
  overnight: 'Served by overnight delivery',
  fax: 'Served by fax',
  none: 'Event',
};

export function CourtDayHelper({ holidays, onUse }: CourtDayHelperProps) {
  const ids = { trigger: useId(), days: useId(), state: useId() };
  const [rules, setRules] = useState<Rules>('federal');
  const [trigger, setTrigger] = useState('');
  const [days, setDays] = useState('');
  const [direction, setDirection] = useState<'after' | 'before'>('after');
  const [unit, setUnit] = useState<'calendar' | 'court'>('calendar');
  const [fedService, setFedService] = useState<FederalService | 'none'>('none');
  const [caService, setCaService] = useState<CaliforniaService | 'none'>('none');
  const [stateHolidays, setStateHolidays] = useState(false);

  const federal = holidays?.federal ?? FEDERAL_HOLIDAYS;
  const california = holidays?.california ?? CALIFORNIA_HOLIDAYS;
  const n = Number(days);
  let result: CourtDeadline | undefined;
  let problem = '';
  if (trigger && days) {
    if (!isLocalDate(trigger)) problem = 'Give the date of the event or service.';
    else if (!Number.isInteger(n) || n < 1 || n > 3650) problem = 'The period is a whole number of days, 1 to 3650.';
    else if (rules === 'federal') {
      result = federalDeadline({
        trigger,
        days: n,
        direction,
        holidays: federal,
        ...(fedService !== 'none' ? { service: fedService } : {}),
        ...(stateHolidays ? { stateHolidays: california } : {}),
      });
    } else {
      result = californiaDeadline({ trigger, days: n, unit, direction, holidays: california, ...(caService !== 'none' ? { service: caService } : {}) });
    }
  }
  const service = rules === 'federal' ? fedService : caService;

  return (
    <fieldset class="rp-dl-helper">
      <legend>Count court days</legend>
      <div class="rp-dl-row">
        <Select<Rules> label="Rules" value={rules} onValue={setRules} options={[['federal', 'Federal (FRCP 6)'], ['california', 'California (CCP 12, 1010.6, 1013)']]} />
        <div>
          <label for={ids.trigger}>Served on / event date</label>
          <input id={ids.trigger} type="date" value={trigger} onInput={(e) => setTrigger(e.currentTarget.value)} />
        </div>
        <div>
          <label for={ids.days}>Days</label>
          <input id={ids.days} type="number" min={1} max={3650} step={1} value={days} onInput={(e) => setDays(e.currentTarget.value)} />
        </div>
        <Select label="Counted" value={direction} onValue={setDirection} options={[['after', 'after the event'], ['before', 'before the event']]} />
        {rules === 'california' && (
          <Select label="Unit" value={unit} onValue={setUnit} options={[['calendar', 'calendar days'], ['court', 'court days']]} />
        )}
      </div>
      {rules === 'federal' ? (
        <>
          <Select<FederalService | 'none'>
            label="Service"
            value={fedService}
            onValue={setFedService}
            options={[['none', 'Not counted from service'], ...(Object.entries(FEDERAL_SERVICE_LABELS) as [FederalService, string][])]}
          />
          <div class="rp-dl-check">
            <input id={ids.state} type="checkbox" checked={stateHolidays} onChange={(e) => setStateHolidays(e.currentTarget.checked)} />
            <label for={ids.state}>
              District court in California (its holidays count forward, FRCP 6(a)(6)(C))
            </label>
          </div>
        </>
      ) : (
        <Select<CaliforniaService | 'none'>
          label="Service"
          value={caService}
          onValue={setCaService}
          options={[['none', 'Not counted from service'], ...(Object.entries(CALIFORNIA_SERVICE_LABELS) as [CaliforniaService, string][])]}
        />
      )}
      <div aria-live="polite">
        {problem && <p class="rp-dl-error">{problem}</p>}
        {result && (
          <>
            <p class="rp-dl-result">
              {serviceWords[service]} on {showDate(trigger)} → {direction === 'after' ? 'due' : 'last day'} {showDate(result.date)}
            </p>
            <ol>
              {result.steps.map((s, i) => (
                <li key={i}>
                  <span class="rp-dl-muted">{s.rule}:</span> {s.text}
                </li>
              ))}
            </ol>
            {result.warnings.map((w, i) => (
              <p key={i} class="rp-dl-muted" role="note">
                {w}
              </p>
            ))}
            <button type="button" onClick={() => onUse(result!.date)}>
              Use {showDate(result.date)}
            </button>
          </>
        )}
      </div>
    </fieldset>
  );
}
