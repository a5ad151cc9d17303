// The host page learns nothing. Built extension in Chromium, host pages at
// their real addresses:
// - hostile Gmail and Outlook pages record every event, mutation and shadow
//   root they can while the user types a note, a goal and a summary;
// - the pages are served with a strict CSP and Trusted Types, as Gmail and
//   Outlook are;
// - code run in a content script's own world (as a compromised renderer could)
//   asks for everything outside that script's rights, and gets `forbidden`;
// - a page's synthetic clicks on Send log nothing;
// - two tabs editing the same client's notes both keep their text.
import type { Page, Worker } from '@playwright/test';
import { expect, fixture, rapport, routed, answered, serve, test } from './fixtures';
import { hostile } from './hostile-page';
import { contentWorld } from './isolated-world';
import { SidebarFrame } from './sidebar-frame';
import type { MessageType, RequestOf } from '../../lib/messaging/protocol';

const GMAIL_THREAD = 'https://mail.google.com/mail/u/0/#inbox/FMfcgzQXKlmzRgTfrJMhVdSxVbcmqnXw';
const OUTLOOK_ITEM = 'https://outlook.office.com/mail/inbox/id/AAQkADAwATM0MDAAMS1hNmQ0LTQ5NzgtMDACLTAwCgAQAJx1ZqK7%2BzVKmXKq0vZpW1c%3D';
const MARIA = 'maria.alvarez@alvarezbakery.com';
const DAY = 86_400_000;
const NONCE = 'rApP0rtT3st';

// Headers of the shape Gmail and Outlook send. Gmail: Trusted Types enforced
// with a report URI (Google Workspace Updates, January 2024, "Extending
// Trusted Types to Gmail"; see ../shared/FORMATS.md §6) beside its nonce-based
// script policy. Outlook on the web enforces Trusted Types as well; its exact
// header is not public, so the same strict shape is used, plus a frame-src
// that would refuse any frame but its own — stricter than the real page.
const CSP = {
  gmail: {
    'content-security-policy': [
      `script-src 'report-sample' 'nonce-${NONCE}' 'unsafe-inline' 'strict-dynamic' 'unsafe-eval'; object-src 'none'; base-uri 'self'; report-uri /mail/cspreport`,
      `require-trusted-types-for 'script'; report-uri /mail/cspreport`,
    ].join(', '),
  },
  outlook: {
    'content-security-policy': `script-src 'nonce-${NONCE}' 'strict-dynamic'; object-src 'none'; base-uri 'self'; frame-src 'self'; require-trusted-types-for 'script'; trusted-types 'none'`,
  },
};

/** The client the tests are about: her preferred name, organisation and notes appear nowhere on the page. */
async function seedMaria(sw: Worker) {
  const { client } = await rapport(sw, 'createClient', {
    client: {
      name: 'Maria Alvarez',
      preferredName: 'Marita',
      organisation: 'Alvarez Family Bakery LLC',
      emails: [MARIA],
      notes: { background: 'Considering bankruptcy, tell no one' },
      goals: [{ id: 'g1', text: 'Keep the ovens running', acceptableOutcome: 'A payment plan', status: 'open', updatedAt: 1 }],
    },
  });
  return client;
}

const SECRETS = ['Marita', 'Alvarez Family Bakery LLC', 'Considering bankruptcy', 'Keep the ovens running', 'A payment plan'];
const TYPED = ['settle at 85k quietly', 'Buy out the landlord', 'below 90k only', 'Agreed not to tell the landlord'];

/** Everything the user does in the sidebar: a note, a goal with its outcome, a logged call with a summary — typed key by key. */
async function useTheSidebar(sidebar: SidebarFrame) {
  await sidebar.click('Edit notes');
  await sidebar.fill('Family', TYPED[0]!);
  await sidebar.click('Save');
  await sidebar.waitForText(TYPED[0]!);
  await sidebar.click('Add goal');
  await sidebar.fill('Goal', TYPED[1]!);
  await sidebar.fill('Acceptable outcome', TYPED[2]!);
  await sidebar.click('Add goal');
  await sidebar.waitForText(TYPED[2]!);
  await sidebar.fill('Summary', TYPED[3]!);
  await sidebar.click('Log');
  await sidebar.waitForText(TYPED[3]!);
}

/** What the page's spy gathered, and the key, input and clipboard events it saw. */
async function spied(page: Page) {
  const dump = await page.evaluate(() => (window as unknown as { __spy: { dump(): string } }).__spy.dump());
  const typing = dump.split('\n').filter((l) => /^event \{"type":"(keydown|keyup|keypress|beforeinput|input|paste|copy|compositionend)"/.test(l));
  return { dump, typing };
}

for (const site of ['gmail', 'outlook'] as const) {
  test(`a hostile ${site === 'gmail' ? 'Gmail' : 'Outlook'} page under its CSP records none of the typing, no client's name or note, and the sidebar works`, async ({ context, page, sw }) => {
    const maria = await seedMaria(sw);
    await rapport(sw, 'createClient', { client: { name: 'Thomas Becker', emails: ['tom@beckerlogistics.de'] } });
    const violations: string[] = [];
    page.on('console', (m) => /content security policy|trusted ?type|trustedhtml|trustedscript/i.test(m.text()) && violations.push(m.text()));
    page.on('pageerror', (e) => violations.push(String(e)));
    if (site === 'gmail') {
      await serve(context, 'https://mail.google.com/**', hostile(fixture('gmail/thread-several-messages.2026-11.html'), NONCE), CSP.gmail);
      await page.goto(GMAIL_THREAD);
    } else {
      await serve(context, 'https://outlook.office.com/**', hostile(fixture('outlook/reading-pane-one-message.2026-11.html'), NONCE), CSP.outlook);
      await page.goto(OUTLOOK_ITEM);
    }
    await page.evaluate(() => document.addEventListener('securitypolicyviolation', (e) => console.error(`Content Security Policy violation: ${e.violatedDirective} ${e.blockedURI}`)));
    const sidebar = await SidebarFrame.of(page);
    await sidebar.waitForText('Considering bankruptcy');
    // Outlook's reading pane has Tom in cc: a switcher; Marita is the sender and shown first.
    await useTheSidebar(sidebar);

    // The sidebar worked: all of it is in the background's database.
    const view = await rapport(sw, 'getClient', { id: maria.id });
    expect(view.client.notes.family).toBe(TYPED[0]);
    expect(view.client.goals.map((g) => [g.text, g.acceptableOutcome])).toContainEqual([TYPED[1], TYPED[2]]);
    expect(view.recent.map((i) => i.summary)).toContain(TYPED[3]);

    // The page saw no key, input or clipboard event at all, and nothing it gathered holds a secret.
    const { dump, typing } = await spied(page);
    expect(typing).toEqual([]);
    for (const s of [...SECRETS, ...TYPED]) expect(dump, `the page learned “${s}”`).not.toContain(s);
    // The spy was live: it did record our host element arriving, with nothing inside it.
    expect(dump).toMatch(/^mutation .*"added":\["<div style=/m);
    expect(violations).toEqual([]);

    // Esc hands the keyboard back to the page: what is typed next is the page's
    // own, and its listeners do see that (so they were listening all along).
    await sidebar.fill('Summary', '');
    await page.keyboard.press('Escape');
    await expect.poll(() => page.evaluate(() => document.activeElement === document.body)).toBe(true);
    await page.keyboard.type('q');
    await expect.poll(async () => (await spied(page)).typing.some((l) => l.includes('"key":"q"'))).toBe(true);
  });
}

test('a One Legal page under a Trusted Types CSP still gets its badges, with no violation', async ({ context, page, sw }) => {
  await rapport(sw, 'createClient', { client: { name: 'Maria Alvarez', matters: [{ id: 'm1', caseNumber: '22STCV11897' }] } });
  const violations: string[] = [];
  page.on('console', (m) => /content security policy|trusted ?type|trustedhtml|trustedscript/i.test(m.text()) && violations.push(m.text()));
  const orders = fixture('efiling/one-legal-orders.2026-11.html').replaceAll('<script>', `<script nonce="${NONCE}">`);
  await serve(context, 'https://app.onelegal.com/**', hostile(orders, NONCE), CSP.outlook);
  await page.goto('https://app.onelegal.com/orders?status=all');
  await answered(sw, 'resolveCases', 1);
  await expect.poll(() => page.evaluate(() => document.querySelectorAll('[data-rapport-badge]').length)).toBe(1);
  const { dump } = await spied(page);
  // The badge's name lives in its closed root: the page's forced-open attachShadow was never used for it.
  expect(dump).not.toContain('Maria Alvarez');
  expect(violations).toEqual([]);
});

/** Every record in the background's database, read from inside the worker. */
const everything = (sw: Worker) =>
  sw.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const q = indexedDB.open('rapport');
      q.onsuccess = () => resolve(q.result);
      q.onerror = () => reject(q.error);
    });
    const all = async (store: string) =>
      new Promise<unknown[]>((resolve) => {
        const r = db.transaction(store).objectStore(store).getAll();
        r.onsuccess = () => resolve(r.result);
      });
    const out = JSON.stringify({ clients: await all('clients'), history: await all('history'), stats: await all('stats'), staging: await all('staging'), meta: await all('meta'), deadlines: await all('deadlines'), questions: await all('questions') });
    db.close();
    return out;
  });

test('messages forged in a content script’s own world are refused with forbidden and change nothing', async ({ context, page, sw }) => {
  const maria = await seedMaria(sw);
  await rapport(sw, 'logInteraction', { interaction: { clientId: maria.id, kind: 'call', at: Date.now() - DAY, summary: 'Private call' } });
  await rapport(sw, 'updateClient', { client: { ...(await rapport(sw, 'getClient', { id: maria.id })).client, matters: [{ id: 'm1', caseNumber: '22STCV11897' }] } });
  const context_ = { site: 'gmail', url: GMAIL_THREAD, people: [{ email: MARIA, role: 'from' as const }], cases: [] };
  const payloads: { [K in MessageType]: RequestOf<K> } = {
    getClientContext: { context: context_ },
    reportScreen: { context: context_ },
    getClient: { id: maria.id },
    listClients: {},
    createClient: { client: { name: 'Eve Intruder' } },
    updateClient: { client: { ...maria, notes: { ...maria.notes, background: 'overwritten' } } },
    deleteClient: { id: maria.id },
    logInteraction: { interaction: { clientId: maria.id, kind: 'call', at: Date.now() } },
    deleteInteraction: { id: 'x' },
    importClients: { records: [{ client: { name: 'Imported Eve' } }] },
    bulkBegin: { kind: 'import' },
    bulkStage: { job: 'job-1', seq: 0, records: [{ client: { name: 'Staged Eve' } }] },
    bulkCommit: { job: 'job-1' },
    bulkAbort: { job: 'job-1' },
    bulkStatus: { job: 'job-1' },
    lookupExisting: { clientIds: [maria.id], keys: ['email:maria@alvarezbakery.com'] },
  backupHead: {},
  backupPage: { section: 'clients' },
  noteBackup: { at: 1 },
  lastSnapshot: {},
  undoSnapshot: { id: 'x' },
  dataHealth: {},
  listTrash: {},
    restoreClient: { id: maria.id },
    deleteClientForever: { id: maria.id },
    getSettings: {},
    updateSettings: { settings: { version: 0, mail: { logSent: false, logRead: false } } },
    losingTouch: {},
    logMail: { direction: 'in', messageId: 'gmail:forged', at: Date.now(), people: [{ email: MARIA, role: 'from' }], source: 'gmail' },
    readCases: { questions: [{ q: 'find', text: 'Case 22STCV11897' }] },
    loadScript: { script: 'readers' },
    resolveCases: { cases: [{ caseNumber: '22STCV11897' }] },
    logFilings: { site: 'one-legal', filings: [{ clientId: maria.id, filing: { caseNumber: '22STCV11897', status: 'Rejected by Court', ref: '9' } }] },
    listFilingFlags: {},
    acknowledgeFiling: { id: 'x' },
    listPortals: {},
    addPortal: { url: 'https://evil.example-court.gov' },
    removePortal: { origin: 'https://evil.example-court.gov' },
    markPortal: { origin: 'https://evil.example-court.gov', efiling: true },
    listDeadlines: {},
    saveDeadline: { deadline: { clientId: maria.id, title: 'Forged deadline', kind: 'court', dueDate: '2026-12-03' } },
    completeDeadline: { id: 'x' },
    reopenDeadline: { id: 'x' },
    deleteDeadline: { id: 'x' },
    deadlineAlerts: {},
    getDeadlineSettings: {},
    updateDeadlineSettings: { settings: { bufferDays: { court: 9 } }, version: 0 },
    listOpenQuestions: { clientId: maria.id },
    saveOpenQuestion: { clientId: maria.id, text: 'Forged question' },
    resolveOpenQuestion: { id: 'x' },
    deleteOpenQuestion: { id: 'x' },
    getMood: { clientId: maria.id },
    checkIns: {},
    getBrief: { clientId: maria.id },
    checkConflicts: { candidates: [{ name: 'Maria Alvarez' }] },
    checkName: { emails: [MARIA] },
    firmGuess: {},
  };
  const rights = {
    gmail: ['reportScreen', 'logMail'],
    'one-legal': ['reportScreen', 'readCases', 'resolveCases', 'logFilings', 'loadScript'],
  };
  await serve(context, 'https://mail.google.com/**', fixture('gmail/thread-several-messages.2026-11.html'));
  await serve(context, 'https://app.onelegal.com/**', fixture('efiling/one-legal-orders.2026-11.html'));
  const portal = await context.newPage();
  await page.goto(GMAIL_THREAD);
  await (await SidebarFrame.of(page)).waitForText('Marita');
  await portal.goto('https://app.onelegal.com/orders?status=all');
  await answered(sw, 'resolveCases', 1);

  for (const [where, tab] of [['gmail', page], ['one-legal', portal]] as const) {
    const world = await contentWorld(tab);
    // The page's script cannot reach this world; a compromised renderer could, and this is what it would get.
    expect(await world.evaluate('typeof chrome.runtime.sendMessage')).toBe('function');
    const before = await everything(sw);
    const refused: string[] = [];
    for (const type of Object.keys(payloads) as MessageType[]) {
      if (rights[where].includes(type)) continue;
      const reply = await world.evaluate<{ ok: boolean; error?: { code: string } }>(`chrome.runtime.sendMessage(${JSON.stringify({ type, payload: payloads[type] })})`);
      expect(reply, `${where} → ${type}`).toMatchObject({ ok: false, error: { code: 'forbidden' } });
      refused.push(type);
    }
    expect(refused.length).toBe(Object.keys(payloads).length - rights[where].length);
    expect(await everything(sw), `a forged message from ${where} changed the database`).toBe(before);
    await world.cdp.detach();
  }
});

test('a page script’s synthetic clicks and key presses on Send log nothing; the user’s own click does', async ({ context, page, sw }) => {
  const { client: maria } = await rapport(sw, 'createClient', { client: { name: 'Maria Alvarez', emails: [MARIA] } });
  await serve(context, 'https://mail.google.com/**', fixture('gmail/compose-chips.2026-11.html'));
  await page.goto('https://mail.google.com/mail/u/0/#inbox/FMfcgzQXKlcompose?compose=new');
  await (await SidebarFrame.of(page)).waitForText('Maria Alvarez');
  const sent = async () => (await rapport(sw, 'getClient', { id: maria.id })).recent.filter((i) => i.kind === 'email-out').length;

  // The page "sends" three times by script: clicks on Send, and Ctrl+Enter in the compose form.
  await page.evaluate(() => {
    const send = document.querySelector('[role=dialog] div.T-I.T-I-atl')!;
    for (let i = 0; i < 2; i++) send.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true }));
    const body = document.querySelector('[role=dialog] [contenteditable=true]') ?? send;
    body.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', ctrlKey: true, bubbles: true }));
  });
  // Then the user clicks Send once. Mail is logged in the order it is seen, so
  // had the page's clicks counted, they would be there before the user's.
  const before = (await routed(sw)).answered.logMail ?? 0;
  await page.locator('[role=dialog] div.T-I.T-I-atl').click();
  await answered(sw, 'logMail', before + 1);
  expect(await sent()).toBe(1);
});

test('two tabs edit the same client’s notes and both save: the second sees both texts, and nothing is lost', async ({ context, page, sw }) => {
  const maria = await seedMaria(sw);
  await serve(context, 'https://mail.google.com/**', fixture('gmail/thread-several-messages.2026-11.html'));
  const other = await context.newPage();
  await page.goto(GMAIL_THREAD);
  await other.goto(GMAIL_THREAD);
  const first = await SidebarFrame.of(page);
  const second = await SidebarFrame.of(other);
  await first.waitForText('Marita');
  await second.waitForText('Marita');

  // Both open the notes before either saves.
  await first.click('Edit notes');
  await second.click('Edit notes');
  await first.fill('Family', 'Husband Luis runs the ovens');
  await second.fill('Family', 'Daughters Sofia and Ana');
  await second.fill('Interests', 'Flamenco');
  await first.click('Save');
  await first.waitForText('Husband Luis runs the ovens');

  // The second save finds the first: both texts shown, nothing written over.
  await second.click('Save');
  const shown = await second.waitForText('Changed elsewhere while you were editing');
  expect(shown).toContain('Husband Luis runs the ovens');
  expect(shown).toContain('Daughters Sofia and Ana');
  expect((await rapport(sw, 'getClient', { id: maria.id })).client.notes.family).toBe('Husband Luis runs the ovens');

  // Save again without choosing: still nothing written over.
  await second.click('Save');
  await second.waitForText('Choose what to keep for each field first.');
  expect((await rapport(sw, 'getClient', { id: maria.id })).client.notes).toMatchObject({ family: 'Husband Luis runs the ovens', interests: '' });

  // Keep both, save: every word typed in either tab is stored.
  await second.click('Keep both');
  await second.click('Save');
  await second.waitForNoText('Changed elsewhere');
  await expect
    .poll(async () => (await rapport(sw, 'getClient', { id: maria.id })).client.notes)
    .toMatchObject({ family: 'Daughters Sofia and Ana\nHusband Luis runs the ovens', interests: 'Flamenco' });
  // And the first tab shows it too, without a reload.
  await first.waitForText('Daughters Sofia and Ana');
});
