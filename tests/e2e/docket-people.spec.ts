// People from a CM/ECF docket in Chromium with the built extension: the real
// saved N.D. Cal. docket served at its real URL, a client holding its case,
// "Add the people on this docket to the matter" from the sidebar, and the
// matter's people read back from the background with the docket's labels.
import { answered, expect, rapport, serve, test } from './fixtures';
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
