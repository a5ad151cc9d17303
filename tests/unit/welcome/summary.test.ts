// The wizard's last page reads back what Rapport is set to, with what this
// walk did at each step.
import { describe, expect, it } from 'vitest';
import { summaryOf } from '../../../entrypoints/welcome/summary';
import { settingsSchema } from '../../../lib/model/settings';

const portal = (origin: string, granted = true) => ({ origin, addedAt: 1, granted, registered: granted, efiling: false });

describe('summaryOf', () => {
  it('a fresh profile, every step skipped', () => {
    const rows = summaryOf(
      { clients: 0, portals: [], settings: settingsSchema.parse({}), display: { sidebar: 'page', theme: 'system' } },
      { portals: 'skipped', touch: 'skipped', firm: 'skipped', display: 'skipped' },
    );
    expect(rows.map((r) => [r.label, r.value, r.note])).toEqual([
      ['Clients', 'No clients yet', undefined],
      ['Court portals you added', 'None added', 'Skipped: left as it was'],
      ['Keeping in touch', 'Due after 30 days without contact, overdue after 60; daily reminder at 9:00 AM', 'Skipped: left as it was'],
      ['Your firm’s domains', 'None', 'Skipped: left as it was'],
      ['Rapport shows in', 'The page, beside the mail', 'Skipped: left as it was'],
      ['Colours', 'As the system (light or dark)', 'Skipped: left as it was'],
    ]);
  });

  it('what was set, by name; a portal whose permission was withdrawn is not counted', () => {
    const settings = settingsSchema.parse({ cadence: { default: { idealDays: 14, maxDays: 30 } }, reminders: { enabled: true, hour: 7 }, firm: { domains: ['ruizlaw.com'] } });
    const rows = summaryOf(
      {
        clients: 1,
        portals: [portal('https://portal.sbcourts.org'), portal('https://efile.example-court.test'), portal('https://efile.txcourts.gov', false)],
        settings,
        display: { sidebar: 'panel', theme: 'dark' },
      },
      { portals: 'saved', touch: 'saved', firm: 'unchanged', display: 'saved' },
    );
    expect(Object.fromEntries(rows.map((r) => [r.key, `${r.value}${r.note ? ` (${r.note})` : ''}`]))).toEqual({
      clients: '1 client',
      portals: 'Santa Barbara Superior Court (portal.sbcourts.org); efile.example-court.test (Set just now)',
      touch: 'Due after 14 days without contact, overdue after 30; daily reminder at 7:00 AM (Set just now)',
      firm: 'ruizlaw.com (Kept as it was)',
      display: 'The browser’s side panel (Set just now)',
      theme: 'Dark (Set just now)',
    });
  });

  it('no daily reminder when it is off', () => {
    const rows = summaryOf({ clients: 3, portals: [], settings: settingsSchema.parse({ reminders: { enabled: false } }), display: { sidebar: 'page', theme: 'light' } }, {});
    expect(rows.find((r) => r.key === 'touch')?.value).toBe('Due after 30 days without contact, overdue after 60; no daily reminder');
    expect(rows.find((r) => r.key === 'clients')?.value).toBe('3 clients');
  });
});
