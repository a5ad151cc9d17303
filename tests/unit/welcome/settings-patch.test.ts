// The welcome wizard's settings steps save only what the user changed there,
// on top of the record as stored at that moment: every other section, and a
// field changed meanwhile in Options that the step did not touch, survives.
import { describe, expect, it } from 'vitest';
import { changedFields, errorsOfIssues, firmDomainErrors, patchSettings, stepDraftOf } from '../../../entrypoints/welcome/settings-patch';
import { settingsSchema, type Settings } from '../../../lib/model/settings';

const stored: Settings = settingsSchema.parse({
  cadence: { default: { idealDays: 30, maxDays: 60 }, byTag: { VIP: { idealDays: 7, maxDays: 10 } } },
  reminders: { enabled: true, hour: 9 },
  mail: { logSent: false, logRead: true, neverLog: ['opposing.com'] },
  awaitingReply: { warnAfterHours: 12, urgentAfterHours: 48 },
  trash: { keepDays: 90 },
  backup: { remindAfterDays: 7, auto: 'weekly', keep: 3 },
  firm: { domains: [], addresses: ['partner@elsewhere.org'] },
  version: 4,
});

const TOUCH = ['idealDays', 'maxDays', 'remindersEnabled', 'hour'] as const;

describe('a step sees its own fields as Settings shows them', () => {
  it('keep in touch', () => {
    expect(stepDraftOf(stored, TOUCH)).toEqual({ idealDays: '30', maxDays: '60', remindersEnabled: true, hour: '9' });
  });
  it('firm', () => {
    expect(stepDraftOf(settingsSchema.parse({ firm: { domains: ['ruizlaw.com', 'ruiz.law'] } }), ['firmDomains'])).toEqual({ firmDomains: 'ruizlaw.com\nruiz.law' });
  });
});

describe('changedFields', () => {
  it('is empty when nothing was edited, and holds only the edited fields otherwise', () => {
    const base = stepDraftOf(stored, TOUCH);
    expect(changedFields(base, { ...base })).toEqual({});
    expect(changedFields(base, { ...base, hour: '7', remindersEnabled: false })).toEqual({ hour: '7', remindersEnabled: false });
  });
});

describe('patchSettings', () => {
  it('changes the edited fields and keeps every other section exactly as stored', () => {
    const out = patchSettings(stored, { idealDays: '14', maxDays: '30', hour: '7' });
    expect(out.errors).toBeNull();
    const saved = settingsSchema.parse(out.settings);
    expect(saved).toEqual({ ...stored, cadence: { ...stored.cadence, default: { idealDays: 14, maxDays: 30 } }, reminders: { enabled: true, hour: 7 } });
  });

  it('is edited from the stored version, so a save made meanwhile elsewhere is never overwritten blindly', () => {
    expect(patchSettings(stored, { hour: '7' }).settings?.version).toBe(4);
  });

  it('applies to the record as stored now: a field changed in Options since the step loaded, and not edited here, is kept', () => {
    const meanwhile: Settings = { ...stored, cadence: { ...stored.cadence, default: { idealDays: 21, maxDays: 45 } }, version: 5 };
    const out = patchSettings(meanwhile, { hour: '6' });
    expect(out.settings?.cadence.default).toEqual({ idealDays: 21, maxDays: 45 });
    expect(out.settings?.reminders.hour).toBe(6);
    expect(out.settings?.version).toBe(5);
  });

  it('adds firm domains beside the colleagues named by address', () => {
    const out = patchSettings(stored, { firmDomains: 'RuizLaw.com\n@ruiz.law' });
    expect(out.errors).toBeNull();
    expect(settingsSchema.parse(out.settings).firm).toEqual({ domains: ['ruizlaw.com', 'ruiz.law'], addresses: ['partner@elsewhere.org'] });
  });

  it('refuses a public mail domain, or something that is not a domain, with the Settings message and no record', () => {
    const out = patchSettings(stored, { firmDomains: 'ruizlaw.com\ngmail.com\nruizlaw' });
    expect(out.settings).toBeNull();
    expect(out.errors?.firmDomains).toEqual([
      'gmail.com is a public mail service: everyone there would count as a colleague. Add colleagues\' addresses instead.',
      '“ruizlaw” is not a domain (e.g. smithlaw.com)',
    ]);
  });

  it('refuses days that are not whole numbers, by field', () => {
    const out = patchSettings(stored, { idealDays: 'two weeks', maxDays: '' });
    expect(out.settings).toBeNull();
    expect(Object.keys(out.errors ?? {}).sort()).toEqual(['idealDays', 'maxDays']);
  });
});

describe('firmDomainErrors', () => {
  it('accepts a firm domain, and refuses public mail and shared parents', () => {
    expect(firmDomainErrors('ruizlaw.com, ruiz.law')).toEqual([]);
    expect(firmDomainErrors('outlook.com')).toHaveLength(1);
    expect(firmDomainErrors('onmicrosoft.com')[0]).toMatch(/shared by many organisations/);
    expect(firmDomainErrors('')).toEqual([]);
  });
});

describe('errorsOfIssues', () => {
  it('puts the background’s refusals beside the field they concern', () => {
    const errors = errorsOfIssues(
      [
        { path: 'settings.cadence.default.maxDays', message: 'Maximum days must be at least the ideal days' },
        { path: 'settings.firm.domains.0', message: 'gmail.com is a public mail service' },
        { path: 'settings.somethingElse', message: 'Odd' },
      ],
      { maxDays: '3' },
      stored,
    );
    expect(errors).toEqual({ maxDays: ['Maximum days must be at least the ideal days'], firmDomains: ['gmail.com is a public mail service'], form: ['Odd'] });
  });
});
