import { allInteractions } from '../../../lib/db/repos/interactions';
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';
import { openRapportDb, type Db } from '../../../lib/db/open';
import { classifySender, type Caller, type SenderInfo } from '../../../lib/messaging/caller';
import { resetRates } from '../../../lib/messaging/capabilities';
import { handlers, type Env } from '../../../lib/messaging/handlers';
import { MESSAGE_TYPES, type MessageType, type RequestOf } from '../../../lib/messaging/protocol';
import { route } from '../../../lib/messaging/router';
import { userPortalList, type PortalApi } from '../../../lib/portals/user-portals';

// Who may send what. Every message type is sent by every kind of caller with a
// payload the schema accepts, so a refusal can only come from the caller's
// rights — and a refused message must leave the database exactly as it was.

const OWN = 'rapport-test-id';
const OWN_ORIGIN = `chrome-extension://${OWN}`;
const DYNAMIC_ORIGIN = 'chrome-extension://0d7d5f3c-0000-4000-8000-5e55109e1d00';
const USER_PORTAL = 'https://efile.example-court.gov';
const MARKED_PORTAL = 'https://filing.example-county.gov';
const DAY = 86_400_000;

let db: Db;
let env: Env;
let clock = Date.UTC(2026, 10, 26, 12);
let mariaId = '';

const noBrowser: PortalApi = {
  known: () => [],
  hasPermission: async () => true,
  removePermission: async () => true,
  registeredIds: async () => [],
  register: async () => {},
  unregister: async () => {},
};

beforeEach(async () => {
  globalThis.indexedDB = new IDBFactory();
  db = await openRapportDb('caps');
  clock = Date.UTC(2026, 10, 26, 12);
  env = { db, now: () => clock, portals: noBrowser };
  resetRates();
  await db.put('meta', [{ origin: USER_PORTAL, addedAt: 1 }, { origin: MARKED_PORTAL, addedAt: 1, efiling: true }], 'userPortals');
  const r = await route(
    { type: 'createClient', payload: { client: { name: 'Maria Alvarez', emails: ['maria@alvarezbakery.com'], matters: [{ id: 'm1', caseNumber: '22STCV11897' }] } } },
    { kind: 'extension' },
    handlers,
    env,
  );
  if (!r.ok) throw new Error(r.error.message);
  mariaId = (r.data as { client: { id: string } }).client.id;
});

const classify = (sender: SenderInfo) =>
  classifySender(sender, { ownId: OWN, ownOrigins: [OWN_ORIGIN, DYNAMIC_ORIGIN], userPortals: () => userPortalList(db) });

const senders: Record<string, SenderInfo> = {
  options: { id: OWN, url: `${OWN_ORIGIN}/options.html` },
  sidebarFrame: { id: OWN, url: `${OWN_ORIGIN}/sidebar.html`, tab: { id: 4 }, frameId: 7 },
  sidebarDynamic: { id: OWN, url: `${DYNAMIC_ORIGIN}/sidebar.html`, tab: { id: 4 }, frameId: 7 },
  gmail: { id: OWN, url: 'https://mail.google.com/mail/u/0/#inbox/x', tab: { id: 4 }, frameId: 0 },
  outlookProxy: { id: OWN, url: 'https://outlook.office.com.mcas.ms/mail/inbox', tab: { id: 5 }, frameId: 0 },
  oneLegal: { id: OWN, url: 'https://app.onelegal.com/orders', tab: { id: 6 }, frameId: 0 },
  pacer: { id: OWN, url: 'https://ecf.cand.uscourts.gov/cgi-bin/DktRpt.pl?1', tab: { id: 6 }, frameId: 0 },
  userPortal: { id: OWN, url: `${USER_PORTAL}/filings`, tab: { id: 8 }, frameId: 0 },
  markedPortal: { id: OWN, url: `${MARKED_PORTAL}/filings`, tab: { id: 8 }, frameId: 0 },
  otherPage: { id: OWN, url: 'https://news.example.com/', tab: { id: 9 }, frameId: 0 },
  userPortalOverHttp: { id: OWN, url: 'http://efile.example-court.gov/filings', tab: { id: 8 }, frameId: 0 },
  otherExtension: { id: 'someone-else', url: 'chrome-extension://someone-else/page.html' },
  noUrl: { id: OWN },
};

describe('classifySender', () => {
  it.each([
    ['options', { kind: 'extension' }],
    ['sidebarFrame', { kind: 'extension', tabId: 4, frameId: 7 }],
    ['sidebarDynamic', { kind: 'extension', tabId: 4, frameId: 7 }],
    ['gmail', { kind: 'mail', site: 'gmail', tabId: 4 }],
    ['outlookProxy', { kind: 'mail', site: 'outlook', tabId: 5 }],
    ['oneLegal', { kind: 'portal', site: 'one-legal', efiling: true, userAdded: false }],
    ['pacer', { kind: 'portal', site: 'pacer', efiling: true, userAdded: false }],
    ['userPortal', { kind: 'portal', site: 'portal', efiling: false, userAdded: true, origin: USER_PORTAL }],
    ['markedPortal', { kind: 'portal', site: 'portal', efiling: true, userAdded: true, origin: MARKED_PORTAL }],
    ['otherPage', { kind: 'none' }],
    ['userPortalOverHttp', { kind: 'none' }],
    ['otherExtension', { kind: 'none' }],
    ['noUrl', { kind: 'none' }],
  ] as [string, Partial<Caller>][])('%s', async (name, expected) => {
    expect(await classify(senders[name]!)).toMatchObject(expected);
  });

  it('a look-alike of a mail or portal host is no one of ours', async () => {
    for (const url of ['https://mail.google.com.evil.example/', 'https://onelegal.com.evil.example/', 'https://evil-uscourts.gov/'])
      expect(await classify({ id: OWN, url, tab: { id: 1 }, frameId: 0 })).toMatchObject({ kind: 'none' });
  });
});

const context = { site: 'gmail', url: 'https://mail.google.com/mail/u/0/#inbox/x', people: [{ email: 'maria@alvarezbakery.com', role: 'from' as const }], cases: [] };

/** A payload each schema accepts, for every message type (the type makes a missing one a compile error). */
const valid = (): { [K in MessageType]: RequestOf<K> } => ({
  getClientContext: { context },
  reportScreen: { context },
  getClient: { id: mariaId },
  listClients: {},
  createClient: { client: { name: 'Eve Intruder' } },
  updateClient: { client: { id: mariaId, name: 'Renamed', createdAt: clock, updatedAt: clock } },
  deleteClient: { id: mariaId },
  logInteraction: { interaction: { clientId: mariaId, kind: 'call', at: clock } },
  deleteInteraction: { id: 'nope' },
  importClients: { records: [{ client: { name: 'Imported Eve' } }] },
  bulkBegin: { kind: 'import' },
  bulkStage: { job: 'job-1', seq: 0, records: [{ client: { name: 'Staged Eve' } }] },
  bulkCommit: { job: 'job-1' },
  bulkAbort: { job: 'job-1' },
  bulkStatus: { job: 'job-1' },
  lookupExisting: { clientIds: [mariaId], keys: ['email:maria@alvarezbakery.com'] },
  backupHead: {},
  backupPage: { section: 'clients' },
  noteBackup: { at: 1 },
  lastSnapshot: {},
  undoSnapshot: { id: 'x' },
  dataHealth: {},
  listTrash: {},
  restoreClient: { id: mariaId },
  deleteClientForever: { id: mariaId },
  getSettings: {},
  updateSettings: { settings: { version: 0, mail: { logSent: false } } },
  losingTouch: {},
  logMail: { direction: 'in', messageId: 'gmail:m1', at: clock - DAY, people: [{ email: 'maria@alvarezbakery.com', role: 'from' }], source: 'gmail' },
  readCases: { questions: [{ q: 'find', text: 'Case 22STCV11897' }] },
  loadScript: { script: 'readers' },
  resolveCases: { cases: [{ caseNumber: '22STCV11897' }] },
  logFilings: { site: 'one-legal', filings: [{ clientId: mariaId, filing: { caseNumber: '22STCV11897', status: 'Rejected by Court', ref: '1' } }] },
  listFilingFlags: {},
  acknowledgeFiling: { id: 'nope' },
  listPortals: {},
  addPortal: { url: 'https://another.example-court.gov' },
  removePortal: { origin: USER_PORTAL },
  markPortal: { origin: USER_PORTAL, efiling: true },
  listDeadlines: {},
  saveDeadline: { deadline: { clientId: mariaId, title: 'File the reply', kind: 'court', dueDate: '2026-12-03' } },
  completeDeadline: { id: 'nope' },
  reopenDeadline: { id: 'nope' },
  deleteDeadline: { id: 'nope' },
  deadlineAlerts: {},
  getDeadlineSettings: {},
  updateDeadlineSettings: { settings: { bufferDays: { court: 9 } }, version: 0 },
  listOpenQuestions: { clientId: mariaId },
  saveOpenQuestion: { clientId: mariaId, text: 'Forged question' },
  resolveOpenQuestion: { id: 'nope' },
  deleteOpenQuestion: { id: 'nope' },
  getMood: { clientId: mariaId },
  checkIns: {},
  getBrief: { clientId: mariaId },
  checkConflicts: { candidates: [{ name: 'Maria Alvarez' }] },
  checkName: { emails: ['maria@alvarezbakery.com'] },
  firmGuess: {},
});

async function snapshot() {
  return JSON.stringify({
    clients: await db.getAll('clients'),
    interactions: await allInteractions(db),
    meta: await db.getAll('meta'),
    deadlines: await db.getAll('deadlines'),
    questions: await db.getAll('questions'),
  });
}

const ALL: MessageType[] = [...MESSAGE_TYPES];
const ALLOWED: Record<string, MessageType[]> = {
  gmail: ['reportScreen', 'logMail'],
  outlookProxy: ['reportScreen', 'logMail'],
  oneLegal: ['reportScreen', 'readCases', 'resolveCases', 'logFilings', 'loadScript'],
  pacer: ['reportScreen', 'readCases', 'resolveCases', 'logFilings', 'loadScript'],
  userPortal: ['reportScreen', 'readCases', 'resolveCases', 'loadScript'],
  markedPortal: ['reportScreen', 'readCases', 'resolveCases', 'logFilings', 'loadScript'],
  otherPage: [],
  otherExtension: [],
  noUrl: [],
};

describe('every message, from every kind of content script and stranger', () => {
  for (const [who, allowed] of Object.entries(ALLOWED)) {
    it(`${who}: ${allowed.length ? allowed.join(', ') : 'nothing'}; everything else forbidden and nothing changed`, async () => {
      const caller = await classify(senders[who]!);
      for (const type of ALL) {
        if (allowed.includes(type)) continue;
        const before = await snapshot();
        const r = await route({ type, payload: valid()[type] }, caller, handlers, env);
        expect(r, `${who} → ${type}`).toMatchObject({ ok: false, error: { code: 'forbidden' } });
        expect(await snapshot(), `${who} → ${type} changed the database`).toBe(before);
      }
    });
  }

  it('even a malformed payload gets forbidden, not a validation report', async () => {
    const caller = await classify(senders.oneLegal!);
    expect(await route({ type: 'listClients', payload: { limit: 'all' } }, caller, handlers, env)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });

  it('Rapport’s own pages may send everything but reportScreen and loadScript', async () => {
    for (const who of ['options', 'sidebarFrame', 'sidebarDynamic']) {
      const caller = await classify(senders[who]!);
      for (const type of ALL) {
        const r = await route({ type, payload: valid()[type] }, caller, handlers, env);
        if (type === 'reportScreen' || type === 'loadScript') expect(r).toMatchObject({ ok: false, error: { code: 'forbidden' } });
        else expect(r.ok || r.error.code !== 'forbidden', `${who} → ${type}`).toBe(true);
      }
    }
  });
});

describe('limits on what a content script may put in an allowed message', () => {
  it('a mail page logs only its own mail, with its own message ids', async () => {
    const gmail = await classify(senders.gmail!);
    const mail = valid().logMail;
    expect(await route({ type: 'logMail', payload: { ...mail, source: 'outlook' } }, gmail, handlers, env)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await route({ type: 'logMail', payload: { ...mail, messageId: 'outlook:m1' } }, gmail, handlers, env)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect((await allInteractions(db)).length).toBe(0);
    // Logged, and the background hears whom for; the page is told nothing it could probe clients with.
    const heard: unknown[] = [];
    const r = await route({ type: 'logMail', payload: mail }, gmail, handlers, { ...env, handled: (_t, data) => heard.push(data) });
    expect(r).toEqual({ ok: true, data: { logged: [], skipped: 0 } });
    expect(heard).toEqual([{ logged: [{ clientId: mariaId, interactionId: expect.any(String) }], skipped: 0 }]);
    expect((await allInteractions(db)).length).toBe(1);
  });

  it('a mail date in the future is stored as now, never later', async () => {
    const gmail = await classify(senders.gmail!);
    const before = Date.now();
    const r = await route({ type: 'logMail', payload: { ...valid().logMail, at: Date.now() + 400 * DAY } }, gmail, handlers, env);
    expect(r.ok).toBe(true);
    const [stored] = await allInteractions(db);
    expect(stored!.at).toBeGreaterThanOrEqual(before);
    expect(stored!.at).toBeLessThanOrEqual(Date.now());
  });

  it('a page that logs mail in a loop is cut off once its budget is spent', async () => {
    const gmail = await classify(senders.gmail!);
    const results = [];
    for (let i = 0; i < 320; i++)
      results.push(await route({ type: 'logMail', payload: { ...valid().logMail, messageId: `gmail:m${i}` } }, gmail, handlers, env));
    expect(results.filter((r) => r.ok)).toHaveLength(300);
    expect(results.at(-1)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    // The budget comes back with time.
    clock += 10_000;
    expect((await route({ type: 'logMail', payload: { ...valid().logMail, messageId: 'gmail:later' } }, gmail, handlers, env)).ok).toBe(true);
  });

  it('a portal script goes only into the asking content script’s own tab and frame, and only one of ours, whatever the payload says', async () => {
    const injected: [string, number, number][] = [];
    const scripts = { inject: async (script: string, tabId: number, frameId: number) => void injected.push([script, tabId, frameId]) };
    const inFrame = await classify({ ...senders.pacer!, frameId: 3 });
    const r = await route({ type: 'loadScript', payload: { script: 'badges', tabId: 99, frameIds: [0], files: ['/evil.js'] } }, inFrame, handlers, { ...env, scripts });
    expect(r).toEqual({ ok: true, data: { loaded: true } });
    expect(injected).toEqual([['badges', 6, 3]]);
    // A file of the page's choosing is no script of ours.
    for (const script of ['/evil.js', '../background.js', 'background'])
      expect(await route({ type: 'loadScript', payload: { script } }, inFrame, handlers, { ...env, scripts })).toMatchObject({ ok: false, error: { code: 'bad-request' } });
    // Mail pages and Rapport's own pages have nothing to load.
    for (const who of ['gmail', 'options']) {
      const refused = await route({ type: 'loadScript', payload: { script: 'readers' } }, await classify(senders[who]!), handlers, { ...env, scripts });
      expect(refused, who).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    }
    expect(injected).toEqual([['badges', 6, 3]]);
  });

  it('a portal logs filings only as itself', async () => {
    const pacer = await classify(senders.pacer!);
    expect(await route({ type: 'logFilings', payload: valid().logFilings }, pacer, handlers, env)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    const marked = await classify(senders.markedPortal!);
    expect(await route({ type: 'logFilings', payload: { ...valid().logFilings, site: 'portal' } }, marked, handlers, env)).toMatchObject({ ok: true });
  });

  it('a portal learns a badge’s worth: name, flags, and the day of the last contact', async () => {
    const contactAt = Date.UTC(2026, 10, 23, 15, 42, 7);
    await route({ type: 'logInteraction', payload: { interaction: { clientId: mariaId, kind: 'call', at: contactAt, summary: 'Settlement talk' } } }, { kind: 'extension' }, handlers, env);
    const portal = await classify(senders.oneLegal!);
    const r = await route({ type: 'resolveCases', payload: valid().resolveCases }, portal, handlers, env);
    expect(r).toMatchObject({ ok: true, data: { matches: { 'case:22STCV11897': [{ id: mariaId, name: 'Maria Alvarez', flags: 0, lastContact: new Date(contactAt).setHours(0, 0, 0, 0) }] } } });
    expect(JSON.stringify(r)).not.toContain('Settlement talk');
  });
});

describe('interaction dates', () => {
  it('a call dated more than a day ahead is refused, and nothing is written', async () => {
    const r = await route({ type: 'logInteraction', payload: { interaction: { clientId: mariaId, kind: 'call', at: Date.now() + 3 * DAY } } }, { kind: 'extension' }, handlers, env);
    expect(r).toMatchObject({ ok: false, error: { code: 'bad-request', message: expect.stringContaining('in the future') } });
    expect((await allInteractions(db)).length).toBe(0);
  });
});

describe('settings carry a version', () => {
  it('a save from the version stored moves it on; a save from an older one is refused and changes nothing', async () => {
    const page = { kind: 'extension' } as const;
    const get = async () => ((await route({ type: 'getSettings', payload: {} }, page, handlers, env)) as { data: { version: number; mail: { logSent: boolean; logRead: boolean } } }).data;
    const start = await get();
    expect(start.version).toBe(0);
    // Two Settings pages opened from version 0; the first saves.
    expect(await route({ type: 'updateSettings', payload: { settings: { ...start, mail: { ...start.mail, logSent: false } } } }, page, handlers, env)).toMatchObject({ ok: true, data: { version: 1 } });
    // The second, still on version 0, is refused — it would have undone the first.
    const r = await route({ type: 'updateSettings', payload: { settings: { ...start, mail: { ...start.mail, logRead: false } } } }, page, handlers, env);
    expect(r).toMatchObject({ ok: false, error: { code: 'conflict' } });
    expect(await get()).toMatchObject({ version: 1, mail: { logSent: false, logRead: true } });
  });
});
