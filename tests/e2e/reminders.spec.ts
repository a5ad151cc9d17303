import type { Worker } from '@playwright/test';
import { expect, rapport, test } from './fixtures';
import type { WxtBrowser } from 'wxt/browser';

// Inside sw.evaluate these run in the service worker, where `chrome` is the extension API.
declare const chrome: WxtBrowser;

const DAY = 86_400_000;

type Hooks = { rapport: { runDailyReminder(): Promise<{ type: string; title: string; message: string; iconUrl: string } | null> } };
const runDailyReminder = (sw: Worker) => sw.evaluate(() => (globalThis as unknown as Hooks).rapport.runDailyReminder());
const alarm = (sw: Worker) => sw.evaluate(async () => (await chrome.alarms.get('daily-reminder')) ?? null);

async function seed(sw: Worker) {
  const ago = (days: number) => [{ kind: 'call' as const, at: Date.now() - days * DAY }];
  return rapport(sw, 'importClients', {
    records: [
      { client: { name: 'Priya Raman', cadence: { idealDays: 7, maxDays: 14 } }, interactions: ago(17) },
      { client: { name: 'Thomas Becker' }, interactions: ago(95) },
      { client: { name: 'Ana Ruiz' }, interactions: ago(40) },
      { client: { name: 'Maria Alvarez' }, interactions: ago(2) },
    ],
  });
}

test('the daily reminder, fired through the service worker, summarises who is overdue and due', async ({ sw }) => {
  // Nobody yet: nothing is shown.
  expect(await runDailyReminder(sw)).toBeNull();

  await seed(sw);
  const shown = await runDailyReminder(sw);
  expect(shown).toMatchObject({
    type: 'basic',
    title: 'Rapport: 2 clients overdue, 1 due',
    message: 'Thomas Becker — 95 days (max 60)\nPriya Raman — 17 days (max 14)\nAna Ruiz — 40 days (max 60)',
  });
  expect(Object.keys(await sw.evaluate(() => chrome.notifications.getAll()))).toContain('daily-reminder');
  await expect.poll(() => sw.evaluate(() => chrome.action.getBadgeText({}))).toBe('2');

  // The alarm is set for the next 09:00 local time, daily.
  const a = await alarm(sw);
  expect(a).toMatchObject({ name: 'daily-reminder', periodInMinutes: 1440 });
  const at = new Date(a!.scheduledTime);
  const expected = await sw.evaluate(() => {
    const d = new Date();
    d.setHours(9, 0, 0, 0);
    if (d.getTime() <= Date.now()) d.setDate(d.getDate() + 1);
    d.setHours(9, 0, 0, 0);
    return d.getTime();
  });
  expect(at.getTime()).toBe(expected);
});

test('settings: the reminder hour moves the alarm, turning it off removes it, bad input is refused', async ({ page, sw, extensionId }) => {
  await seed(sw);
  await page.goto(`chrome-extension://${extensionId}/options.html#settings`);
  await expect(page.getByRole('heading', { name: 'Settings' })).toBeVisible();
  await expect(page.getByLabel('Default ideal days')).toHaveValue('30');
  await expect(page.getByLabel('Default maximum days')).toHaveValue('60');
  await expect(page.getByLabel('Daily reminder')).toBeChecked();
  await expect(page.getByLabel('Log mail I send to clients')).toBeChecked();
  await expect(page.getByLabel('Log client mail I read')).toBeChecked();

  await page.getByLabel('Reminder hour').selectOption({ label: '7:00 AM' });
  await page.getByRole('button', { name: 'Add tag cadence' }).click();
  const tag = page.getByRole('group', { name: 'Tag cadence 1' });
  await tag.getByLabel('Tag').fill('VIP');
  await tag.getByLabel('Ideal days').fill('7');
  await tag.getByLabel('Maximum days').fill('14');
  await page.getByLabel('Never log').fill('Opposing@Counsel.com\n@court.gov');
  await page.getByLabel('Warn after (hours)').fill('12');
  await page.getByRole('button', { name: 'Save settings' }).click();
  await expect(page.getByText('Settings saved')).toBeVisible();
  await expect(page.getByLabel('Never log')).toHaveValue('opposing@counsel.com\ncourt.gov');

  const saved = await rapport(sw, 'getSettings', {});
  expect(saved).toMatchObject({
    cadence: { default: { idealDays: 30, maxDays: 60 }, byTag: { VIP: { idealDays: 7, maxDays: 14 } } },
    reminders: { enabled: true, hour: 7 },
    mail: { neverLog: ['opposing@counsel.com', 'court.gov'] },
    awaitingReply: { warnAfterHours: 12, urgentAfterHours: 72 },
  });
  await expect.poll(async () => new Date((await alarm(sw))!.scheduledTime).getHours()).toBe(7);

  // A maximum below the ideal is refused beside the field, and nothing is written.
  await page.getByLabel('Default maximum days').fill('10');
  await page.getByRole('button', { name: 'Save settings' }).click();
  await expect(page.getByText('Maximum days must be at least the ideal days')).toBeVisible();
  await expect(page.getByLabel('Default maximum days')).toHaveAttribute('aria-invalid', 'true');
  expect((await rapport(sw, 'getSettings', {})).cadence.default.maxDays).toBe(60);
  await page.getByLabel('Default maximum days').fill('60');

  // A never-log line that is not an address or domain is refused too.
  await page.getByLabel('Never log').fill('counsel.com\nnot a domain');
  await page.getByRole('button', { name: 'Save settings' }).click();
  await expect(page.getByText('“not a domain”: Not an address or domain')).toBeVisible();
  expect((await rapport(sw, 'getSettings', {})).mail.neverLog).toEqual(['opposing@counsel.com', 'court.gov']);
  await page.getByLabel('Never log').fill('counsel.com');

  await page.getByLabel('Daily reminder').uncheck();
  await page.getByRole('button', { name: 'Save settings' }).click();
  await expect(page.getByText('Settings saved')).toBeVisible();
  await expect.poll(() => alarm(sw)).toBeNull();
  expect(await runDailyReminder(sw)).toBeNull();
});

test('options.html#losing-touch lists clients most overdue first, and opens one', async ({ page, sw, extensionId }) => {
  await seed(sw);
  await page.goto(`chrome-extension://${extensionId}/options.html#losing-touch`);
  const section = page.locator('#losing-touch');
  await expect(section.getByRole('heading', { name: 'Losing touch' })).toBeVisible();
  await expect(section).toContainText('2 overdue, 1 due');
  const rows = section.getByRole('row');
  await expect(rows).toHaveCount(4); // header + 3
  await expect(rows.nth(1)).toContainText('Thomas Becker');
  await expect(rows.nth(1)).toContainText('95 days (max 60)');
  await expect(rows.nth(2)).toContainText('Priya Raman');
  await expect(rows.nth(3)).toContainText('Ana Ruiz');
  await expect(section).not.toContainText('Maria Alvarez');

  await section.getByRole('button', { name: 'Open Priya Raman' }).click();
  await expect(page.getByRole('heading', { name: 'Priya Raman', level: 2 })).toBeVisible();
  await expect(page.getByLabel('Name', { exact: true })).toHaveValue('Priya Raman');
  expect(new URL(page.url()).hash).toMatch(/^#client=/);
});
