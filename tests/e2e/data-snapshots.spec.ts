// Options → Data, the rest of issue 9: deadlines and open questions in the
// backup, sidebars that follow bulk writes, and "Undo this import" — driven
// as a user would in the built extension.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Page, Worker } from '@playwright/test';
import { expect, fixture, rapport, serve, test } from './fixtures';
import { SidebarFrame } from './sidebar-frame';

const DAY = 86_400_000;
const THREAD = 'https://mail.google.com/mail/u/0/#inbox/FMfcgzQXKlmzRgTfrJMhVdSxVbcmqnXw';
const MARIA = 'maria.alvarez@alvarezbakery.com';
const GOOGLE_HEADER = 'First Name,Last Name,Labels,E-mail 1 - Label,E-mail 1 - Value,Phone 1 - Label,Phone 1 - Value';

const openData = (page: Page, extensionId: string) => page.goto(`chrome-extension://${extensionId}/options.html#data`);

/** A Google Contacts CSV: `rows` of [first, last, e-mail, phone]. */
function googleCsv(file: string, rows: [string, string, string, string][]): string {
  writeFileSync(file, `${GOOGLE_HEADER}\r\n${rows.map(([f, l, e, p]) => `${f},${l},* myContacts,* Work,${e},Mobile,${p}`).join('\r\n')}\r\n`);
  return file;
}

async function importFile(page: Page, file: string): Promise<void> {
  await page.getByLabel('Choose a contacts file…').setInputFiles(file);
  await expect(page.getByRole('heading', { name: /Import preview/ })).toBeVisible();
  await page.getByRole('button', { name: /^Import \d+ clients?$/ }).click();
  await expect(page.getByText(`Imported ${path.basename(file)}:`)).toBeVisible();
}

async function everyDeadlineAndQuestion(sw: Worker, clientIds: string[]) {
  return {
    deadlines: await rapport(sw, 'listDeadlines', {}),
    questions: await Promise.all(clientIds.map((clientId) => rapport(sw, 'listOpenQuestions', { clientId }))),
  };
}

test('back up, delete forever, restore: every deadline (with its history) and open question is back exactly', async ({ page, extensionId, sw }, info) => {
  const maria = (await rapport(sw, 'createClient', { client: { name: 'Maria Alvarez', emails: [MARIA], matters: [{ id: 'm1', caseNumber: '22STCV11897' }] } })).client;
  const chidi = (await rapport(sw, 'createClient', { client: { name: 'Chidi Okafor', emails: ['chidi@okafor.example'] } })).client;
  const brief = (await rapport(sw, 'saveDeadline', { deadline: { clientId: maria.id, matterId: 'm1', title: 'Opposition brief', kind: 'court', dueDate: '2027-01-08' } })).deadline;
  await rapport(sw, 'saveDeadline', { id: brief.id, base: brief.updatedAt, reason: 'Stipulated extension', deadline: { clientId: maria.id, matterId: 'm1', title: 'Opposition brief', kind: 'court', dueDate: '2027-01-15' } });
  const promise = (await rapport(sw, 'saveDeadline', { deadline: { clientId: chidi.id, title: 'Send the draft lease', kind: 'promise', dueDate: '2026-12-01' } })).deadline;
  await rapport(sw, 'completeDeadline', { id: promise.id });
  await rapport(sw, 'saveOpenQuestion', { clientId: maria.id, text: 'Does the landlord accept a payment plan?' });
  const q = (await rapport(sw, 'saveOpenQuestion', { clientId: chidi.id, text: 'Which court?' })).question;
  await rapport(sw, 'resolveOpenQuestion', { id: q.id });
  const before = await everyDeadlineAndQuestion(sw, [maria.id, chidi.id]);
  expect(before.deadlines.items.find((i) => i.deadline.id === brief.id)!.deadline.history.map((h) => h.type)).toEqual(['created', 'due-changed']);

  await openData(page, extensionId);
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Back up now' }).click()]);
  const file = info.outputPath(download.suggestedFilename());
  await download.saveAs(file);
  const doc = JSON.parse(readFileSync(file, 'utf8')) as { version: number; deadlines: unknown[]; questions: unknown[] };
  expect([doc.version, doc.deadlines.length, doc.questions.length]).toEqual([2, 2, 2]);

  for (const c of [maria, chidi]) {
    await rapport(sw, 'deleteClient', { id: c.id });
    await rapport(sw, 'deleteClientForever', { id: c.id });
  }
  expect((await rapport(sw, 'listDeadlines', {})).items).toEqual([]);

  await page.getByLabel('Restore from a backup…').setInputFiles(file);
  await expect(page.getByRole('row', { name: /^Deadlines and promises 2 0/ })).toBeVisible();
  await expect(page.getByRole('row', { name: /^Open questions 2 0/ })).toBeVisible();
  await page.getByRole('button', { name: 'Restore', exact: true }).click();
  await expect(page.getByText(/^Restored from rapport-backup.*2 deadlines and 2 open questions written\.$/)).toBeVisible();
  expect(await everyDeadlineAndQuestion(sw, [maria.id, chidi.id])).toEqual(before);
});

test('a Gmail sidebar showing "Add as client" shows the client once Options → Data imports that address, without a reload', async ({ context, page, extensionId }, info) => {
  await serve(context, 'https://mail.google.com/**', fixture('gmail/thread-several-messages.2026-11.html'));
  await page.goto(THREAD);
  const sidebar = await SidebarFrame.of(page);
  const notYet = (text: string) => text.slice(text.search(/Not a client yet/i));
  expect(notYet(await sidebar.waitForText(/Not a client yet/i))).toContain(MARIA);

  const options = await context.newPage();
  await openData(options, extensionId);
  await importFile(options, googleCsv(info.outputPath('maria.csv'), [['Maria', 'Alvarez', MARIA, '555-0101']]));
  const after = await sidebar.waitForText(`Matched on: ${MARIA}`);
  expect(notYet(after)).not.toContain(MARIA);
});

test('"Undo this import" after an import of 60 contacts puts the database back exactly; then there is nothing to undo', async ({ page, extensionId, sw }, info) => {
  const now = Date.now();
  const seeded = await rapport(sw, 'importClients', {
    records: [
      {
        client: { name: 'Lan Dang', emails: ['lan.dang@dang-imports.example'], tags: ['VIP'], notes: { family: 'Two sons' } },
        interactions: [1, 2, 3].map((d) => ({ kind: 'call' as const, at: now - d * DAY, summary: `Call ${d}` })),
      },
      { client: { name: 'Priya Raman', emails: ['priya@raman.example'] }, interactions: [{ kind: 'meeting' as const, at: now - DAY, summary: 'Intake' }] },
    ],
  });
  const lanId = seeded.ids[0]!;
  await rapport(sw, 'saveDeadline', { deadline: { clientId: lanId, title: 'Answer due', kind: 'court', dueDate: '2027-02-01' } });
  const lanBefore = await rapport(sw, 'getClient', { id: lanId });
  const historyBefore = await rapport(sw, 'backupPage', { section: 'interactions' });
  const clientsBefore = await rapport(sw, 'backupPage', { section: 'clients' });
  const deadlinesBefore = await rapport(sw, 'listDeadlines', {});

  await openData(page, extensionId);
  await expect(page.getByTestId('undo-none')).toHaveText('There is nothing to undo: no import or restore has been made here yet.');
  const rows: [string, string, string, string][] = Array.from({ length: 59 }, (_, k) => [`Person${k}`, 'Imported', `person${k}@imported.example`, '']);
  // One row merges into Lan by e-mail: her phone and organisation change.
  rows.push(['Lan', 'Dang', 'lan.dang@dang-imports.example', '555-0107']);
  await importFile(page, googleCsv(info.outputPath('sixty.csv'), rows));
  expect((await rapport(sw, 'listClients', {})).total).toBe(61);
  expect((await rapport(sw, 'getClient', { id: lanId })).client.phones).toEqual(['555-0107']);

  await page.getByRole('button', { name: 'Undo this import' }).click();
  await page.getByRole('button', { name: 'Yes, undo the import' }).click();
  await expect(page.getByText('The import was undone: 59 clients it added were removed and 1 client it changed is back as it was.')).toBeVisible();
  await expect(page.getByTestId('undo-none')).toHaveText('The last import has already been undone: there is nothing more to undo.');

  expect(await rapport(sw, 'getClient', { id: lanId })).toEqual(lanBefore);
  expect(await rapport(sw, 'backupPage', { section: 'interactions' })).toEqual(historyBefore);
  expect(await rapport(sw, 'backupPage', { section: 'clients' })).toEqual(clientsBefore);
  expect(await rapport(sw, 'listDeadlines', {})).toEqual(deadlinesBefore);
  expect((await rapport(sw, 'listClients', {})).total).toBe(2);
  await expect(page.getByTestId('storage-line')).toContainText('2 clients with 4 interactions');
});
