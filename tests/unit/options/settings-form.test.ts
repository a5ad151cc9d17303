// The Settings form shows only some sections of the settings record; saving it
// must keep the others (trash days, backup reminder, colleagues' addresses)
// exactly as stored. Before this test the form rebuilt the record from its
// own fields and a save reset them to their defaults.
import { describe, expect, it } from 'vitest';
import { draftOf, settingsOf } from '../../../entrypoints/options/Settings';
import { settingsSchema, type Settings } from '../../../lib/model/settings';

const stored: Settings = settingsSchema.parse({
  cadence: { default: { idealDays: 14, maxDays: 30 }, byTag: { VIP: { idealDays: 7, maxDays: 10 } } },
  trash: { keepDays: 90 },
  backup: { remindAfterDays: 7, auto: 'weekly', keep: 3 },
  firm: { domains: ['ruizlaw.com'], addresses: ['partner@elsewhere.org'] },
  version: 4,
});

describe('settingsOf keeps what the form does not show', () => {
  it('an unchanged draft saves the stored record as it was', () => {
    const out = settingsOf(draftOf(stored), stored.version, stored);
    expect(out.errors).toBeNull();
    expect(settingsSchema.parse(out.settings)).toEqual(stored);
  });

  it('an edit changes its field and leaves trash, backups and colleagues alone', () => {
    const draft = { ...draftOf(stored), idealDays: '21', firmDomains: 'ruizlaw.com\nruiz-law.com' };
    const out = settingsOf(draft, stored.version, stored);
    expect(out.settings?.cadence.default.idealDays).toBe(21);
    expect(out.settings?.trash).toEqual(stored.trash);
    expect(out.settings?.backup).toEqual(stored.backup);
    expect(out.settings?.firm).toEqual({ domains: ['ruizlaw.com', 'ruiz-law.com'], addresses: ['partner@elsewhere.org'] });
  });

  it('clearing the firm domains keeps colleagues named by address', () => {
    const out = settingsOf({ ...draftOf(stored), firmDomains: '' }, stored.version, stored);
    expect(out.settings?.firm).toEqual({ domains: [], addresses: ['partner@elsewhere.org'] });
  });

  it('with no firm at all, none is written', () => {
    const plain = settingsSchema.parse({ version: 1 });
    const out = settingsOf(draftOf(plain), 1, plain);
    expect(out.settings && 'firm' in out.settings).toBe(false);
  });

  it('refuses what is not a whole number or repeats a tag, with the field’s own message', () => {
    const d = draftOf(stored);
    const out = settingsOf(
      { ...d, idealDays: '2.5', warnAfterHours: '', backupKeep: 'x', tags: [...d.tags, { ...d.tags[0]!, key: -1, tag: ' vip ' }] },
      stored.version,
      stored,
    );
    expect(out.settings).toBeNull();
    expect(out.errors).toEqual({
      idealDays: ['Enter a whole number of days'],
      warnAfterHours: ['Enter a whole number of hours'],
      backupKeep: ['Enter a whole number of backups'],
      'tag--1': ['“vip” already has a cadence'],
    });
  });
});
