import type { Worker } from '@playwright/test';
import { addDays, format } from 'date-fns';
import { expect, fixture, rapport, serve, test } from './fixtures';
import { SidebarFrame, sidebarFrameOf } from './sidebar-frame';
import type { WxtBrowser } from 'wxt/browser';

// Inside sw.evaluate these run in the service worker, where `chrome` is the extension API.
declare const chrome: WxtBrowser;

const THREAD = 'https://mail.google.com/mail/u/0/#inbox/FMfcgzQXKlmzRgTfrJMhVdSxVbcmqnXw';
const MARIA = 'maria.alvarez@alvarezbakery.com';
const DAY = 86_400_000;

/** A local calendar date `n` days from today (the browser runs in this process's zone). */
const day = (n: number) => format(addDays(new Date(), n), 'yyyy-MM-dd');

async function seedMaria(sw: Worker) {
  const { client } = await rapport(sw, 'createClient', {
    client: { name: 'Maria Alvarez', preferredName: 'Mari', emails: [MARIA], matters: [{ id: 'm1', caseNumber: '22STCV11897', caseName: 'Alvarez v. Harbor Mills' }] },
  });
  return client;
}

test('the Gmail sidebar shows the client’s at-risk deadline and mood, takes a one-line promise, and drafts the heads-up into a Gmail compose', async ({ context, page, sw }) => {
  const maria = await seedMaria(sw);
  // Court buffer 3 days: due in two days is inside it.
  await rapport(sw, 'saveDeadline', { deadline: { clientId: maria.id, matterId: 'm1', title: 'Opposition to demurrer', kind: 'court', dueDate: day(2) } });
  await rapport(sw, 'saveDeadline', { deadline: { clientId: maria.id, title: 'Discovery responses', kind: 'court', dueDate: day(30) } });
  // Two frustrated calls in a row: the check-in rule raises.
  for (const [ago, sentiment] of [[9, 1], [4, -1], [2, -2]] as const)
    await rapport(sw, 'logInteraction', { interaction: { clientId: maria.id, kind: 'call', at: Date.now() - ago * DAY, summary: `Call ${ago}`, sentiment } });

  await serve(context, 'https://mail.google.com/**', fixture('gmail/thread-several-messages.2026-11.html'));
  await page.goto(THREAD);
  const sidebar = await SidebarFrame.of(page);
  const text = await sidebar.waitForText('Opposition to demurrer');
  expect(text).toMatch(/At risk\s*Opposition to demurrer/);
  expect(text).toMatch(/Upcoming\s*Discovery responses/);
  expect(text).toContain('Check in with Mari');
  const frame = sidebarFrameOf(page)!;
  // The sparkline's text for screen readers: its accessible name (the thread's mail, logged as read, has no mood).
  expect(await frame.locator('svg[role=img] title').textContent()).toMatch(/^Mood over the last \d+ interactions, oldest first: (not recorded, )*pleased, frustrated, frustrated\.$/);
  expect(await frame.locator('li[data-state="at-risk"]').evaluate((e) => getComputedStyle(e.querySelector('.rp-dl-state')!).backgroundColor)).not.toBe('rgba(0, 0, 0, 0)');

  // A promise in one line.
  await sidebar.fill('New promise', 'send the draft lease · tomorrow');
  await sidebar.click('Add');
  await sidebar.waitForText(/Promise:\s*send the draft lease/);
  const { items } = await rapport(sw, 'listDeadlines', { clientId: maria.id, kind: 'promise' });
  expect(items.map((i) => [i.deadline.title, i.deadline.dueDate])).toEqual([['send the draft lease', day(1)]]);

  // The heads-up on the at-risk deadline: reason typed, the proposed new date kept.
  await sidebar.click('Tell the client: Opposition to demurrer');
  await sidebar.fill('Why (the client will read this)', 'The court moved the hearing and the reply must answer the new ruling');
  const newDate = await sidebar.value('New date');
  expect(newDate > day(2)).toBe(true);
  const shownNewDate = await frame.evaluate((d) => {
    const [y, m, dd] = d.split('-').map(Number);
    return new Intl.DateTimeFormat(undefined, { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' }).format(new Date(y!, m! - 1, dd!));
  }, newDate);
  const [compose] = await Promise.all([context.waitForEvent('page'), sidebar.click('Open in Gmail')]);
  const url = new URL(compose.url());
  expect(`${url.origin}${url.pathname}`).toBe('https://mail.google.com/mail/');
  expect(url.searchParams.get('view')).toBe('cm');
  expect(url.searchParams.get('to')).toBe(MARIA);
  expect(url.searchParams.get('su')).toContain('Opposition to demurrer');
  const body = url.searchParams.get('body')!;
  expect(body).toContain('Mari');
  expect(body).toContain('Opposition to demurrer');
  expect(body).toContain(shownNewDate);
  expect(body).toContain('The court moved the hearing and the reply must answer the new ruling.');
  await compose.close();

  // Logged as a note only when the lawyer says it was sent.
  expect((await rapport(sw, 'getClient', { id: maria.id })).recent.some((i) => i.kind === 'note')).toBe(false);
  await sidebar.click('I sent it');
  await expect.poll(async () => (await rapport(sw, 'getClient', { id: maria.id })).recent.find((i) => i.kind === 'note')?.summary).toContain('Opposition to demurrer');
});

type Hooks = { rapport: { runDailyReminder(): Promise<{ title: string; message: string } | null>; refreshBadge(): Promise<number> } };

test('the toolbar badge and the daily reminder count deadlines and promises before overdue contact', async ({ sw }) => {
  // One client overdue for contact, nothing else: the badge counts clients.
  await rapport(sw, 'importClients', { records: [{ client: { name: 'Thomas Becker' }, interactions: [{ kind: 'call', at: Date.now() - 95 * DAY }] }] });
  await expect.poll(() => sw.evaluate(() => chrome.action.getBadgeText({}))).toBe('1');
  expect(await sw.evaluate(() => chrome.action.getTitle({}))).toBe('Rapport — 1 client overdue');

  const maria = await seedMaria(sw);
  await rapport(sw, 'saveDeadline', { deadline: { clientId: maria.id, title: 'Opposition to demurrer', kind: 'court', dueDate: day(2) } });
  await rapport(sw, 'saveDeadline', { deadline: { clientId: maria.id, title: 'Send the draft lease', kind: 'promise', dueDate: day(-1) } });
  await rapport(sw, 'saveDeadline', { deadline: { clientId: maria.id, title: 'Discovery responses', kind: 'court', dueDate: day(30) } });
  // Two deadlines need attention: they come first.
  await expect.poll(() => sw.evaluate(() => chrome.action.getBadgeText({}))).toBe('2');
  expect(await sw.evaluate(() => chrome.action.getTitle({}))).toBe('Rapport — the badge counts deadlines: 1 deadline missed, 1 at risk; 1 client overdue');

  const shown = await sw.evaluate(() => (globalThis as unknown as Hooks).rapport.runDailyReminder());
  // Due dates as the browser writes a short date in its own language ("Nov 25, 2026").
  const shortDay = (iso: string) =>
    sw.evaluate((d) => {
      const [y, m, dd] = d.split('-').map(Number);
      return new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short', year: 'numeric' }).format(new Date(y!, m! - 1, dd!));
    }, iso);
  expect(shown).toMatchObject({
    title: 'Rapport: 1 deadline missed, 1 at risk, 1 client overdue',
    message: `Missed: Send the draft lease — Mari (due ${await shortDay(day(-1))})\nAt risk: Opposition to demurrer — Mari (due ${await shortDay(day(2))})\nThomas Becker — 95 days (max 60)`,
  });

  // Done: no longer counted, and the badge says so at once.
  const { items } = await rapport(sw, 'deadlineAlerts', {});
  for (const i of items) await rapport(sw, 'completeDeadline', { id: i.deadline.id });
  await expect.poll(() => sw.evaluate(() => chrome.action.getBadgeText({}))).toBe('1');
});

test('the prep brief shows every section for a seeded client and prints to PDF', async ({ context, sw, extensionId }) => {
  const maria = await seedMaria(sw);
  await rapport(sw, 'updateClient', {
    client: {
      ...(await rapport(sw, 'getClient', { id: maria.id })).client,
      organisation: 'Alvarez Bakery',
      notes: { family: 'Daughters Sofia (12) and Ana (9)', interests: 'Marathons', background: '', howWeMet: 'Referred by Luis Ortega', notes: '' },
      goals: [{ id: 'g1', text: 'Recover the cost of the spoiled flour', acceptableOutcome: 'Settlement of at least $70,000', status: 'open', updatedAt: Date.now() }],
    },
  });
  for (let i = 12; i >= 1; i--)
    await rapport(sw, 'logInteraction', { interaction: { clientId: maria.id, kind: i % 2 ? 'call' : 'meeting', at: Date.now() - i * DAY, summary: `Talked about the claim (${i} days ago)`, sentiment: i > 3 ? 1 : -1 } });
  await rapport(sw, 'saveDeadline', { deadline: { clientId: maria.id, matterId: 'm1', title: 'Opposition to demurrer', kind: 'court', dueDate: day(2) } });
  await rapport(sw, 'saveDeadline', { deadline: { clientId: maria.id, title: 'Send the settlement figures', kind: 'promise', dueDate: day(1) } });
  await rapport(sw, 'saveOpenQuestion', { clientId: maria.id, text: 'Would she accept a payment plan?' });
  await rapport(sw, 'logFilings', { site: 'one-legal', filings: [{ clientId: maria.id, filing: { caseNumber: '22STCV11897', status: 'Rejected by Court', ref: '31845203' } }] });

  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/brief.html?client=${maria.id}`);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Mari');
  for (const [section, text] of [
    ['Who they are', 'Daughters Sofia (12) and Ana (9)'],
    ['Goals', 'Settlement of at least $70,000'],
    ['Deadlines', 'Opposition to demurrer'],
    ['Open promises', 'Send the settlement figures'],
    ['Filings flagged', 'Rejected by Court'],
    ['Mood trend', 'pleased, frustrated, frustrated, frustrated, not recorded.'],
    ['Last 10 interactions', 'Talked about the claim (1 days ago)'],
    ['Open questions', 'Would she accept a payment plan?'],
  ] as const) {
    const region = page.getByRole('region', { name: section });
    await expect(region, section).toContainText(text);
  }
  await expect(page.getByRole('status')).toContainText('Check in with Mari');
  // The eleventh-newest interaction is not on the page.
  await expect(page.getByText('Talked about the claim (11 days ago)')).toHaveCount(0);
  const pdf = await page.pdf({ format: 'A4', printBackground: true, path: test.info().outputPath('brief.pdf') });
  expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
  expect(pdf.length).toBeGreaterThan(10_000);
});

test('the popup lists deadlines at risk and missed across clients, a broken promise as such, and opens the brief', async ({ context, sw, extensionId }) => {
  const maria = await seedMaria(sw);
  const { client: tom } = await rapport(sw, 'createClient', { client: { name: 'Thomas Becker', preferredName: 'Tom' } });
  await rapport(sw, 'saveDeadline', { deadline: { clientId: maria.id, title: 'Opposition to demurrer', kind: 'court', dueDate: day(2) } });
  await rapport(sw, 'saveDeadline', { deadline: { clientId: tom.id, title: 'Send the draft lease', kind: 'promise', dueDate: day(-2) } });
  await rapport(sw, 'saveDeadline', { deadline: { clientId: tom.id, title: 'Discovery responses', kind: 'court', dueDate: day(30) } });

  const popup = await context.newPage();
  await popup.setViewportSize({ width: 360, height: 600 });
  await popup.goto(`chrome-extension://${extensionId}/popup.html`);
  const list = popup.getByRole('list', { name: 'Deadlines at risk or missed' });
  await expect(list.getByRole('listitem')).toHaveCount(2);
  await expect(list.getByRole('listitem').nth(0)).toContainText('Promise overdue');
  await expect(list.getByRole('listitem').nth(0)).toContainText('Send the draft lease');
  await expect(list.getByRole('listitem').nth(0)).toContainText('Tom');
  await expect(list.getByRole('listitem').nth(1)).toContainText('At risk');
  await expect(list.getByRole('listitem').nth(1)).toContainText('Mari');
  await expect(popup.getByText('1 missed, 1 at risk')).toBeVisible();
  await expect(popup.getByText('Discovery responses')).toHaveCount(0);

  const [brief] = await Promise.all([context.waitForEvent('page'), list.getByRole('button', { name: /Opposition to demurrer/ }).click()]);
  await expect(brief).toHaveURL(new RegExp(`/brief.html\\?client=${maria.id}$`));
  await expect(brief.getByRole('region', { name: 'Deadlines' })).toContainText('Opposition to demurrer');
});

test('the popup lists every client whose mood calls for a check-in, never a steady one; a pleased call clears it', async ({ context, sw, extensionId }) => {
  const at = (ago: number) => Date.now() - ago * DAY;
  await rapport(sw, 'importClients', {
    records: [
      // Falling over the last five: pleased, pleased, neutral, neutral, frustrated.
      { client: { name: 'Fay Ortiz' }, interactions: [2, 2, 0, 0, -1].map((sentiment, n) => ({ kind: 'call' as const, at: at(10 - n), sentiment })) },
      // Steady: pleased and neutral throughout.
      { client: { name: 'Sam Steady' }, interactions: [1, 0, 1, 1, 0, 1].map((sentiment, n) => ({ kind: 'call' as const, at: at(10 - n), sentiment })) },
    ],
  });
  const maria = await seedMaria(sw);
  for (const [ago, sentiment] of [[4, -1], [2, -2]] as const) await rapport(sw, 'logInteraction', { interaction: { clientId: maria.id, kind: 'meeting', at: at(ago), sentiment } });

  const popup = await context.newPage();
  await popup.setViewportSize({ width: 360, height: 700 });
  await popup.goto(`chrome-extension://${extensionId}/popup.html`);
  const list = popup.getByRole('list', { name: 'Clients to check in with' });
  // The one waiting longest first: Fay's fall showed 6 days ago, Mari's pair 2 days ago.
  await expect(list.getByRole('listitem')).toHaveText([/^Check in with Fay Ortiz their mood has been falling · /, /^Check in with Mari two frustrated interactions in a row · /]);
  await expect(popup.getByText('Check in with Sam Steady')).toHaveCount(0);
  await expect(popup.getByRole('region', { name: 'Check in' })).toContainText('2 clients');

  // Choosing one makes the buttons log for them; a pleased call clears the flag.
  await list.getByRole('button', { name: /Check in with Mari/ }).click();
  await popup.getByLabel('Mood').selectOption({ label: 'Pleased' });
  await popup.getByRole('button', { name: 'Call', exact: true }).click();
  await expect(popup.getByRole('status').filter({ hasText: 'Logged: Call with' })).toBeVisible();
  await expect(list.getByRole('listitem')).toHaveText([/Check in with Fay Ortiz/]);
  expect((await rapport(sw, 'checkIns', {})).clients.map((c) => c.name)).toEqual(['Fay Ortiz']);
});

test('Options → Deadlines: sortable, filtered by state and kind; an edit moves the due date with a history line; the calendar file holds them; Settings change the buffer', async ({ page, sw, extensionId }) => {
  const maria = await seedMaria(sw);
  const { client: tom } = await rapport(sw, 'createClient', { client: { name: 'Thomas Becker', preferredName: 'Tom' } });
  await rapport(sw, 'saveDeadline', { deadline: { clientId: maria.id, title: 'Opposition to demurrer', kind: 'court', dueDate: day(2) } });
  await rapport(sw, 'saveDeadline', { deadline: { clientId: tom.id, title: 'Send the draft lease', kind: 'promise', dueDate: day(-2) } });
  await rapport(sw, 'saveDeadline', { deadline: { clientId: tom.id, title: 'Discovery responses', kind: 'court', dueDate: day(6) } });

  await page.goto(`chrome-extension://${extensionId}/options.html#deadlines`);
  const table = page.locator('#deadlines table');
  const titles = () => table.locator('tbody tr td:nth-child(3)').allInnerTexts();
  await expect.poll(titles).toEqual(['Send the draft lease', 'Opposition to demurrer', 'Discovery responses']);
  await table.getByRole('button', { name: 'Client' }).click();
  await expect.poll(titles).toEqual(['Opposition to demurrer', 'Send the draft lease', 'Discovery responses']);
  await expect(table.getByRole('columnheader', { name: 'Client' })).toHaveAttribute('aria-sort', 'ascending');
  await page.getByLabel('Kind', { exact: true }).selectOption({ label: 'Promise to client' });
  await expect.poll(titles).toEqual(['Send the draft lease']);
  await page.getByLabel('Kind', { exact: true }).selectOption({ label: 'All kinds' });
  await page.getByLabel('State', { exact: true }).selectOption({ label: 'Upcoming' });
  await expect.poll(titles).toEqual(['Discovery responses']);
  await page.getByLabel('State', { exact: true }).selectOption({ label: 'All open' });

  // The calendar file of everything, parsed back: a due event each, and a target event for each open one with a buffer.
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export all to calendar (.ics)' }).click()]);
  const ics = await (await import('node:fs/promises')).readFile((await download.path())!, 'utf8');
  expect(ics.startsWith('BEGIN:VCALENDAR')).toBe(true);
  for (const t of ['Opposition to demurrer', 'Send the draft lease', 'Discovery responses']) expect(ics).toContain(t);

  // Move a due date: the reason goes into the deadline's history.
  await table.getByRole('link', { name: 'Discovery responses' }).click();
  const editor = page.getByRole('group', { name: 'Edit: Discovery responses' });
  await expect(editor.getByRole('link', { name: 'Prep brief for Tom' })).toHaveAttribute('href', `brief.html?client=${tom.id}`);
  await editor.getByLabel('Due date').fill(day(9));
  await editor.getByLabel(/Why/).first().fill('Opposing counsel agreed to three more days');
  await editor.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByText('Saved: Discovery responses')).toBeVisible();
  const moved = (await rapport(sw, 'listDeadlines', { clientId: tom.id, kind: 'court' })).items[0]!.deadline;
  expect(moved.dueDate).toBe(day(9));
  expect(moved.history.at(-1)).toMatchObject({ type: 'due-changed', from: { date: day(6) }, to: { date: day(9) }, reason: 'Opposing counsel agreed to three more days' });

  // A longer court buffer puts the moved deadline inside it.
  await page.goto(`chrome-extension://${extensionId}/options.html#settings`);
  await expect(page.getByText(/Federal.*checked \d{4}-\d{2}-\d{2}/)).toBeVisible();
  await page.getByLabel('Court deadline buffer').fill('12');
  await page.getByRole('button', { name: 'Save deadline settings' }).click();
  await expect(page.getByText('Deadline settings saved')).toBeVisible();
  expect((await rapport(sw, 'deadlineAlerts', {})).items.map((i) => i.deadline.title)).toContain('Discovery responses');
  // Bad input is refused beside the field and nothing changes.
  await page.getByLabel('Court deadline buffer').fill('-1');
  await page.getByRole('button', { name: 'Save deadline settings' }).click();
  await expect(page.getByText('The buffer cannot be negative')).toBeVisible();
  expect((await rapport(sw, 'getDeadlineSettings', {})).settings.bufferDays.court).toBe(12);
});

test('Settings → Deadlines: a court closure added to the federal list moves the court-day count at once; a bad day is refused and changes nothing; reset', async ({ page, sw, extensionId }) => {
  await seedMaria(sw);
  // 10 days after Mon 1 Mar 2027 under FRCP 6: Thu 11 Mar 2027.
  const count = async () => {
    await page.goto(`chrome-extension://${extensionId}/options.html#deadlines`);
    await page.getByLabel('New deadline for').selectOption({ label: 'Mari' });
    await page.getByRole('button', { name: 'New deadline' }).click();
    const editor = page.getByRole('group', { name: 'New deadline for Mari' });
    await editor.getByRole('button', { name: 'Count court days…' }).click();
    await editor.getByLabel('Served on / event date').fill('2027-03-01');
    await editor.getByLabel('Days', { exact: true }).fill('10');
    return editor.locator('.rp-dl-helper');
  };
  let helper = await count();
  await expect(helper.locator('.rp-dl-result')).toHaveText('Event on Mon, Mar 1, 2027 → due Thu, Mar 11, 2027');

  await page.goto(`chrome-extension://${extensionId}/options.html#settings`);
  const federal = page.getByRole('group', { name: 'Federal legal holidays' });
  const add = federal.getByRole('form', { name: 'Add a day to Federal legal holidays' });
  // A Saturday is refused beside the list, and nothing is saved.
  await add.getByLabel('Date').fill('2027-03-13');
  await add.getByLabel('Name').fill('Storm');
  await add.getByRole('button', { name: 'Add day' }).click();
  await expect(federal.getByRole('alert')).toHaveText('2027-03-13 is a Saturday: never a court day anyway');
  expect((await rapport(sw, 'getDeadlineSettings', {})).settings.holidays).toEqual({});

  await add.getByLabel('Date').fill('2027-03-11');
  await add.getByLabel('The court was closed that day (not a holiday)').check();
  await add.getByRole('button', { name: 'Add day' }).click();
  await expect(page.getByText('Court closure added to Federal legal holidays: 2027-03-11 — Storm')).toBeVisible();
  await expect(federal.getByRole('alert')).toHaveCount(0);
  await expect(federal).toContainText('with your changes: 1 day added');
  expect((await rapport(sw, 'getDeadlineSettings', {})).settings.holidays).toEqual({ federal: { added: [{ date: '2027-03-11', name: 'Storm', closure: true }], removed: [] } });

  // The same count now steps off the closure, and says why.
  helper = await count();
  await expect(helper.locator('.rp-dl-result')).toHaveText('Event on Mon, Mar 1, 2027 → due Fri, Mar 12, 2027');
  await expect(helper).toContainText('Thu, Mar 11, 2027 is a day the court is closed (Storm), so the last day is the next court day, Fri, Mar 12, 2027.');

  // Back to the shipped list.
  await page.goto(`chrome-extension://${extensionId}/options.html#settings`);
  await federal.getByRole('button', { name: 'Reset Federal legal holidays to the shipped list' }).click();
  await expect(page.getByText('Federal legal holidays: back to the shipped list')).toBeVisible();
  expect((await rapport(sw, 'getDeadlineSettings', {})).settings.holidays).toEqual({});
  helper = await count();
  await expect(helper.locator('.rp-dl-result')).toHaveText('Event on Mon, Mar 1, 2027 → due Thu, Mar 11, 2027');
});
