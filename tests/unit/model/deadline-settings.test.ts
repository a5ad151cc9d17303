import { describe, expect, it } from 'vitest';
import { deadlineSettingsSchema } from '../../../lib/model/deadline-settings';
import { DEFAULT_HEADS_UP_TEMPLATE } from '../../../lib/deadlines/heads-up';
import { CALIFORNIA_HOLIDAYS } from '../../../lib/deadlines/holidays';

describe('deadline settings', () => {
  it('an old settings record without the section reads as the defaults', () => {
    expect(deadlineSettingsSchema.parse(undefined)).toEqual({
      bufferDays: { court: 3, internal: 1, promise: 1 },
      headsUp: { template: DEFAULT_HEADS_UP_TEMPLATE, compose: 'gmail', sender: '' },
      holidays: {},
    });
  });

  it('keeps what the user set and refuses what cannot be', () => {
    const s = deadlineSettingsSchema.parse({
      bufferDays: { court: 5 },
      headsUp: { compose: 'outlook' },
      holidays: { california: { added: [{ date: '2026-03-04', name: ' Storm ', closure: true }], removed: ['2026-03-31'] } },
    });
    expect(s.bufferDays).toEqual({ court: 5, internal: 1, promise: 1 });
    expect(s.headsUp.compose).toBe('outlook');
    expect(s.holidays).toEqual({ california: { added: [{ date: '2026-03-04', name: 'Storm', closure: true }], removed: ['2026-03-31'] } });
    expect(deadlineSettingsSchema.safeParse({ bufferDays: { court: -1 } }).success).toBe(false);
    expect(deadlineSettingsSchema.safeParse({ headsUp: { compose: 'fax' } }).success).toBe(false);
    expect(deadlineSettingsSchema.safeParse({ headsUp: { template: { ...DEFAULT_HEADS_UP_TEMPLATE, body: 'Sorry' } } }).success).toBe(false);
  });

  it('refuses a bad holiday change with the reason and where it is', () => {
    const issue = (federal: unknown) => {
      const r = deadlineSettingsSchema.safeParse({ holidays: { federal } });
      return r.success ? null : r.error.issues.map((i) => [i.path.join('.'), i.message]);
    };
    expect(issue({ added: [{ date: '2026-02-30', name: 'x' }] })).toEqual([['holidays.federal.added.0.date', 'Use a real date, e.g. 2026-12-03']]);
    expect(issue({ added: [{ date: 'next Tuesday', name: 'x' }] })?.[0]?.[0]).toBe('holidays.federal.added.0.date');
    expect(issue({ added: [{ date: '2026-12-24', name: '  ' }] })).toEqual([['holidays.federal.added.0.name', 'Give the day a name']]);
    expect(issue({ added: [{ date: '2026-12-26', name: 'Boxing Day' }] })).toEqual([['holidays.federal.added.0.date', '2026-12-26 is a Saturday: never a court day anyway']]);
    expect(issue({ added: [{ date: '2026-12-24', name: 'a' }, { date: '2026-12-24', name: 'b' }] })).toEqual([['holidays.federal.added.1.date', '2026-12-24 is listed twice']]);
    expect(issue({ added: [{ date: '2026-12-24', name: 'a' }], removed: ['2026-12-24'] })).toEqual([['holidays.federal.removed.0', '2026-12-24 is both added and taken off']]);
    expect(issue({ removed: ['2026-13-01'] })?.[0]?.[0]).toBe('holidays.federal.removed.0');
    expect(issue({ added: [{ date: '2026-12-24', name: 'Christmas Eve' }] })).toBeNull();
  });

  it('a whole copy of a list, as an earlier shape allowed, reads as the shipped list and keeps the rest of the record', () => {
    const s = deadlineSettingsSchema.parse({ bufferDays: { court: 7 }, holidays: { california: CALIFORNIA_HOLIDAYS } });
    expect(s.bufferDays.court).toBe(7);
    expect(s.holidays).toEqual({});
  });
});
