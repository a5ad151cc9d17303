// Court-day arithmetic as tables. Every expected date below was counted by
// hand on a calendar, not produced by the code under test.
import { describe, expect, it } from 'vitest';
import { californiaDeadline, federalDeadline, type CaliforniaService, type FederalService } from '../../../lib/deadlines/court-days';
import { CALIFORNIA_HOLIDAYS, FEDERAL_HOLIDAYS, holidayLists, holidayListSchema, holidayListStatus, withEdits } from '../../../lib/deadlines/holidays';
import { weekday } from '../../../lib/deadlines/local-date';

type Fed = [label: string, trigger: string, days: number, expected: string];

describe('FRCP 6(a): exclude the trigger day, count every day, a weekend or holiday last day moves on', () => {
  const table: Fed[] = [
    ['plain weekday', '2026-03-02', 14, '2026-03-16'],
    ['weekends inside the period count', '2026-03-02', 10, '2026-03-12'],
    ['ends on a Saturday → Monday', '2026-03-02', 12, '2026-03-16'],
    ['ends on a Sunday → Monday', '2026-03-02', 13, '2026-03-16'],
    // Each federal holiday of 2026 as the last day.
    ["New Year's Day (Thu) → Fri, across the year end", '2025-12-18', 14, '2026-01-02'],
    ['Martin Luther King Jr. Day → Tue', '2026-01-05', 14, '2026-01-20'],
    ["Washington's Birthday → Tue", '2026-02-02', 14, '2026-02-17'],
    ['Memorial Day → Tue', '2026-05-11', 14, '2026-05-26'],
    ['Juneteenth (Fri) → Mon', '2026-06-05', 14, '2026-06-22'],
    ['Independence Day observed Fri 3 July (4th is a Saturday) → Mon 6', '2026-06-19', 14, '2026-07-06'],
    ['Labor Day → Tue', '2026-08-24', 14, '2026-09-08'],
    ['Columbus Day → Tue', '2026-09-28', 14, '2026-10-13'],
    ['Veterans Day (Wed) → Thu', '2026-10-28', 14, '2026-11-12'],
    ['Thanksgiving (Thu) → Fri, a federal court day', '2026-11-12', 14, '2026-11-27'],
    ['Christmas (Fri) → Mon', '2026-12-11', 14, '2026-12-28'],
    // Observed days: Saturday → Friday before, Sunday → Monday after (5 U.S.C. 6103(b)).
    ['Juneteenth 2027 on a Saturday, observed Fri 18 June → Mon 21', '2027-06-04', 14, '2027-06-21'],
    ['Independence Day 2027 on a Sunday, observed Mon 5 July → Tue 6', '2027-06-21', 14, '2027-07-06'],
    ['Christmas 2027 on a Saturday, observed Fri 24 Dec → Mon 27', '2027-12-10', 14, '2027-12-27'],
    ["New Year's Day 2028 on a Saturday, observed Fri 31 Dec 2027 → Mon 3 Jan 2028", '2027-12-17', 14, '2028-01-03'],
    ['Veterans Day 2028 on a Saturday, observed Fri 10 Nov → Mon 13', '2028-10-27', 14, '2028-11-13'],
    // Month and year ends.
    ['30 days from 31 January runs through February', '2026-01-31', 30, '2026-03-02'],
    ['month end on a Saturday → Monday 1 June', '2026-04-30', 30, '2026-06-01'],
    ['year end on a weekday stays', '2026-12-10', 21, '2026-12-31'],
    ['into New Year 2027 (Fri) → Mon 4 Jan', '2026-12-11', 21, '2027-01-04'],
    // Trigger on a holiday: the trigger day is excluded whatever it is.
    ['trigger on Independence Day observed', '2026-07-03', 14, '2026-07-17'],
    ['trigger on Christmas, 7 days lands on New Year → Mon', '2026-12-25', 7, '2027-01-04'],
  ];
  it.each(table)('%s: %s + %i days → %s', (_l, trigger, days, expected) => {
    const r = federalDeadline({ trigger, days, direction: 'after' });
    expect(r.date).toBe(expected);
    expect(r.warnings).toEqual([]);
  });

  it.each([
    // 6(a)(5): counting back, "next day" is the day before.
    ['14 days before Mon 21 Sep 2026 lands on Labor Day → Fri 4 Sep', '2026-09-21', 14, '2026-09-04'],
    ['8 days before Mon 23 Mar lands on Sunday → Fri 13', '2026-03-23', 8, '2026-03-13'],
    ['7 days before Fri 10 July 2026 lands on Fri 3 July (observed) → Thu 2', '2026-07-10', 7, '2026-07-02'],
  ])('counting back: %s', (_l, trigger, days, expected) => {
    expect(federalDeadline({ trigger, days, direction: 'before' }).date).toBe(expected);
  });
});

describe('FRCP 6(d): 3 days after the period would otherwise expire under 6(a)', () => {
  const table: [string, string, number, FederalService, string][] = [
    ['mail, plain', '2026-03-02', 14, 'mail', '2026-03-19'],
    // Order matters: 12 days ends Sat 14 → 6(a)(1)(C) Mon 16 → +3 Thu 19.
    // Adding 3 first would wrongly give Tue 17.
    ['mail, base ends on a Saturday: move first, then add', '2026-03-02', 12, 'mail', '2026-03-19'],
    ['mail, +3 lands on Memorial Day → Tue', '2026-05-08', 14, 'mail', '2026-05-26'],
    ['mail, +3 lands on a Sunday → Mon', '2026-03-04', 14, 'mail', '2026-03-23'],
    ['left with the clerk', '2026-03-02', 14, 'clerk', '2026-03-19'],
    ['other consented means', '2026-03-02', 14, 'other-consented', '2026-03-19'],
    ['electronic: no 3 days since 2016', '2026-03-02', 14, 'electronic', '2026-03-16'],
    ['personal: none', '2026-03-02', 14, 'personal', '2026-03-16'],
    ['mail across the year end: 21 days → Fri 1 Jan holiday → Mon 4 → +3 Thu 7', '2026-12-11', 21, 'mail', '2027-01-07'],
  ];
  it.each(table)('%s', (_l, trigger, days, service, expected) => {
    const r = federalDeadline({ trigger, days, direction: 'after', service });
    expect(r.date).toBe(expected);
  });

  it('shows its steps in the order the rule applies them, citing each', () => {
    const r = federalDeadline({ trigger: '2026-03-02', days: 12, direction: 'after', service: 'mail' });
    expect(r.steps.map((s) => [s.rule, s.date])).toEqual([
      ['FRCP 6(a)(1)(A)–(B)', '2026-03-14'],
      ['FRCP 6(a)(1)(C)', '2026-03-16'],
      ['FRCP 6(d)', '2026-03-19'],
    ]);
    expect(r.steps[1]!.text).toContain('Saturday');
  });

  it('adds nothing to a period counted back from an event, and says so', () => {
    const r = federalDeadline({ trigger: '2026-03-23', days: 14, direction: 'before', service: 'mail' });
    expect(r.date).toBe('2026-03-09');
    expect(r.warnings.join(' ')).toMatch(/6\(d\)/);
  });
});

describe('FRCP 6(a)(6)(C): the state’s holidays count forward only', () => {
  it('Cesar Chavez Day in a California district court moves a forward last day, not a backward one', () => {
    const fwd = { trigger: '2026-03-17', days: 14, direction: 'after' as const };
    expect(federalDeadline(fwd).date).toBe('2026-03-31');
    expect(federalDeadline({ ...fwd, stateHolidays: CALIFORNIA_HOLIDAYS }).date).toBe('2026-04-01');
    const back = { trigger: '2026-04-14', days: 14, direction: 'before' as const, stateHolidays: CALIFORNIA_HOLIDAYS };
    expect(federalDeadline(back).date).toBe('2026-03-31');
  });
});

describe('California: CCP 12 and 12a (calendar days, a holiday last day moves to the next court day)', () => {
  type Ca = [label: string, trigger: string, days: number, expected: string];
  const table: Ca[] = [
    ['ends on a Saturday → Monday', '2026-03-02', 12, '2026-03-16'],
    ['ends on a Sunday → Monday', '2026-03-02', 13, '2026-03-16'],
    // Each California judicial holiday of 2026 as the last day (10 calendar days).
    ["New Year's Day → Fri 2 Jan", '2025-12-22', 10, '2026-01-02'],
    ['Dr. Martin Luther King, Jr. Day → Tue', '2026-01-09', 10, '2026-01-20'],
    ['Lincoln Day (Thu 12 Feb) → Fri 13', '2026-02-02', 10, '2026-02-13'],
    ["Presidents' Day → Tue", '2026-02-06', 10, '2026-02-17'],
    ['Cesar Chavez Day (Tue 31 Mar) → Wed 1 Apr', '2026-03-21', 10, '2026-04-01'],
    ['Memorial Day → Tue', '2026-05-15', 10, '2026-05-26'],
    ['Juneteenth (Fri) → Mon', '2026-06-09', 10, '2026-06-22'],
    ['Independence Day observed Fri 3 July → Mon 6', '2026-06-23', 10, '2026-07-06'],
    ['Labor Day → Tue', '2026-08-28', 10, '2026-09-08'],
    ['Native American Day (Fri 25 Sep) → Mon 28', '2026-09-15', 10, '2026-09-28'],
    ['Veterans Day → Thu', '2026-11-01', 10, '2026-11-12'],
    ['Thanksgiving → past the day after Thanksgiving and the weekend → Mon 30', '2026-11-16', 10, '2026-11-30'],
    ['Day after Thanksgiving → Mon 30', '2026-11-17', 10, '2026-11-30'],
    ['Christmas (Fri) → Mon 28', '2026-12-15', 10, '2026-12-28'],
    ['Columbus Day is not a California court holiday', '2026-10-02', 10, '2026-10-12'],
    // Observed: a Saturday holiday is observed the Friday before (CRC 1.11).
    ['Lincoln Day 2028 on a Saturday, observed Fri 11 Feb → Mon 14', '2028-02-01', 10, '2028-02-14'],
    ['Cesar Chavez Day 2027 on a Wednesday is not moved', '2027-03-21', 10, '2027-04-01'],
    ["New Year's Day 2028 observed Fri 31 Dec 2027 → Mon 3 Jan", '2027-12-21', 10, '2028-01-03'],
    // Month end, year end, trigger on a holiday.
    ['30 days from 30 January → Sun 1 March → Mon 2', '2026-01-30', 30, '2026-03-02'],
    ['year end on a Thursday stays', '2026-12-21', 10, '2026-12-31'],
    ['trigger on the day after Thanksgiving is excluded like any other', '2026-11-27', 5, '2026-12-02'],
  ];
  it.each(table)('%s', (_l, trigger, days, expected) => {
    const r = californiaDeadline({ trigger, days, unit: 'calendar', direction: 'after' });
    expect(r.date).toBe(expected);
  });

  it('the same Friday differs: Lincoln Day observed is a federal court day', () => {
    expect(federalDeadline({ trigger: '2028-02-01', days: 10, direction: 'after' }).date).toBe('2028-02-11');
    expect(californiaDeadline({ trigger: '2028-02-01', days: 10, unit: 'calendar', direction: 'after' }).date).toBe('2028-02-14');
  });
});

describe('California court days, and service extensions (CCP 1010.6, 1013)', () => {
  it('5 court days after Wed 25 Nov 2026 skip Thanksgiving, the day after and the weekend', () => {
    expect(californiaDeadline({ trigger: '2026-11-25', days: 5, unit: 'court', direction: 'after' }).date).toBe('2026-12-04');
  });

  // CCP 1005(b): motion papers 16 court days before the hearing, counted back
  // (CCP 12c); hearing Fri 4 Dec 2026, past Thanksgiving and Veterans Day.
  it.each([
    [undefined, '2026-11-09'],
    ['mail-in-state', '2026-11-04'], // 12c(b): 5 calendar days further back
    ['electronic', '2026-11-05'], // 2 court days further back
    ['overnight', '2026-11-05'],
  ] as [CaliforniaService | undefined, string][])('16 court days before a hearing, served %s → %s', (service, expected) => {
    expect(californiaDeadline({ trigger: '2026-12-04', days: 16, unit: 'court', direction: 'before', service }).date).toBe(expected);
  });

  const table: [string, string, number, CaliforniaService, string][] = [
    // Electronic: 10 days end Sat 28 Nov; the 2 court days run from there: Mon 30 (1), Tue 1 Dec (2).
    ['electronic, +2 court days from a Saturday end', '2026-11-18', 10, 'electronic', '2026-12-01'],
    // 10 days end Wed 25 Nov; Thu 26 and Fri 27 are holidays: Mon 30 (1), Tue 1 Dec (2).
    ['electronic, +2 court days over Thanksgiving', '2026-11-15', 10, 'electronic', '2026-12-01'],
    ['mail in state, +5 into the new year: Sat 2 Jan → Mon 4', '2026-12-18', 10, 'mail-in-state', '2027-01-04'],
    ['mail out of state, +10: Sun 22 Mar → Mon 23', '2026-03-02', 10, 'mail-out-of-state', '2026-03-23'],
    ['mail outside the US, +20: Thu 12 Mar + 20 = Wed 1 Apr', '2026-03-02', 10, 'mail-international', '2026-04-01'],
    ['mail outside the US, +20 onto Cesar Chavez Day → Wed 1 Apr', '2026-03-01', 10, 'mail-international', '2026-04-01'],
    ['overnight, +2 court days', '2026-03-02', 10, 'overnight', '2026-03-16'],
    ['fax, +2 court days', '2026-03-02', 10, 'fax', '2026-03-16'],
    ['personal, nothing added', '2026-03-02', 10, 'personal', '2026-03-12'],
  ];
  it.each(table)('%s', (_l, trigger, days, service, expected) => {
    expect(californiaDeadline({ trigger, days, unit: 'calendar', direction: 'after', service }).date).toBe(expected);
  });

  it('counting back onto a holiday moves to the court day before, never after', () => {
    // 14 days before Fri 9 Oct 2026 is Fri 25 Sep, Native American Day.
    expect(californiaDeadline({ trigger: '2026-10-09', days: 14, unit: 'calendar', direction: 'before' }).date).toBe('2026-09-24');
  });

  it('names the statutes it applied and warns about the periods service does not extend', () => {
    const r = californiaDeadline({ trigger: '2026-11-18', days: 10, unit: 'calendar', direction: 'after', service: 'electronic' });
    expect(r.steps.map((s) => s.rule)).toEqual(['CCP 12', 'CCP 1010.6(a)']);
    expect(r.warnings.join(' ')).toMatch(/notice of appeal/);
  });
});

describe('holiday lists', () => {
  it('are valid data with sources and the years they cover', () => {
    for (const l of [FEDERAL_HOLIDAYS, CALIFORNIA_HOLIDAYS]) {
      expect(l.sources.length).toBeGreaterThan(1);
      expect(l.validThrough).toBeGreaterThanOrEqual(2028);
      // No observed holiday falls on a weekend.
      expect(l.holidays.filter((h) => weekday(h.date) === 0 || weekday(h.date) === 6)).toEqual([]);
    }
    expect(FEDERAL_HOLIDAYS.holidays.filter((h) => h.date.startsWith('2026'))).toHaveLength(11);
  });

  it('match the 2026 California court holiday schedule the courts publish', () => {
    expect(CALIFORNIA_HOLIDAYS.holidays.filter((h) => h.date.startsWith('2026')).map((h) => h.date.slice(5))).toEqual([
      '01-01', '01-19', '02-12', '02-16', '03-31', '05-25', '06-19', '07-03', '09-07', '09-25', '11-11', '11-26', '11-27', '12-25',
    ]);
  });

  it('warn when a count touches a year the list does not cover', () => {
    const r = federalDeadline({ trigger: '2028-12-20', days: 30, direction: 'after' });
    expect(r.warnings).toHaveLength(1);
    expect(r.warnings[0]).toMatch(/covers 2026–2028/);
    expect(holidayListStatus(FEDERAL_HOLIDAYS, '2026-11-30')).toBe('current');
    expect(holidayListStatus(FEDERAL_HOLIDAYS, '2028-01-05')).toBe('last-year');
    expect(holidayListStatus(FEDERAL_HOLIDAYS, '2029-01-05')).toBe('outdated');
  });

  it('a user-edited list is checked: duplicates, impossible dates, years outside its range', () => {
    const base = { id: 'my-court', name: 'My court', checkedOn: '2026-11-30', validFrom: 2026, validThrough: 2026 };
    expect(holidayListSchema.safeParse({ ...base, holidays: [{ date: '2026-02-30', name: 'x' }] }).success).toBe(false);
    const dup = holidayListSchema.safeParse({ ...base, holidays: [{ date: '2026-03-04', name: 'Storm' }, { date: '2026-03-04', name: 'Storm' }] });
    expect(dup.success).toBe(false);
    expect(dup.error?.issues[0]?.message).toMatch(/listed twice/);
    expect(holidayListSchema.safeParse({ ...base, holidays: [{ date: '2027-01-04', name: 'x' }] }).success).toBe(false);
    const ok = holidayListSchema.parse({ ...base, holidays: [{ date: '2026-03-04', name: 'Storm closure' }] });
    expect(californiaDeadline({ trigger: '2026-02-22', days: 10, unit: 'calendar', direction: 'after', holidays: ok }).date).toBe('2026-03-05');
  });

  it('the user’s changes: an added closure moves a count off that day and says why; a shipped day taken off counts as a court day', () => {
    // 10 days after Sun 22 Feb 2026: Wed 4 Mar. The court closed that day for a storm.
    const p = { trigger: '2026-02-22', days: 10, direction: 'after' as const };
    expect(federalDeadline(p).date).toBe('2026-03-04');
    const storm = withEdits(FEDERAL_HOLIDAYS, { added: [{ date: '2026-03-04', name: 'Storm', closure: true }], removed: [] });
    const r = federalDeadline({ ...p, holidays: storm });
    expect(r.date).toBe('2026-03-05');
    expect(r.steps.at(-1)!.text).toBe('Wed, Mar 4, 2026 is a day the court is closed (Storm), so the last day is the next court day, Thu, Mar 5, 2026.');
    // California court days skip it too.
    const ca = withEdits(CALIFORNIA_HOLIDAYS, { added: [{ date: '2026-03-04', name: 'Storm', closure: true }], removed: [] });
    expect(californiaDeadline({ trigger: '2026-03-02', days: 2, unit: 'court', direction: 'after' }).date).toBe('2026-03-04');
    expect(californiaDeadline({ trigger: '2026-03-02', days: 2, unit: 'court', direction: 'after', holidays: ca }).date).toBe('2026-03-05');
    // Cesar Chavez Day (Tue 31 Mar) taken off the California list: a court day again.
    const trigger = { trigger: '2026-03-20', days: 11, unit: 'calendar' as const, direction: 'after' as const };
    expect(californiaDeadline(trigger).date).toBe('2026-04-01');
    expect(californiaDeadline({ ...trigger, holidays: withEdits(CALIFORNIA_HOLIDAYS, { added: [], removed: ['2026-03-31'] }) }).date).toBe('2026-03-31');
    // An added day on a shipped date replaces it; no edits is the shipped list itself.
    const renamed = withEdits(FEDERAL_HOLIDAYS, { added: [{ date: '2026-12-25', name: 'Christmas' }], removed: [] });
    expect(renamed.holidays.filter((h) => h.date === '2026-12-25')).toEqual([{ date: '2026-12-25', name: 'Christmas' }]);
    expect(renamed.holidays).toHaveLength(FEDERAL_HOLIDAYS.holidays.length);
    expect(withEdits(FEDERAL_HOLIDAYS, undefined)).toBe(FEDERAL_HOLIDAYS);
    expect(holidayLists({ california: { added: [], removed: ['2026-03-31'] } })).toEqual({ federal: FEDERAL_HOLIDAYS, california: withEdits(CALIFORNIA_HOLIDAYS, { added: [], removed: ['2026-03-31'] }) });
  });

  it('refuses a period that is not a whole number of days', () => {
    expect(() => federalDeadline({ trigger: '2026-03-02', days: 0, direction: 'after' })).toThrow(RangeError);
    expect(() => californiaDeadline({ trigger: '2026-03-02', days: 2.5, unit: 'court', direction: 'after' })).toThrow(/whole number/);
  });
});
