import { allInteractions } from '../../../lib/db/repos/interactions';
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { badgeText, countOverdue, createBadge } from '../../../lib/background/badge';
import { logCallFromTab, logCallNotice, parseLogCallNotice, type TabsApi } from '../../../lib/background/commands';
import { losingTouchList } from '../../../lib/db/repos/cadence';
import {
  REMINDER_ALARM,
  ensureAlarms,
  nextReminderAt,
  reminderText,
  runDailyReminder,
  scheduleReminder,
  type AlarmsApi,
} from '../../../lib/background/reminders';
import type { NoticeOptions } from '../../../lib/background/notify';
import { openRapportDb, type Db } from '../../../lib/db/open';
import * as interactionsRepo from '../../../lib/db/repos/interactions';
import { handlers, type Env } from '../../../lib/messaging/handlers';
import type { LosingTouchEntry, MessageType, ReplyMap, RequestOf } from '../../../lib/messaging/protocol';
import { route } from '../../../lib/messaging/router';
import { BACKGROUND } from '../../../lib/messaging/caller';
import { DEFAULT_SETTINGS, SETTINGS_KEY, type Settings } from '../../../lib/model/settings';

const savedTz = process.env.TZ;
beforeAll(() => {
  process.env.TZ = 'Europe/London';
});
afterAll(() => {
  process.env.TZ = savedTz;
});

const DAY = 86_400_000;
let db: Db;
let env: Env;
let clock: number;

beforeEach(async () => {
  globalThis.indexedDB = new IDBFactory();
  db = await openRapportDb('t');
  clock = new Date(2026, 10, 26, 12).getTime();
  env = { db, now: () => clock };
});

const raw = (msg: unknown) => route(msg, BACKGROUND, handlers, env);

async function call<K extends MessageType>(type: K, payload: RequestOf<K>): Promise<ReplyMap[K]> {
  const r = await raw({ type, payload });
  if (!r.ok) throw new Error(`${r.error.code}: ${r.error.message}`);
  return r.data as ReplyMap[K];
}

/** A client last called `daysAgo` days ago (none: never contacted). */
async function client(name: string, daysAgo?: number, extra: Partial<RequestOf<'createClient'>['client']> = {}) {
  const { client: c } = await call('createClient', { client: { name, ...extra } });
  if (daysAgo !== undefined) await call('logInteraction', { interaction: { clientId: c.id, kind: 'call', at: clock - daysAgo * DAY } });
  return c;
}

const settingsWith = (patch: (s: Settings) => Settings) => call('updateSettings', { settings: patch(structuredClone(DEFAULT_SETTINGS)) });

describe('settings messages', () => {
  it('getSettings gives the defaults until something is saved', async () => {
    expect(await call('getSettings', {})).toEqual(DEFAULT_SETTINGS);
  });

  it('updateSettings stores a validated, normalised record', async () => {
    const saved = await settingsWith((s) => ({ ...s, reminders: { enabled: false, hour: 7 }, mail: { ...s.mail, neverLog: ['@Court.GOV'] } }));
    expect(saved.mail.neverLog).toEqual(['court.gov']);
    expect(await call('getSettings', {})).toEqual(saved);
    expect(await db.get('meta', SETTINGS_KEY)).toEqual(saved);
  });

  const bad: [string, unknown][] = [
    ['no settings', {}],
    ['max below ideal', { settings: { ...DEFAULT_SETTINGS, cadence: { default: { idealDays: 30, maxDays: 3 }, byTag: {} } } }],
    ['hour 25', { settings: { ...DEFAULT_SETTINGS, reminders: { enabled: true, hour: 25 } } }],
    ['a bad never-log line', { settings: { ...DEFAULT_SETTINGS, mail: { ...DEFAULT_SETTINGS.mail, neverLog: ['hello world'] } } }],
    ['urgent before warn', { settings: { ...DEFAULT_SETTINGS, awaitingReply: { warnAfterHours: 50, urgentAfterHours: 10 } } }],
  ];
  for (const [label, payload] of bad) {
    it(`refuses ${label} with field paths and writes nothing`, async () => {
      await settingsWith((s) => ({ ...s, reminders: { enabled: true, hour: 6 } }));
      const r = await raw({ type: 'updateSettings', payload });
      expect(r.ok).toBe(false);
      if (!r.ok) {
        expect(r.error.code).toBe('bad-request');
        expect(r.error.issues?.length).toBeGreaterThan(0);
      }
      expect((await call('getSettings', {})).reminders.hour).toBe(6);
    });
  }
});

describe('cadence from settings in views, lists and context', () => {
  it('viewOf and listClients use client → strictest tag → settings default', async () => {
    await settingsWith((s) => ({ ...s, cadence: { default: { idealDays: 10, maxDays: 20 }, byTag: { VIP: { idealDays: 3, maxDays: 5 } } } }));
    const plain = await client('Plain', 12);
    const vip = await client('Vip', 12, { tags: ['vip'] });
    const own = await client('Own', 12, { tags: ['VIP'], cadence: { idealDays: 30, maxDays: 60 } });
    expect((await call('getClient', { id: plain.id })).cadence).toMatchObject({ status: 'due', idealDays: 10, maxDays: 20 });
    expect((await call('getClient', { id: vip.id })).cadence).toMatchObject({ status: 'overdue', maxDays: 5 });
    expect((await call('getClient', { id: own.id })).cadence.status).toBe('on-track');
    const list = await call('listClients', {});
    expect(Object.fromEntries(list.clients.map((c) => [c.name, c.cadence.status]))).toEqual({ Own: 'on-track', Plain: 'due', Vip: 'overdue' });
  });

  it('getClientContext carries the awaiting-reply thresholds', async () => {
    await settingsWith((s) => ({ ...s, awaitingReply: { warnAfterHours: 8, urgentAfterHours: 30 } }));
    await client('Maria', 1, { emails: ['maria@alvarezbakery.com'] });
    const r = await call('getClientContext', {
      context: { site: 'gmail', url: 'https://mail.google.com/', people: [{ email: 'maria@alvarezbakery.com', role: 'from' }], cases: [] },
    });
    expect(r.awaiting).toEqual({ warnAfterHours: 8, urgentAfterHours: 30 });
    expect(r.matches[0]!.cadence.maxDays).toBe(60);
  });
});

describe('losing touch', () => {
  it('lists due and overdue clients, most overdue first, with counts', async () => {
    await client('On Track', 5);
    await client('Due', 40); // default 30/60
    await client('Late', 70);
    await client('Very Late', 200);
    await client('Never');
    const vip = await client('Tight', 20, { cadence: { idealDays: 7, maxDays: 14 } }); // 6 past max
    const r = await call('losingTouch', {});
    expect(r.clients.map((c) => c.name)).toEqual(['Very Late', 'Late', 'Tight', 'Due']);
    expect(r).toMatchObject({ overdue: 3, due: 1 });
    expect(r.clients.find((c) => c.id === vip.id)!.cadence).toMatchObject({ daysSince: 20, maxDays: 14 });
    expect((await call('losingTouch', { limit: 2 })).clients).toHaveLength(2);
  });

  it('any interaction resets the status; a note does not', async () => {
    const c = await client('Late', 70);
    await call('logInteraction', { interaction: { clientId: c.id, kind: 'note', at: clock } });
    expect((await call('losingTouch', {})).overdue).toBe(1);
    await call('logInteraction', { interaction: { clientId: c.id, kind: 'email-in', at: clock - DAY } });
    expect(await call('losingTouch', {})).toMatchObject({ overdue: 0, due: 0, clients: [] });
  });

  it('the last contact kept in each client’s stats is the newest contact in its history', async () => {
    const ids: string[] = [];
    for (let i = 0; i < 25; i++) {
      const c = await client(`C${i}`);
      ids.push(c.id);
      // Some clients have only notes and filings (no contact at all); logged out of time order.
      for (let j = 0; j < (i % 4) + 1; j++) {
        const kind = (['call', 'note', 'email-out', 'filing', 'meeting'] as const)[(i + j) % 5]!;
        await interactionsRepo.logInteraction(db, { clientId: c.id, kind, at: clock - (i * 7 + ((j * 5) % 4) * 3) * DAY, summary: '', source: 't' });
      }
    }
    const all = await interactionsRepo.allInteractions(db);
    for (const id of ids) {
      const contact = all.filter((i) => i.clientId === id && !['note', 'filing'].includes(i.kind)).map((i) => i.at);
      expect(await interactionsRepo.lastContact(db, id)).toBe(contact.length ? Math.max(...contact) : undefined);
    }
  });

  it('a client never contacted is due from the day they were added at the ideal interval, overdue at the maximum', async () => {
    const today = clock;
    clock = today - 40 * DAY;
    await client('Added 40 days ago'); // default 30/60
    clock = today - 70 * DAY;
    await client('Added 70 days ago');
    clock = today - 10 * DAY;
    await client('Added 10 days ago');
    clock = today;
    const r = await call('losingTouch', {});
    expect(r.clients.map((c) => [c.name, c.cadence.status, c.cadence.daysSinceAdded])).toEqual([
      ['Added 70 days ago', 'overdue', 70],
      ['Added 40 days ago', 'due', 40],
    ]);
    expect(r).toMatchObject({ overdue: 1, due: 1 });
  });
});

describe('badge', () => {
  it('counts overdue clients (never-contacted ones are not overdue)', async () => {
    await client('A', 61);
    await client('B', 90);
    await client('C', 45);
    await client('D');
    expect(await countOverdue(db, clock)).toEqual({ overdue: 2, due: 1 });
  });

  it('text is empty at zero and capped', () => {
    expect([badgeText(0), badgeText(3), badgeText(1200)]).toEqual(['', '3', '999+']);
  });

  it('sets the badge, and folds refreshes that arrive mid-count into one rerun', async () => {
    await client('A', 61);
    const texts: string[] = [];
    let counts = 0;
    const badge = createBadge({
      db: async () => {
        counts++;
        return db;
      },
      now: () => clock,
      target: () => ({ setBadgeText: ({ text }) => void texts.push(text) }),
    });
    const results = await Promise.all([badge.refresh(), badge.refresh(), badge.refresh(), badge.refresh()]);
    expect(results).toEqual([1, 1, 1, 1]);
    expect(counts).toBe(2);
    expect(texts.at(-1)).toBe('1');
  });
});

describe('daily reminder', () => {
  const entry = (name: string, daysSince: number, idealDays: number, maxDays: number): LosingTouchEntry => ({
    id: name,
    name,
    cadence: { status: daysSince > maxDays ? 'overdue' : daysSince > idealDays ? 'due' : 'on-track', daysSince, idealDays, maxDays },
  });

  it('summarises who is overdue and due, most overdue first', () => {
    // The list comes ordered from the database (losingTouchList): overdue first, longest overdue first.
    const text = reminderText([entry('Maria Alvarez', 95, 30, 60), entry('Priya Raman', 17, 7, 14), entry('Tom Becker', 35, 30, 60)]);
    expect(text).toEqual({
      title: 'Rapport: 2 clients overdue, 1 due',
      message: 'Maria Alvarez — 95 days (max 60)\nPriya Raman — 17 days (max 14)\nTom Becker — 35 days (max 60)',
    });
  });

  it('singular wording, a "more" line, and nothing at all when nobody is due', () => {
    expect(reminderText([entry('Priya Raman', 17, 7, 14)])!.title).toBe('Rapport: 1 client overdue');
    expect(reminderText([entry('Tom', 31, 30, 60)])!.title).toBe('Rapport: 1 client due');
    const many = Array.from({ length: 7 }, (_, i) => entry(`C${i}`, 100 - i, 30, 60));
    expect(reminderText(many)!.message.split('\n')).toHaveLength(5);
    expect(reminderText(many)!.message).toMatch(/…and 3 more$/);
    expect(reminderText([entry('Fine', 1, 30, 60)])).toBeNull();
    expect(reminderText([])).toBeNull();
  });

  it('the handler shows the notification built from the database, or clears it', async () => {
    const shown: [string, NoticeOptions][] = [];
    const cleared: string[] = [];
    const notifications = {
      create: async (id: string, o: NoticeOptions) => (shown.push([id, o]), id),
      clear: async (id: string) => (cleared.push(id), true),
    };
    expect(await runDailyReminder({ db, now: clock, notifications })).toBeNull();
    expect(cleared).toEqual([REMINDER_ALARM]);

    await client('Priya Raman', 17, { cadence: { idealDays: 7, maxDays: 14 } });
    await client('Tom Becker', 40);
    const o = await runDailyReminder({ db, now: clock, notifications });
    expect(o).toMatchObject({ type: 'basic', title: 'Rapport: 1 client overdue, 1 due', message: 'Priya Raman — 17 days (max 14)\nTom Becker — 40 days (max 60)' });
    expect(o!.iconUrl).toBe('/icon/128.png');
    expect(shown).toEqual([[REMINDER_ALARM, o]]);

    await settingsWith((s) => ({ ...s, reminders: { enabled: false, hour: 9 } }));
    expect(await runDailyReminder({ db, now: clock, notifications })).toBeNull();
    expect(shown).toHaveLength(1);
  });

  it('next reminder: the chosen local hour, today if still ahead, across a DST change', () => {
    const at = (y: number, m: number, d: number, h: number, min = 0) => new Date(y, m - 1, d, h, min).getTime();
    expect(nextReminderAt(at(2026, 6, 10, 8, 59), 9)).toBe(at(2026, 6, 10, 9));
    expect(nextReminderAt(at(2026, 6, 10, 9), 9)).toBe(at(2026, 6, 11, 9));
    expect(nextReminderAt(at(2026, 6, 30, 22), 9)).toBe(at(2026, 7, 1, 9));
    // UK clocks go forward on 29 March 2026 and back on 25 October 2026: still 09:00 local.
    expect(nextReminderAt(at(2026, 3, 28, 10), 9)).toBe(at(2026, 3, 29, 9));
    expect(nextReminderAt(at(2026, 3, 28, 10), 9) - at(2026, 3, 28, 10)).toBe(22 * 3_600_000);
    expect(nextReminderAt(at(2026, 10, 24, 10), 9) - at(2026, 10, 24, 10)).toBe(24 * 3_600_000);
  });

  it('the alarm follows the settings: created at the hour, removed when turned off', async () => {
    const alarms = new Map<string, { name: string; scheduledTime: number; periodInMinutes?: number }>();
    const api: AlarmsApi = {
      create: (name, info) => void alarms.set(name, { name, scheduledTime: info.when!, periodInMinutes: info.periodInMinutes }),
      clear: async (name) => alarms.delete(name),
      get: async (name) => alarms.get(name),
    };
    await ensureAlarms(api, { enabled: true, hour: 9 }, clock);
    expect(alarms.get(REMINDER_ALARM)).toMatchObject({ scheduledTime: new Date(2026, 10, 27, 9).getTime(), periodInMinutes: 1440 });
    expect(alarms.has('badge-midnight')).toBe(true);
    await scheduleReminder(api, { enabled: true, hour: 17 }, clock);
    expect(alarms.get(REMINDER_ALARM)!.scheduledTime).toBe(new Date(2026, 10, 26, 17).getTime());
    await ensureAlarms(api, { enabled: false, hour: 17 }, clock);
    expect(alarms.has(REMINDER_ALARM)).toBe(false);
  });
});

describe('log-call command', () => {
  const tabsShowing = (context: unknown): TabsApi => ({
    query: async () => [{ id: 7 }],
    sendMessage: async (id, msg) => {
      expect([id, msg]).toEqual([7, { type: 'getScreenContext' }]);
      if (context instanceof Error) throw context;
      return context;
    },
  });
  const thread = (from: string, to: string) => ({
    site: 'gmail',
    url: 'https://mail.google.com/mail/u/0/#inbox/x',
    people: [
      { email: to, role: 'to' },
      { email: from, role: 'from' },
    ],
    cases: [],
  });

  it('logs a call with the one client on screen, with source "shortcut"', async () => {
    const maria = await client('Maria Alvarez', undefined, { emails: ['maria@alvarezbakery.com'], preferredName: 'Mari' });
    const r = await logCallFromTab({ db, now: clock, tabs: tabsShowing(thread('maria@alvarezbakery.com', 'someone@elsewhere.example')) });
    expect(r).toMatchObject({ ok: true, clientId: maria.id, name: 'Mari' });
    const logged = await interactionsRepo.allInteractions(db);
    expect(logged).toEqual([expect.objectContaining({ clientId: maria.id, kind: 'call', at: clock, source: 'shortcut' })]);
    const n = logCallNotice(r, true);
    expect(n.options).toMatchObject({ title: 'Rapport', message: 'Logged a call with Mari', buttons: [{ title: 'Undo' }] });
    expect(parseLogCallNotice(n.id)).toEqual({ clientId: maria.id, interactionId: logged[0]!.id });
  });

  it('with several clients on screen, logs nothing and asks whom the call was with', async () => {
    await client('Maria Alvarez', undefined, { emails: ['maria@alvarezbakery.com'], preferredName: 'Mari' });
    await client('Tom', undefined, { emails: ['tom@beckerlogistics.de'] });
    const r = await logCallFromTab({ db, now: clock, tabs: tabsShowing(thread('maria@alvarezbakery.com', 'tom@beckerlogistics.de')) });
    expect(r).toEqual({ ok: false, reason: 'several', names: ['Mari', 'Tom'] });
    expect((await allInteractions(db)).length).toBe(0);
    expect(logCallNotice(r, true).options).toMatchObject({ title: 'Rapport: no call logged', message: expect.stringMatching(/2 clients on this page \(Mari, Tom\)/) });
  });

  it('a client found by a bare name only is asked about, never logged', async () => {
    await client('Samantha Ortiz', undefined, { emails: ['sam@ortizfarms.com'], preferredName: 'Sam Ortiz' });
    const compose = { site: 'outlook', url: 'https://outlook.office.com/mail/', people: [{ name: 'Sam Ortiz', role: 'to' }], cases: [] };
    const r = await logCallFromTab({ db, now: clock, tabs: tabsShowing(compose) });
    expect(r).toEqual({ ok: false, reason: 'unsure', names: ['Sam Ortiz'] });
    expect(logCallNotice(r, true).options.message).toMatch(/^Is this Sam Ortiz\?/);
    expect((await allInteractions(db)).length).toBe(0);
  });

  it('says so when nobody matches, or no content script answers', async () => {
    const none = await logCallFromTab({ db, now: clock, tabs: tabsShowing(thread('x@y.com', 'z@y.com')) });
    expect(none).toEqual({ ok: false, reason: 'no-client', names: [] });
    expect(logCallNotice(none, true).options.message).toMatch(/Nobody on this page is a client/);
    expect(logCallNotice(none, true).options.buttons).toBeUndefined();
    expect(await logCallFromTab({ db, now: clock, tabs: tabsShowing(new Error('Could not establish connection')) })).toEqual({ ok: false, reason: 'no-screen' });
    // A malformed answer (an old content script) is treated as no screen.
    expect(await logCallFromTab({ db, now: clock, tabs: tabsShowing({ people: 'nope' }) })).toEqual({ ok: false, reason: 'no-screen' });
    expect(await interactionsRepo.allInteractions(db)).toEqual([]);
  });
});

describe('cadence settings and the stored cadence dates', () => {
  it('a tag cadence saved in Settings moves the clients that carry the tag, in the same save', async () => {
    await client('A', 3, { tags: ['weekly'] });
    await client('B', 3);
    expect(await losingTouchList(db, clock, 10)).toMatchObject({ clients: [], due: 0 });
    await settingsWith((s) => ({ ...s, cadence: { default: s.cadence.default, byTag: { Weekly: { idealDays: 2, maxDays: 7 } } } }));
    const r = await losingTouchList(db, clock, 10);
    expect(r.clients).toEqual([expect.objectContaining({ name: 'A', cadence: expect.objectContaining({ status: 'due', idealDays: 2, maxDays: 7 }) })]);
  });

  it('a half-filled client cadence takes the other half from its tag or the default, not from 30/60', async () => {
    await settingsWith((s) => ({ ...s, cadence: { default: { idealDays: 10, maxDays: 20 }, byTag: { vip: { idealDays: 3, maxDays: 5 } } } }));
    const onlyIdeal = await client('Only ideal', 12, { cadence: { idealDays: 14 } });
    const onlyMax = await client('Only max', 12, { tags: ['VIP'], cadence: { maxDays: 40 } });
    expect((await call('getClient', { id: onlyIdeal.id })).cadence).toMatchObject({ idealDays: 14, maxDays: 20, status: 'on-track' });
    expect((await call('getClient', { id: onlyMax.id })).cadence).toMatchObject({ idealDays: 3, maxDays: 40, status: 'due' });
  });
});
