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
    const s = deadlineSettingsSchema.parse({ bufferDays: { court: 5 }, headsUp: { compose: 'outlook' }, holidays: { california: CALIFORNIA_HOLIDAYS } });
    expect(s.bufferDays).toEqual({ court: 5, internal: 1, promise: 1 });
    expect(s.headsUp.compose).toBe('outlook');
    expect(s.holidays.california?.holidays).toHaveLength(CALIFORNIA_HOLIDAYS.holidays.length);
    expect(deadlineSettingsSchema.safeParse({ bufferDays: { court: -1 } }).success).toBe(false);
    expect(deadlineSettingsSchema.safeParse({ headsUp: { compose: 'fax' } }).success).toBe(false);
    expect(deadlineSettingsSchema.safeParse({ headsUp: { template: { ...DEFAULT_HEADS_UP_TEMPLATE, body: 'Sorry' } } }).success).toBe(false);
  });
});
