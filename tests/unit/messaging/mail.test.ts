import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';
import { openRapportDb, type Db } from '../../../lib/db/open';
import { handlers, type Env } from '../../../lib/messaging/handlers';
import type { MessageType, ReplyMap, RequestOf } from '../../../lib/messaging/protocol';
import { route } from '../../../lib/messaging/router';
import { BACKGROUND } from '../../../lib/messaging/caller';
import { allInteractions } from '../../../lib/db/repos/interactions';

let db: Db;
let env: Env;
const NOW = Date.UTC(2026, 10, 26, 12);

beforeEach(async () => {
  globalThis.indexedDB = new IDBFactory();
  db = await openRapportDb('t');
  env = { db, now: () => NOW };
});

const raw = (msg: unknown) => route(msg, BACKGROUND, handlers, env);

async function call<K extends MessageType>(type: K, payload: RequestOf<K>): Promise<ReplyMap[K]> {
  const r = await raw({ type, payload });
  if (!r.ok) throw new Error(`${r.error.code}: ${r.error.message}`);
  return r.data as ReplyMap[K];
}

async function setup() {
  const maria = (await call('createClient', { client: { name: 'Maria Alvarez', emails: ['maria@alvarezbakery.com'] } })).client;
  const tom = (await call('createClient', { client: { name: 'Thomas Becker', emails: ['tom@beckerlogistics.de'] } })).client;
  const acme = (await call('createClient', { client: { name: 'Acme Holdings', domains: ['acme.com'] } })).client;
  return { maria, tom, acme };
}

const readMail = (messageId: string, email: string, at = NOW - 3_600_000) =>
  call('logMail', { direction: 'in', messageId, at, subject: 'Flour invoices', people: [{ email, name: 'X', role: 'from' }], source: 'gmail' });

describe('logMail: e-mail-in', () => {
  it("records a client's message as e-mail-in with the message's own date and subject", async () => {
    const { maria } = await setup();
    const at = Date.UTC(2026, 10, 20, 9, 14);
    const r = await readMail('msg-1', 'Maria@AlvarezBakery.com', at);
    expect(r.skipped).toBe(0);
    expect(r.logged).toHaveLength(1);
    expect(r.logged[0]!.clientId).toBe(maria.id);
    const view = await call('getClient', { id: maria.id });
    expect(view.recent).toEqual([
      expect.objectContaining({ id: r.logged[0]!.interactionId, kind: 'email-in', at, summary: 'Flour invoices', source: 'gmail', messageId: 'msg-1' }),
    ]);
    expect(view.lastContact).toBe(at);
  });

  it('is de-duplicated by message id: reading the same message again logs nothing', async () => {
    const { maria } = await setup();
    await readMail('msg-1', 'maria@alvarezbakery.com');
    const again = await readMail('msg-1', 'maria@alvarezbakery.com');
    expect(again).toEqual({ logged: [], skipped: 1 });
    // Even with a different date or subject: the id is what counts.
    const third = await call('logMail', { direction: 'in', messageId: 'msg-1', at: NOW, subject: 'Re: other', people: [{ email: 'maria@alvarezbakery.com', role: 'from' }], source: 'gmail' });
    expect(third.logged).toEqual([]);
    expect((await allInteractions(db)).length).toBe(1);
    // A different message from the same client is logged.
    expect((await readMail('msg-2', 'maria@alvarezbakery.com')).logged).toHaveLength(1);
    expect((await call('getClient', { id: maria.id })).recent).toHaveLength(2);
  });

  it('concurrent reads of the same message write one record', async () => {
    await setup();
    await Promise.all([readMail('msg-1', 'maria@alvarezbakery.com'), readMail('msg-1', 'maria@alvarezbakery.com'), readMail('msg-1', 'maria@alvarezbakery.com')]);
    expect((await allInteractions(db)).length).toBe(1);
  });

  it('a stranger is not logged; logRead off logs nothing', async () => {
    await setup();
    expect(await readMail('msg-1', 'someone@elsewhere.com')).toEqual({ logged: [], skipped: 0 });
    const settings = await call('getSettings', {});
    await call('updateSettings', { settings: { ...settings, mail: { ...settings.mail, logRead: false } } });
    expect(await readMail('msg-2', 'maria@alvarezbakery.com')).toEqual({ logged: [], skipped: 1 });
    expect((await allInteractions(db)).length).toBe(0);
  });
});

describe('logMail: e-mail-out', () => {
  it('logs one e-mail-out per client recipient; an opted-in domain counts', async () => {
    const { maria, tom, acme } = await setup();
    const r = await call('logMail', {
      direction: 'out',
      messageId: '<sent-1@mail.gmail.com>',
      at: NOW,
      subject: 'Mediation on Friday',
      people: [
        { email: 'maria@alvarezbakery.com', role: 'to' },
        { email: 'tom@beckerlogistics.de', role: 'cc' },
        { email: 'cfo@acme.com', role: 'to' },
        { email: 'clerk@court.gov', role: 'cc' },
      ],
      source: 'gmail',
    });
    expect(r.logged.map((l) => l.clientId).sort()).toEqual([maria.id, tom.id, acme.id].sort());
    const kinds = (await allInteractions(db)).map((i) => i.kind);
    expect(kinds).toEqual(['email-out', 'email-out', 'email-out']);
  });

  it('never logs an address or a domain on the never-log list', async () => {
    const { maria } = await setup();
    const s = await call('getSettings', {});
    await call('updateSettings', { settings: { ...s, mail: { ...s.mail, neverLog: ['tom@beckerlogistics.de', 'acme.com'] } } });
    const r = await call('logMail', {
      direction: 'out',
      messageId: 'sent-2',
      at: NOW,
      people: [
        { email: 'maria@alvarezbakery.com', role: 'to' },
        { email: 'TOM@beckerlogistics.de', role: 'to' },
        { email: 'cfo@acme.com', role: 'to' },
        { email: 'ops@eu.acme.com', role: 'cc' },
      ],
      source: 'gmail',
    });
    expect(r.logged.map((l) => l.clientId)).toEqual([maria.id]);
    expect(r.skipped).toBe(3);
  });

  it('logSent off: nothing is logged', async () => {
    await setup();
    const s = await call('getSettings', {});
    await call('updateSettings', { settings: { ...s, mail: { ...s.mail, logSent: false } } });
    const r = await call('logMail', { direction: 'out', messageId: 's', at: NOW, people: [{ email: 'maria@alvarezbakery.com', role: 'to' }], source: 'gmail' });
    expect(r).toEqual({ logged: [], skipped: 1 });
    expect((await allInteractions(db)).length).toBe(0);
  });

  it('a bare name is never logged, even when exactly one client has it (the sidebar offers it instead)', async () => {
    const { tom } = await setup();
    const r = await call('logMail', {
      direction: 'out',
      messageId: 's-names',
      at: NOW,
      people: [
        { name: 'Thomas Becker', role: 'to' },
        { name: 'Maria Alvarez', email: 'maria@alvarezbakery.com', role: 'to' },
      ],
      source: 'outlook',
    });
    expect(r.logged.map((l) => l.clientId)).not.toContain(tom.id);
    expect(r).toMatchObject({ logged: [expect.objectContaining({ interactionId: expect.any(String) })], skipped: 1 });
  });

  it('one message is one transaction: when logging on one client fails, nothing is logged on the others', async () => {
    const { maria, acme } = await setup();
    // A client whose stats record is gone cannot be logged on; Maria comes first in the message.
    await db.delete('stats', acme.id);
    const r = await raw({
      type: 'logMail',
      payload: { direction: 'out', messageId: 's-atomic', at: NOW, people: [{ email: 'maria@alvarezbakery.com', role: 'to' }, { email: 'cfo@acme.com', role: 'to' }], source: 'gmail' },
    });
    expect(r.ok).toBe(false);
    expect(await allInteractions(db)).toEqual([]);
    expect((await db.get('stats', maria.id))?.counts).toEqual({});
  });

  it('a retry of the same sent message after a lost reply logs nothing new', async () => {
    await setup();
    const send = () => call('logMail', { direction: 'out', messageId: 'gmail:sent:1', at: NOW, people: [{ email: 'maria@alvarezbakery.com', role: 'to' }], source: 'gmail' });
    expect((await send()).logged).toHaveLength(1);
    expect(await send()).toEqual({ logged: [], skipped: 1 });
    expect(await allInteractions(db)).toHaveLength(1);
  });

  it('malformed requests are refused and write nothing', async () => {
    await setup();
    const bad = [
      { direction: 'sideways', messageId: 'a', at: NOW, people: [], source: 'gmail' },
      { direction: 'in', messageId: '', at: NOW, people: [], source: 'gmail' },
      { direction: 'in', messageId: 'x'.repeat(501), at: NOW, people: [], source: 'gmail' },
      { direction: 'in', messageId: 'a', at: -5, people: [], source: 'gmail' },
      { direction: 'in', messageId: 'a', at: NOW, people: [], source: 'x'.repeat(51) },
      { direction: 'in', messageId: 'a', at: NOW, subject: 'x'.repeat(2001), people: [], source: 'gmail' },
      { direction: 'in', messageId: 'a', at: NOW, people: [{ email: 'maria@alvarezbakery.com', role: 'boss' }], source: 'gmail' },
    ];
    for (const payload of bad) {
      const r = await raw({ type: 'logMail', payload });
      expect(r.ok, JSON.stringify(payload).slice(0, 80)).toBe(false);
    }
    expect((await allInteractions(db)).length).toBe(0);
  });
});
