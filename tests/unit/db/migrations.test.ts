import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { openDB } from 'idb';
import { beforeEach, describe, expect, it } from 'vitest';
import { paginate, toItem } from '../../../lib/db/history';
import { DB_VERSION, KEYS_VERSION_KEY, MIGRATIONS, type AnyVersionDB } from '../../../lib/db/migrations';
import { deriveStatsAgain, openRapportDb, statsDerived, STATS_VERSION_KEY } from '../../../lib/db/open';
import { cadenceCounts } from '../../../lib/db/repos/cadence';
import { openFlags } from '../../../lib/db/repos/filings';
import { allInteractions, logInteractionOnce } from '../../../lib/db/repos/interactions';
import { listClientsPage } from '../../../lib/db/search';
import { seal, STATS_VERSION, statsWithHistory } from '../../../lib/db/stats';
import { checkInList } from '../../../lib/db/repos/check-ins';
import { clientKeys, KEYS_VERSION } from '../../../lib/identity/keys';
import { DEFAULT_SETTINGS } from '../../../lib/model/settings';
import { seedAtVersion } from './seed-old-version';
import { clientQuestions, needingAttention, saveDeadline, saveQuestion } from '../../../lib/db/repos/deadlines';

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
});

const DAY = 86_400_000;
const NOW = Date.UTC(2026, 10, 26, 12);

const v1Client = {
  id: 'c1',
  name: 'Maria Alvarez',
  emails: ['maria@alvarezbakery.com'],
  phones: [],
  domains: [],
  matters: [{ id: 'm1', people: [], caseNumber: '22STCV11897' }],
  notes: { family: 'Two kids', interests: '', background: '', howWeMet: '', notes: '' },
  goals: [],
  tags: [],
  createdAt: 1,
  updatedAt: 1,
};

const call = { id: 'i1', clientId: 'c1', kind: 'call', at: NOW - 90 * DAY, summary: 'hello', source: 'manual' } as const;

/** The same client and call, stored the way `version` stored them. */
async function seedMaria(version: number, name: string) {
  await seedAtVersion(name, version, async (db) => {
    if (version < 3) {
      await db.put('clients', { ...v1Client, keys: clientKeys(v1Client) });
      await db.put('interactions', call);
      return;
    }
    await db.put('clients', { ...v1Client, keys: clientKeys(v1Client) });
    await db.put('stats', seal(statsWithHistory(v1Client, DEFAULT_SETTINGS.cadence, [toItem(call)])));
    for (const p of paginate('c1', [toItem(call)])) await db.put('history', p);
  });
}

describe('migrations', () => {
  it('the version is the number of steps', () => {
    expect(DB_VERSION).toBe(MIGRATIONS.length);
  });

  it('a fresh database gets every store and index, and records the keys version', async () => {
    const db = await openRapportDb('fresh');
    expect([...db.objectStoreNames].sort()).toEqual(['clients', 'deadlines', 'history', 'meta', 'questions', 'snapshots', 'staging', 'stats']);
    const tx = db.transaction(['clients', 'stats', 'history', 'deadlines', 'questions']);
    expect([...tx.objectStore('deadlines').indexNames].sort()).toEqual(['alert', 'client']);
    expect([...tx.objectStore('questions').indexNames]).toEqual(['client']);
    expect([...tx.objectStore('clients').indexNames]).toEqual(['keys']);
    expect([...tx.objectStore('stats').indexNames].sort()).toEqual(['checkIn', 'due', 'flagged', 'overdue', 'sort', 'terms', 'trashedAt']);
    // History is read by key range only: no index to keep up on every write.
    expect([...tx.objectStore('history').indexNames]).toEqual([]);
    expect(await db.get('meta', KEYS_VERSION_KEY)).toBe(KEYS_VERSION);
    // Nothing to derive again in a new database.
    expect(await db.get('meta', STATS_VERSION_KEY)).toBe(STATS_VERSION);
    expect(await statsDerived(db)).toBe(false);
    db.close();
  });

  // Every earlier version upgrades to the current one with its records intact.
  for (let version = 1; version <= MIGRATIONS.length; version++) {
    it(`upgrades a database seeded at version ${version}: records, lookups, stats`, async () => {
      await seedMaria(version, `old-${version}`);
      const db = await openRapportDb(`old-${version}`);
      expect(db.version).toBe(DB_VERSION);
      const client = await db.get('clients', 'c1');
      expect(client?.notes.family).toBe('Two kids');
      expect(await db.getAllFromIndex('clients', 'keys', 'case:CA:22STCV11897')).toHaveLength(1);
      expect(await allInteractions(db)).toEqual([call]);
      const stats = await db.get('stats', 'c1');
      expect(stats).toMatchObject({ lastContact: call.at, counts: { call: 1 }, idealDays: 30, maxDays: 60 });
      // 90 days without contact against 30/60: overdue, found through the index.
      expect(await cadenceCounts(db, NOW)).toEqual({ overdue: 1, due: 0 });
      expect((await listClientsPage(db, 'alva', 10)).clients.map((s) => s.id)).toEqual(['c1']);
      // Step 4: the client can have deadlines and open questions, and an at-risk one is found by the alert index.
      await saveDeadline(db, { deadline: { clientId: 'c1', title: 'Reply brief', kind: 'court', dueDate: '2026-11-27', bufferDays: 2 } }, NOW);
      await saveQuestion(db, { clientId: 'c1', text: 'Still want to settle?' }, NOW);
      expect(await needingAttention(db, NOW)).toMatchObject({ atRisk: 1, missed: 0, items: [{ clientName: 'Maria Alvarez', state: 'at-risk' }] });
      expect((await clientQuestions(db, 'c1')).map((q) => q.text)).toEqual(['Still want to settle?']);
      db.close();
    });
  }

  it('step 3 carries open flags, acknowledged filings and mail message ids over', async () => {
    await seedAtVersion('flags', 2, async (db) => {
      await db.put('clients', { ...v1Client, keys: clientKeys(v1Client) });
      const filing = { clientId: 'c1', kind: 'filing', summary: 'Rejected by Court', source: 'one-legal' } as const;
      await db.put('interactions', { ...filing, id: 'open', at: NOW - 2 * DAY, messageId: 'filing:one-legal:ref:1:rejected', filing: { status: 'Rejected by Court', ref: '1' }, openFlag: 'c1' });
      await db.put('interactions', { ...filing, id: 'done', at: NOW - 3 * DAY, messageId: 'filing:one-legal:ref:2:rejected', filing: { status: 'Rejected by Court', ref: '2', acknowledgedAt: NOW - DAY } });
      await db.put('interactions', { id: 'mail', clientId: 'c1', kind: 'email-in', at: NOW - DAY, summary: 'Lease', source: 'gmail', messageId: 'gmail:abc' });
    });
    const db = await openRapportDb('flags');
    expect((await openFlags(db)).map((i) => i.id)).toEqual(['open']);
    expect(await db.getAllKeysFromIndex('stats', 'flagged')).toEqual(['c1']);
    expect((await db.get('stats', 'c1'))).toMatchObject({ lastIn: NOW - DAY, awaitingSince: NOW - DAY, counts: { filing: 2, 'email-in': 1 } });
    // The same message and the same portal row are still logged once.
    const again = await logInteractionOnce(db, { clientId: 'c1', kind: 'email-in', at: NOW - DAY, summary: 'Lease', source: 'gmail', messageId: 'gmail:abc' });
    expect(again).toMatchObject({ created: false, interaction: { id: 'mail' } });
    const row = await logInteractionOnce(db, { clientId: 'c1', kind: 'filing', at: NOW, summary: '', source: 'one-legal', messageId: 'filing:one-legal:ref:2:rejected' });
    expect(row).toMatchObject({ created: false, interaction: { id: 'done' } });
    db.close();
  });

  it('step 3 derives identity keys again (a version-1 record with stale keys is found by every key)', async () => {
    await seedAtVersion('stale', 1, async (db) => {
      await db.put('clients', { ...v1Client, keys: ['email:maria@alvarezbakery.com'] });
    });
    const db = await openRapportDb('stale');
    expect((await db.get('clients', 'c1'))?.keys?.sort()).toEqual(clientKeys(v1Client).sort());
    db.close();
  });

  it('a step that fails leaves the database at its old version with nothing changed', async () => {
    await seedAtVersion('broken', 2, async (db) => {
      // A record no version could have written: no matters list, so stats cannot be built.
      await db.put('clients', { ...v1Client, matters: undefined } as never);
      await db.put('interactions', call);
    });
    await expect(openRapportDb('broken')).rejects.toBeTruthy();
    const old = await openDB<AnyVersionDB>('broken');
    expect(old.version).toBe(2);
    expect([...old.objectStoreNames].sort()).toEqual(['clients', 'interactions', 'meta']);
    expect(await old.count('interactions')).toBe(1);
    old.close();
  });

  it('a keys version different from KEYS_VERSION derives every client’s keys and search terms again on open', async () => {
    await seedMaria(MIGRATIONS.length, 'rekey');
    const raw = await openDB<AnyVersionDB>('rekey');
    await raw.put('clients', { ...v1Client, keys: [] });
    const s = (await raw.get('stats', 'c1'))!;
    await raw.put('stats', { ...s, terms: [] });
    await raw.put('meta', KEYS_VERSION - 1, KEYS_VERSION_KEY);
    raw.close();
    const db = await openRapportDb('rekey');
    expect((await db.get('clients', 'c1'))?.keys?.sort()).toEqual(clientKeys(v1Client).sort());
    expect((await listClientsPage(db, 'maria', 10)).total).toBe(1);
    expect(await db.get('meta', KEYS_VERSION_KEY)).toBe(KEYS_VERSION);
    db.close();
  });

  it('stats written before they kept moods gain the last ten on open, and a declining client is in the check-in index', async () => {
    // Version 4 as it shipped: stats without moods, no checkIn index, no stats version.
    const moods = [1, 1, 0, 0, -1, -1];
    const items = moods.map((sentiment, n) => toItem({ id: `i${n}`, clientId: 'c1', kind: 'call', at: NOW - (20 - n) * DAY, summary: '', source: 'manual', sentiment }));
    const steady = { ...v1Client, id: 'c2', name: 'Steady Sam', emails: ['sam@example.com'], matters: [] };
    const steadyItems = items.map((i) => ({ ...i, id: `s${i.id}`, sentiment: 1 }));
    await seedAtVersion('moods', 4, async (db) => {
      for (const [c, list] of [[v1Client, items], [steady, steadyItems]] as const) {
        await db.put('clients', { ...c, keys: clientKeys(c) });
        const { moods: _m, checkIn: _c, ...old } = seal(statsWithHistory(c, DEFAULT_SETTINGS.cadence, [...list]));
        await db.put('stats', old);
        for (const p of paginate(c.id, [...list])) await db.put('history', p);
      }
      await db.put('meta', KEYS_VERSION, KEYS_VERSION_KEY);
    });
    const db = await openRapportDb('moods');
    expect(await statsDerived(db)).toBe(true);
    expect((await db.get('stats', 'c1'))?.moods?.map((m) => m.sentiment)).toEqual(moods);
    expect(await db.get('meta', STATS_VERSION_KEY)).toBe(STATS_VERSION);
    expect(await checkInList(db, NOW, 10)).toMatchObject({ total: 1, clients: [{ id: 'c1', name: 'Maria Alvarez', reason: 'two-frustrated', since: items.at(-1)!.at }] });
    db.close();
  });

  it('moods are derived a chunk at a time; a write between chunks to a client not reached yet leaves it for its chunk, which derives all ten', async () => {
    await seedMaria(MIGRATIONS.length, 'chunks');
    const db = await openRapportDb('chunks');
    await statsDerived(db);
    // Five clients, six calls each, moods falling; then their stats as a version without moods wrote them.
    const ids = ['a', 'b', 'c', 'd', 'e'];
    for (const id of ids) {
      await db.put('clients', { ...v1Client, id, name: `Client ${id}`, emails: [], matters: [], keys: [] });
      const items = [1, 1, 0, 0, -1, -1].map((sentiment, n) => toItem({ id: `${id}${n}`, clientId: id, kind: 'call', at: NOW - (20 - n) * DAY, summary: '', source: 'manual', sentiment }));
      const { moods: _m, checkIn: _c, ...old } = seal(statsWithHistory({ ...v1Client, id, name: `Client ${id}`, emails: [], matters: [] }, DEFAULT_SETTINGS.cadence, items));
      await db.put('stats', old);
      for (const p of paginate(id, items)) await db.put('history', p);
    }
    await db.put('meta', STATS_VERSION - 1, STATS_VERSION_KEY);
    // 'e' is reached by the last chunk: a pleased call logged before that must end up in its ten, and clear its flag.
    const run = deriveStatsAgain(db, 2);
    await logInteractionOnce(db, { clientId: 'e', kind: 'call', at: NOW, summary: '', source: 't', sentiment: 1 });
    expect(await run).toBe(true);
    for (const id of ids) expect((await db.get('stats', id))?.moods?.length, id).toBe(id === 'e' ? 7 : 6);
    expect((await db.get('stats', 'e'))?.moods?.at(-1)).toMatchObject({ at: NOW, sentiment: 1 });
    expect((await checkInList(db, NOW, 10)).clients.map((c) => c.id)).toEqual(['a', 'b', 'c', 'd']);
    expect(await db.get('meta', STATS_VERSION_KEY)).toBe(STATS_VERSION);
    db.close();
  });

  it('the seeding helper refuses versions that never shipped', async () => {
    await expect(seedAtVersion('x', MIGRATIONS.length + 1, async () => {})).rejects.toThrow(/No version/);
  });
});
