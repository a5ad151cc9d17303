// Options → Data as a user drives it: import real export files, back up,
// restore, the trash and the storage line, in the built extension.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Page, Worker } from '@playwright/test';
import { expect, rapport, ROOT, test } from './fixtures';

const IMPORTS = path.join(ROOT, 'tests/fixtures/import');
const DAY = 86_400_000;

const openData = (page: Page, extensionId: string) => page.goto(`chrome-extension://${extensionId}/options.html#data`);

/** Names in the options page's client list, as the user sees them. */
async function listedNames(page: Page, extensionId: string): Promise<string[]> {
  await page.goto(`chrome-extension://${extensionId}/options.html#`);
  const list = page.getByRole('list', { name: 'Clients' });
  await expect(list.getByRole('button').first()).toBeVisible();
  return list.getByRole('listitem').allInnerTexts();
}

/** Chooses the file; when Rapport is not sure of every column (Clio's headings are guessed), the user accepts the mapping shown. */
async function importFile(page: Page, file: string, mapping: 'certain' | 'guessed' = 'certain') {
  await page.getByLabel('Choose a contacts file…').setInputFiles(file);
  if (mapping === 'guessed') {
    await expect(page.getByRole('heading', { name: `Match the columns of ${path.basename(file)}` })).toBeVisible();
    await page.getByRole('button', { name: 'Continue to preview' }).click();
  }
  await expect(page.getByRole('heading', { name: /Import preview/ })).toBeVisible();
}

for (const [file, expected, mapping] of [
  ['google-contacts.2026-11.csv', ['Zoë Whitfield', 'Lan Thị Đặng', '明 李', 'Bayview Title Company'], 'certain'],
  ['outlook-contacts.2026-11.csv', ['Đặng Văn Minh', 'Zoë Ng Jr.', 'Li Wei (李伟)'], 'certain'],
  ['outlook-desktop-contacts.2026-11.csv', ['Zoë Achterberg'], 'certain'],
  ['clio-contacts.2026-11.csv', ['Zoë Castellanos', 'Wei 李'], 'guessed'],
  ['contacts.2026-11.vcf', ['Zoë Whitfield', 'Đặng Thị Lan', 'Bayview Title Company'], 'certain'],
] as const) {
  test(`import ${file} through Options → Data: preview with line numbers, then the clients are in the list`, async ({ page, extensionId, sw }) => {
    await openData(page, extensionId);
    await importFile(page, path.join(IMPORTS, file), mapping);
    // Nothing is written before the user confirms.
    expect((await rapport(sw, 'listClients', {})).total).toBe(0);
    const confirm = page.getByRole('button', { name: /^Import \d+ clients?$/ });
    const count = Number((await confirm.innerText()).match(/\d+/)![0]);
    await confirm.click();
    await expect(page.getByText(`Imported ${file}:`)).toBeVisible();
    expect((await rapport(sw, 'listClients', {})).total).toBe(count);
    const names = (await listedNames(page, extensionId)).join('\n');
    for (const name of expected) expect(names).toContain(name);
  });
}

test('an import that repeats an existing client merges into it by e-mail and shows each row’s line', async ({ page, extensionId, sw }) => {
  const lan = await rapport(sw, 'createClient', { client: { name: 'Lan Dang', emails: ['lan.dang@dang-imports.example'], tags: ['VIP'] } });
  await openData(page, extensionId);
  await importFile(page, path.join(IMPORTS, 'google-contacts.2026-11.csv'));
  const rows = page.getByRole('table').filter({ has: page.getByRole('columnheader', { name: 'Outcome' }) });
  await expect(rows.getByRole('row', { name: /^6 .*Merged/ })).toBeVisible();
  await expect(rows.getByRole('row', { name: /^9 .*Error.*omar@haddad-bakery/ })).toBeVisible();
  await page.getByRole('button', { name: /^Import \d+ clients?$/ }).click();
  await expect(page.getByText(/Imported google-contacts/)).toBeVisible();
  const after = await rapport(sw, 'getClient', { id: lan.client.id });
  expect(after.client).toMatchObject({ name: 'Lan Dang', organisation: 'Đặng Imports, LLC', tags: ['VIP', 'Clients'], createdAt: lan.client.createdAt });
});

test('a CSV of unknown shape goes through the column mapping step', async ({ page, extensionId, sw }, info) => {
  const file = info.outputPath('firm-list.csv');
  writeFileSync(file, 'Client,Mail,Cell,Remarks\r\n"Okafor, Chidi",chidi@okafor.example,555-0101,Referred by Ana\r\nPriya Raman,priya@raman.example,,\r\n');
  await openData(page, extensionId);
  await page.getByLabel('Choose a contacts file…').setInputFiles(file);
  await expect(page.getByRole('heading', { name: 'Match the columns of firm-list.csv' })).toBeVisible();
  await page.getByLabel('Import “Client” as').selectOption({ label: 'Full name' });
  await page.getByLabel('Import “Mail” as').selectOption({ label: 'E-mail address' });
  await page.getByRole('button', { name: 'Continue to preview' }).click();
  await page.getByRole('button', { name: 'Import 2 clients' }).click();
  await expect(page.getByText(/Imported firm-list.csv/)).toBeVisible();
  const list = await rapport(sw, 'listClients', {});
  expect(list.clients.map((c) => [c.name, c.emails])).toEqual([
    ['Okafor, Chidi', ['chidi@okafor.example']],
    ['Priya Raman', ['priya@raman.example']],
  ]);
});

test('a malformed file shows its error with the line number and changes nothing', async ({ page, extensionId, sw }, info) => {
  await rapport(sw, 'createClient', { client: { name: 'Maria Alvarez', emails: ['maria@alvarezbakery.com'] } });
  const file = info.outputPath('broken.csv');
  writeFileSync(file, 'First Name,Last Name,E-mail 1 - Value\r\nAna,Ruiz,ana@ruiz.example\r\n"Ben,Stone,ben@stone.example\r\nCara,Diaz,cara@diaz.example\r\n');
  await openData(page, extensionId);
  await page.getByLabel('Choose a contacts file…').setInputFiles(file);
  await expect(page.getByRole('alert')).toContainText('broken.csv cannot be imported: line 3:');
  await expect(page.getByRole('alert')).toContainText('Nothing was changed.');
  await expect(page.getByRole('button', { name: /^Import \d+/ })).toHaveCount(0);
  expect((await rapport(sw, 'listClients', {})).clients.map((c) => c.name)).toEqual(['Maria Alvarez']);
});

/** Clicks "Back up now" and returns the saved file's path and text. */
async function backUp(page: Page, dir: string): Promise<{ file: string; text: string }> {
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Back up now' }).click()]);
  expect(download.suggestedFilename()).toMatch(/^rapport-backup-\d{4}-\d\d-\d\dT\d\d-\d\d-\d\dZ\.json$/);
  const file = path.join(dir, download.suggestedFilename());
  await download.saveAs(file);
  await expect(page.getByText(/^Backup saved:/)).toBeVisible();
  return { file, text: readFileSync(file, 'utf8') };
}

async function seedThree(sw: Worker) {
  const now = Date.now();
  const made = await rapport(sw, 'importClients', {
    records: ['Maria Alvarez', 'Chidi Okafor', 'Priya Raman'].map((name, k) => ({
      client: { name, emails: [`${name.split(' ')[0]!.toLowerCase()}@example.com`], matters: [{ id: `m${k}`, caseNumber: `22STCV1189${k}` }], notes: { family: `Family of ${name}` } },
      interactions: Array.from({ length: 5 + k }, (_, j) => ({ kind: 'call' as const, at: now - (j + 1) * DAY, summary: `Call ${j} with ${name}` })),
    })),
  });
  return made.ids;
}

test('back up, delete clients, restore: the list and each client’s history are back exactly; the storage line shows the backup', async ({ page, extensionId, sw }, info) => {
  const ids = await seedThree(sw);
  const before = await Promise.all(ids.map((id) => rapport(sw, 'getClient', { id })));
  const historyBefore = await rapport(sw, 'backupPage', { section: 'interactions' });
  await openData(page, extensionId);
  await expect(page.getByTestId('storage-line')).toContainText('3 clients with 18 interactions; 0 in the trash.');
  await expect(page.getByTestId('storage-line')).toContainText('No backup yet.');
  await expect(page.getByRole('note')).toContainText('No backup yet');
  const { file } = await backUp(page, info.outputPath());
  await expect(page.getByTestId('storage-line')).toContainText('Last backup:');
  await expect(page.getByRole('note')).toHaveCount(0);

  await rapport(sw, 'deleteClient', { id: ids[0]! });
  await rapport(sw, 'deleteClient', { id: ids[2]! });
  await rapport(sw, 'deleteClientForever', { id: ids[2]! });
  expect((await rapport(sw, 'listClients', {})).total).toBe(1);

  await page.getByLabel('Restore from a backup…').setInputFiles(file);
  await expect(page.getByRole('status').filter({ hasText: 'Clients: 1 new' })).toBeVisible();
  await expect(page.getByRole('row', { name: /Maria Alvarez.*Brought back from the trash/ })).toBeVisible();
  await page.getByRole('button', { name: 'Restore', exact: true }).click();
  await expect(page.getByText(/^Restored from rapport-backup/)).toBeVisible();

  const after = await Promise.all(ids.map((id) => rapport(sw, 'getClient', { id })));
  expect(after).toEqual(before);
  expect(await rapport(sw, 'backupPage', { section: 'interactions' })).toEqual(historyBefore);
  expect((await rapport(sw, 'listTrash', {})).clients).toEqual([]);
  expect((await listedNames(page, extensionId)).join('\n')).toMatch(/Chidi Okafor[\s\S]*Maria Alvarez[\s\S]*Priya Raman/);
});

test('a backup with a bad record shows its path and writes nothing', async ({ page, extensionId, sw }, info) => {
  await seedThree(sw);
  await openData(page, extensionId);
  const { text } = await backUp(page, info.outputPath());
  const doc = JSON.parse(text) as { clients: { emails: string[]; name: string }[] };
  doc.clients[1]!.emails[0] = 'not an address';
  doc.clients.push({ ...doc.clients[0]!, name: 'Copy' });
  const bad = info.outputPath('bad-backup.json');
  writeFileSync(bad, JSON.stringify(doc));
  const beforeAll = await rapport(sw, 'backupPage', { section: 'clients' });
  await page.getByLabel('Restore from a backup…').setInputFiles(bad);
  const errors = page.getByRole('list', { name: 'Errors in the backup file' });
  await expect(errors).toContainText('clients[1].emails[0]');
  await expect(errors).toContainText(/clients\[3\]\.id.*duplicate client id/);
  // The bad client's interactions have no valid client left: each is reported too.
  await expect(errors).toContainText(/interactions\[\d+\]\.clientId.*no client/);
  await expect(page.getByText(/^This file cannot be restored: \d+ errors\. Nothing has been changed\.$/)).toBeVisible();
  await expect(page.getByRole('button', { name: 'Restore', exact: true })).toHaveCount(0);
  expect(await rapport(sw, 'backupPage', { section: 'clients' })).toEqual(beforeAll);
});

test('trash: restore a client, delete another forever after confirming', async ({ page, extensionId, sw }) => {
  const ids = await seedThree(sw);
  await rapport(sw, 'deleteClient', { id: ids[0]! });
  await rapport(sw, 'deleteClient', { id: ids[1]! });
  await openData(page, extensionId);
  const trash = page.getByRole('table').filter({ has: page.getByRole('columnheader', { name: 'Deleted for good on' }) });
  await expect(trash.getByRole('row')).toHaveCount(3);
  await trash.getByRole('button', { name: 'Restore Maria Alvarez' }).click();
  await expect(page.getByText('Maria Alvarez is back in your clients.')).toBeVisible();
  await trash.getByRole('button', { name: 'Delete Chidi Okafor forever' }).click();
  // One click is not enough: the user confirms.
  expect((await rapport(sw, 'listTrash', {})).clients.map((c) => c.name)).toEqual(['Chidi Okafor']);
  await trash.getByRole('button', { name: 'Delete Chidi Okafor and their history for good' }).click();
  await expect(page.getByText('The trash is empty.')).toBeVisible();
  expect((await rapport(sw, 'listTrash', {})).clients).toEqual([]);
  expect((await rapport(sw, 'listClients', {})).clients.map((c) => c.name)).toEqual(['Maria Alvarez', 'Priya Raman']);
  expect((await rapport(sw, 'getClient', { id: ids[0]! })).recent).toHaveLength(5);
  await expect(page.getByTestId('storage-line')).toContainText('2 clients with 12 interactions; 0 in the trash.');
});

test('the popup’s footer reminds after backup.remindAfterDays without a backup, and says when the last one was made', async ({ page, extensionId, sw }) => {
  const popup = `chrome-extension://${extensionId}/popup.html`;
  const footer = page.getByRole('contentinfo');
  await rapport(sw, 'createClient', { client: { name: 'Maria Alvarez' } });
  await page.goto(popup);
  await expect(footer).toHaveText('No backup yet: back up in Options → Data.');
  await expect(footer.getByRole('link')).toHaveAttribute('href', `chrome-extension://${extensionId}/options.html#data`);
  await rapport(sw, 'noteBackup', { at: Date.now() - 31 * DAY });
  await page.reload();
  await expect(footer).toHaveText('Last backup 31 days ago: back up in Options → Data.');
  const settings = await rapport(sw, 'getSettings', {});
  await rapport(sw, 'updateSettings', { settings: { ...settings, backup: { remindAfterDays: 60 } } });
  await page.reload();
  await expect(footer).toHaveText('Last backup 31 days ago.');
  await expect(footer.getByRole('link')).toHaveCount(0);
  await rapport(sw, 'noteBackup', { at: Date.now() });
  await page.reload();
  await expect(footer).toHaveText('Last backup today.');
});
