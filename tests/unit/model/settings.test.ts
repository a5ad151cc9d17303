import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, isNeverLogged, settingsFromStored, settingsSchema } from '../../../lib/model/settings';

describe('settings schema', () => {
  it('has the documented defaults', () => {
    expect(DEFAULT_SETTINGS).toEqual({
      cadence: { default: { idealDays: 30, maxDays: 60 }, byTag: {} },
      reminders: { enabled: true, hour: 9 },
      mail: { logSent: true, logRead: true, neverLog: [] },
      awaitingReply: { warnAfterHours: 24, urgentAfterHours: 72 },
      version: 0,
    });
  });

  it('fills missing sections and fields from the defaults', () => {
    const s = settingsSchema.parse({ reminders: { hour: 7 }, cadence: { byTag: { VIP: { idealDays: 7, maxDays: 14 } } } });
    expect(s.reminders).toEqual({ enabled: true, hour: 7 });
    expect(s.cadence).toEqual({ default: { idealDays: 30, maxDays: 60 }, byTag: { VIP: { idealDays: 7, maxDays: 14 } } });
  });

  it('normalises the never-log list: lower case, no "@" or "mailto:", no repeats', () => {
    const s = settingsSchema.parse({ mail: { neverLog: [' Opposing@Counsel.COM ', '@Court.gov', 'mailto:x@y.org', 'court.gov'] } });
    expect(s.mail.neverLog).toEqual(['opposing@counsel.com', 'court.gov', 'x@y.org']);
  });

  const bad: [string, unknown][] = [
    ['max below ideal', { cadence: { default: { idealDays: 30, maxDays: 10 } } }],
    ['a tag cadence max below ideal', { cadence: { byTag: { VIP: { idealDays: 10, maxDays: 5 } } } }],
    ['an empty tag', { cadence: { byTag: { '': { idealDays: 10, maxDays: 20 } } } }],
    ['hour 24', { reminders: { hour: 24 } }],
    ['fractional hour', { reminders: { hour: 8.5 } }],
    ['a never-log line that is neither address nor domain', { mail: { neverLog: ['not a domain'] } }],
    ['urgent before warning', { awaitingReply: { warnAfterHours: 48, urgentAfterHours: 12 } }],
    ['zero days', { cadence: { default: { idealDays: 0, maxDays: 10 } } }],
    ['a string for a boolean', { mail: { logSent: 'yes' } }],
  ];
  for (const [label, input] of bad) {
    it(`rejects ${label}`, () => expect(settingsSchema.safeParse(input).success).toBe(false));
  }

  it('a stored record with one bad section keeps the good ones', () => {
    const s = settingsFromStored({ reminders: { enabled: false, hour: 6 }, mail: { neverLog: 42 } });
    expect(s.reminders).toEqual({ enabled: false, hour: 6 });
    expect(s.mail).toEqual(DEFAULT_SETTINGS.mail);
    expect(settingsFromStored(undefined)).toEqual(DEFAULT_SETTINGS);
    expect(settingsFromStored('garbage')).toEqual(DEFAULT_SETTINGS);
  });
});

describe('isNeverLogged', () => {
  const list = ['opposing@counsel.com', 'court.gov'];
  it('matches a full address, a domain and its subdomains — nothing else', () => {
    expect(isNeverLogged('opposing@counsel.com', list)).toBe(true);
    expect(isNeverLogged('Opposing@Counsel.com', list)).toBe(true);
    expect(isNeverLogged('clerk@court.gov', list)).toBe(true);
    expect(isNeverLogged('clerk@ecf.court.gov', list)).toBe(true);
    expect(isNeverLogged('partner@counsel.com', list)).toBe(false);
    expect(isNeverLogged('someone@notcourt.gov', list)).toBe(false);
    expect(isNeverLogged('someone@court.gov.example', list)).toBe(false);
  });
});
