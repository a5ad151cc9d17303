import { expect, rapport, test } from './fixtures';

// The options list at a size a firm reaches: only the rows in view are in the
// page, and scrolling reaches every client (pages fetched as the user goes).

test('3,000 clients: a few dozen rows in the page, and scrolling reaches the last one', async ({ page, extensionId, sw }) => {
  test.setTimeout(120_000);
  const records = Array.from({ length: 3000 }, (_, i) => ({ client: { name: `Client ${String(i).padStart(4, '0')}`, emails: [`client${i}@example.com`] } }));
  await rapport(sw, 'importClients', { records: records.slice(0, 2500) });
  await rapport(sw, 'importClients', { records: records.slice(2500) });

  await page.goto(`chrome-extension://${extensionId}/options.html`);
  await expect(page.getByRole('status').filter({ hasText: '3,000 clients' })).toBeVisible();
  const list = page.getByRole('list', { name: 'Clients' });
  await expect(list.getByRole('button', { name: /Client 0000/ })).toBeVisible();
  expect(await list.locator('li[data-id]').count()).toBeLessThan(80);

  // Scroll to the end, as far as the list goes each time, until the last client shows.
  const last = list.getByRole('button', { name: /Client 2999/ });
  await expect
    .poll(async () => {
      await list.evaluate((ul) => ul.scrollTo({ top: ul.scrollHeight }));
      return last.isVisible();
    }, { timeout: 60_000 })
    .toBe(true);
  expect(await list.locator('li[data-id]').count()).toBeLessThan(80);
  await last.click();
  await expect(page.getByRole('heading', { name: 'Client 2999' })).toBeVisible();
});
