import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';
import { openRapportDb, type Db } from '../../../lib/db/open';
import { handlers, type Env } from '../../../lib/messaging/handlers';
import type { MessageType, ReplyMap, RequestOf } from '../../../lib/messaging/protocol';
import { route } from '../../../lib/messaging/router';
import { BACKGROUND } from '../../../lib/messaging/caller';
import { purgeTrash } from '../../../lib/db/repos/clients';

const DAY = 864e5;
let db: Db;
let env: Env;
// Thursday 26 November 2026, noon local time.
let clock = new Date(2026, 10, 26, 12).getTime();

beforeEach(async () => {
  globalThis.indexedDB = new IDBFactory();
  db = await openRapportDb('t');
  clock = new Date(2026, 10, 26, 12).getTime();
  env = { db, now: () => clock };
});

const raw = (msg: unknown) => route(msg, BACKGROUND, handlers, env);

async function call<K extends MessageType>(type: K, payload: RequestOf<K>): Promise<ReplyMap[K]> {
  const r = await raw({ type, payload });
  if (!r.ok) throw Object.assign(new Error(`${r.error.code}: ${r.error.message}`), { code: r.error.code });
  return r.data as ReplyMap[K];
}

const codeOf = async (p: Promise<unknown>) => ((await p.then(() => null, (e: { code?: string }) => e)) as { code?: string } | null)?.code;

const dump = async () => JSON.stringify({ d: await db.getAll('deadlines'), q: await db.getAll('questions'), m: await db.getAll('meta') });

async function maria() {
  return (await call('createClient', { client: { name: 'Maria Alvarez', preferredName: 'Mari', emails: ['maria@alvarezbakery.com'], matters: [{ id: 'm1', caseNumber: '22STCV11897', caseName: 'Alvarez v. Harbor Mills' }] } })).client;
}

const court = (clientId: string, dueDate: string, extra: Partial<RequestOf<'saveDeadline'>['deadline']> = {}) => ({
  deadline: { clientId, title: 'Opposition to demurrer', kind: 'court' as const, dueDate, ...extra },
});

describe('saveDeadline', () => {
  it('creates, lists by client with the client’s name, and keeps a created line', async () => {
    const m = await maria();
    const { deadline, created } = await call('saveDeadline', court(m.id, '2026-12-10', { matterId: 'm1', notes: 'CCP 1005' }));
    expect(created).toBe(true);
    expect(deadline).toMatchObject({ clientId: m.id, matterId: 'm1', dueDate: '2026-12-10', notes: 'CCP 1005', history: [{ type: 'created', at: clock }] });
    const { items, buffers } = await call('listDeadlines', { clientId: m.id });
    expect(items).toEqual([{ deadline, clientName: 'Mari' }]);
    expect(buffers).toEqual({ court: 3, internal: 1, promise: 1 });
  });

  it('with the caller’s id, a retry returns the first record and writes nothing', async () => {
    const m = await maria();
    const first = await call('saveDeadline', { ...court(m.id, '2026-12-10'), id: 'dl-1' });
    const before = await dump();
    const again = await call('saveDeadline', { ...court(m.id, '2026-12-10'), id: 'dl-1' });
    expect(again).toEqual({ deadline: first.deadline, created: false });
    expect(await dump()).toBe(before);
    // The same id for something else is a conflict.
    expect(await codeOf(call('saveDeadline', { ...court(m.id, '2026-12-10', { title: 'Other' }), id: 'dl-1' }))).toBe('conflict');
  });

  it('an edit from the version it started from moves the due date with a history line; a stale one is a conflict', async () => {
    const m = await maria();
    const { deadline: d } = await call('saveDeadline', court(m.id, '2026-12-10'));
    clock += 1000;
    const moved = await call('saveDeadline', { ...court(m.id, '2026-12-14'), id: d.id, base: d.updatedAt, reason: 'Stipulated extension' });
    expect(moved.deadline.history.at(-1)).toEqual({ type: 'due-changed', at: clock, from: { date: '2026-12-10' }, to: { date: '2026-12-14' }, reason: 'Stipulated extension' });
    const before = await dump();
    // A second editor still holding the first version.
    expect(await codeOf(call('saveDeadline', { ...court(m.id, '2026-12-20'), id: d.id, base: d.updatedAt }))).toBe('conflict');
    expect(await dump()).toBe(before);
  });

  it('bad input is refused with the field named, and nothing is written', async () => {
    const m = await maria();
    const before = await dump();
    const r = await raw({ type: 'saveDeadline', payload: court(m.id, '2026-02-30') });
    expect(r).toMatchObject({ ok: false, error: { code: 'bad-request', issues: [{ path: 'deadline.dueDate', message: 'Use a real date, e.g. 2026-12-03' }] } });
    expect(await raw({ type: 'saveDeadline', payload: court(m.id, '2026-12-10', { bufferDays: -1 }) })).toMatchObject({ ok: false, error: { code: 'bad-request' } });
    expect(await codeOf(call('saveDeadline', court(m.id, '2026-12-10', { matterId: 'not-hers' })))).toBe('not-found');
    expect(await codeOf(call('saveDeadline', court('nobody', '2026-12-10')))).toBe('not-found');
    expect(await dump()).toBe(before);
  });
});

describe('done, reopened, deleted', () => {
  it('completing and reopening each add a history line; the reopen keeps when it had been done', async () => {
    const m = await maria();
    const { deadline: d } = await call('saveDeadline', court(m.id, '2026-12-10'));
    clock += DAY;
    const done = (await call('completeDeadline', { id: d.id })).deadline;
    expect(done.doneAt).toBe(clock);
    const doneAt = clock;
    clock += DAY;
    const open = (await call('reopenDeadline', { id: d.id, reason: 'Court rejected the filing' })).deadline;
    expect(open.doneAt).toBeUndefined();
    expect(open.history.map((h) => h.type)).toEqual(['created', 'done', 'reopened']);
    expect(open.history.at(-1)).toEqual({ type: 'reopened', at: clock, doneAt, reason: 'Court rejected the filing' });
    await call('deleteDeadline', { id: d.id });
    expect((await call('listDeadlines', { clientId: m.id })).items).toEqual([]);
    expect(await codeOf(call('deleteDeadline', { id: d.id }))).toBe('not-found');
  });
});

describe('deadlineAlerts and the filters', () => {
  it('counts open items inside their buffer (at risk) and past due (missed), across clients, missed first', async () => {
    const m = await maria();
    const { client: tom } = await call('createClient', { client: { name: 'Thomas Becker' } });
    // Today is Thu 26 Nov. Court buffer 3: due 28 Nov → target 25 Nov → at risk.
    await call('saveDeadline', court(m.id, '2026-11-28'));
    // Due 10 Dec → target 7 Dec: upcoming.
    await call('saveDeadline', court(m.id, '2026-12-10'));
    // A promise due yesterday: missed (a broken promise).
    await call('saveDeadline', { deadline: { clientId: tom.id, title: 'Send the draft lease', kind: 'promise', dueDate: '2026-11-25' } });
    // Done ones are never counted.
    const { deadline: done } = await call('saveDeadline', court(tom.id, '2026-11-26'));
    await call('completeDeadline', { id: done.id });

    const alerts = await call('deadlineAlerts', {});
    expect(alerts).toMatchObject({ atRisk: 1, missed: 1 });
    expect(alerts.items.map((i) => [i.clientName, i.deadline.title, i.state])).toEqual([
      ['Thomas Becker', 'Send the draft lease', 'missed'],
      ['Mari', 'Opposition to demurrer', 'at-risk'],
    ]);

    expect((await call('listDeadlines', {})).items).toHaveLength(4);
    expect((await call('listDeadlines', { states: ['upcoming'] })).items.map((i) => i.deadline.dueDate)).toEqual(['2026-12-10']);
    expect((await call('listDeadlines', { kind: 'promise' })).items.map((i) => i.deadline.title)).toEqual(['Send the draft lease']);
    expect((await call('listDeadlines', { states: ['done'] })).items.map((i) => i.deadline.id)).toEqual([done.id]);
  });

  it('a timed deadline is at risk until its time, then missed', async () => {
    const m = await maria();
    await call('saveDeadline', court(m.id, '2026-11-26', { dueTime: '17:00' }));
    expect(await call('deadlineAlerts', {})).toMatchObject({ atRisk: 1, missed: 0 });
    clock = new Date(2026, 10, 26, 17, 1).getTime();
    expect(await call('deadlineAlerts', {})).toMatchObject({ atRisk: 0, missed: 1 });
  });

  it('changing a default buffer moves the targets of deadlines that use it, in the same save; a stale save is a conflict', async () => {
    const m = await maria();
    // Due 3 Dec: with the court default of 3 the target is 30 Nov (upcoming); with 8 it is 25 Nov (at risk).
    await call('saveDeadline', court(m.id, '2026-12-03'));
    // Its own buffer wins over the default.
    await call('saveDeadline', court(m.id, '2026-12-04', { bufferDays: 1, title: 'Own buffer' }));
    expect(await call('deadlineAlerts', {})).toMatchObject({ atRisk: 0 });
    const s = await call('getDeadlineSettings', {});
    expect(s.version).toBe(0);
    const saved = await call('updateDeadlineSettings', { settings: { ...s.settings, bufferDays: { ...s.settings.bufferDays, court: 8 } }, version: 0 });
    expect(saved.version).toBe(1);
    const alerts = await call('deadlineAlerts', {});
    expect(alerts.items.map((i) => i.deadline.dueDate)).toEqual(['2026-12-03']);
    expect(alerts.buffers.court).toBe(8);
    const before = await dump();
    expect(await codeOf(call('updateDeadlineSettings', { settings: s.settings, version: 0 }))).toBe('conflict');
    expect(await dump()).toBe(before);
  });

  it('a holiday change is saved with the settings; a bad date is refused with its field and nothing changes', async () => {
    const s = await call('getDeadlineSettings', {});
    const holidays = { federal: { added: [{ date: '2026-03-04', name: 'Storm', closure: true as const }], removed: ['2026-11-11'] } };
    const saved = await call('updateDeadlineSettings', { settings: { ...s.settings, holidays }, version: s.version });
    expect((await call('getDeadlineSettings', {})).settings.holidays).toEqual(holidays);
    const before = await dump();
    const bad = await raw({ type: 'updateDeadlineSettings', payload: { settings: { ...saved.settings, holidays: { california: { added: [{ date: '2026-02-30', name: 'Storm' }] } } }, version: saved.version } });
    expect(bad).toMatchObject({ ok: false, error: { code: 'bad-request', issues: [{ path: 'settings.holidays.california.added.0.date', message: 'Use a real date, e.g. 2026-12-03' }] } });
    expect(await dump()).toBe(before);
  });
});

describe('the trash', () => {
  it('trashing a client hides its deadlines from every list and count; restoring brings them back; purging deletes them', async () => {
    const m = await maria();
    const { deadline } = await call('saveDeadline', court(m.id, '2026-11-27'));
    await call('saveOpenQuestion', { clientId: m.id, text: 'Would she accept a payment plan?' });
    expect(await call('deadlineAlerts', {})).toMatchObject({ atRisk: 1 });

    await call('deleteClient', { id: m.id });
    expect(await call('deadlineAlerts', {})).toMatchObject({ atRisk: 0, missed: 0, items: [] });
    expect((await call('listDeadlines', {})).items).toEqual([]);
    expect(await codeOf(call('listDeadlines', { clientId: m.id }))).toBe('not-found');
    expect(await codeOf(call('completeDeadline', { id: deadline.id }))).toBe('not-found');
    expect(await codeOf(call('listOpenQuestions', { clientId: m.id }))).toBe('not-found');
    // Nothing of it is in the alert index while trashed.
    expect(await db.countFromIndex('deadlines', 'alert')).toBe(0);

    await call('restoreClient', { id: m.id });
    expect((await call('listDeadlines', { clientId: m.id })).items.map((i) => i.deadline)).toEqual([deadline]);
    expect(await call('deadlineAlerts', {})).toMatchObject({ atRisk: 1 });

    await call('deleteClient', { id: m.id });
    await purgeTrash(db, clock + DAY);
    expect(await db.count('deadlines')).toBe(0);
    expect(await db.count('questions')).toBe(0);
  });

  it('deleting a trashed client for good deletes its deadlines and questions only', async () => {
    const m = await maria();
    const { client: tom } = await call('createClient', { client: { name: 'Thomas Becker' } });
    await call('saveDeadline', court(m.id, '2026-11-27'));
    await call('saveDeadline', court(tom.id, '2026-11-27'));
    await call('saveOpenQuestion', { clientId: m.id, text: 'Q' });
    await call('deleteClient', { id: m.id });
    await call('deleteClientForever', { id: m.id });
    expect((await db.getAll('deadlines')).map((d) => d.clientId)).toEqual([tom.id]);
    expect(await db.count('questions')).toBe(0);
  });
});

describe('open questions, mood and the brief', () => {
  it('questions are added, edited, answered and deleted', async () => {
    const m = await maria();
    const { question: q } = await call('saveOpenQuestion', { clientId: m.id, text: 'Payment plan?' });
    await call('saveOpenQuestion', { clientId: m.id, id: q.id, text: 'Would she accept a payment plan?' });
    clock += 1000;
    expect((await call('resolveOpenQuestion', { id: q.id })).question).toMatchObject({ text: 'Would she accept a payment plan?', resolvedAt: clock });
    expect((await call('resolveOpenQuestion', { id: q.id, resolved: false })).question.resolvedAt).toBeUndefined();
    expect(await raw({ type: 'saveOpenQuestion', payload: { clientId: m.id, text: '   ' } })).toMatchObject({ ok: false, error: { code: 'bad-request' } });
    await call('deleteOpenQuestion', { id: q.id });
    expect((await call('listOpenQuestions', { clientId: m.id })).questions).toEqual([]);
  });

  it('getMood gives the last ten moods oldest first; getBrief brings everything in one reply', async () => {
    const m = await maria();
    for (let i = 12; i >= 1; i--)
      await call('logInteraction', { interaction: { clientId: m.id, kind: 'call', at: clock - i * DAY, summary: `Call ${i}`, ...(i % 3 ? { sentiment: i > 2 ? 1 : -2 } : {}) } });
    const { points } = await call('getMood', { clientId: m.id });
    expect(points).toHaveLength(10);
    expect(points[0]).toEqual({ at: clock - 10 * DAY, sentiment: 1 });
    expect(points[1]).toEqual({ at: clock - 9 * DAY });
    expect(points.slice(-2).map((p) => p.sentiment)).toEqual([-2, -2]);

    await call('saveDeadline', court(m.id, '2026-11-28', { matterId: 'm1' }));
    await call('saveDeadline', { deadline: { clientId: m.id, title: 'Send the settlement figures', kind: 'promise', dueDate: '2026-11-27' } });
    await call('saveOpenQuestion', { clientId: m.id, text: 'Would she accept a payment plan?' });
    const brief = await call('getBrief', { clientId: m.id });
    expect(brief.client.name).toBe('Maria Alvarez');
    expect(brief.interactions).toHaveLength(10);
    expect(brief.interactions[0]!.summary).toBe('Call 1');
    expect(brief.deadlines.map((d) => d.kind).sort()).toEqual(['court', 'promise']);
    expect(brief.openQuestions.map((q) => q.text)).toEqual(['Would she accept a payment plan?']);
    expect(brief).toMatchObject({ filings: [], buffers: { court: 3 }, now: clock });
    expect(await codeOf(call('getBrief', { clientId: 'nobody' }))).toBe('not-found');
  });
});
