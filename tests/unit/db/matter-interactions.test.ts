import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';
import { openRapportDb } from '../../../lib/db/open';
import { createClient } from '../../../lib/db/repos/clients';
import { deleteInteraction, logInteraction } from '../../../lib/db/repos/interactions';
import { clientInputSchema } from '../../../lib/model/client';
import { interactionInputSchema } from '../../../lib/model/interaction';

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
});

const DAY = 86_400_000;
const NOW = Date.now();

describe('interactions about a matter', () => {
  it('a call with opposing counsel is in the history but not the client’s last contact, nor their awaiting-reply clock', async () => {
    const db = await openRapportDb('matter-log');
    const { client } = await createClient(
      db,
      clientInputSchema.parse({
        name: 'Elena Ruiz',
        matters: [{ id: 'm1', caseName: 'Ruiz v. Harbor', people: [{ id: 'p1', role: 'opposing-counsel', name: 'Victor Brandt' }] }],
      }),
      NOW - 30 * DAY,
    );
    const log = (i: object) => logInteraction(db, interactionInputSchema.parse({ clientId: client.id, source: 'test', ...i }));
    await log({ kind: 'call', at: NOW - 10 * DAY, summary: 'Call with Elena' });
    const withCounsel = await log({ kind: 'call', at: NOW - DAY, summary: 'Call with opposing counsel', matterId: 'm1', aboutPerson: 'p1' });
    await log({ kind: 'email-in', at: NOW - DAY / 2, summary: 'Letter from Brandt', matterId: 'm1', aboutPerson: 'p1' });

    let stats = (await db.get('stats', client.id))!;
    expect(stats.lastContact).toBe(NOW - 10 * DAY);
    expect(stats.awaitingSince).toBeUndefined();
    expect(stats.lastIn).toBeUndefined();
    // Still history: counted and shown among the newest.
    expect(stats.counts.call).toBe(2);
    expect(stats.recent.map((r) => r.summary)).toContain('Call with opposing counsel');
    expect(stats.recent.find((r) => r.summary === 'Call with opposing counsel')).toMatchObject({ matterId: 'm1', aboutPerson: 'p1' });

    // Removing the client's own call rescans: the matter call still does not become last contact.
    const own = stats.recent.find((r) => r.summary === 'Call with Elena')!;
    await deleteInteraction(db, own.id, { clientId: client.id });
    stats = (await db.get('stats', client.id))!;
    expect(stats.lastContact).toBeUndefined();
    expect(withCounsel.matterId).toBe('m1');
    db.close();
  });
});
