import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';
import { DB_VERSION, MIGRATIONS } from '../../../lib/db/migrations';
import { openRapportDb } from '../../../lib/db/open';
import { clientKeys } from '../../../lib/identity/keys';
import { seedAtVersion } from './seed-old-version';

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
});

const v1Client = {
  id: 'c1',
  name: 'Maria Alvarez',
  emails: ['maria@alvarezbakery.com'],
  phones: [],
  domains: [],
  matters: [{ id: 'm1', caseNumber: '22STCV11897' }],
  notes: { family: 'Two kids', interests: '', background: '', howWeMet: '', notes: '' },
  goals: [],
  tags: [],
  createdAt: 1,
  updatedAt: 1,
};

describe('migrations', () => {
  it('the version is the number of steps', () => {
    expect(DB_VERSION).toBe(MIGRATIONS.length);
  });

  it('a fresh database gets every store and index', async () => {
    const db = await openRapportDb('fresh');
    expect([...db.objectStoreNames].sort()).toEqual(['clients', 'interactions', 'meta']);
    const tx = db.transaction(['clients', 'interactions']);
    expect([...tx.objectStore('clients').indexNames]).toEqual(['keys']);
    expect([...tx.objectStore('interactions').indexNames].sort()).toEqual(['byClientAt', 'byClientMessage', 'openFlags']);
    db.close();
  });

  // Every earlier version upgrades to the current one with its records intact.
  for (let version = 1; version <= MIGRATIONS.length; version++) {
    it(`upgrades a database seeded at version ${version}`, async () => {
      await seedAtVersion(`old-${version}`, version, async (db) => {
        await db.put('clients', { ...v1Client, keys: clientKeys(v1Client) } as never);
        await db.put('interactions', { id: 'i1', clientId: 'c1', kind: 'call', at: 5, summary: 'hello', source: 'manual' } as never);
      });
      const db = await openRapportDb(`old-${version}`);
      expect(db.version).toBe(DB_VERSION);
      const client = await db.get('clients', 'c1');
      expect(client?.notes.family).toBe('Two kids');
      expect(await db.getAllFromIndex('clients', 'keys', 'case:CA:22STCV11897')).toHaveLength(1);
      expect(await db.getAllFromIndex('interactions', 'byClientAt', IDBKeyRange.bound(['c1', 0], ['c1', Infinity]))).toHaveLength(1);
      db.close();
    });
  }

  it('step 2 adds the sparse openFlags index: records from version 1 are not flagged, flagged ones are found', async () => {
    await seedAtVersion('flags', 1, async (db) => {
      await db.put('clients', { ...v1Client, keys: clientKeys(v1Client) } as never);
      await db.put('interactions', { id: 'i1', clientId: 'c1', kind: 'filing', at: 5, summary: 'Rejected by Court', source: 'one-legal' } as never);
    });
    const db = await openRapportDb('flags');
    expect(await db.getAllFromIndex('interactions', 'openFlags', 'c1')).toEqual([]);
    await db.put('interactions', { id: 'i2', clientId: 'c1', kind: 'filing', at: 6, summary: 'Rejected by Court', source: 'one-legal', openFlag: 'c1' });
    expect((await db.getAllFromIndex('interactions', 'openFlags', 'c1')).map((i) => i.id)).toEqual(['i2']);
    db.close();
  });

  it('the seeding helper refuses versions that never shipped', async () => {
    await expect(seedAtVersion('x', MIGRATIONS.length + 1, async () => {})).rejects.toThrow(/No version/);
  });
});
