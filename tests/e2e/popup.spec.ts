import type { BrowserContext, Worker } from '@playwright/test';
import { SidebarFrame } from './sidebar-frame';
import { expect, fixture, rapport, serve, test } from './fixtures';
import type { WxtBrowser } from 'wxt/browser';

// Inside sw.evaluate these run in the service worker, where `chrome` is the extension API.
declare const chrome: WxtBrowser;

const THREAD = 'https://mail.google.com/mail/u/0/#inbox/FMfcgzQXKlmzRgTfrJMhVdSxVbcmqnXw';
const MARIA = 'maria.alvarez@alvarezbakery.com';
const DAY = 86_400_000;
const several = fixture('gmail/thread-several-messages.2026-11.html');

/**
 * The id of the tab showing Gmail, as the service worker sees it. Without the
 * "tabs" permission the worker cannot filter tabs by URL, so it asks each tab's
 * content script, as the popup does.
 */
async function tabShowing(sw: Worker, site: string): Promise<number> {
  const id = await sw.evaluate(async (s) => {
    for (const tab of await chrome.tabs.query({})) {
      const screen = await chrome.tabs.sendMessage(tab.id!, { type: 'getScreenContext' }).catch(() => null);
      if ((screen as { site?: string } | null)?.site === s) return tab.id;
    }
    return undefined;
  }, site);
  if (typeof id !== 'number') throw new Error(`No ${site} tab`);
  return id;
}
const gmailTabId = (sw: Worker) => tabShowing(sw, 'gmail');

const badge = (sw: Worker) => sw.evaluate(() => chrome.action.getBadgeText({}));

async function openPopup(context: BrowserContext, extensionId: string, tabId?: number) {
  const popup = await context.newPage();
  await popup.setViewportSize({ width: 360, height: 600 });
  await popup.goto(`chrome-extension://${extensionId}/popup.html${tabId === undefined ? '' : `?tab=${tabId}`}`);
  return popup;
}

test("the popup for a Gmail thread logs a call to that client, the sidebar's last contact follows, and Undo removes it", async ({
  context,
  page,
  sw,
  extensionId,
}) => {
  // Reading the thread logs Maria's messages as e-mail received, dated as in
  // the saved page; the meeting is older still. Whatever that makes the last
  // contact, the popup and the sidebar agree, and Undo restores it.
  const { client: maria } = await rapport(sw, 'createClient', { client: { name: 'Maria Alvarez', emails: [MARIA] } });
  await rapport(sw, 'logInteraction', { interaction: { clientId: maria.id, kind: 'meeting', at: Date.now() - 400 * DAY, summary: 'Intake meeting' } });

  await serve(context, 'https://mail.google.com/**', several);
  await page.goto(THREAD);
  const sidebar = await SidebarFrame.of(page);
  // Reading the thread logs Maria's two messages as e-mail received; the
  // sidebar asks again once they are written. Wait for that state (both records
  // in the database, and the sidebar listing them) before reading last contact.
  await expect
    .poll(async () => (await rapport(sw, 'getClient', { id: maria.id })).recent.filter((i) => i.kind === 'email-in').length)
    .toBe(2);
  const settled = await sidebar.waitForText('E-mail received');
  const before = /Last contact:\s*([^\n]+?ago)/.exec(settled)![1]!;
  expect(before).not.toBe('just now');

  const popup = await openPopup(context, extensionId, await gmailTabId(sw));
  const onPage = popup.getByRole('region', { name: 'On this page' });
  await expect(onPage).toContainText('Maria Alvarez');
  await expect(onPage).toContainText(`Last contact ${before}`);

  await popup.getByLabel('Summary').fill('Agreed the mediation date');
  await popup.getByLabel('Mood').selectOption({ label: 'Pleased' });
  await popup.getByRole('button', { name: 'Call', exact: true }).click();
  await expect(popup.getByRole('status')).toContainText('Logged: Call with Maria Alvarez');
  await expect(onPage).toContainText('Last contact just now');
  await expect(onPage).toContainText('On track');
  await expect(popup.getByLabel('Summary')).toHaveValue('');

  const [logged] = (await rapport(sw, 'getClient', { id: maria.id })).recent;
  expect(logged).toMatchObject({ kind: 'call', summary: 'Agreed the mediation date', sentiment: 1, source: 'popup' });

  // The Gmail tab's sidebar, read again, shows the new last contact.
  await page.reload();
  const again = await SidebarFrame.of(page);
  expect(await again.waitForText('Agreed the mediation date')).toMatch(/Last contact:\s*just now/);

  await popup.getByRole('button', { name: 'Undo' }).click();
  await expect(popup.getByRole('status')).toContainText('Removed: Call with Maria Alvarez');
  await expect(onPage).toContainText(`Last contact ${before}`);
  const recent = (await rapport(sw, 'getClient', { id: maria.id })).recent;
  expect(recent.map((i) => i.kind)).not.toContain('call');

  await page.reload();
  const third = await SidebarFrame.of(page);
  const text = await third.waitForText(`Last contact: ${before}`);
  expect(text).not.toContain('Agreed the mediation date');
});

test('on a tab without Rapport, the popup searches by name, address or case number, and logs from the losing-touch list', async ({
  context,
  sw,
  extensionId,
}) => {
  await rapport(sw, 'importClients', {
    records: [
      { client: { name: 'Priya Raman', emails: ['priya@ramanlaw.in'], cadence: { idealDays: 7, maxDays: 14 } }, interactions: [{ kind: 'call', at: Date.now() - 17 * DAY }] },
      { client: { name: 'Thomas Becker', emails: ['tom@beckerlogistics.de'] }, interactions: [{ kind: 'call', at: Date.now() - 95 * DAY }] },
      { client: { name: 'Ana Ruiz', matters: [{ id: 'm1', caseNumber: '22STCV11897' }] }, interactions: [{ kind: 'call', at: Date.now() - 40 * DAY }] },
      { client: { name: 'Maria Alvarez', emails: [MARIA] }, interactions: [{ kind: 'call', at: Date.now() - 2 * DAY }] },
    ],
  });
  // Without ?tab=, the popup asks for the active tab: here that is the popup page itself, which has no content script.
  const popup = await openPopup(context, extensionId);
  await expect(popup.getByText('No client on this page.')).toBeVisible();
  await expect(popup.getByLabel('Search clients')).toBeFocused();
  await expect(popup.getByRole('button', { name: 'Call', exact: true })).toBeDisabled();

  // Losing touch: most overdue first, days since contact against the maximum.
  const losing = popup.getByRole('list', { name: 'Losing touch' }).getByRole('listitem');
  await expect(losing).toHaveCount(3);
  await expect(losing.nth(0)).toContainText('Thomas Becker');
  await expect(losing.nth(0)).toContainText('95 days (max 60)');
  await expect(losing.nth(1)).toContainText('Priya Raman');
  await expect(losing.nth(1)).toContainText('17 days (max 14)');
  await expect(losing.nth(2)).toContainText('Ana Ruiz');
  await expect(popup.getByRole('region', { name: 'Losing touch' })).toContainText('2 overdue, 1 due');

  // Search by case number, by address, by name.
  const results = popup.getByRole('list', { name: 'Search results' });
  await popup.getByLabel('Search clients').fill('22 STCV 11897');
  await expect(results.getByRole('button')).toHaveText([/Ana Ruiz/]);
  await popup.getByLabel('Search clients').fill('beckerlogistics');
  await expect(results.getByRole('button')).toHaveText([/Thomas Becker/]);
  await popup.getByLabel('Search clients').fill('priya');
  await results.getByRole('button', { name: /Priya Raman/ }).click();
  await popup.getByRole('button', { name: 'Meeting', exact: true }).click();
  await expect(popup.getByRole('status')).toContainText('Logged: Meeting with Priya Raman');
  const [priya] = (await rapport(sw, 'listClients', { query: 'priya' })).clients;
  expect(priya!.cadence.status).toBe('on-track');
  await expect(losing).toHaveCount(2);

  // Choosing from the list: the buttons write to that client.
  await losing.nth(0).getByRole('button').click();
  await popup.getByRole('button', { name: 'E-mail', exact: true }).click();
  await expect(popup.getByRole('status')).toContainText('Logged: E-mail with Thomas Becker');
  await expect(losing).toHaveCount(1);
  const [tom] = (await rapport(sw, 'listClients', { query: 'becker' })).clients;
  expect(tom!.cadence.status).toBe('on-track');
});

test('the toolbar badge shows how many clients are overdue and follows every change', async ({ sw }) => {
  const ago = (days: number) => [{ kind: 'call' as const, at: Date.now() - days * DAY }];
  const { ids } = await rapport(sw, 'importClients', {
    records: [
      { client: { name: 'Overdue One' }, interactions: ago(61) },
      { client: { name: 'Overdue Two' }, interactions: ago(120) },
      { client: { name: 'Overdue VIP', tags: ['VIP'] }, interactions: ago(20) },
      { client: { name: 'Due only' }, interactions: ago(45) },
      { client: { name: 'Fine' }, interactions: ago(1) },
      { client: { name: 'Never contacted' } },
    ],
  });
  await expect.poll(() => badge(sw)).toBe('2');

  // A per-tag cadence in settings makes the VIP overdue too.
  const settings = await rapport(sw, 'getSettings', {});
  await rapport(sw, 'updateSettings', { settings: { ...settings, cadence: { ...settings.cadence, byTag: { vip: { idealDays: 7, maxDays: 14 } } } } });
  await expect.poll(() => badge(sw)).toBe('3');
  expect((await rapport(sw, 'losingTouch', {})).overdue).toBe(3);

  // Any interaction resets a client; deleting it brings the count back.
  const { interaction } = await rapport(sw, 'logInteraction', { interaction: { clientId: ids[0]!, kind: 'email-out', at: Date.now() } });
  await expect.poll(() => badge(sw)).toBe('2');
  await rapport(sw, 'deleteInteraction', { id: interaction.id });
  await expect.poll(() => badge(sw)).toBe('3');
  await rapport(sw, 'deleteClient', { id: ids[1]! });
  await expect.poll(() => badge(sw)).toBe('2');
});

test('the log-call shortcut logs a call with the client on screen and says so', async ({ context, page, sw }) => {
  const { client: maria } = await rapport(sw, 'createClient', { client: { name: 'Maria Alvarez', preferredName: 'Mari', emails: [MARIA] } });
  await serve(context, 'https://mail.google.com/**', several);
  await page.goto(THREAD);
  await (await SidebarFrame.of(page)).waitForText('Mari');
  const tabId = await gmailTabId(sw);

  const shown = await sw.evaluate((id) => (globalThis as unknown as { rapport: { logCall(id: number): Promise<{ title: string; message: string }> } }).rapport.logCall(id), tabId);
  expect(shown).toMatchObject({ title: 'Rapport', message: 'Logged a call with Mari' });
  const calls = (await rapport(sw, 'getClient', { id: maria.id })).recent.filter((i) => i.kind === 'call');
  expect(calls).toEqual([expect.objectContaining({ source: 'shortcut' })]);
  const ids = await sw.evaluate(async () => Object.keys(await chrome.notifications.getAll()));
  expect(ids).toContainEqual(expect.stringMatching(/^log-call:/));

  // The keyboard shortcuts are in the manifest.
  const commands = await sw.evaluate(() => chrome.commands.getAll());
  expect(commands.map((c) => c.name).sort()).toEqual(['_execute_action', 'focus-sidebar', 'log-call']);
});

test('with two clients on screen (Outlook: sender and cc), the shortcut asks and the popup lets the user choose whom to log for', async ({ context, page, sw, extensionId }) => {
  const { client: maria } = await rapport(sw, 'createClient', { client: { name: 'Maria Alvarez', preferredName: 'Mari', emails: [MARIA] } });
  const { client: tom } = await rapport(sw, 'createClient', { client: { name: 'Thomas Becker', preferredName: 'Tom', emails: ['tom@beckerlogistics.de'] } });
  await serve(context, 'https://outlook.office.com/**', fixture('outlook/reading-pane-one-message.2026-11.html'));
  await page.goto('https://outlook.office.com/mail/inbox/id/AAQkADAwATM0MDAAMS1hNmQ0LTQ5NzgtMDACLTAwCgAQAJx1ZqK7%2BzVKmXKq0vZpW1c%3D');
  await (await SidebarFrame.of(page)).waitForText('Mari');

  // The log-call shortcut does not guess between them: it logs nothing and asks.
  const outlookTab = await tabShowing(sw, 'outlook');
  const asked = await sw.evaluate((id) => (globalThis as unknown as { rapport: { logCall(id: number): Promise<{ title: string; message: string }> } }).rapport.logCall(id), outlookTab);
  expect(asked).toMatchObject({ title: 'Rapport: no call logged', message: expect.stringContaining('2 clients on this page (Mari, Tom)') });
  for (const id of [maria.id, tom.id]) expect((await rapport(sw, 'getClient', { id })).recent.filter((i) => i.kind === 'call')).toEqual([]);

  const popup = await openPopup(context, extensionId, outlookTab);
  const target = popup.getByRole('region', { name: 'Log for' });
  // The sender comes first and is chosen.
  await expect(target.getByRole('radio')).toHaveCount(2);
  await expect(target.getByRole('radio', { name: /Mari/ })).toBeChecked();
  await target.getByRole('radio', { name: /Tom/ }).check();
  await popup.getByLabel('Summary').fill('Asked about the delivery logs');
  await popup.getByLabel('Mood').selectOption({ label: 'Frustrated' });
  await popup.getByRole('button', { name: 'Note', exact: true }).click();
  await expect(popup.getByRole('status')).toContainText('Logged: Note about Thomas Becker');
  expect((await rapport(sw, 'getClient', { id: tom.id })).recent.filter((i) => i.kind === 'note')).toEqual([
    expect.objectContaining({ summary: 'Asked about the delivery logs', sentiment: -1, source: 'popup' }),
  ]);
  expect((await rapport(sw, 'getClient', { id: maria.id })).recent.filter((i) => i.kind === 'note')).toEqual([]);
});
