import { expect, rapport, test } from './fixtures';

test('create a client through the options form, find it, edit it, delete it', async ({ page, extensionId, sw }) => {
  await page.goto(`chrome-extension://${extensionId}/options.html`);
  await page.getByRole('button', { name: 'New client' }).click();
  await page.getByLabel('Name', { exact: true }).fill('Maria Alvarez');
  await page.getByLabel('Preferred name').fill('Mari');
  await page.getByLabel('Organisation').fill('Alvarez Family Bakery');
  await page.getByLabel('E-mail addresses').fill('maria.alvarez@alvarezbakery.com');
  await page.getByLabel('Family').fill('Married to Luis; daughters Sofia and Ana');
  await page.getByRole('button', { name: 'Add matter' }).click();
  const matter = page.getByRole('group', { name: 'Matter 1' });
  await matter.getByLabel('Case number').fill('22STCV11897');
  await matter.getByLabel('Case name').fill('Alvarez v. Golden Flour Supply');
  await page.getByRole('button', { name: 'Add goal' }).click();
  const goal = page.getByRole('group', { name: 'Goal 1' });
  await goal.getByLabel('Goal', { exact: true }).fill('Recover the cost of the spoiled flour');
  await goal.getByLabel('Acceptable outcome').fill('At least $70,000');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByText('Saved', { exact: true })).toBeVisible();

  // It is really in the background's database, with every field.
  const list = await rapport(sw, 'listClients', { query: 'alvarez' });
  expect(list.clients.map((c) => c.name)).toEqual(['Maria Alvarez']);
  const view = await rapport(sw, 'getClient', { id: list.clients[0]!.id });
  expect(view.client).toMatchObject({
    preferredName: 'Mari',
    organisation: 'Alvarez Family Bakery',
    emails: ['maria.alvarez@alvarezbakery.com'],
    matters: [{ caseNumber: '22STCV11897', caseName: 'Alvarez v. Golden Flour Supply' }],
    goals: [{ text: 'Recover the cost of the spoiled flour', acceptableOutcome: 'At least $70,000', status: 'open' }],
  });
  expect(view.client.notes.family).toBe('Married to Luis; daughters Sofia and Ana');

  // Search by case number finds her; by something else does not.
  await page.reload();
  await page.getByLabel('Search clients').fill('22STCV11897');
  await expect(page.getByRole('button', { name: /Mari/ }).first()).toBeVisible();
  await page.getByLabel('Search clients').fill('nobody-like-this');
  await expect(page.getByRole('button', { name: /Mari/ })).toHaveCount(0);
  await page.getByLabel('Search clients').fill('');

  // A bad address is refused with the reason beside the field, and nothing typed is lost.
  await page.getByRole('button', { name: /Mari/ }).first().click();
  await page.getByLabel('E-mail addresses').fill('maria.alvarez@alvarezbakery.com\nnot-an-address');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByText('Not a valid e-mail address', { exact: false }).first()).toBeVisible();
  await expect(page.getByLabel('E-mail addresses')).toHaveValue('maria.alvarez@alvarezbakery.com\nnot-an-address');
  expect((await rapport(sw, 'getClient', { id: view.client.id })).client.emails).toEqual(['maria.alvarez@alvarezbakery.com']);

  // Delete asks first, saying what happens: the trash, for as long as Settings keeps it
  // (14 days here, not the default 30). Cancel keeps her; Delete moves her there.
  const settings = await rapport(sw, 'getSettings', {});
  await rapport(sw, 'updateSettings', { settings: { ...settings, trash: { keepDays: 14 } } });
  await page.getByLabel('E-mail addresses').fill('maria.alvarez@alvarezbakery.com');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByText('Saved', { exact: true })).toBeVisible();
  await page.getByRole('button', { name: 'Delete client' }).click();
  const dialog = page.getByRole('dialog', { name: /Delete Maria Alvarez/ });
  await expect(dialog).toContainText(
    'They go to the trash for 14 days: until then, Options → Data → Trash can restore them as they were. After that they are deleted for good.',
  );
  await expect(dialog).not.toContainText('cannot be undone');
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  expect((await rapport(sw, 'listClients', {})).total).toBe(1);
  await page.getByRole('button', { name: 'Delete client' }).click();
  await page.getByRole('dialog', { name: /Delete Maria Alvarez/ }).getByRole('button', { name: 'Delete', exact: true }).click();
  await expect(page.getByText('Client moved to the trash.')).toBeVisible();
  expect((await rapport(sw, 'listClients', {})).total).toBe(0);
  expect((await rapport(sw, 'listTrash', {})).clients.map((c) => c.name)).toEqual(['Maria Alvarez']);
});
