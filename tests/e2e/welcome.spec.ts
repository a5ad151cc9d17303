// First run (issue 14): installing Rapport into a fresh profile opens the
// welcome page, whose steps lead to Options; it can be opened again from there.
import { expect, test } from './fixtures';

test('a fresh profile opens the welcome page on install, with its steps and the sidebar choice', async ({ context, extensionId }) => {
  await expect.poll(() => context.pages().some((p) => p.url() === `chrome-extension://${extensionId}/welcome.html`)).toBe(true);
  const welcome = context.pages().find((p) => p.url().endsWith('/welcome.html'))!;
  await expect(welcome.getByRole('heading', { level: 1 })).toHaveText('Welcome to Rapport');
  await expect(welcome.getByText('Nothing leaves this computer.')).toBeVisible();
  for (const step of ['Bring in your clients', 'Where Rapport works', 'Your e-filing portals', 'Keeping in touch', 'Where the sidebar shows'])
    await expect(welcome.getByRole('heading', { name: step })).toBeVisible();
  await expect(welcome.getByRole('link', { name: 'Import contacts' })).toHaveAttribute('href', '/options.html#data');
  await expect(welcome.getByLabel('The page, beside the mail')).toBeChecked();

  // Choosing the side panel here is the same setting as in Options.
  await welcome.getByLabel('The browser’s side panel').check();
  await expect(welcome.getByText('Saved', { exact: true })).toBeVisible();
  await welcome.getByRole('link', { name: 'Import contacts' }).click();
  await expect(welcome.getByRole('heading', { name: 'Data' }).first()).toBeVisible();
  await welcome.goto(`chrome-extension://${extensionId}/options.html#settings`);
  await expect(welcome.getByLabel('The browser’s side panel')).toBeChecked();

  // Options links back to it.
  await welcome.getByRole('link', { name: 'Welcome and setup steps' }).click();
  await expect(welcome.getByRole('heading', { level: 1 })).toHaveText('Welcome to Rapport');
});
