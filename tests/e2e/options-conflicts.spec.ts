// Saves never lose edits, on the options page too: two pages editing the same
// client, or the same settings, both save; the second sees what the first
// saved beside its own, and nothing is written over until the user chooses.
import { expect, rapport, test } from './fixtures';

test('two options pages edit the same client: the second save merges what it can and asks about the rest', async ({ context, page, sw, extensionId }) => {
  const { client } = await rapport(sw, 'createClient', {
    client: { name: 'Maria Alvarez', emails: ['maria@alvarezbakery.com'], notes: { family: 'Married to Luis' } },
  });
  const url = `chrome-extension://${extensionId}/options.html#client=${client.id}`;
  const other = await context.newPage();
  await page.goto(url);
  await other.goto(url);
  await expect(page.getByLabel('Family')).toHaveValue('Married to Luis');
  await expect(other.getByLabel('Family')).toHaveValue('Married to Luis');

  // The first page changes Family and Organisation, and saves.
  await page.getByLabel('Family').fill('Married to Luis; daughters Sofia and Ana');
  await page.getByLabel('Organisation').fill('Alvarez Family Bakery');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByText('Saved', { exact: true })).toBeVisible();

  // The second, opened before that save, changes Family and Interests.
  await other.getByLabel('Family').fill('Married to Luis (since 2004)');
  await other.getByLabel('Interests').fill('Sourdough competitions');
  await other.getByRole('button', { name: 'Save' }).click();
  const conflict = other.getByRole('alert').filter({ hasText: 'Changed elsewhere while you were editing' });
  await expect(conflict).toContainText('Married to Luis; daughters Sofia and Ana');
  await expect(conflict).toContainText('Married to Luis (since 2004)');
  // Organisation changed only in the first page: taken as it is, not asked about.
  await expect(other.getByLabel('Organisation')).toHaveValue('Alvarez Family Bakery');
  await expect(conflict.getByRole('group')).toHaveCount(1);

  // Save again without choosing: nothing written over.
  await other.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(other.getByText('Choose what to keep for each field listed above')).toBeVisible();
  expect((await rapport(sw, 'getClient', { id: client.id })).client.notes.family).toBe('Married to Luis; daughters Sofia and Ana');

  await conflict.getByRole('button', { name: 'Keep both' }).click();
  await other.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(other.getByText('Saved', { exact: true })).toBeVisible();
  const saved = (await rapport(sw, 'getClient', { id: client.id })).client;
  expect(saved.notes).toMatchObject({ family: 'Married to Luis (since 2004)\nMarried to Luis; daughters Sofia and Ana', interests: 'Sourdough competitions' });
  expect(saved.organisation).toBe('Alvarez Family Bakery');
});

test('two settings pages: the second save sees the first and keeps both where it can', async ({ context, page, sw, extensionId }) => {
  const url = `chrome-extension://${extensionId}/options.html#settings`;
  const other = await context.newPage();
  await page.goto(url);
  await other.goto(url);
  await expect(page.getByLabel('Never log')).toHaveValue('');
  await expect(other.getByLabel('Never log')).toHaveValue('');

  await page.getByLabel('Never log').fill('opposing-counsel.com');
  await page.getByLabel('Warn after (hours)').fill('12');
  await page.getByRole('button', { name: 'Save settings' }).click();
  await expect(page.getByText('Settings saved')).toBeVisible();

  await other.getByLabel('Never log').fill('court.gov');
  await other.getByLabel('Reminder hour').selectOption({ label: '7:00 AM' });
  await other.getByRole('button', { name: 'Save settings' }).click();
  const conflict = other.getByRole('alert').filter({ hasText: 'Changed elsewhere while you were editing' });
  await expect(conflict).toContainText('opposing-counsel.com');
  await expect(conflict).toContainText('court.gov');
  // Saved only there: taken; changed only here: kept.
  await expect(other.getByLabel('Warn after (hours)')).toHaveValue('12');
  expect((await rapport(sw, 'getSettings', {})).mail.neverLog).toEqual(['opposing-counsel.com']);

  await conflict.getByRole('button', { name: 'Keep both' }).click();
  await other.getByRole('button', { name: 'Save settings' }).click();
  await expect(other.getByText('Settings saved')).toBeVisible();
  expect(await rapport(sw, 'getSettings', {})).toMatchObject({
    mail: { neverLog: ['court.gov', 'opposing-counsel.com'] },
    reminders: { hour: 7 },
    awaitingReply: { warnAfterHours: 12 },
    version: 2,
  });
});
