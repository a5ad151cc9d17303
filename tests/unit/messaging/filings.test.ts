import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';
import { openRapportDb, type Db } from '../../../lib/db/open';
import { handlers, type Env } from '../../../lib/messaging/handlers';
import type { MessageType, ReplyMap, RequestOf } from '../../../lib/messaging/protocol';
import { route } from '../../../lib/messaging/router';
import { BACKGROUND } from '../../../lib/messaging/caller';
import { allInteractions } from '../../../lib/db/repos/interactions';
import { filingState } from '../../../lib/model/filing';

const DAY = 864e5;
let db: Db;
let env: Env;
let clock = Date.UTC(2026, 10, 26, 12);

beforeEach(async () => {
  globalThis.indexedDB = new IDBFactory();
  db = await openRapportDb('t');
  clock = Date.UTC(2026, 10, 26, 12);
  env = { db, now: () => clock };
});

const raw = (msg: unknown) => route(msg, BACKGROUND, handlers, env);

async function call<K extends MessageType>(type: K, payload: RequestOf<K>): Promise<ReplyMap[K]> {
  const r = await raw({ type, payload });
  if (!r.ok) throw Object.assign(new Error(`${r.error.code}: ${r.error.message}`), { code: r.error.code });
  return r.data as ReplyMap[K];
}

const make = async (name: string, caseNumbers: string[], extra: Record<string, unknown> = {}) =>
  (await call('createClient', { client: { name, matters: caseNumbers.map((caseNumber, i) => ({ id: `m${i}`, caseNumber })), ...extra } })).client;

const rejected = { caseNumber: '23CV00274', caseName: 'Becker v. Nordlicht GmbH', status: 'Rejected by Court', ref: '31845203' };

describe('resolveCases', () => {
  it('answers every key of a page in one message: holders, display name, last contact, flags', async () => {
    const maria = await make('Maria Alvarez', ['22STCV11897']);
    const tom = await make('Thomas Becker', ['23CV00274'], { preferredName: 'Tom' });
    await call('logInteraction', { interaction: { clientId: maria.id, kind: 'call', at: clock - 3 * DAY } });
    // A note is not contact.
    await call('logInteraction', { interaction: { clientId: tom.id, kind: 'note', at: clock - DAY } });
    const { matches } = await call('resolveCases', {
      cases: [
        { caseNumber: '22STCV11897' },
        { caseNumber: '23CV00274' },
        { caseNumber: '24STCV05521' }, // nobody's
        { caseNumber: '22 stcv 11897' }, // the same case, asked as printed
        { caseNumber: '(800) 480-3555' }, // not a case number at all
        {},
      ],
    });
    expect(matches).toEqual({
      'case:22STCV11897': [{ id: maria.id, name: 'Maria Alvarez', lastContact: clock - 3 * DAY, flags: 0 }],
      'case:23CV00274': [{ id: tom.id, name: 'Tom', flags: 0 }],
      // Answers are filed under the reference asked about (the overlay's key), however it was printed.
      'case:22 STCV 11897': [{ id: maria.id, name: 'Maria Alvarez', lastContact: clock - 3 * DAY, flags: 0 }],
    });
  });

  it('a number two clients hold returns both (the badge says "2 clients"), never one guessed', async () => {
    const a = await make('Ruth Harper', ['23SMCV00021']);
    const b = await make('Ocean Avenue Tenants Assn', ['23-SMCV-00021']);
    const { matches } = await call('resolveCases', { cases: [{ caseNumber: '23SMCV00021' }] });
    expect(matches['case:23SMCV00021']!.map((m) => m.id).sort()).toEqual([a.id, b.id].sort());
  });

  it('federal numbers resolve across judge initials and padding; matter codes resolve too', async () => {
    const mdl = await make('Pacific Cell Purchasers Group', ['4:13-md-2420'], { matters: [{ id: 'm', caseNumber: '4:13-md-2420', matterCode: 'PCP-7' }] });
    const { matches } = await call('resolveCases', { cases: [{ caseNumber: '4:13-MD-02420' }, { matterCode: 'pcp-7' }] });
    expect(Object.keys(matches).sort()).toEqual(['case:4:13-MD-02420', 'matter:PCP-7']);
    expect(matches['matter:PCP-7']![0]!.id).toBe(mdl.id);
  });

  it('refuses an oversized batch before touching the database', async () => {
    const r = await raw({ type: 'resolveCases', payload: { cases: Array.from({ length: 5001 }, () => ({ caseNumber: '22STCV11897' })) } });
    expect(r).toMatchObject({ ok: false, error: { code: 'bad-request' } });
  });
});

describe('logFilings and flags', () => {
  it('a rejected filing is logged once per row and status, and flags the client until acknowledged', async () => {
    const tom = await make('Thomas Becker', ['23CV00274']);
    const first = await call('logFilings', { site: 'one-legal', filings: [{ clientId: tom.id, filing: rejected }] });
    expect(first.results).toEqual([{ clientId: tom.id, interactionId: expect.any(String), created: true, flagged: true }]);
    // Revisiting the page: nothing new.
    const again = await call('logFilings', { site: 'one-legal', filings: [{ clientId: tom.id, filing: rejected }] });
    expect(again.results[0]).toMatchObject({ interactionId: first.results[0]!.interactionId, created: false, flagged: false });

    const { flags } = await call('listFilingFlags', { clientId: tom.id });
    expect(flags).toEqual([
      {
        id: first.results[0]!.interactionId,
        clientId: tom.id,
        clientName: 'Thomas Becker',
        site: 'one-legal',
        status: 'Rejected by Court',
        caseNumber: '23CV00274',
        ref: '31845203',
        at: clock,
        summary: 'Rejected by Court — order 31845203 · 23CV00274 Becker v. Nordlicht GmbH',
      },
    ]);
    expect((await call('resolveCases', { cases: [{ caseNumber: '23CV00274' }] })).matches['case:23CV00274']![0]!.flags).toBe(1);
    // A filing is not contact with the client.
    expect((await call('getClient', { id: tom.id })).lastContact).toBeUndefined();

    clock += DAY;
    await call('acknowledgeFiling', { id: flags[0]!.id });
    expect((await call('listFilingFlags', {})).flags).toEqual([]);
    const view = await call('getClient', { id: tom.id });
    expect(view.recent[0]!.filing).toEqual({ status: 'Rejected by Court', caseNumber: '23CV00274', ref: '31845203', acknowledgedAt: clock });
    // Acknowledged stays acknowledged: the page seen again raises nothing.
    const third = await call('logFilings', { site: 'one-legal', filings: [{ clientId: tom.id, filing: rejected }] });
    expect(third.results[0]!.created).toBe(false);
    expect((await call('listFilingFlags', { clientId: tom.id })).flags).toEqual([]);
    // Acknowledging twice is harmless.
    await call('acknowledgeFiling', { id: flags[0]!.id });
  });

  it('other statuses are logged without a flag; a later rejection of the same order is a new filing', async () => {
    const tom = await make('Thomas Becker', ['23CV00274']);
    const inProgress = { ...rejected, status: 'In Progress' };
    const a = await call('logFilings', { site: 'one-legal', filings: [{ clientId: tom.id, filing: inProgress }] });
    expect(a.results[0]).toMatchObject({ created: true, flagged: false });
    clock += 60_000;
    const b = await call('logFilings', { site: 'one-legal', filings: [{ clientId: tom.id, filing: rejected }] });
    expect(b.results[0]).toMatchObject({ created: true, flagged: true });
    expect((await call('getClient', { id: tom.id })).recent.map((i) => i.summary)).toEqual([
      'Rejected by Court — order 31845203 · 23CV00274 Becker v. Nordlicht GmbH',
      'In Progress — order 31845203 · 23CV00274 Becker v. Nordlicht GmbH',
    ]);
  });

  it('refuses to log a case on a client who does not hold it (precision first) and writes nothing', async () => {
    const maria = await make('Maria Alvarez', ['22STCV11897']);
    await expect(call('logFilings', { site: 'one-legal', filings: [{ clientId: maria.id, filing: rejected }] })).rejects.toMatchObject({ code: 'not-found' });
    await expect(call('logFilings', { site: 'one-legal', filings: [{ clientId: 'gone', filing: rejected }] })).rejects.toMatchObject({ code: 'not-found' });
    expect(await allInteractions(db)).toEqual([]);
    // No status, no filing.
    const r = await raw({ type: 'logFilings', payload: { site: 'one-legal', filings: [{ clientId: maria.id, filing: { caseNumber: '22STCV11897' } }] } });
    expect(r).toMatchObject({ ok: false, error: { code: 'bad-request' } });
  });

  it('deleting the client takes its flags with it', async () => {
    const tom = await make('Thomas Becker', ['23CV00274']);
    await call('logFilings', { site: 'odyssey', filings: [{ clientId: tom.id, filing: { ...rejected, status: 'Rejected', ref: '23456782' } }] });
    expect((await call('listFilingFlags', {})).flags.map((f) => f.summary)).toEqual(['Rejected — envelope 23456782 · 23CV00274 Becker v. Nordlicht GmbH']);
    await call('deleteClient', { id: tom.id });
    expect((await call('listFilingFlags', {})).flags).toEqual([]);
    expect((await call('resolveCases', { cases: [{ caseNumber: '23CV00274' }] })).matches).toEqual({});
    // Restored from the trash, the flag is back.
    await call('restoreClient', { id: tom.id });
    expect((await call('listFilingFlags', {})).flags).toHaveLength(1);
  });

  it('a page of rows is one transaction: one row not a client’s matter, and no row is logged', async () => {
    const maria = await make('Maria Alvarez', ['22STCV11897']);
    const tom = await make('Thomas Becker', ['23CV00274']);
    const r = await raw({
      type: 'logFilings',
      // Tom's row is good and comes first; Maria does not hold 23CV00274.
      payload: { site: 'one-legal', filings: [{ clientId: tom.id, filing: rejected }, { clientId: maria.id, filing: rejected }] },
    });
    expect(r).toMatchObject({ ok: false, error: { code: 'not-found' } });
    expect(await allInteractions(db)).toEqual([]);
    expect((await call('listFilingFlags', {})).flags).toEqual([]);
  });

  it('acknowledging something that is not a filing is refused', async () => {
    const maria = await make('Maria Alvarez', ['22STCV11897']);
    const { interaction } = await call('logInteraction', { interaction: { clientId: maria.id, kind: 'call', at: clock } });
    await expect(call('acknowledgeFiling', { id: interaction.id })).rejects.toMatchObject({ code: 'not-found' });
  });
});

describe('filingState', () => {
  it.each([
    ['Rejected by Court', 'rejected'],
    ['Complete: Partially Rejected', 'rejected'],
    ['Rejected', 'rejected'],
    ['Complete: Accepted by Court', 'accepted'],
    ['Accepted', 'accepted'],
    ['Served', 'accepted'],
    ['In Progress', 'pending'],
    ['Under Review', 'pending'],
    ['Awaiting Review', 'pending'],
    ['Submitted', 'pending'],
    ['Draft', 'pending'],
    ['Cancelled: No Charges', 'cancelled'],
    // Returned for correction is not called a rejection: only "reject" raises a flag.
    ['Returned', 'other'],
    ['Active', 'other'],
    [undefined, 'other'],
  ])('%s → %s', (status, state) => {
    expect(filingState(status)).toBe(state);
  });
});
