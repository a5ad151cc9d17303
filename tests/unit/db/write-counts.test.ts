import { BACKGROUND } from '../../../lib/messaging/caller';
import 'fake-indexeddb/auto';
import { IDBFactory, IDBIndex as FDBIndex, IDBObjectStore as FDBObjectStore } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';
import { countOverdue } from '../../../lib/background/badge';
import { openRapportDb, type Db } from '../../../lib/db/open';
import { handlers, type Env } from '../../../lib/messaging/handlers';
import type { MessageType, ReplyMap, RequestOf } from '../../../lib/messaging/protocol';
import { route } from '../../../lib/messaging/router';

// What each message costs the database, counted on the requests it makes:
// records read (each value a get, getAll or cursor step returned), records
// written (puts and deletes; a ranged delete counts once) and the index entries
// of the records put. These are budgets, not timings: deterministic, so they
// are asserted, and they are the table in README's Performance section.

interface Count {
  read: number;
  written: number;
  indexEntries: number;
}
let count: Count = { read: 0, written: 0, indexEntries: 0 };

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- patching the fake's prototypes
type Method = (...a: any[]) => any;
type Store = { indexNames: DOMStringList; index(name: string): { keyPath: string | string[]; multiEntry: boolean } };
const keyOf = (value: Record<string, unknown>, path: string | string[]) =>
  Array.isArray(path) ? (path.every((p) => value[p] !== undefined) ? 1 : 0) : value[path] === undefined ? 0 : 1;

function entriesOf(store: Store, value: Record<string, unknown>): number {
  let n = 0;
  for (const name of Array.from(store.indexNames)) {
    const ix = store.index(name);
    if (ix.multiEntry && !Array.isArray(ix.keyPath)) {
      const v = value[ix.keyPath];
      n += Array.isArray(v) ? new Set(v).size : v === undefined ? 0 : 1;
    } else n += keyOf(value, ix.keyPath);
  }
  return n;
}

function countResults(req: { result: unknown; addEventListener(t: string, f: () => void): void }) {
  req.addEventListener('success', () => {
    const r = req.result;
    count.read += Array.isArray(r) ? r.length : r === undefined || r === null ? 0 : 1;
  });
  return req;
}

for (const proto of [FDBObjectStore.prototype, FDBIndex.prototype] as unknown as Record<string, Method>[]) {
  for (const m of ['get', 'getAll', 'openCursor']) {
    const orig = proto[m]!;
    proto[m] = function (this: unknown, ...args: unknown[]) {
      return countResults(orig.apply(this, args));
    };
  }
}
{
  const proto = FDBObjectStore.prototype as unknown as Record<string, Method>;
  for (const m of ['put', 'add']) {
    const orig = proto[m]!;
    proto[m] = function (this: Store, ...args: unknown[]) {
      count.written++;
      count.indexEntries += entriesOf(this, args[0] as Record<string, unknown>);
      return orig.apply(this, args);
    };
  }
  const del = proto.delete!;
  proto.delete = function (this: unknown, ...args: unknown[]) {
    count.written++;
    return del.apply(this, args);
  };
}

const DAY = 86_400_000;
const NOW = Date.UTC(2026, 10, 26, 12);
let db: Db;
let env: Env;

beforeEach(async () => {
  globalThis.indexedDB = new IDBFactory();
  db = await openRapportDb('counts');
  env = { db, now: () => NOW };
});

async function call<K extends MessageType>(type: K, payload: RequestOf<K>): Promise<ReplyMap[K]> {
  const r = await route({ type, payload }, BACKGROUND, handlers, env);
  if (!r.ok) throw new Error(`${type}: ${r.error.message}`);
  return r.data as ReplyMap[K];
}

async function measure<T>(fn: () => Promise<T>): Promise<Count> {
  count = { read: 0, written: 0, indexEntries: 0 };
  await fn();
  return { ...count };
}

/** A client as the bench seeds them: two addresses, a matter, tags, 20 interactions. */
const record = (i: number) => ({
  client: {
    name: `Maria Garcia ${i}`,
    preferredName: 'Mari',
    organisation: 'Golden Garcia Bakery',
    emails: [`maria${i}@goldenbakery${i}.com`, `mgarcia.${i}@gmail.com`],
    matters: [{ id: `m${i}`, caseNumber: `22STCV1${String(i).padStart(4, '0')}`, matterCode: `GAR-2022-${i}` }],
    tags: ['litigation'],
  },
  interactions: Array.from({ length: 20 }, (_, j) => ({
    kind: (j % 3 ? 'email-in' : 'call') as 'email-in' | 'call',
    at: NOW - (j + 1) * 7 * DAY,
    ...(j % 3 ? { messageId: `msg-${i}-${j}` } : {}),
  })),
});

describe('records each message touches', () => {
  it('stays within its budget (the table in README)', async () => {
    const { ids } = await call('importClients', { records: [record(1), record(2)] });
    const id = ids[0]!;
    const rows: [string, Count][] = [];
    const row = async (label: string, fn: () => Promise<unknown>) => {
      const c = await measure(fn);
      rows.push([label, c]);
      return c;
    };
    const ctx = (email: string) => ({ context: { site: 'gmail', url: 'x', people: [{ email, role: 'from' as const }], cases: [] } });

    await row('importClients, 10 clients × 20 interactions', () => call('importClients', { records: Array.from({ length: 10 }, (_, k) => record(10 + k)) }));
    await row('getClientContext, a known address', () => call('getClientContext', ctx('maria1@goldenbakery1.com')));
    await row('getClientContext, a stranger', () => call('getClientContext', ctx('nobody@example.com')));
    const logged = await call('logInteraction', { interaction: { id: 'call-1', clientId: id, kind: 'call', at: NOW } });
    await row('logInteraction (a call), reply view included', () => call('logInteraction', { interaction: { clientId: id, kind: 'call', at: NOW } }));
    await row('logInteraction retried with the same id', () => call('logInteraction', { interaction: { id: 'call-1', clientId: id, kind: 'call', at: NOW } }));
    await row('logMail, e-mail-in, one client', () => call('logMail', { direction: 'in', messageId: 'g:1', at: NOW - 1000, people: [{ email: 'maria1@goldenbakery1.com', role: 'from' }], source: 'gmail' }));
    await row('logMail, the same message again', () => call('logMail', { direction: 'in', messageId: 'g:1', at: NOW - 1000, people: [{ email: 'maria1@goldenbakery1.com', role: 'from' }], source: 'gmail' }));
    await row('deleteInteraction, with its client', () => call('deleteInteraction', { id: logged.interaction.id, clientId: id, at: NOW }));
    const view = await call('getClient', { id });
    await row('updateClient', () => call('updateClient', { client: { ...view.client, notes: { ...view.client.notes, family: 'Two kids' } } }));
    await row('createClient', () => call('createClient', { client: { name: 'New Client', emails: ['new@client.com'] } }));
    await row('logFilings, one rejected row', () =>
      call('logFilings', { site: 'one-legal', filings: [{ clientId: id, filing: { caseNumber: '22STCV10001', status: 'Rejected by Court', ref: '9' } }] }),
    );
    const [flag] = (await call('listFilingFlags', { clientId: id })).flags;
    await row('acknowledgeFiling, with its client', () => call('acknowledgeFiling', { id: flag!.id, clientId: id }));
    await row('deleteClient (to the trash)', () => call('deleteClient', { id: ids[1]! }));
    await row('restoreClient', () => call('restoreClient', { id: ids[1]! }));
    const limitPlusTwo = 14 + 2; // every client (14 here, fewer than the page) and the counts
    await row('listClients, first page', () => call('listClients', { limit: 50 }));
    await row('losingTouch, limit 50', () => call('losingTouch', { limit: 50 }));
    await row('badge recount', () => countOverdue(db, NOW));

    const table = ['| Message | Records read | Records written | Index entries written |', '|---|---|---|---|']
      .concat(rows.map(([label, c]) => `| ${label} | ${c.read} | ${c.written} | ${c.indexEntries} |`))
      .join('\n');
    console.log(table);

    const of = (label: string) => rows.find(([l]) => l.startsWith(label))![1];
    // A client in a bulk write: its record, its stats, one history page; and the counts once per message.
    expect(of('importClients').written).toBe(10 * 3 + 1);
    // A log rewrites the page it lands in and the client's stats, nothing else.
    expect(of('logInteraction (a call)').written).toBe(2);
    expect(of('logMail, e-mail-in').written).toBe(2);
    // Retries and repeats write nothing.
    expect(of('logInteraction retried').written).toBe(0);
    expect(of('logMail, the same message').written).toBe(0);
    // The client, its stats and the counts: whatever the size of the history.
    expect(of('deleteClient').written).toBe(3);
    // A lookup reads the client, its stats and its newest page (and the settings once per worker).
    expect(of('getClientContext, a known address').read).toBeLessThanOrEqual(4);
    expect(of('getClientContext, a known address').written).toBe(0);
    // The badge reads one record: the counts kept with every write.
    expect(of('badge recount').read).toBe(1);
    expect(of('listClients, first page').read).toBeLessThanOrEqual(limitPlusTwo);
  });
});
