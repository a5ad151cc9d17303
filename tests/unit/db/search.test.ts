import { BACKGROUND } from '../../../lib/messaging/caller';
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';
import { openRapportDb, type Db } from '../../../lib/db/open';
import { handlers, type Env } from '../../../lib/messaging/handlers';
import type { MessageType, ReplyMap, RequestOf } from '../../../lib/messaging/protocol';
import { route } from '../../../lib/messaging/router';

let db: Db;
let env: Env;

beforeEach(async () => {
  globalThis.indexedDB = new IDBFactory();
  db = await openRapportDb('search');
  env = { db, now: () => Date.UTC(2026, 10, 26, 12) };
});

async function call<K extends MessageType>(type: K, payload: RequestOf<K>): Promise<ReplyMap[K]> {
  const r = await route({ type, payload }, BACKGROUND, handlers, env);
  if (!r.ok) throw new Error(`${r.error.code}: ${r.error.message}`);
  return r.data as ReplyMap[K];
}

const names = async (query: string) => (await call('listClients', { query })).clients.map((c) => c.name);

async function seedFirm() {
  await call('importClients', {
    records: [
      { client: { name: 'Maria Alvarez', preferredName: 'Mari', organisation: 'Alvarez Bakery', emails: ['maria@alvarezbakery.com'], matters: [{ id: 'm1', caseNumber: '22STCV11897', matterCode: 'ALV-2022-001' }] } },
      { client: { name: 'Thomas Becker', emails: ['tom@beckerlogistics.de'], matters: [{ id: 'm2', caseNumber: '3:22-cv-01234-RS' }], tags: ['Litigation'] } },
      { client: { name: 'Liam O’Brien', emails: ['liam.obrien@gmail.com'], matters: [{ id: 'm3', caseNumber: 'CGC-10-501886' }] } },
      { client: { name: 'Zoë Đặng', emails: ['zoe@dang.vn'] } },
      { client: { name: 'Marco Polo', organisation: 'Silk Road Imports', emails: ['marco@silkroad.com'] } },
      { client: { name: 'Olga Brienne' } },
      // Tennessee has a table; Rhode Island has none, so its number is keyed as typed, in its court's state.
      { client: { name: 'Ruth Beale', matters: [{ id: 'm4', caseNumber: 'W2022-00518-COA-R3-CV' }] } },
      { client: { name: 'Nora Pell', matters: [{ id: 'm5', caseNumber: 'PC-2019-4567', court: 'Providence County Superior Court, Rhode Island' }] } },
    ],
  });
}

describe('client search through indexes', () => {
  it('matches name words by prefix, all words of the query, accents and punctuation folded', async () => {
    await seedFirm();
    expect(await names('mar')).toEqual(['Marco Polo', 'Maria Alvarez']);
    expect(await names('mari alv')).toEqual(['Maria Alvarez']);
    expect(await names('MARI')).toEqual(['Maria Alvarez']);
    expect(await names("o'brien")).toEqual(['Liam O’Brien']);
    // Inside a word typed with punctuation, the part before it is whole: "o" is not the start of "Olga".
    expect(await names('brien')).toEqual(['Liam O’Brien', 'Olga Brienne']);
    expect(await names('zoe dang')).toEqual(['Zoë Đặng']);
    expect(await names('bakery')).toEqual(['Maria Alvarez']);
    expect(await names('litig')).toEqual(['Thomas Becker']);
    // Precision first: not inside a word.
    expect(await names('aria')).toEqual([]);
    expect(await names('maria becker')).toEqual([]);
  });

  it('finds addresses and domains from their start, case numbers as typed, without hyphens or normalised, and matter codes', async () => {
    await seedFirm();
    expect(await names('maria@alv')).toEqual(['Maria Alvarez']);
    expect(await names('tom@')).toEqual(['Thomas Becker']);
    expect(await names('alvarezbakery')).toEqual(['Maria Alvarez']);
    expect(await names('liam.obrien')).toEqual(['Liam O’Brien']);
    expect(await names('22STCV11897')).toEqual(['Maria Alvarez']);
    expect(await names('22stcv')).toEqual(['Maria Alvarez']);
    expect(await names('22 STCV 11897')).toEqual(['Maria Alvarez']);
    expect(await names('3:22-cv-1234')).toEqual(['Thomas Becker']);
    expect(await names('3:22-CV-012')).toEqual(['Thomas Becker']);
    expect(await names('CGC-10-50')).toEqual(['Liam O’Brien']);
    expect(await names('CGC10501886')).toEqual(['Liam O’Brien']);
    expect(await names('ALV-2022')).toEqual(['Maria Alvarez']);
    expect(await names('99XX00000')).toEqual([]);
    expect(await names('W2022-00518')).toEqual(['Ruth Beale']);
    expect(await names('w202200518')).toEqual(['Ruth Beale']);
    expect(await names('PC-2019')).toEqual(['Nora Pell']);
    expect(await names('PC20194567')).toEqual(['Nora Pell']);
  });

  it('pages by name with a cursor: every client once, in order, with or without a query, however many match', async () => {
    const records = Array.from({ length: 650 }, (_, i) => ({ client: { name: `Client ${String(i).padStart(3, '0')} ${i % 2 ? 'Odd' : 'Even'}` } }));
    await call('importClients', { records: records.slice(0, 400) });
    await call('importClients', { records: records.slice(400) });
    // No query; many matches (read by walking the name index); few matches (read directly).
    for (const [query, expectedCount] of [
      ['', 650],
      ['client', 650],
      ['odd', 325],
      ['client 01', 10],
    ] as const) {
      const seen: string[] = [];
      let after: string | undefined;
      let pages = 0;
      for (;;) {
        const page = await call('listClients', { query, limit: 60, ...(after ? { after } : {}) });
        expect(page.total).toBe(expectedCount);
        seen.push(...page.clients.map((c) => c.name));
        pages++;
        if (!page.next) break;
        expect(page.next).toBe(page.clients.at(-1)!.cursor);
        after = page.next;
      }
      expect(seen).toHaveLength(expectedCount);
      expect(seen).toEqual([...seen].sort());
      expect(pages).toBe(Math.ceil(expectedCount / 60));
    }
  });

  it('a client in the trash is in no list or search; restored, it is back', async () => {
    await seedFirm();
    const [maria] = (await call('listClients', { query: 'maria' })).clients;
    await call('deleteClient', { id: maria!.id });
    expect(await names('maria')).toEqual([]);
    expect(await names('22STCV11897')).toEqual([]);
    expect((await call('listClients', {})).total).toBe(7);
    await call('restoreClient', { id: maria!.id });
    expect(await names('22STCV11897')).toEqual(['Maria Alvarez']);
  });

  it('an edit moves the client in the list and in search', async () => {
    await seedFirm();
    const [marco] = (await call('listClients', { query: 'marco' })).clients;
    const view = await call('getClient', { id: marco!.id });
    await call('updateClient', { client: { ...view.client, name: 'Aaron Polo', emails: ['aaron@polo.com'] } });
    expect(await names('marco')).toEqual([]);
    expect(await names('aaron@')).toEqual(['Aaron Polo']);
    expect((await call('listClients', { limit: 1 })).clients[0]!.name).toBe('Aaron Polo');
  });
});
