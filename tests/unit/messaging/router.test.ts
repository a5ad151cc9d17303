import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';
import { openRapportDb, type Db } from '../../../lib/db/open';
import { handlers, type Env } from '../../../lib/messaging/handlers';
import { MESSAGE_TYPES, requestSchema, type MessageType, type ReplyMap, type RequestOf } from '../../../lib/messaging/protocol';
import { route } from '../../../lib/messaging/router';
import { classifySender, type SenderInfo } from '../../../lib/messaging/caller';
import { allInteractions } from '../../../lib/db/repos/interactions';
import { losingTouchList } from '../../../lib/db/repos/cadence';

const OWN = 'rapport-test-id';
const OWN_ORIGIN = `chrome-extension://${OWN}`;
/** The options page, as the browser describes it to the background. */
const OPTIONS: SenderInfo = { id: OWN, url: `${OWN_ORIGIN}/options.html` };
let db: Db;
let env: Env;
let clock = Date.UTC(2026, 10, 26, 12);

beforeEach(async () => {
  globalThis.indexedDB = new IDBFactory();
  db = await openRapportDb('t');
  clock = Date.UTC(2026, 10, 26, 12);
  env = { db, now: () => clock };
});

const raw = async (msg: unknown, sender: SenderInfo = OPTIONS) =>
  route(msg, await classifySender(sender, { ownId: OWN, ownOrigins: [OWN_ORIGIN], userPortals: async () => [] }), handlers, env);

async function call<K extends MessageType>(type: K, payload: RequestOf<K>): Promise<ReplyMap[K]> {
  const r = await raw({ type, payload });
  if (!r.ok) throw new Error(`${r.error.code}: ${r.error.message}`);
  return r.data as ReplyMap[K];
}

/** Records as stored, trash included. */
async function counts() {
  return { clients: await db.count('clients'), interactions: (await allInteractions(db)).length };
}

describe('router: nothing malformed reaches the database', () => {
  const garbage: [string, unknown][] = [
    ['null', null],
    ['a string', 'createClient'],
    ['no type', { payload: {} }],
    ['array', [1, 2]],
    ['unknown type', { type: 'dropDatabase', payload: {} }],
    ['prototype key as type', { type: '__proto__', payload: {} }],
    ['inherited name as type', { type: 'toString', payload: {} }],
    ['constructor as type', { type: 'constructor', payload: {} }],
    ['client without name', { type: 'createClient', payload: { client: { emails: ['a@b.com'] } } }],
    ['bad e-mail', { type: 'createClient', payload: { client: { name: 'A', emails: ['not-an-address'] } } }],
    ['cadence max < ideal', { type: 'createClient', payload: { client: { name: 'A', cadence: { idealDays: 30, maxDays: 3 } } } }],
    ['interaction of unknown kind', { type: 'logInteraction', payload: { interaction: { clientId: 'x', kind: 'telepathy', at: 1 } } }],
    ['sentiment out of range', { type: 'logInteraction', payload: { interaction: { clientId: 'x', kind: 'call', at: 1, sentiment: 9 } } }],
    ['huge name', { type: 'createClient', payload: { client: { name: 'x'.repeat(10_000) } } }],
  ];
  for (const [label, msg] of garbage) {
    it(`rejects ${label} and writes nothing`, async () => {
      const before = await counts();
      const r = await raw(msg);
      expect(r.ok).toBe(false);
      if (!r.ok) expect(['bad-request', 'unknown-message']).toContain(r.error.code);
      expect(await counts()).toEqual(before);
    });
  }

  it('builds each message type\'s schema once, on first use, and every one of them refuses a payload that is not an object', () => {
    expect(MESSAGE_TYPES.length).toBeGreaterThan(50);
    for (const type of MESSAGE_TYPES) {
      const schema = requestSchema(type);
      expect(requestSchema(type), type).toBe(schema);
      expect(schema.safeParse('garbage').success, type).toBe(false);
    }
  });

  it('refuses a message from another extension', async () => {
    const r = await raw({ type: 'createClient', payload: { client: { name: 'Eve' } } }, { ...OPTIONS, id: 'someone-else' });
    expect(r).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await db.count('clients')).toBe(0);
  });

  it('reports field paths for form errors', async () => {
    const r = await raw({ type: 'createClient', payload: { client: { name: 'A', emails: ['ok@a.com', 'bad'] } } });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.issues).toContainEqual({ path: 'client.emails.1', message: 'Not a valid e-mail address' });
  });
});

describe('handlers', () => {
  it('creates, finds by address and case, updates, and deletes with interactions', async () => {
    const created = await call('createClient', {
      client: {
        name: 'Maria Alvarez',
        preferredName: 'Mari',
        emails: ['Maria@AlvarezBakery.com'],
        matters: [{ id: 'm1', caseNumber: '22 stcv 11897', matterCode: 'ALV-001' }],
      },
    });
    expect(created.client.emails).toEqual(['maria@alvarezbakery.com']);
    expect(created.cadence.status).toBe('never');

    const ctx = await call('getClientContext', {
      context: { site: 'gmail', url: 'https://mail.google.com/', people: [{ email: 'maria@alvarezbakery.com', role: 'from' }, { email: 'x@y.com', name: 'X Y', role: 'to' }], cases: [] },
    });
    expect(ctx.matches.map((m) => m.client.id)).toEqual([created.client.id]);
    expect(ctx.matches[0]!.matchedOn).toEqual(['maria@alvarezbakery.com']);
    expect(ctx.unknown).toEqual([{ email: 'x@y.com', name: 'X Y' }]);

    const byCase = await call('listClients', { query: '22STCV11897' });
    expect(byCase.clients.map((c) => c.id)).toEqual([created.client.id]);

    clock += 1000;
    const logged = await call('logInteraction', { interaction: { clientId: created.client.id, kind: 'call', at: clock, summary: 'Status call' } });
    expect(logged.view.lastContact).toBe(clock);
    expect(logged.view.cadence.status).toBe('on-track');

    const updated = await call('updateClient', { client: { ...created.client, notes: { ...created.client.notes, family: 'Married, two kids' } } });
    expect(updated.client.notes.family).toBe('Married, two kids');
    expect(updated.client.updatedAt).toBeGreaterThan(created.client.updatedAt);

    // Delete moves the client and its history to the trash; delete forever removes both.
    const trashed = await call('deleteClient', { id: created.client.id });
    expect(trashed).toMatchObject({ deleted: true, trashed: true, purgeAt: clock + 30 * 86_400_000 });
    expect((await call('listClients', {})).total).toBe(0);
    expect((await call('getClientContext', { context: { site: 'gmail', url: 'x', people: [{ email: 'maria@alvarezbakery.com', role: 'from' }], cases: [] } })).matches).toEqual([]);
    expect(await counts()).toEqual({ clients: 1, interactions: 1 });
    await call('deleteClientForever', { id: created.client.id });
    expect(await counts()).toEqual({ clients: 0, interactions: 0 });
  });

  it('refuses an update based on a stale copy and keeps the newer edit', async () => {
    const { client } = await call('createClient', { client: { name: 'Tom Becker' } });
    clock += 10;
    await call('updateClient', { client: { ...client, organisation: 'Becker Logistics' } });
    const r = await raw({ type: 'updateClient', payload: { client: { ...client, organisation: 'Stale' } } });
    expect(r).toMatchObject({ ok: false, error: { code: 'conflict' } });
    expect((await call('getClient', { id: client.id })).client.organisation).toBe('Becker Logistics');
  });

  it('logs a message once per client, however often it is read', async () => {
    const { client } = await call('createClient', { client: { name: 'A', emails: ['a@a.com'] } });
    const first = await call('logInteraction', { interaction: { clientId: client.id, kind: 'email-in', at: 10, messageId: 'msg-1' } });
    const again = await call('logInteraction', { interaction: { clientId: client.id, kind: 'email-in', at: 10, messageId: 'msg-1' } });
    expect(again.interaction.id).toBe(first.interaction.id);
    expect((await counts()).interactions).toBe(1);
  });

  it('a write sent again with the id the caller chose (a retry after a lost reply) changes nothing', async () => {
    const first = await call('createClient', { client: { name: 'Ana Ruiz' }, id: 'ana-1' });
    const again = await call('createClient', { client: { name: 'Ana Ruiz' }, id: 'ana-1' });
    expect(again.client).toEqual(first.client);
    expect((await call('listClients', {})).total).toBe(1);
    const log = { interaction: { id: 'call-1', clientId: 'ana-1', kind: 'call' as const, at: clock, summary: 'Call' } };
    const a = await call('logInteraction', log);
    const b = await call('logInteraction', log);
    expect(b.interaction).toEqual(a.interaction);
    expect(b.view.counts).toEqual({ call: 1 });
    expect((await counts()).interactions).toBe(1);
    // The same id for a different client is someone else's: refused, not merged.
    const r = await raw({ type: 'createClient', payload: { client: { name: 'Somebody Else' }, id: 'ana-1' } });
    expect(r).toMatchObject({ ok: false, error: { code: 'conflict' } });
  });

  it('notes do not count as contact', async () => {
    const { client } = await call('createClient', { client: { name: 'A' } });
    await call('logInteraction', { interaction: { clientId: client.id, kind: 'call', at: 100 } });
    const r = await call('logInteraction', { interaction: { clientId: client.id, kind: 'note', at: 200, summary: 'thought' } });
    expect(r.view.lastContact).toBe(100);
    expect(r.view.recent.map((i) => i.kind)).toEqual(['note', 'call']);
  });

  it('an interaction for a missing client is refused and not written', async () => {
    const r = await raw({ type: 'logInteraction', payload: { interaction: { clientId: 'ghost', kind: 'call', at: 1 } } });
    expect(r).toMatchObject({ ok: false, error: { code: 'not-found' } });
    expect((await counts()).interactions).toBe(0);
  });
});

describe('importClients', () => {
  it('imports clients with their interactions in one go', async () => {
    const r = await call('importClients', {
      records: [
        { client: { name: 'A', emails: ['a@a.com'] }, interactions: [{ kind: 'call', at: 5 }, { kind: 'email-in', at: 9 }] },
        { client: { name: 'B' } },
      ],
    });
    expect(r).toMatchObject({ clients: 2, interactions: 2 });
    expect((await call('getClient', { id: r.ids[0]! })).lastContact).toBe(9);
  });

  it('one bad record rejects the whole import and writes nothing', async () => {
    const r = await raw({
      type: 'importClients',
      payload: { records: [{ client: { name: 'Good' } }, { client: { name: 'Bad', emails: ['nope'] } }] },
    });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.issues?.[0]?.path).toBe('records.1.client.emails.0');
    expect(await counts()).toEqual({ clients: 0, interactions: 0 });
  });
});

describe('stats behind the badge and Losing touch', () => {
  it('follow every write: log, delete, import, client delete', async () => {
    const statusOf = async (id: string) => (await losingTouchList(db, clock, 100)).clients.find((e) => e.id === id)?.cadence.status;
    const { client } = await call('createClient', { client: { name: 'A' } });
    // Never contacted and added today: not due yet.
    expect(await statusOf(client.id)).toBeUndefined();
    const old = await call('logInteraction', { interaction: { clientId: client.id, kind: 'call', at: clock - 90 * 86_400_000 } });
    expect(await statusOf(client.id)).toBe('overdue');
    const fresh = await call('logInteraction', { interaction: { clientId: client.id, kind: 'call', at: clock } });
    expect(await statusOf(client.id)).toBeUndefined();
    await call('deleteInteraction', { id: fresh.interaction.id });
    expect(await statusOf(client.id)).toBe('overdue');
    await call('deleteInteraction', { id: old.interaction.id, clientId: client.id });
    expect(await statusOf(client.id)).toBeUndefined();
    const imported = await call('importClients', { records: [{ client: { name: 'B' }, interactions: [{ kind: 'meeting', at: clock - 40 * 86_400_000 }] }] });
    expect(await statusOf(imported.ids[0]!)).toBe('due');
    await call('deleteClient', { id: imported.ids[0]! });
    expect(await losingTouchList(db, clock, 100)).toEqual({ clients: [], overdue: 0, due: 0 });
  });
});
