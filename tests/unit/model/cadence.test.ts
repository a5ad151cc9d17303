import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_CADENCE, cadenceDates, cadenceState, overdueBy, resolveCadence } from '../../../lib/model/cadence';
import { clientCadenceSchema } from '../../../lib/model/client';

// Calendar days in the user's own zone: run in one with daylight saving.
const savedTz = process.env.TZ;
beforeAll(() => {
  process.env.TZ = 'America/New_York';
});
afterAll(() => {
  process.env.TZ = savedTz;
});

/** Local wall-clock time in the test zone. */
const local = (y: number, m: number, d: number, h = 12, min = 0) => new Date(y, m - 1, d, h, min).getTime();

describe('cadenceState: calendar days', () => {
  it('the test runs in a zone with daylight saving', () => {
    expect(new Date(2026, 0, 15).getTimezoneOffset()).not.toBe(new Date(2026, 6, 15).getTimezoneOffset());
  });

  it('counts across a month end (31 → 1) and February in a leap and a common year', () => {
    expect(cadenceState(local(2026, 1, 31, 23, 30), DEFAULT_CADENCE, local(2026, 2, 1, 0, 30)).daysSince).toBe(1);
    expect(cadenceState(local(2028, 2, 28), DEFAULT_CADENCE, local(2028, 3, 1)).daysSince).toBe(2); // 29 Feb 2028
    expect(cadenceState(local(2027, 2, 28), DEFAULT_CADENCE, local(2027, 3, 1)).daysSince).toBe(1);
    expect(cadenceState(local(2026, 12, 31, 22), DEFAULT_CADENCE, local(2027, 1, 1, 8)).daysSince).toBe(1);
  });

  it('a call last night is one day ago this morning, not zero (24-hour periods would say 0)', () => {
    const s = cadenceState(local(2026, 6, 10, 21), DEFAULT_CADENCE, local(2026, 6, 11, 8));
    expect(s.daysSince).toBe(1);
  });

  it('does not shift when the clocks go forward (8 March 2026) or back (1 November 2026)', () => {
    // 23-hour and 25-hour days still count as one day each.
    expect(cadenceState(local(2026, 3, 7, 23, 30), DEFAULT_CADENCE, local(2026, 3, 8, 23, 30)).daysSince).toBe(1);
    expect(cadenceState(local(2026, 3, 8, 0, 30), DEFAULT_CADENCE, local(2026, 3, 8, 23, 30)).daysSince).toBe(0);
    expect(cadenceState(local(2026, 10, 31, 0, 15), DEFAULT_CADENCE, local(2026, 11, 1, 23, 45)).daysSince).toBe(1);
    expect(cadenceState(local(2026, 11, 1, 0, 15), DEFAULT_CADENCE, local(2026, 11, 1, 23, 45)).daysSince).toBe(0);
    // A 30-day cadence straddling the spring change: exactly 30 calendar days is still on track, 31 is due.
    const cadence = { idealDays: 30, maxDays: 45 };
    expect(cadenceState(local(2026, 2, 20, 9), cadence, local(2026, 3, 22, 9)).status).toBe('on-track');
    expect(cadenceState(local(2026, 2, 20, 9), cadence, local(2026, 3, 23, 0, 5)).status).toBe('due');
  });

  it('moves on track → due (past ideal) → overdue (past maximum)', () => {
    const c = { idealDays: 14, maxDays: 30 };
    const last = local(2026, 1, 20);
    expect(cadenceState(last, c, local(2026, 2, 3))).toMatchObject({ status: 'on-track', daysSince: 14, daysUntilDue: 0 });
    expect(cadenceState(last, c, local(2026, 2, 4))).toMatchObject({ status: 'due', daysSince: 15, daysUntilDue: -1 });
    expect(cadenceState(last, c, local(2026, 2, 19))).toMatchObject({ status: 'due', daysSince: 30 });
    expect(cadenceState(last, c, local(2026, 2, 20))).toMatchObject({ status: 'overdue', daysSince: 31, idealDays: 14, maxDays: 30 });
    expect(cadenceState(undefined, c, local(2026, 2, 20))).toEqual({ status: 'never', idealDays: 14, maxDays: 30 });
  });

  it('a contact stamped slightly in the future counts as today', () => {
    expect(cadenceState(local(2026, 5, 2, 12), DEFAULT_CADENCE, local(2026, 5, 1, 12)).daysSince).toBe(0);
  });

  it('overdueBy: days past the maximum; never-contacted ranks last', () => {
    expect(overdueBy(cadenceState(local(2026, 1, 1), { idealDays: 7, maxDays: 14 }, local(2026, 1, 18)))).toBe(3);
    expect(overdueBy({ status: 'never' })).toBe(Number.NEGATIVE_INFINITY);
  });
});

describe('resolveCadence: client → strictest tag → default', () => {
  const defaults = {
    default: { idealDays: 45, maxDays: 90 },
    byTag: { VIP: { idealDays: 7, maxDays: 14 }, litigation: { idealDays: 10, maxDays: 21 }, dormant: { idealDays: 180, maxDays: 365 } },
  };

  it("a client's own cadence wins over its tags", () => {
    expect(resolveCadence({ cadence: { idealDays: 3, maxDays: 5 }, tags: ['VIP'] }, defaults)).toEqual({ idealDays: 3, maxDays: 5 });
  });

  it('the strictest matching tag (shortest maximum), tags compared case-insensitively', () => {
    expect(resolveCadence({ tags: ['Litigation', 'vip'] }, defaults)).toEqual({ idealDays: 7, maxDays: 14 });
    expect(resolveCadence({ tags: ['dormant', 'LITIGATION'] }, defaults)).toEqual({ idealDays: 10, maxDays: 21 });
  });

  it('equal maxima: the shorter ideal', () => {
    const d = { default: defaults.default, byTag: { a: { idealDays: 20, maxDays: 30 }, b: { idealDays: 10, maxDays: 30 } } };
    expect(resolveCadence({ tags: ['a', 'b'] }, d)).toEqual({ idealDays: 10, maxDays: 30 });
  });

  it('no cadence and no matching tag: the settings default; no settings: the built-in default', () => {
    expect(resolveCadence({ tags: ['family-law'] }, defaults)).toEqual({ idealDays: 45, maxDays: 90 });
    expect(resolveCadence({ tags: [] }, defaults)).toEqual({ idealDays: 45, maxDays: 90 });
    expect(resolveCadence({ tags: ['VIP'] })).toEqual(DEFAULT_CADENCE);
  });
});

describe('a client never contacted: measured from the day they were added', () => {
  const c = { idealDays: 14, maxDays: 30 };
  const added = local(2026, 1, 20, 16);
  it('not due within the ideal interval, due after it, overdue after the maximum', () => {
    expect(cadenceState(undefined, c, local(2026, 2, 3), added)).toEqual({ status: 'never', daysSinceAdded: 14, daysUntilDue: 0, idealDays: 14, maxDays: 30 });
    expect(cadenceState(undefined, c, local(2026, 2, 4), added)).toMatchObject({ status: 'due', daysSinceAdded: 15 });
    expect(cadenceState(undefined, c, local(2026, 2, 20), added)).toMatchObject({ status: 'overdue', daysSinceAdded: 31 });
    expect(cadenceState(undefined, c, local(2026, 2, 20), added).daysSince).toBeUndefined();
    expect(overdueBy(cadenceState(undefined, c, local(2026, 2, 22), added))).toBe(3);
  });
});

describe('cadenceDates: the first instant of due and overdue', () => {
  // Whatever the moment, cadenceState and the stored dates agree: due at dueAt, not a millisecond before.
  const c = { idealDays: 14, maxDays: 30 };
  const cases: [string, number][] = [
    ['midday', local(2026, 1, 20, 12)],
    ['just before midnight', local(2026, 2, 27, 23, 59)],
    ['across the March change', local(2026, 2, 28, 9)],
    ['across the November change', local(2026, 10, 15, 0, 30)],
  ];
  for (const [label, last] of cases) {
    it(label, () => {
      const { dueAt, overdueAt } = cadenceDates(last, 0, c);
      expect(new Date(dueAt).getHours()).toBe(0);
      expect(cadenceState(last, c, dueAt - 1).status).toBe('on-track');
      expect(cadenceState(last, c, dueAt).status).toBe('due');
      expect(cadenceState(last, c, overdueAt - 1).status).toBe('due');
      expect(cadenceState(last, c, overdueAt).status).toBe('overdue');
      // Never contacted: the same, counted from the day added.
      const fromAdded = cadenceDates(undefined, last, c);
      expect(fromAdded).toEqual({ dueAt, overdueAt });
      expect(cadenceState(undefined, c, dueAt - 1, last).status).toBe('never');
      expect(cadenceState(undefined, c, dueAt, last).status).toBe('due');
    });
  }
});

describe('a half-filled client cadence', () => {
  const defaults = { default: { idealDays: 45, maxDays: 90 }, byTag: { vip: { idealDays: 7, maxDays: 14 } } };
  it('takes the missing half from the strictest tag, else the Settings default — never from the built-in 30/60', () => {
    expect(resolveCadence({ cadence: { idealDays: 20 }, tags: [] }, defaults)).toEqual({ idealDays: 20, maxDays: 90 });
    expect(resolveCadence({ cadence: { maxDays: 60 }, tags: [] }, defaults)).toEqual({ idealDays: 45, maxDays: 60 });
    expect(resolveCadence({ cadence: { idealDays: 10 }, tags: ['VIP'] }, defaults)).toEqual({ idealDays: 10, maxDays: 14 });
    expect(resolveCadence({ cadence: { maxDays: 30 }, tags: ['vip'] }, defaults)).toEqual({ idealDays: 7, maxDays: 30 });
  });
  it('keeps the maximum at least the ideal when the halves come from different places', () => {
    expect(resolveCadence({ cadence: { idealDays: 120 }, tags: [] }, defaults)).toEqual({ idealDays: 120, maxDays: 120 });
    expect(resolveCadence({ cadence: { maxDays: 5 }, tags: [] }, defaults)).toEqual({ idealDays: 5, maxDays: 5 });
  });
  it('the schema accepts either half, refuses neither and a maximum below the ideal', () => {
    expect(clientCadenceSchema.safeParse({ idealDays: 3 }).success).toBe(true);
    expect(clientCadenceSchema.safeParse({ maxDays: 3 }).success).toBe(true);
    expect(clientCadenceSchema.safeParse({}).success).toBe(false);
    expect(clientCadenceSchema.safeParse({ idealDays: 30, maxDays: 3 }).success).toBe(false);
  });
});
