import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';
import { openRapportDb, type Db } from '../../../lib/db/open';
import { badgeNumber, badgeTitle, countBadge, createBadge } from '../../../lib/background/badge';
import { reminderText, runDailyReminder } from '../../../lib/background/reminders';
import { createClient } from '../../../lib/db/repos/clients';
import { saveDeadline, setDone } from '../../../lib/db/repos/deadlines';
import { logInteraction } from '../../../lib/db/repos/interactions';
import type { NoticeOptions } from '../../../lib/background/notify';

const DAY = 864e5;
// Thursday 26 November 2026, 10:00 local.
const NOW = new Date(2026, 10, 26, 10).getTime();
let db: Db;

beforeEach(async () => {
  globalThis.indexedDB = new IDBFactory();
  db = await openRapportDb('t');
});

const base = { name: '', emails: [], phones: [], domains: [], matters: [], notes: { family: '', interests: '', background: '', howWeMet: '', notes: '' }, goals: [], tags: [] };
async function client(name: string, lastContactDaysAgo?: number) {
  const { client: c } = await createClient(db, { ...base, name }, NOW - 200 * DAY);
  if (lastContactDaysAgo !== undefined) await logInteraction(db, { clientId: c.id, kind: 'call', at: NOW - lastContactDaysAgo * DAY, summary: '', source: 'manual' });
  return c;
}

describe('the badge counts deadlines before overdue contact', () => {
  it('the number and the tooltip', () => {
    expect(badgeNumber({ overdue: 4, due: 1, atRisk: 0, missed: 0 })).toBe(4);
    expect(badgeNumber({ overdue: 4, due: 1, atRisk: 2, missed: 1 })).toBe(3);
    expect(badgeTitle({ overdue: 4, due: 1, atRisk: 2, missed: 1 })).toBe('Rapport — the badge counts deadlines: 1 deadline missed, 2 at risk; 4 clients overdue, 1 due');
    expect(badgeTitle({ overdue: 0, due: 0, atRisk: 1, missed: 0 })).toBe('Rapport — the badge counts deadlines: 1 deadline at risk');
    expect(badgeTitle({ overdue: 2, due: 0, atRisk: 0, missed: 0 })).toBe('Rapport — 2 clients overdue');
    expect(badgeTitle({ overdue: 0, due: 0, atRisk: 0, missed: 0 })).toBe('Rapport — everyone is on track');
  });

  it('reads the counts from the database; done deadlines and trashed clients are not counted', async () => {
    const ana = await client('Ana Ruiz', 90); // overdue against 30/60
    const tom = await client('Tom Becker', 1);
    await saveDeadline(db, { deadline: { clientId: ana.id, title: 'Reply', kind: 'court', dueDate: '2026-11-27' } }, NOW); // at risk
    await saveDeadline(db, { deadline: { clientId: tom.id, title: 'Draft', kind: 'promise', dueDate: '2026-11-25' } }, NOW); // missed
    const { deadline: done } = await saveDeadline(db, { deadline: { clientId: tom.id, title: 'Old', kind: 'promise', dueDate: '2026-11-20' } }, NOW);
    await setDone(db, done.id, true, NOW);
    await saveDeadline(db, { deadline: { clientId: tom.id, title: 'Later', kind: 'court', dueDate: '2026-12-20' } }, NOW); // upcoming
    expect(await countBadge(db, NOW)).toEqual({ overdue: 1, due: 0, atRisk: 1, missed: 1 });

    const set: Record<string, string> = {};
    const badge = createBadge({
      db: async () => db,
      now: () => NOW,
      target: () => ({ setBadgeText: ({ text }) => void (set.text = text), setBadgeBackgroundColor: ({ color }) => void (set.color = color), setTitle: ({ title }) => void (set.title = title) }),
    });
    expect(await badge.refresh()).toBe(2);
    expect(set).toEqual({ text: '2', color: '#b3261e', title: 'Rapport — the badge counts deadlines: 1 deadline missed, 1 at risk; 1 client overdue' });
  });
});

describe('the daily reminder includes deadlines', () => {
  it('names missed, then at-risk items, then clients, within the line limit', () => {
    const item = (title: string, clientName: string, state: 'missed' | 'at-risk', dueDate: string) => ({ deadline: { title, dueDate } as never, clientName, state });
    const text = reminderText([], {
      counts: { overdue: 0, due: 0 },
      deadlines: { items: [item('Send the draft lease', 'Tom', 'missed', '2026-11-25'), item('Opposition', 'Mari', 'at-risk', '2026-11-26')], missed: 1, atRisk: 1, today: '2026-11-26' },
    });
    expect(text).toEqual({ title: 'Rapport: 1 deadline missed, 1 at risk', message: 'Missed: Send the draft lease — Tom (due Nov 25, 2026)\nAt risk: Opposition — Mari (due today)' });
  });

  it('says the time of an item due at a set hour, today or another day', () => {
    const item = (title: string, dueDate: string, dueTime: string) => ({ deadline: { title, dueDate, dueTime } as never, clientName: 'Mari', state: 'at-risk' as const });
    const text = reminderText([], {
      counts: { overdue: 0, due: 0 },
      deadlines: { items: [item('Reply', '2026-11-26', '17:00'), item('Brief', '2026-11-27', '09:30')], missed: 0, atRisk: 2, today: '2026-11-26' },
    });
    expect(text).toEqual({ title: 'Rapport: 2 deadlines at risk', message: 'At risk: Reply — Mari (due today 5:00 PM)\nAt risk: Brief — Mari (due Nov 27, 2026, 9:30 AM)' });
  });

  it('the handler counts them from the database', async () => {
    const ana = await client('Ana Ruiz', 90);
    await saveDeadline(db, { deadline: { clientId: ana.id, title: 'Reply brief', kind: 'court', dueDate: '2026-11-27' } }, NOW);
    const shown: NoticeOptions[] = [];
    const r = await runDailyReminder({ db, now: NOW, notifications: { create: async (_id, o) => (shown.push(o), 'x'), clear: async () => true } });
    expect(r).toMatchObject({ title: 'Rapport: 1 deadline at risk, 1 client overdue', message: 'At risk: Reply brief — Ana Ruiz (due Nov 27, 2026)\nAna Ruiz — 90 days (max 60)' });
    expect(shown).toHaveLength(1);
  });
});
