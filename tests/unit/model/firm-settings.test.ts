import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, firmOf, settingsSchema } from '../../../lib/model/settings';

describe('Settings: firm domains', () => {
  it('accepts the firm’s own domain, normalised, and refuses public mail and shared parents', () => {
    expect(settingsSchema.parse({ firm: { domains: ['@LeeLaw.com'] } }).firm?.domains).toEqual(['leelaw.com']);
    for (const bad of ['gmail.com', 'outlook.com', 'onmicrosoft.com', 'not a domain']) {
      const r = settingsSchema.safeParse({ firm: { domains: [bad] } });
      expect(r.success, bad).toBe(false);
    }
  });
  it('is optional: settings stored before it read as no firm', () => {
    expect(DEFAULT_SETTINGS.firm).toBeUndefined();
    expect(firmOf(DEFAULT_SETTINGS)).toEqual({ domains: [], addresses: [] });
  });
});
