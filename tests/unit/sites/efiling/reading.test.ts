/** @vitest-environment happy-dom */
// The seam between a portal content script and the background: the content
// script cuts candidate runs from the page's text and asks readCases; the
// background's tables answer. Whatever it reads that way must be exactly what
// the tables read in one go — on every saved page, in every text, for every
// adapter — or the slim content script would recognise less (or more).
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { tableReader, pageReader } from '../../../../lib/identity/case-reader';
import { STATE_FORMATS } from '../../../../lib/identity/state-formats';
import { openRapportDb } from '../../../../lib/db/open';
import { classifySender } from '../../../../lib/messaging/caller';
import { handlers } from '../../../../lib/messaging/handlers';
import { LIMITS } from '../../../../lib/messaging/limits';
import { route } from '../../../../lib/messaging/router';
import { adapterForPage, EFILING_ADAPTERS, efilingAdapterFor, genericPortal } from '../../../../lib/sites/efiling/index';
import { candidates, readPage, type PortalAdapter } from '../../../../lib/sites/efiling/reading';
import { parseHtml } from '../../../parse-html';
import { HAS_SHARED_FIXTURES, SHARED_FIXTURES } from '../../../shared-fixtures';
import { readerOverTheWire } from './over-the-wire';

const FIXTURES = path.resolve(__dirname, '../../../fixtures');
/** Every saved portal page, local and shared, with a URL it could have come from. */
const PAGES: [string, string, string][] = [
  ...['efiling', 'odyssey', 'pacer'].flatMap((dir) => readdirSync(path.join(FIXTURES, dir)).map((f) => path.join(FIXTURES, dir, f))),
  ...(HAS_SHARED_FIXTURES ? ['odyssey', 'pacer'].flatMap((dir) => readdirSync(path.join(SHARED_FIXTURES, dir)).map((f) => path.join(SHARED_FIXTURES, dir, f))) : []),
]
  .filter((f) => f.endsWith('.html'))
  .map((f) => [path.relative(path.resolve(FIXTURES, '../../..'), f), f, f.includes('pacer') ? 'https://ecf.cand.uscourts.gov/cgi-bin/DktRpt.pl?1' : f.includes('odyssey') ? 'https://canapaportal.tylerhost.net/Portal/' : 'https://app.onelegal.com/orders']);

const texts = (doc: Document) => {
  const out: string[] = [];
  const w = doc.createTreeWalker(doc.body, 4);
  for (let n = w.nextNode(); n; n = w.nextNode()) if ((n as Text).data.trim()) out.push((n as Text).data);
  return out;
};

/** Asks until the remote reader knows, as the overlay and readPage do. */
async function remoteFind(texts: string[], court?: string, bare?: boolean) {
  const { reader } = readerOverTheWire();
  while (texts.some((t) => reader.find(t, court, bare) === undefined)) await reader.fetch();
  return texts.map((t) => reader.find(t, court, bare));
}

describe('the remote reader reads what the tables read', () => {
  it.each(PAGES)('every text of %s, with and without a court', async (_name, file) => {
    const all = texts(parseHtml(readFileSync(file, 'utf8')));
    expect(all.length).toBeGreaterThan(5);
    for (const [court, bare] of [[undefined, false], ['nysb', true], ['ca-napa', false]] as const)
      expect(await remoteFind(all, court, bare)).toEqual(all.map((t) => tableReader.find(t, court, bare)));
  });

  it('every format of the state tables, and the federal forms, in running text', async () => {
    const numbers = [
      ...Object.values(STATE_FORMATS).flatMap((rows) => rows.flatMap((r) => r.examples)),
      '2:20-cv-01234-BBD-dkv', '4:13-md-02420-YGR', '3:17-cv-05729-RS', '20-cv-3010', 'NYS/1:19-cv-01234', 'MDL No. 2420', 'MDL # 2420',
      '21-40123', '19-12345-ABC', '16-17235', '1:26-bk-44227-jmm',
    ];
    const around = numbers.flatMap((n) => [n, `Case ${n}.`, `(${n})`, `No.${n}`, `x${n}`, `${n}:`, `${n}:a`, `see ${n}, ${n}`]);
    expect(around.length).toBeGreaterThan(400);
    for (const [court, bare] of [[undefined, false], ['nysb', true]] as const)
      expect(await remoteFind(around, court, bare)).toEqual(around.map((t) => tableReader.find(t, court, bare)));
  });

  it('dates, times, amounts and order numbers are not asked about at all', () => {
    expect(candidates('Filed 11/05/2026 10:30 AM · $1,250.00 · order 31845201 · 1042.003 · ZIP 94612').map((m) => m[0])).toEqual([]);
    expect(candidates('Re 22STCV11897 and MDL No. 2420; call 415-555-0123').map((m) => m[0])).toEqual(['22STCV11897', 'MDL No. 2420', '415-555-0123']);
  });

  it.each(PAGES)('every adapter reads %s the same through the background', async (_name, file, url) => {
    const adapters: PortalAdapter[] = [...EFILING_ADAPTERS, genericPortal];
    for (const a of adapters) {
      const doc = parseHtml(readFileSync(file, 'utf8'), url);
      const { reader } = readerOverTheWire(url);
      await reader.fetch();
      expect(await readPage(a, doc, new URL(url), reader), a.id).toEqual(a.read(doc, new URL(url), pageReader(url)));
    }
  });

  it('the page’s facts come from its host: court, bare numbers, the catalogue’s Odyssey portals', async () => {
    const { reader } = readerOverTheWire('https://ecf.nysb.uscourts.gov/cgi-bin/DktRpt.pl?1');
    await reader.fetch();
    expect(reader.page).toEqual({ court: 'nysb', bare: true, odyssey: false });
    const dekalb = readerOverTheWire('https://ody.dekalbcountyga.gov/portal/');
    await dekalb.reader.fetch();
    expect(dekalb.reader.page).toEqual({ court: 'ga-dekalb', bare: false, odyssey: true });
    const url = new URL('https://ody.dekalbcountyga.gov/portal/Home/Dashboard');
    expect(adapterForPage(parseHtml('<p>hi</p>', url.href), url, dekalb.reader.page).id).toBe('odyssey');
    expect(efilingAdapterFor(url)).toBeUndefined();
  });

  it('an unreachable background: nothing is read, and the questions are asked again later', async () => {
    const wire = readerOverTheWire();
    wire.unreachable(true);
    expect(wire.reader.find('Re 22STCV11897')).toBeUndefined();
    await expect(wire.reader.fetch()).rejects.toThrow();
    expect(wire.reader.find('Re 22STCV11897')).toBeUndefined();
    wire.unreachable(false);
    await wire.reader.fetch();
    expect(wire.reader.find('Re 22STCV11897')).toEqual([{ raw: '22STCV11897', key: '22STCV11897', index: 3 }]);
  });
});

describe('readCases, the message', () => {
  const OWN = 'rapport-test-id';
  const setup = async (url: string) => {
    globalThis.indexedDB = new IDBFactory();
    const env = { db: await openRapportDb('reading'), now: () => Date.now() };
    const caller = await classifySender({ id: OWN, url, tab: { id: 3 }, frameId: 0 }, { ownId: OWN, ownOrigins: [`chrome-extension://${OWN}`], userPortals: async () => [] });
    return (payload: unknown) => route({ type: 'readCases', payload }, caller, handlers, env);
  };

  it('a portal page’s facts are its own host’s, whatever URL it names', async () => {
    const ask = await setup('https://ecf.nysb.uscourts.gov/cgi-bin/DktRpt.pl?1');
    const r = await ask({ url: 'https://ecf.cand.uscourts.gov/', questions: [{ q: 'field', text: 'Case No. 21-40123', court: 'nysb' }, { q: 'standalone', text: '21-40123' }] });
    expect(r).toEqual({ ok: true, data: { page: { court: 'nysb', bare: true, odyssey: false }, answers: [[{ raw: '21-40123', key: '21-40123 @NYSB', index: 9 }], []] } });
  });

  it('too many questions, or too long a text, is a clear bad-request', async () => {
    const ask = await setup('https://app.onelegal.com/orders');
    const many = Array.from({ length: LIMITS.cases + 1 }, () => ({ q: 'find', text: '22STCV11897' }));
    expect(await ask({ questions: many })).toMatchObject({ ok: false, error: { code: 'bad-request' } });
    expect(await ask({ questions: [{ q: 'find', text: 'x'.repeat(LIMITS.caseText + 1) }] })).toMatchObject({ ok: false, error: { code: 'bad-request' } });
    expect(await ask({ questions: [{ q: 'guess', text: '22STCV11897' }] })).toMatchObject({ ok: false, error: { code: 'bad-request' } });
  });
});
