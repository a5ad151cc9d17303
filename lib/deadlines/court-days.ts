// Court-day arithmetic for federal courts (FRCP 6) and California courts (CCP
// 12–12c, 1010.6, 1013). Every result carries the steps that produced it, in
// words, so the lawyer can check the count instead of trusting it, and a
// warning whenever a day outside a holiday list's years was consulted.
//
// This counts; it does not know which period a rule sets or which service
// rule applies to a document. Those come from the lawyer.
import { addDays, toDate, type LocalDate } from './local-date';
import { CALIFORNIA_HOLIDAYS, FEDERAL_HOLIDAYS, closedReason, covers, type HolidayList } from './holidays';
import { t, tn } from '../i18n/t';
import { formatWeekdayDay } from '../i18n/format';

export type Direction = 'after' | 'before';

export interface CountStep {
  /** The rule applied, e.g. "FRCP 6(a)(1)(C)". */
  rule: string;
  /** The date after this step. */
  date: LocalDate;
  /** What happened, in words. */
  text: string;
}

export interface CourtDeadline {
  date: LocalDate;
  steps: CountStep[];
  warnings: string[];
}

/** "Fri, Jul 3, 2026" / "vie, 3 jul 2026": the weekday matters when counting court days. */
export const showDate = (d: LocalDate) => formatWeekdayDay(toDate(d));

/** Tracks which holiday lists were asked about days they do not cover. */
class Calendar {
  private readonly uncovered = new Map<string, LocalDate[]>();
  constructor(private readonly lists: readonly HolidayList[]) {}

  reason(d: LocalDate, lists = this.lists) {
    for (const l of lists) {
      if (!covers(l, d)) {
        const days = this.uncovered.get(l.name) ?? [];
        days.push(d);
        this.uncovered.set(l.name, days);
      }
    }
    return closedReason(d, lists);
  }

  isCourtDay(d: LocalDate, lists = this.lists) {
    return this.reason(d, lists) === undefined;
  }

  warnings(): string[] {
    return [...this.uncovered].map(([name, days]) => {
      const l = this.lists.find((x) => x.name === name)!;
      return t('courtdays_list_outside', { list: name, from: String(l.validFrom), through: String(l.validThrough), day: showDate(days[0]!) });
    });
  }
}

const describe = (r: NonNullable<ReturnType<typeof closedReason>>) =>
  r.kind === 'weekend' ? (r.name === 'Saturday' ? t('courtdays_saturday') : t('courtdays_sunday')) : r.kind === 'closure' ? t('courtdays_closed', { name: r.name }) : r.name;

/** Moves off non-court days in the direction given, recording why. */
function roll(cal: Calendar, d: LocalDate, direction: Direction, rule: string, lists?: readonly HolidayList[]): { date: LocalDate; step?: CountStep } {
  const first = cal.reason(d, lists);
  if (!first) return { date: d };
  const step = direction === 'after' ? 1 : -1;
  let out = d;
  while (!cal.isCourtDay(out, lists)) out = addDays(out, step);
  const vars = { day: showDate(d), reason: describe(first), date: showDate(out) };
  return { date: out, step: { rule, date: out, text: direction === 'after' ? t('courtdays_roll_next', vars) : t('courtdays_roll_previous', vars) } };
}

/** The n-th court day after (or before) `from`, not counting `from` itself. */
function countCourtDays(cal: Calendar, from: LocalDate, n: number, direction: Direction): LocalDate {
  const step = direction === 'after' ? 1 : -1;
  let d = from;
  for (let left = n; left > 0; ) {
    d = addDays(d, step);
    if (cal.isCourtDay(d)) left--;
  }
  return d;
}

function checkDays(days: number) {
  if (!Number.isInteger(days) || days < 1 || days > 3650) throw new RangeError(t('courtdays_period_range'));
}

// ---------------------------------------------------------------------------
// Federal: FRCP 6(a) and 6(d)

/**
 * How a paper was served, by FRCP 5(b)(2): (A) handing it over, (B) leaving it
 * at the office or home, (C) mail, (D) leaving it with the clerk, (E)
 * electronic filing or other electronic means, (F) other means consented to.
 * Only (C), (D) and (F) add 3 days under 6(d); electronic service lost its 3
 * days in the 2016 amendment.
 */
export type FederalService = 'personal' | 'mail' | 'clerk' | 'electronic' | 'other-consented';

/** Read when shown, in the browser's language. */
export const FEDERAL_SERVICE_LABELS: Readonly<Record<FederalService, string>> = {
  get personal() { return t('courtdays_fed_personal'); },
  get mail() { return t('courtdays_fed_mail'); },
  get clerk() { return t('courtdays_fed_clerk'); },
  get electronic() { return t('courtdays_fed_electronic'); },
  get 'other-consented'() { return t('courtdays_fed_other'); },
};

const ADDS_THREE: ReadonlySet<FederalService> = new Set(['mail', 'clerk', 'other-consented']);

export interface FederalPeriod {
  /** The day of the event that starts the period (service, entry of the order, the hearing). */
  trigger: LocalDate;
  days: number;
  /** 'before' for periods counted back from an event, e.g. "7 days before the hearing". */
  direction: Direction;
  /** Only for periods that run from service. */
  service?: FederalService;
  /** Default: the federal list. */
  holidays?: HolidayList;
  /**
   * The holidays of the state where the district court sits: legal holidays
   * for periods counted forward only (FRCP 6(a)(6)(C)). E.g. California's list
   * for the Northern, Eastern, Central and Southern Districts of California.
   */
  stateHolidays?: HolidayList;
}

export function federalDeadline(p: FederalPeriod): CourtDeadline {
  checkDays(p.days);
  const federal = p.holidays ?? FEDERAL_HOLIDAYS;
  // 6(a)(6)(C): a state's own holidays count only when counting forward.
  const lists = p.direction === 'after' && p.stateHolidays ? [federal, p.stateHolidays] : [federal];
  const cal = new Calendar(lists);
  const sign = p.direction === 'after' ? 1 : -1;
  const steps: CountStep[] = [];
  const warnings: string[] = [];

  // 6(a)(1)(A)–(B): "exclude the day of the event that triggers the period" and
  // "count every day, including intermediate Saturdays, Sundays, and legal holidays".
  let date = addDays(p.trigger, sign * p.days);
  steps.push({
    rule: 'FRCP 6(a)(1)(A)–(B)', // i18n-ignore: a citation
    date,
    text: tn(p.direction === 'after' ? 'courtdays_fed_count_after' : 'courtdays_fed_count_before', p.days, { trigger: showDate(p.trigger), date: showDate(date) }),
  });

  // 6(a)(1)(C): a last day on a Saturday, Sunday or legal holiday runs on to the
  // end of the next day that is none of these; 6(a)(5): "next" runs backward
  // for periods measured before an event.
  const rolled = roll(cal, date, p.direction, p.direction === 'after' ? 'FRCP 6(a)(1)(C)' : 'FRCP 6(a)(1)(C), 6(a)(5)'); // i18n-ignore: citations
  date = rolled.date;
  if (rolled.step) steps.push(rolled.step);

  // 6(d): the 3 days are "added after the period would otherwise expire under
  // Rule 6(a)" — so the period is first counted and moved off a weekend or
  // holiday as above, then 3 days are added, and 6(a)(1)(C) applies again to
  // the new last day (Advisory Committee Notes, 2005 amendment to 6(e), now 6(d)).
  if (p.service && ADDS_THREE.has(p.service)) {
    if (p.direction === 'after') {
      const plus = addDays(date, 3);
      const served = p.service === 'mail' ? 'courtdays_fed_served_mail' : p.service === 'clerk' ? 'courtdays_fed_served_clerk' : 'courtdays_fed_served_other';
      steps.push({ rule: 'FRCP 6(d)', date: plus, text: t(served, { date: showDate(plus) }) }); // i18n-ignore: a citation
      const again = roll(cal, plus, 'after', 'FRCP 6(a)(1)(C)'); // i18n-ignore: a citation
      date = again.date;
      if (again.step) steps.push(again.step);
    } else {
      warnings.push(t('courtdays_fed_no_6d_back'));
    }
  }
  return { date, steps, warnings: [...warnings, ...cal.warnings()] };
}

// ---------------------------------------------------------------------------
// California: CCP 12, 12a, 12c, 1010.6, 1013

export type CaliforniaService =
  | 'personal'
  | 'electronic'
  | 'mail-in-state'
  | 'mail-out-of-state'
  | 'mail-international'
  | 'overnight'
  | 'fax';

/** Read when shown, in the browser's language. */
export const CALIFORNIA_SERVICE_LABELS: Readonly<Record<CaliforniaService, string>> = {
  get personal() { return t('courtdays_ca_personal'); },
  get electronic() { return t('courtdays_ca_electronic'); },
  get 'mail-in-state'() { return t('courtdays_ca_mail_in_state'); },
  get 'mail-out-of-state'() { return t('courtdays_ca_mail_out_of_state'); },
  get 'mail-international'() { return t('courtdays_ca_mail_international'); },
  get overnight() { return t('courtdays_ca_overnight'); },
  get fax() { return t('courtdays_ca_fax'); },
};

const CA_EXTENSION: Record<CaliforniaService, { days: number; unit: 'calendar' | 'court'; rule: string } | undefined> = {
  personal: undefined,
  // "shall be extended after service by electronic means by two court days"
  electronic: { days: 2, unit: 'court', rule: 'CCP 1010.6(a)' }, // i18n-ignore: a citation
  // "extended five calendar days … if the place of address and the place of
  // mailing is within the State of California, 10 calendar days if either … is
  // outside the State of California but within the United States, and 20
  // calendar days if either … is outside the United States"
  'mail-in-state': { days: 5, unit: 'calendar', rule: 'CCP 1013(a)' }, // i18n-ignore: a citation
  'mail-out-of-state': { days: 10, unit: 'calendar', rule: 'CCP 1013(a)' }, // i18n-ignore: a citation
  'mail-international': { days: 20, unit: 'calendar', rule: 'CCP 1013(a)' }, // i18n-ignore: a citation
  overnight: { days: 2, unit: 'court', rule: 'CCP 1013(c)' }, // i18n-ignore: a citation
  fax: { days: 2, unit: 'court', rule: 'CCP 1013(e)' }, // i18n-ignore: a citation
};

export interface CaliforniaPeriod {
  trigger: LocalDate;
  days: number;
  /** Calendar days (the default in CCP 12) or court days (e.g. CCP 1005(b)'s "16 court days"). */
  unit: 'calendar' | 'court';
  direction: Direction;
  service?: CaliforniaService;
  /** Default: the California judicial holidays. */
  holidays?: HolidayList;
}

export function californiaDeadline(p: CaliforniaPeriod): CourtDeadline {
  checkDays(p.days);
  const cal = new Calendar([p.holidays ?? CALIFORNIA_HOLIDAYS]);
  const sign = p.direction === 'after' ? 1 : -1;
  const steps: CountStep[] = [];
  const warnings: string[] = [];

  // CCP 12: "computed by excluding the first day, and including the last".
  // CCP 12c(a): a period before a hearing is counted backward from the hearing,
  // excluding the hearing day.
  let date = p.unit === 'calendar' ? addDays(p.trigger, sign * p.days) : countCourtDays(cal, p.trigger, p.days, p.direction);
  steps.push({
    rule: p.direction === 'after' ? 'CCP 12' : 'CCP 12, 12c(a)', // i18n-ignore: citations
    date,
    text: tn(
      p.unit === 'court' ? (p.direction === 'after' ? 'courtdays_ca_count_court_after' : 'courtdays_ca_count_court_before') : p.direction === 'after' ? 'courtdays_ca_count_calendar_after' : 'courtdays_ca_count_calendar_before',
      p.days,
      { trigger: showDate(p.trigger), date: showDate(date) },
    ),
  });

  // The method of service extends the period itself (CCP 1010.6, 1013), and
  // CCP 12a then moves only the last day of the whole, extended period: the
  // base period's end is not moved first. Court days of an extension are
  // counted from that end, whatever day it is. Before a hearing, the extra
  // days are counted backward too (CCP 12c(b)).
  const ext = p.service ? CA_EXTENSION[p.service] : undefined;
  if (ext) {
    const from = date;
    date = ext.unit === 'calendar' ? addDays(from, sign * ext.days) : countCourtDays(cal, from, ext.days, p.direction);
    steps.push({
      rule: p.direction === 'after' ? ext.rule : `${ext.rule}, CCP 12c(b)`,
      date,
      // The way of service without its citation: every label ends with one in parentheses.
      text: tn(
        ext.unit === 'court' ? (p.direction === 'after' ? 'courtdays_ca_ext_court_after' : 'courtdays_ca_ext_court_before') : p.direction === 'after' ? 'courtdays_ca_ext_calendar_after' : 'courtdays_ca_ext_calendar_before',
        ext.days,
        { service: CALIFORNIA_SERVICE_LABELS[p.service!].replace(/ \(.*\)$/, ''), from: showDate(from), date: showDate(date) },
      ),
    });
    if (p.service === 'electronic') {
      warnings.push(t('courtdays_ca_electronic_warning'));
    } else {
      warnings.push(t('courtdays_ca_1013_warning'));
    }
  }

  // CCP 12a(a): a last day that is a holiday (Saturday, Sunday, a CCP 135
  // judicial holiday) moves to "the next day that is not a holiday". Counting
  // back from a hearing, moving forward would leave less notice than the
  // statute requires, so the last day moves to the previous court day instead.
  const rolled = roll(cal, date, p.direction, p.direction === 'after' ? 'CCP 12a' : t('courtdays_rule_ccp12a_back')); // i18n-ignore: a citation
  date = rolled.date;
  if (rolled.step) steps.push(rolled.step);

  return { date, steps, warnings: [...warnings, ...cal.warnings()] };
}
