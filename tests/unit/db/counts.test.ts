import { BACKGROUND } from '../../../lib/messaging/caller';
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { startOfDay } from 'date-fns';
import { beforeEach, describe, expect, it } from 'vitest';
import { COUNTS_KEY, countsAt, type Counts } from '../../../lib/db/counts';
import { openRapportDb, type Db } from '../../../lib/db/open';
import { handlers, type Env } from '../../../lib/messaging/handlers';
import type { MessageType, ReplyMap, RequestOf } from '../../../lib/messaging/protocol';
import { route } from '../../../lib/messaging/router';

const DAY = 86_400_000;
let db: Db;
let env: Env;
let clock: number;

beforeEach(async () => {
  globalThis.indexedDB = new IDBFactory();
  db = await openRapportDb('counts');
  clock = new Date(2026, 10, 26, 15).getTime();
  env = { db, now: () => clock };
});

async function call<K extends MessageType>(type: K, payload: RequestOf<K>): Promise<ReplyMap[K]> {
  const r = await route({ type, payload }, BACKGROUND, handlers, env);
  if (!r.ok) throw new Error(`${type}: ${r.error.message}`);
  return r.data as ReplyMap[K];
}

function prng(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The counts worked out from every stats record: what the kept record must say. */
async function fromScratch(now: number) {
  const day = startOfDay(now).getTime();
  const live = (await db.getAll('stats')).filter((s) => s.trashedAt === undefined);
  const overdue = live.filter((s) => s.overdueAt! <= day).length;
  const due = live.filter((s) => s.dueAt! <= day).length - overdue;
  return { live: live.length, cadence: { day, overdue, due } };
}

describe('counts kept with every write', () => {
  it('equal a count from scratch after any mix of creates, logs, deletes, trash, restore, imports, commits and cadence changes', async () => {
    const rnd = prng(11);
    // The record exists from the start, so every write below updates it rather than recounting.
    await countsAt(db, clock);
    const ids: string[] = [];
    const trashed: string[] = [];
    for (let step = 0; step < 150; step++) {
      const r = rnd();
      const someone = ids[Math.floor(rnd() * ids.length)];
      if (r < 0.15 || !someone) ids.push((await call('createClient', { client: { name: `C${step}`, tags: rnd() < 0.5 ? ['vip'] : [] } })).client.id);
      else if (r < 0.45) await call('logInteraction', { interaction: { clientId: someone, kind: rnd() < 0.8 ? 'call' : 'note', at: clock - Math.floor(rnd() * 120) * DAY } });
      else if (r < 0.55) {
        const { recent } = await call('getClient', { id: someone });
        if (recent[0]) await call('deleteInteraction', { id: recent[0].id, clientId: someone });
      } else if (r < 0.63) {
        await call('deleteClient', { id: someone });
        ids.splice(ids.indexOf(someone), 1);
        trashed.push(someone);
      } else if (r < 0.68 && trashed.length) {
        const back = trashed.pop()!;
        await call('restoreClient', { id: back });
        ids.push(back);
      } else if (r < 0.76) {
        const { ids: added } = await call('importClients', { records: [{ client: { name: `I${step}` }, interactions: [{ kind: 'meeting', at: clock - Math.floor(rnd() * 90) * DAY }] }] });
        ids.push(...added);
      } else if (r < 0.82) {
        const job = await call('bulkBegin', {});
        const staged = await call('bulkStage', { job: job.job, seq: 0, records: [{ client: { name: `B${step}` }, interactions: [{ kind: 'call', at: clock - 70 * DAY }] }] });
        await call('bulkCommit', { job: job.job });
        ids.push(...staged.ids);
      } else if (r < 0.86) {
        const ideal = 5 + Math.floor(rnd() * 40);
        await call('updateSettings', { settings: { ...(await call('getSettings', {})), cadence: { default: { idealDays: ideal, maxDays: ideal * 2 }, byTag: { vip: { idealDays: 3, maxDays: 7 } } } } });
      } else {
        const { client } = await call('getClient', { id: someone });
        await call('updateClient', { client: { ...client, cadence: rnd() < 0.5 ? { idealDays: 3 } : undefined } });
      }
      expect(await db.get('meta', COUNTS_KEY), `after step ${step}`).toEqual(await fromScratch(clock));
    }
    expect((await call('listClients', {})).total).toBe(ids.length);
  });

  it('on a later day the first read counts again, and the badge follows the calendar', async () => {
    const { client } = await call('createClient', { client: { name: 'A' } });
    await call('logInteraction', { interaction: { clientId: client.id, kind: 'call', at: clock - 60 * DAY } }); // 30/60: due, overdue tomorrow
    expect((await countsAt(db, clock)).cadence).toMatchObject({ overdue: 0, due: 1 });
    const tomorrow = clock + DAY;
    const counts: Counts = await countsAt(db, tomorrow);
    expect(counts.cadence).toEqual({ day: startOfDay(tomorrow).getTime(), overdue: 1, due: 0 });
    expect(await db.get('meta', COUNTS_KEY)).toEqual(counts);
  });
});
