// People from a CM/ECF docket in Chromium with the built extension: the real
// saved N.D. Cal. docket (one plaintiff) and our own multi-party District of
// Oregon docket (tests/fixtures/pacer/docket-multi-party-ord.2026-11.html),
// each served at its real URL; a client holding the case; "Add the people on
// this docket to the matter" from the sidebar; and the matter's people read
// back from the background with the docket's labels.
import type { Frame, Page, Worker } from '@playwright/test';
import { answered, expect, fixture, rapport, serve, test } from './fixtures';
import { SidebarFrame } from './sidebar-frame';
import { HAS_SHARED_FIXTURES, NO_SHARED_FIXTURES, sharedFixture } from '../shared-fixtures';

const docket = () => sharedFixture('pacer/dockets__cand_263146.html');
const DOCKET_URL = 'https://ecf.cand.uscourts.gov/cgi-bin/DktRpt.pl?102907374645-L_1_0-1';
const CASE = '4:13-md-02420-YGR';

test('a client’s docket: its people join the matter with roles from the party labels, and never twice', async ({ context, page, sw }) => {
  test.skip(!HAS_SHARED_FIXTURES, NO_SHARED_FIXTURES);
  // The docket's one party is the plaintiff Kevin Young: the client, so his attorneys are co-counsel.
  const { client } = await rapport(sw, 'createClient', { client: { name: 'Kevin Young', matters: [{ id: 'm-lion', caseNumber: CASE }] } });
  const expected = (JSON.parse(sharedFixture('pacer/dockets__cand_263146.json')) as { parties: { name: string; attorneys: { name: string }[] }[] }).parties;
  const attorneys = [...new Set(expected.flatMap((p) => p.attorneys.map((a) => a.name)))];
  await serve(context, 'https://ecf.cand.uscourts.gov/**', docket);
  await page.goto(DOCKET_URL);

  const sidebar = await SidebarFrame.of(page);
  await sidebar.waitForText(`Matched on: case ${CASE}`);
  await sidebar.click('Add the people on this docket to the matter');
  const preview = await sidebar.waitForText('Which party is your client?');
  for (const name of attorneys) expect(preview).toContain(name);
  const count = Number(/Add (\d+) people to the matter/.exec(preview)?.[1]);
  expect(count).toBe(attorneys.length);
  await sidebar.click(`Add ${count} people to the matter`);
  await sidebar.waitForText(`${count} people added to the matter`);

  const saved = (await rapport(sw, 'getClient', { id: client.id })).client.matters.find((m) => m.id === 'm-lion')!.people;
  expect(saved.map((p) => p.name).sort()).toEqual([...attorneys].sort());
  for (const p of saved) {
    expect(p.role).toBe('co-counsel');
    expect(p.docketLabel).toContain('Plaintiff Kevin Young');
  }
  expect(saved.find((p) => p.name === 'Jeff D Friedman')?.emails).toEqual(['jefff@hbsslaw.com']);

  // A second run of the preview: everyone is on the matter already, and nobody is added again.
  await sidebar.click('Add the people on this docket to the matter');
  const again = await sidebar.waitForText('Which party is your client?');
  expect(again.match(/Already on this matter/g)).toHaveLength(attorneys.length);
  expect(again).toContain('Add 0 people to the matter');
  // The add button is refused (aria-disabled) with nobody ticked.
  const frame = await sidebar.frame();
  expect(await frame.evaluate(() => [...document.querySelectorAll('button')].find((b) => b.textContent?.includes('Add 0 people'))?.getAttribute('aria-disabled'))).toBe('true');
  await sidebar.click('Cancel');
  await sidebar.waitForText('Add the people on this docket to the matter');
  const after = (await rapport(sw, 'getClient', { id: client.id })).client.matters.find((m) => m.id === 'm-lion')!.people;
  expect(after.map((p) => p.id).sort()).toEqual(saved.map((p) => p.id).sort());
});

test('a docket person held elsewhere raises the conflict warning; Save anyway records who confirmed', async ({ context, page, sw }) => {
  test.skip(!HAS_SHARED_FIXTURES, NO_SHARED_FIXTURES);
  const { client } = await rapport(sw, 'createClient', { client: { name: 'Kevin Young', matters: [{ id: 'm-lion', caseNumber: CASE }] } });
  // Another client's matter already has Jeff D Friedman on it, as opposing counsel.
  await rapport(sw, 'createClient', {
    client: {
      name: 'Harbor Properties LLC',
      matters: [{ id: 'm-other', caseNumber: '3:24-cv-01234-RS', caseName: 'Ruiz v. Harbor Properties', people: [{ id: 'p-1', role: 'opposing-counsel', name: 'Jeff D Friedman', emails: ['jefff@hbsslaw.com'] }] }],
    },
  });
  await serve(context, 'https://ecf.cand.uscourts.gov/**', docket);
  await page.goto(DOCKET_URL);

  const sidebar = await SidebarFrame.of(page);
  await sidebar.waitForText(`Matched on: case ${CASE}`);
  await sidebar.click('Add the people on this docket to the matter');
  const preview = await sidebar.waitForText('Which party is your client?');
  const count = Number(/Add (\d+) people to the matter/.exec(preview)?.[1]);
  await sidebar.click(`Add ${count} people to the matter`);
  const warning = await sidebar.waitForText('Harbor Properties LLC');
  expect(warning).toContain('Ruiz v. Harbor Properties');
  // Nothing is saved while the warning is up.
  let people = (await rapport(sw, 'getClient', { id: client.id })).client.matters[0]!.people;
  expect(people).toEqual([]);

  await sidebar.click('Save anyway…');
  await sidebar.fill('Confirmed by', 'Ana Lopez');
  await sidebar.click('Confirm and save');
  await sidebar.waitForText(`${count} people added to the matter`);
  const saved = (await rapport(sw, 'getClient', { id: client.id })).client;
  people = saved.matters[0]!.people;
  expect(people).toHaveLength(count);
  const record = saved.conflictOverrides?.find((o) => o.subject.name === 'Jeff D Friedman');
  expect(record?.confirmedBy.label).toBe('Ana Lopez');
  expect(record?.subject).toMatchObject({ kind: 'matter-person', clientId: client.id, matterId: 'm-lion' });
  expect(record?.hits[0]?.clientName).toBe('Harbor Properties LLC');
});

test('a docket nobody holds: the panel offers Add as client with the case filled in', async ({ context, page, sw, extensionId }) => {
  test.skip(!HAS_SHARED_FIXTURES, NO_SHARED_FIXTURES);
  await serve(context, 'https://ecf.cand.uscourts.gov/**', docket);
  await page.goto(DOCKET_URL);
  await answered(sw, 'reportScreen', 1);
  // Nobody holds the case, so no frame comes by itself: the user opens Rapport's panel (as sidepanel.spec does).
  await page.bringToFront();
  const windowId = await sw.evaluate(async () => {
    const tabs = (globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<{ windowId: number }[]> } } }).chrome.tabs;
    return (await tabs.query({ active: true, lastFocusedWindow: true }))[0]!.windowId;
  });
  const panel = await context.newPage();
  await panel.goto(`chrome-extension://${extensionId}/sidepanel.html?window=${windowId}`);
  await page.bringToFront();
  await expect(panel.locator('#app')).toContainText('This case is not a client’s yet');
  await expect(panel.locator('#app')).toContainText(CASE);
  await panel.getByRole('button', { name: 'Add as client' }).click();
  await panel.getByLabel('Client name').fill('Kevin Young');
  await panel.getByRole('button', { name: 'Add client' }).click();
  await expect(panel.locator('#app')).toContainText(`Matched on: case ${CASE}`);
  const { clients } = await rapport(sw, 'listClients', { query: 'Kevin Young', limit: 5 });
  expect(clients).toHaveLength(1);
  const { client } = await rapport(sw, 'getClient', { id: clients[0]!.id });
  expect(client.matters).toHaveLength(1);
  expect(client.matters[0]).toMatchObject({ caseNumber: CASE, court: 'U.S. District Court, California Northern District (Oakland)' });
  expect(client.matters[0]!.caseName).toBeTruthy();
});

// ---------------------------------------------------------------------------
// Our own multi-party docket: several parties on each side, an intervenor,
// counter labels, a pro se plaintiff, a defendant without counsel, an attorney
// with two addresses, and attorneys at the user's firm.

const ORD_URL = 'https://ecf.ord.uscourts.gov/cgi-bin/DktRpt.pl?118822331144776-L_1_0-1';
const ORD_CASE = '3:25-cv-00815-KLM';
const ORD_NAME = 'Willamette Orchard Growers Cooperative et al v. Cascadia Agritech, Inc. et al';
const COOP = 'Willamette Orchard Growers Cooperative';

/** The client: the cooperative's general manager, stored under her own name (not the name on the docket). */
async function seedOrchard(sw: Worker, matter: object = { id: 'm-orchard', caseNumber: ORD_CASE }) {
  return (await rapport(sw, 'createClient', { client: { name: 'Marta Lindqvist', emails: ['marta@willamette-orchards.example'], matters: [matter as never] } })).client;
}

async function openOrchardDocket(context: Parameters<typeof serve>[0], page: Page) {
  await serve(context, 'https://ecf.ord.uscourts.gov/**', fixture('pacer/docket-multi-party-ord.2026-11.html'));
  await page.goto(ORD_URL);
  const sidebar = await SidebarFrame.of(page);
  await sidebar.waitForText(`Matched on: case ${ORD_CASE}`);
  return sidebar;
}

type Row = { ticked: boolean; role: string; about: string };

/** Each proposed person as the user reads the preview: ticked or not, the role shown in its menu, the line about them. */
async function preview(frame: Frame): Promise<Record<string, Row>> {
  const list = frame.getByRole('list', { name: 'People on this docket' });
  const out: Record<string, Row> = {};
  for (const item of await list.getByRole('listitem').all()) {
    const box = item.getByRole('checkbox');
    const name = (await item.locator('label').first().innerText()).trim();
    const menu = item.getByRole('combobox');
    out[name] = {
      ticked: await box.isChecked(),
      role: await menu.evaluate((s: HTMLSelectElement) => s.selectedOptions[0]?.textContent ?? ''),
      about: (await item.innerText()).replace(/\s+/g, ' '),
    };
  }
  return out;
}

const roles = (rows: Record<string, Row>) => Object.fromEntries(Object.entries(rows).map(([n, r]) => [n, r.role]));

test('a multi-party docket: once the user says which party is the client, each side’s people get their roles; a conflict holds the save', async ({ context, page, sw }) => {
  const client = await seedOrchard(sw);
  // Another client's matter already lists one of the defendants (spelt its own way).
  await rapport(sw, 'createClient', {
    client: {
      name: 'Bramble Hill Farms',
      matters: [
        {
          id: 'm-bramble',
          caseName: 'Bramble Hill Farms v. Skyline Aerial Applicators',
          caseNumber: '3:24-cv-00412-ABC',
          people: [{ id: 'p-sky', role: 'adverse-party', name: 'Skyline Aerial Applicators, L.L.C.', emails: [] }],
        },
      ],
    },
  });
  const sidebar = await openOrchardDocket(context, page);
  await sidebar.click('Add the people on this docket to the matter');
  await sidebar.waitForText('Which party is your client?');
  const frame = await sidebar.frame();

  // Nobody on the docket is called Marta Lindqvist: no side is assumed, every role waits.
  await sidebar.waitForText("Tick your client's party");
  const before = await preview(frame);
  expect(new Set(Object.values(before).map((r) => r.role))).toEqual(new Set(['Other']));
  expect(Object.keys(before)).toContain(COOP);

  // The user says which party is the client: the cooperative (Plaintiff, and Counter Defendant on the counterclaim).
  await frame.getByRole('checkbox', { name: `${COOP} (Plaintiff, Counter Defendant)` }).check();
  await sidebar.waitForNoText("Tick your client's party");
  const rows = await preview(frame);
  expect(roles(rows)).toEqual({
    'Lena Marwick': 'Co-counsel',
    'Daniel Osei': 'Co-counsel',
    'Ruth Halvorsen': 'Co-counsel',
    'Jun Takahashi': 'Other',
    'Hollis Pratt': 'Other',
    'Hood River Fruit Packers Association': 'Other',
    'Celia Nakamura-Boyd': 'Co-counsel',
    'Cascadia Agritech, Inc.': 'Adverse party',
    'Graham Ostrander': 'Opposing counsel',
    'Priya Venkataraman': 'Opposing counsel',
    'Owen Reddick': 'Opposing counsel',
    'Skyline Aerial Applicators LLC': 'Adverse party',
    'Marcus Delacroix-Whitfield': 'Opposing counsel',
    'Roy Ackerly': 'Adverse party',
  });
  // The client is not proposed to its own matter; the docket's words stay beside each person.
  expect(rows[COOP]).toBeUndefined();
  expect(rows['Cascadia Agritech, Inc.']!.about).toContain('Defendant, Counter Claimant');
  expect(rows['Graham Ostrander']!.about).toContain('gostrander@pelletiervance.example, pdxdocket@pelletiervance.example');
  expect(rows['Hollis Pratt']!.about).toContain('hpratt@pratt-farm.example');
  expect(rows['Owen Reddick']).toMatchObject({ ticked: false });
  expect(rows['Owen Reddick']!.about).toContain('Terminated on the docket');
  // No firm in Settings: nobody is marked a colleague.
  expect(Object.values(rows).some((r) => r.about.includes('Colleague'))).toBe(false);
  const ticked = Object.entries(rows).filter(([, r]) => r.ticked).map(([n]) => n);
  expect(ticked).toHaveLength(13);

  // Skyline is on Bramble Hill Farms' matter: the warning names it, and nothing is saved yet.
  await sidebar.click('Add 13 people to the matter');
  const warning = await sidebar.waitForText('Possible conflict of interest');
  expect(warning).toContain('Skyline Aerial Applicators');
  expect(warning).toContain('Bramble Hill Farms v. Skyline Aerial Applicators');
  expect(warning).toContain('Client: Bramble Hill Farms');
  expect((await rapport(sw, 'getClient', { id: client.id })).client.matters[0]!.people).toEqual([]);

  // "Don’t save" goes back to the preview as the user left it; they leave Skyline out and add the rest.
  await sidebar.click('Don’t save');
  await sidebar.waitForNoText('Possible conflict of interest');
  expect(roles(await preview(frame))).toEqual(roles(rows));
  await frame.getByRole('checkbox', { name: 'Skyline Aerial Applicators LLC', exact: true }).uncheck();
  await sidebar.click('Add 12 people to the matter');
  await sidebar.waitForText('12 people added to the matter');

  const saved = (await rapport(sw, 'getClient', { id: client.id })).client.matters[0]!.people;
  expect(Object.fromEntries(saved.map((p) => [p.name, p.role]))).toEqual({
    'Lena Marwick': 'co-counsel',
    'Daniel Osei': 'co-counsel',
    'Ruth Halvorsen': 'co-counsel',
    'Jun Takahashi': 'other',
    'Hollis Pratt': 'other',
    'Hood River Fruit Packers Association': 'other',
    'Celia Nakamura-Boyd': 'co-counsel',
    'Cascadia Agritech, Inc.': 'adverse-party',
    'Graham Ostrander': 'opposing-counsel',
    'Priya Venkataraman': 'opposing-counsel',
    'Marcus Delacroix-Whitfield': 'opposing-counsel',
    'Roy Ackerly': 'adverse-party',
  });
  const by = (name: string) => saved.find((p) => p.name === name)!;
  expect(by('Graham Ostrander')).toMatchObject({
    emails: ['gostrander@pelletiervance.example', 'pdxdocket@pelletiervance.example'],
    organisation: 'Pelletier Vance LLP',
    docketLabel: 'Counsel for Defendant Cascadia Agritech, Inc.; Counter Claimant Cascadia Agritech, Inc.',
  });
  expect(by('Cascadia Agritech, Inc.').docketLabel).toBe('Defendant, Counter Claimant');
  expect(by('Hollis Pratt')).toMatchObject({ emails: ['hpratt@pratt-farm.example'], docketLabel: 'Plaintiff' });
  // Nothing was confirmed past a warning, so no override was recorded.
  expect((await rapport(sw, 'getClient', { id: client.id })).client.conflictOverrides ?? []).toEqual([]);
});

test('colleagues at the firm’s domain or on its address list start unticked and marked; ticked, one joins as co-counsel', async ({ context, page, sw }) => {
  const settings = await rapport(sw, 'getSettings', {});
  // Lena Marwick by the firm's domain; Daniel Osei, of counsel on his own domain, by his address.
  await rapport(sw, 'updateSettings', { settings: { ...settings, firm: { domains: ['marwickosei.example'], addresses: ['dosei@oseilegal.example'] } } });
  const client = await seedOrchard(sw);
  const sidebar = await openOrchardDocket(context, page);
  await sidebar.click('Add the people on this docket to the matter');
  await sidebar.waitForText('Which party is your client?');
  const frame = await sidebar.frame();

  // The party the firm's colleagues represent is taken for the client, under both its labels.
  await expect(frame.getByRole('checkbox', { name: `${COOP} (Plaintiff, Counter Defendant)` })).toBeChecked();
  expect(await sidebar.text()).not.toContain("Tick your client's party");
  const rows = await preview(frame);
  for (const name of ['Lena Marwick', 'Daniel Osei']) {
    expect(rows[name]).toMatchObject({ ticked: false, role: 'Co-counsel' });
    expect(rows[name]!.about).toContain('Colleague at your firm');
  }
  // Co-counsel at another firm is not a colleague.
  expect(rows['Ruth Halvorsen']).toMatchObject({ ticked: true, role: 'Co-counsel' });
  expect(rows['Ruth Halvorsen']!.about).not.toContain('Colleague');
  expect(rows['Graham Ostrander']).toMatchObject({ ticked: true, role: 'Opposing counsel' });

  // The user ticks Lena Marwick: she joins the matter as co-counsel; Daniel Osei stays off.
  await frame.getByRole('checkbox', { name: 'Lena Marwick', exact: true }).check();
  await sidebar.click('Add 12 people to the matter');
  await sidebar.waitForText('12 people added to the matter');
  const saved = (await rapport(sw, 'getClient', { id: client.id })).client.matters[0]!.people;
  expect(saved.find((p) => p.name === 'Lena Marwick')).toMatchObject({ role: 'co-counsel', emails: ['lmarwick@marwickosei.example'] });
  expect(saved.some((p) => p.name === 'Daniel Osei')).toBe(false);
  expect(saved.some((p) => p.name === COOP)).toBe(false);
});

test('a docket nobody holds: its case joins an existing client’s matters, and the docket then opens that client', async ({ context, page, sw, extensionId }) => {
  const client = await seedOrchard(sw, { id: 'm-old', caseName: 'Lindqvist lease review', matterCode: 'LIND-001' });
  await serve(context, 'https://ecf.ord.uscourts.gov/**', fixture('pacer/docket-multi-party-ord.2026-11.html'));
  await page.goto(ORD_URL);
  await answered(sw, 'reportScreen', 1);
  // Nobody holds the case, so no frame comes by itself: the user opens Rapport's panel (as sidepanel.spec does).
  await page.bringToFront();
  const windowId = await sw.evaluate(async () => {
    const tabs = (globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<{ windowId: number }[]> } } }).chrome.tabs;
    return (await tabs.query({ active: true, lastFocusedWindow: true }))[0]!.windowId;
  });
  const panel = await context.newPage();
  await panel.goto(`chrome-extension://${extensionId}/sidepanel.html?window=${windowId}`);
  await page.bringToFront();
  const app = panel.locator('#app');
  await expect(app).toContainText('This case is not a client’s yet');
  await expect(app).toContainText(`${ORD_CASE} · ${ORD_NAME} · U.S. District Court, District of Oregon (Portland)`);

  await panel.getByRole('button', { name: 'Add to an existing client’s matters' }).click();
  await panel.getByLabel('Find a client').fill('Lindqvist');
  await panel.getByRole('button', { name: 'Search' }).click();
  await panel.getByRole('button', { name: 'Add this case to Marta Lindqvist' }).click();
  // The panel now recognises the case as hers.
  await expect(app).toContainText(`Matched on: case ${ORD_CASE}`);
  await expect(app).not.toContainText('This case is not a client’s yet');

  const stored = (await rapport(sw, 'getClient', { id: client.id })).client;
  expect(stored.matters).toHaveLength(2);
  expect(stored.matters[0]).toMatchObject({ id: 'm-old', matterCode: 'LIND-001' });
  expect(stored.matters[1]).toMatchObject({ caseNumber: ORD_CASE, caseName: ORD_NAME, court: 'U.S. District Court, District of Oregon (Portland)' });

  // The same docket opened again, in a window the panel does not follow, brings in her
  // sidebar by itself: the court read from the page and stored with the case matches the host's.
  const [again] = await Promise.all([
    context.waitForEvent('page'),
    sw.evaluate(async (url) => {
      const windows = (globalThis as unknown as { chrome: { windows: { create(o: object): Promise<unknown> } } }).chrome.windows;
      await windows.create({ url, focused: true });
    }, ORD_URL),
  ]);
  await again.waitForURL(ORD_URL);
  const sidebar = await SidebarFrame.of(again);
  const text = await sidebar.waitForText(`Matched on: case ${ORD_CASE}`);
  expect(text).toContain('Marta Lindqvist');
  expect(text).toContain('Add the people on this docket to the matter');
});
