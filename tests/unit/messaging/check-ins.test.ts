// Check-ins across all clients: the `checkIns` message (popup) and the daily
// reminder read the clients whose mood trend calls for one from the stats'
// sparse index, kept with every interaction write.
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';
import { openRapportDb, type Db } from '../../../lib/db/open';
import { handlers, type Env } from '../../../lib/messaging/handlers';
import type { MessageType, ReplyMap, RequestOf } from '../../../lib/messaging/protocol';
import { route } from '../../../lib/messaging/router';
import { BACKGROUND } from '../../../lib/messaging/caller';
import { reminderText, runDailyReminder } from '../../../lib/background/reminders';
import type { NoticeOptions } from '../../../lib/background/notify';
import { checkIn } from '../../../lib/mood/trend';

const DAY = 864e5;
let db: Db;
let env: Env;
const clock = new Date(2026, 10, 26, 12).getTime();

beforeEach(async () => {
  globalThis.indexedDB = new IDBFactory();
  db = await openRapportDb('t');
  env = { db, now: () => clock };
});

async function call<K extends MessageType>(type: K, payload: RequestOf<K>): Promise<ReplyMap[K]> {
  const r = await route({ type, payload }, BACKGROUND, handlers, env);
  if (!r.ok) throw new Error(`${r.error.code}: ${r.error.message}`);
  return r.data as ReplyMap[K];
}

/** A client with one call a day ending yesterday, each with the mood given (null: none recorded). */
async function clientWith(name: string, moods: (number | null)[]) {
  const { client } = await call('createClient', { client: { name } });
  for (const [n, m] of moods.entries()) {
    const at = clock - (moods.length - n) * DAY;
    await call('logInteraction', { interaction: { clientId: client.id, kind: 'call', at, summary: '', ...(m === null ? {} : { sentiment: m }) } });
  }
  return client;
}

const names = async () => (await call('checkIns', {})).clients.map((c) => c.name);

describe('check-ins across all clients', () => {
  it('lists declining clients with the reason the sidebar gives, never a steady one', async () => {
    const falling = await clientWith('Falling Fay', [2, 2, 1, 0, -1]);
    const twice = await clientWith('Twice Tom', [1, -1, null, -2]);
    await clientWith('Steady Sam', [1, 0, 1, 1, 0, 1]);
    await clientWith('Once Olga', [1, 1, -2]);
    await clientWith('Quiet Quinn', [null, null]);
    const reply = await call('checkIns', {});
    expect(reply.total).toBe(2);
    expect(reply.clients.map((c) => [c.name, c.reason]).sort()).toEqual([
      ['Falling Fay', 'falling'],
      ['Twice Tom', 'two-frustrated'],
    ]);
    // The same verdict the sidebar reaches from the client's own last ten (getMood).
    for (const c of [falling, twice]) {
      const { points } = await call('getMood', { clientId: c.id });
      const check = checkIn(points);
      expect(reply.clients.find((e) => e.id === c.id)).toMatchObject({ reason: check.reason, since: check.since });
    }
    // The entry carries what the popup needs to log for them.
    expect(reply.clients.find((e) => e.id === twice.id)).toMatchObject({ cadence: { status: 'on-track' }, lastContact: clock - DAY });
  });

  it('a pleased or neutral interaction clears it, deleting that interaction raises it again', async () => {
    const c = await clientWith('Twice Tom', [-1, -1]);
    expect(await names()).toEqual(['Twice Tom']);
    const { interaction } = await call('logInteraction', { interaction: { clientId: c.id, kind: 'meeting', at: clock, summary: '', sentiment: 0 } });
    expect(await names()).toEqual([]);
    await call('deleteInteraction', { id: interaction.id, clientId: c.id });
    expect(await names()).toEqual(['Twice Tom']);
  });

  it('only the last ten interactions count: an old frustrated pair falls out of the window', async () => {
    const c = await clientWith('Long Lea', [-1, -1, ...Array<null>(8).fill(null)]);
    expect(await names()).toEqual(['Long Lea']);
    // The eleventh pushes the first frustrated one out; one frustrated left, no pair.
    await call('logInteraction', { interaction: { clientId: c.id, kind: 'note', at: clock, summary: '' } });
    expect(await names()).toEqual([]);
    expect((await call('getMood', { clientId: c.id })).points).toHaveLength(10);
  });

  it('a client in the trash is not listed, and is again once restored', async () => {
    const c = await clientWith('Twice Tom', [-2, -1]);
    await call('deleteClient', { id: c.id });
    expect(await call('checkIns', {})).toEqual({ clients: [], total: 0 });
    await call('restoreClient', { id: c.id });
    expect(await names()).toEqual(['Twice Tom']);
  });

  it('the list is limited, the total counts everyone, and the longest waiting come first', async () => {
    for (let n = 0; n < 3; n++) {
      const { client } = await call('createClient', { client: { name: `C${n}` } });
      // C2's pair is the oldest.
      for (const d of [2, 1]) await call('logInteraction', { interaction: { clientId: client.id, kind: 'call', at: clock - (d + 10 * n) * DAY, summary: '', sentiment: -1 } });
    }
    expect(await call('checkIns', { limit: 2 })).toMatchObject({ total: 3, clients: [{ name: 'C2' }, { name: 'C1' }] });
  });

  it('the daily reminder names them after deadlines and before clients due', async () => {
    const { client } = await call('createClient', { client: { name: 'Maria Alvarez', preferredName: 'Mari' } });
    await call('logInteraction', { interaction: { clientId: client.id, kind: 'call', at: clock - 70 * DAY, summary: '', sentiment: -1 } });
    await call('logInteraction', { interaction: { clientId: client.id, kind: 'call', at: clock - 65 * DAY, summary: '', sentiment: -2 } });
    await call('saveDeadline', { deadline: { clientId: client.id, title: 'Opposition', kind: 'court', dueDate: '2026-11-27' } });
    const shown: NoticeOptions[] = [];
    const notifications = { create: async (id: string, o: NoticeOptions) => (shown.push(o), id), clear: async () => true };
    const o = await runDailyReminder({ db, now: clock, notifications });
    expect(o).toMatchObject({ title: 'Rapport: 1 deadline at risk, 1 to check in with, 1 client overdue' });
    expect(o!.message.split('\n')).toEqual([
      'At risk: Opposition — Mari (due Nov 27, 2026)',
      'Check in with Mari — two frustrated interactions in a row',
      'Maria Alvarez — 65 days (max 60)',
    ]);
  });

  it('check-ins alone are reason enough for a reminder, and count toward "more"', () => {
    const items = ['A', 'B', 'C'].map((name) => ({ name, reason: 'falling' as const }));
    expect(reminderText([], { checkIns: { items, total: 6 }, maxLines: 2 })).toEqual({
      title: 'Rapport: 6 to check in with',
      message: 'Check in with A — their mood has been falling\nCheck in with B — their mood has been falling\n…and 4 more',
    });
    expect(reminderText([], { checkIns: { items: [], total: 0 } })).toBeNull();
  });
});
