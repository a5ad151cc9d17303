// People around a matter, end to end in the built extension: the sidebar's
// matter-person cards beside the client's, no "Add as client" for opposing
// counsel, the conflict warning before a new client is saved, and "Check a name".
import type { Worker } from '@playwright/test';
import { SidebarFrame } from './sidebar-frame';
import { expect, fixture, rapport, serve, test } from './fixtures';

const THREAD = 'https://mail.google.com/mail/u/0/#inbox/FMfcgzQXKlmzRgTfrJMhVdSxVbcmqnXw';
const several = fixture('gmail/thread-several-messages.2026-11.html');
const ELENA = 'elena.ruiz@ruizflowers.com';
const BRANDT = 'vbrandt@brandt-defense.com';
const DAY = 86_400_000;

/** The saved thread, with the client Elena in Maria's place and opposing counsel Victor Brandt in Luis's. */
const clientAndCounsel = several
  .replaceAll('maria.alvarez@alvarezbakery.com', ELENA)
  .replaceAll('Maria Alvarez', 'Elena Ruiz')
  .replaceAll('luis@alvarezbakery.com', BRANDT)
  .replaceAll('Luis Alvarez', 'Victor Brandt');
/** The same thread written by Brandt, with his paralegal in Luis's place and no client on it. */
const counselAlone = several
  .replaceAll('maria.alvarez@alvarezbakery.com', BRANDT)
  .replaceAll('Maria Alvarez', 'Victor Brandt')
  .replaceAll('luis@alvarezbakery.com', 'paralegal@brandt-defense.com')
  .replaceAll('Luis Alvarez', 'Pat Paralegal');

/** Elena, her lease matter with Brandt as opposing counsel, a goal and a deadline on the matter; the firm's domain set. */
async function seed(sw: Worker) {
  const settings = await rapport(sw, 'getSettings', {});
  await rapport(sw, 'updateSettings', { settings: { ...settings, firm: { domains: ['leelaw.com'], addresses: [] } } });
  const elena = await rapport(sw, 'createClient', {
    client: {
      name: 'Elena Ruiz',
      emails: [ELENA],
      goals: [{ id: 'g1', text: 'Keep the flower shop lease', acceptableOutcome: 'Five more years at today’s rent', updatedAt: Date.now() }],
      matters: [
        {
          id: 'm-lease',
          caseName: 'Ruiz v. Harbor Properties',
          caseNumber: '3:24-cv-01234-RS',
          court: 'N.D. Cal.',
          people: [{ id: 'p-brandt', role: 'opposing-counsel', name: 'Victor Brandt', organisation: 'Brandt Defense LLP', emails: [BRANDT] }],
        },
      ],
    },
  });
  const due = new Date(Date.now() + 10 * DAY);
  const dueDate = `${due.getFullYear()}-${String(due.getMonth() + 1).padStart(2, '0')}-${String(due.getDate()).padStart(2, '0')}`;
  await rapport(sw, 'saveDeadline', { deadline: { clientId: elena.client.id, matterId: 'm-lease', title: 'Opposition to motion to dismiss', kind: 'court', dueDate } });
  return elena.client;
}

test('a thread with the client and her opposing counsel shows both cards, labelled, client first', async ({ context, page, sw }) => {
  await seed(sw);
  await serve(context, 'https://mail.google.com/**', clientAndCounsel);
  await page.goto(THREAD);
  const sidebar = await SidebarFrame.of(page);
  const text = await sidebar.waitForText('Opposing counsel · Ruiz v. Harbor Properties');
  expect(text).toContain(`Matched on: ${ELENA}`);
  expect(text).toContain('Client: Elena Ruiz');
  expect(text).toContain('Opposition to motion to dismiss');
  expect(text).toContain('Keep the flower shop lease');
  // The client's own card comes first.
  expect(text.indexOf(`Matched on: ${ELENA}`)).toBeLessThan(text.indexOf('Opposing counsel · Ruiz v. Harbor Properties'));
  // Brandt is not offered as a client, and Priya (the firm's domain) is no one to add either.
  expect(text).not.toContain('Not a client yet');
  expect(text).not.toContain('Add as client');
});

test('a thread from opposing counsel alone shows the matter card and no "Add as client"; a call with him is the matter’s, not the client’s contact', async ({ context, page, sw }) => {
  const elena = await seed(sw);
  await serve(context, 'https://mail.google.com/**', counselAlone);
  await page.goto(THREAD);
  const sidebar = await SidebarFrame.of(page);
  const text = await sidebar.waitForText('Opposing counsel · Ruiz v. Harbor Properties');
  expect(text).toContain('Victor Brandt');
  expect(text).toContain('Client: Elena Ruiz');
  // His paralegal, at the same domain, is recognised as from counsel's organisation.
  expect(text).toContain("Opposing counsel's organisation · Ruiz v. Harbor Properties");
  expect(text).not.toContain('Add as client');
  expect(text).not.toContain('Matched on:');

  await sidebar.click('Log with Victor Brandt');
  await sidebar.fill('Summary', 'Call with opposing counsel about the extension');
  await sidebar.click('Log on the matter');
  await sidebar.waitForText('Call with opposing counsel about the extension');
  const view = await rapport(sw, 'getClient', { id: elena.id });
  expect(view.lastContact).toBeUndefined();
  expect(view.recent.map((i) => [i.summary, i.matterId, i.aboutPerson])).toEqual([['Call with opposing counsel about the extension', 'm-lease', 'p-brandt']]);
});

test('adding opposing counsel as a new client raises the warning naming the matter, saves nothing until "Save anyway", which records the confirmation', async ({ page, sw, extensionId }) => {
  const elena = await seed(sw);
  await page.goto(`chrome-extension://${extensionId}/options.html`);
  await page.getByRole('button', { name: 'New client' }).click();
  await page.getByLabel('Name', { exact: true }).fill('Victor Brandt');
  await page.getByLabel('E-mail addresses').fill(BRANDT);
  await page.getByRole('button', { name: 'Save', exact: true }).click();

  const warning = page.getByRole('region', { name: 'Possible conflict of interest' });
  await expect(warning).toBeVisible();
  await expect(warning).toContainText('Opposing counsel · Ruiz v. Harbor Properties');
  await expect(warning).toContainText('Client: Elena Ruiz');
  await expect(warning).toContainText(`Same e-mail address: ${BRANDT}`);
  // Nothing saved while the warning is up.
  expect((await rapport(sw, 'listClients', { query: 'Brandt' })).total).toBe(0);

  await warning.getByRole('button', { name: 'Save anyway…' }).click();
  await warning.getByLabel('Confirmed by').fill('Jordan Lee');
  await warning.getByLabel('Reason (optional)').fill('Checked with the ethics partner: different matter');
  const before = Date.now();
  await warning.getByRole('button', { name: 'Confirm and save' }).click();
  await expect(page.getByText('Saved', { exact: true })).toBeVisible();

  const [saved] = (await rapport(sw, 'listClients', { query: 'Brandt' })).clients;
  const { client } = await rapport(sw, 'getClient', { id: saved!.id });
  expect(client.conflictOverrides).toHaveLength(1);
  const record = client.conflictOverrides![0]!;
  expect(record).toMatchObject({
    subject: { kind: 'client', clientId: client.id, name: 'Victor Brandt', emails: [BRANDT] },
    confirmedBy: { label: 'Jordan Lee' },
    note: 'Checked with the ethics partner: different matter',
    hits: [{ clientId: elena.id, clientName: 'Elena Ruiz', role: 'opposing-counsel', matter: { id: 'm-lease', label: 'Ruiz v. Harbor Properties' } }],
  });
  expect(record.confirmedAt).toBeGreaterThanOrEqual(before);
});

test('Check a name finds an exact e-mail and a normalised name, and says what it searched', async ({ page, sw, extensionId }) => {
  await seed(sw);
  await page.goto(`chrome-extension://${extensionId}/options.html`);
  await page.getByRole('link', { name: 'Check a name' }).click();
  await page.getByLabel('E-mail addresses').fill('VBrandt@Brandt-Defense.com');
  await page.getByRole('button', { name: 'Check', exact: true }).click();
  const report = page.getByRole('region', { name: /^Conflict check:/ });
  await expect(report).toContainText('Exact match');
  await expect(report).toContainText('Opposing counsel · Ruiz v. Harbor Properties');
  await expect(report).toContainText('Searched');
  await expect(report).toContainText('1 client');

  await page.getByLabel('E-mail addresses').fill('');
  // Case, accents and spacing are normalised away: still an exact hit.
  await page.getByLabel('Name', { exact: true }).fill('  VÍCTOR   brandt ');
  await page.getByRole('button', { name: 'Check', exact: true }).click();
  await expect(report).toContainText('Conflict check: VÍCTOR   brandt');
  await expect(report).toContainText('Exact match');
  await expect(report).toContainText('Victor Brandt · Client: Elena Ruiz');

  await page.getByLabel('Name', { exact: true }).fill('Zebulon Quartermaine');
  await page.getByRole('button', { name: 'Check', exact: true }).click();
  await expect(report).toContainText("No match in Rapport's records for Zebulon Quartermaine.");
  await expect(report.getByRole('button', { name: 'Print' })).toBeVisible();
});
