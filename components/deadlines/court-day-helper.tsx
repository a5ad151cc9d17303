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
import { t, type StringKey } from '../../lib/i18n/t';

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

/** "Served by mail on {date}": how the period started, one whole phrase per way of service. */
const SERVED: Record<FederalService | CaliforniaService | 'none', StringKey & `deadlines_served_${string}`> = {
  mail: 'deadlines_served_mail',
  clerk: 'deadlines_served_clerk',
  electronic: 'deadlines_served_electronic',
  'other-consented': 'deadlines_served_consented',
  personal: 'deadlines_served_personal',
  'mail-in-state': 'deadlines_served_mail_in_state',
  'mail-out-of-state': 'deadlines_served_mail_out_of_state',
  'mail-international': 'deadlines_served_mail_international',
  overnight: 'deadlines_served_overnight',
  fax: 'deadlines_served_fax',
  none: 'deadlines_served_none',
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
    if (!isLocalDate(trigger)) problem = t('deadlines_helper_need_trigger');
    else if (!Number.isInteger(n) || n < 1 || n > 3650) problem = t('deadlines_helper_bad_days', { min: 1, max: 3650 });
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
      <legend>{t('deadlines_helper_legend')}</legend>
      <div class="rp-dl-row">
        <Select<Rules>
          label={t('deadlines_helper_rules')}
          value={rules}
          onValue={setRules}
          options={[
            ['federal', t('deadlines_helper_rules_federal')],
            ['california', t('deadlines_helper_rules_california')],
          ]}
        />
        <div>
          <label for={ids.trigger}>{t('deadlines_helper_trigger')}</label>
          <input id={ids.trigger} type="date" value={trigger} onInput={(e) => setTrigger(e.currentTarget.value)} />
        </div>
        <div>
          <label for={ids.days}>{t('deadlines_helper_days')}</label>
          <input id={ids.days} type="number" min={1} max={3650} step={1} value={days} onInput={(e) => setDays(e.currentTarget.value)} />
        </div>
        <Select
          label={t('deadlines_helper_counted')}
          value={direction}
          onValue={setDirection}
          options={[
            ['after', t('deadlines_helper_after')],
            ['before', t('deadlines_helper_before')],
          ]}
        />
        {rules === 'california' && (
          <Select
            label={t('deadlines_helper_unit')}
            value={unit}
            onValue={setUnit}
            options={[
              ['calendar', t('deadlines_helper_calendar_days')],
              ['court', t('deadlines_helper_court_days')],
            ]}
          />
        )}
      </div>
      {rules === 'federal' ? (
        <>
          <Select<FederalService | 'none'>
            label={t('deadlines_helper_service')}
            value={fedService}
            onValue={setFedService}
            options={[['none', t('deadlines_helper_no_service')], ...(Object.entries(FEDERAL_SERVICE_LABELS) as [FederalService, string][])]}
          />
          <div class="rp-dl-check">
            <input id={ids.state} type="checkbox" checked={stateHolidays} onChange={(e) => setStateHolidays(e.currentTarget.checked)} />
            <label for={ids.state}>
              {t('deadlines_helper_state_holidays')}
            </label>
          </div>
        </>
      ) : (
        <Select<CaliforniaService | 'none'>
          label={t('deadlines_helper_service')}
          value={caService}
          onValue={setCaService}
          options={[['none', t('deadlines_helper_no_service')], ...(Object.entries(CALIFORNIA_SERVICE_LABELS) as [CaliforniaService, string][])]}
        />
      )}
      <div aria-live="polite">
        {problem && <p class="rp-dl-error">{problem}</p>}
        {result && (
          <>
            <p class="rp-dl-result">
              {t(direction === 'after' ? 'deadlines_helper_result_due' : 'deadlines_helper_result_last_day', {
                event: t(SERVED[service], { date: showDate(trigger) }),
                date: showDate(result.date),
              })}
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
              {t('deadlines_helper_use', { date: showDate(result.date) })}
            </button>
          </>
        )}
      </div>
    </fieldset>
  );
}
