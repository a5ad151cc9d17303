import type { Page } from '@playwright/test';
import { SidebarFrame } from './sidebar-frame';
import { expect, fixture, rapport, serve, test } from './fixtures';

const ITEM = 'AAQkADAwATM0MDAAMS1hNmQ0LTQ5NzgtMDACLTAwCgAQAJx1ZqK7%2BzVKmXKq0vZpW1c%3D';
const MARIA = 'maria.alvarez@alvarezbakery.com';
const readingPane = fixture('outlook/reading-pane-one-message.2026-11.html');

async function seed(sw: Parameters<typeof rapport>[0]) {
  await rapport(sw, 'createClient', {
    client: { name: 'Maria Alvarez', preferredName: 'Mari', emails: [MARIA], notes: { family: 'Daughters Sofia and Ana' }, goals: [{ id: 'g1', text: 'Renew the lease for five years', acceptableOutcome: 'Rent increase under 4%', status: 'open', updatedAt: 1 }] },
  });
  await rapport(sw, 'createClient', { client: { name: 'Thomas Becker', preferredName: 'Tom', emails: ['tom@beckerlogistics.de'], notes: { interests: 'Sailing on the Elbe' } } });
  await rapport(sw, 'createClient', { client: { name: 'Samantha Ortiz', preferredName: 'Sam Ortiz', emails: ['sam@ortizfarms.com'], notes: { interests: 'Grows heirloom tomatoes' } } });
}

/** Outlook's in-app navigation: the URL changes and the reading pane re-renders in place. */
async function openInPlace(page: Page, html: string, path: string) {
  await page.evaluate(
    ([next, p]) => {
      const doc = new DOMParser().parseFromString(next, 'text/html');
      history.pushState({}, '', p);
      document.querySelector('[role=main]')!.replaceWith(document.importNode(doc.querySelector('[role=main]')!, true));
    },
    [html, path] as const,
  );
}

test('Outlook reading pane on outlook.office.com: the sender and the cc client, with a switcher', async ({ context, page, sw }) => {
  await seed(sw);
  await serve(context, 'https://outlook.office.com/**', readingPane);
  await page.goto(`https://outlook.office.com/mail/inbox/id/${ITEM}`);
  const sidebar = await SidebarFrame.of(page);
  const text = await sidebar.waitForText('Daughters Sofia and Ana');
  expect(text).toContain('Renew the lease for five years');
  expect(text).toContain(`Matched on: ${MARIA}`);
  // Tom is in cc: both are on screen, Maria (the sender) first.
  await sidebar.click('Tom');
  await sidebar.waitForText('Sailing on the Elbe');
});

test('in-app navigation from the inbox to a message, on outlook.office.com', async ({ context, page, sw }) => {
  await seed(sw);
  await serve(context, 'https://outlook.office.com/**', fixture('outlook/inbox-no-message.2026-11.html'));
  await page.goto('https://outlook.office.com/mail/inbox');
  const sidebar = await SidebarFrame.of(page);
  await sidebar.waitForText("Open a conversation to see who it's with.");
  await openInPlace(page, readingPane, `/mail/inbox/id/${ITEM}`);
  await sidebar.waitForText('Daughters Sofia and Ana');
  // And back to a German reading pane from Tom's side (localised labels must not matter).
  await openInPlace(page, fixture('outlook/german-reading-pane.2026-11.html'), `/mail/inbox/id/${ITEM}x`);
  const text = await sidebar.waitForText(/Mari|Tom/);
  expect(text).not.toContain("Open a conversation");
});

test('a conversation of three messages on outlook.live.com', async ({ context, page, sw }) => {
  await seed(sw);
  await serve(context, 'https://outlook.live.com/**', fixture('outlook/conversation-three-messages.2026-11.html'));
  await page.goto('https://outlook.live.com/mail/0/inbox/id/AQQkADAwATNiZmYAZC0xOTAwAC1mYTg1LTAwAi0wMAoAEABE3m5nWz6iTqnS0mA4s1ZV');
  const sidebar = await SidebarFrame.of(page);
  const text = await sidebar.waitForText(/Mari|Tom/);
  expect(text).toMatch(/Clients on screen|Mari[\s\S]*Tom|Tom[\s\S]*Mari/);
});

test('compose: address chips resolve to clients; a name-only chip is offered as “Is this …?”', async ({ context, page, sw }) => {
  await seed(sw);
  await serve(context, 'https://outlook.office.com/**', fixture('outlook/compose-chips.2026-11.html'));
  await page.goto('https://outlook.office.com/mail/inbox');
  const sidebar = await SidebarFrame.of(page);
  await sidebar.waitForText('Daughters Sofia and Ana');
  // A chip with a name only: offered as a question, shown once the user says yes.
  await sidebar.click('Sam Ortiz');
  const asked = await sidebar.waitForText('Is this Sam Ortiz?');
  expect(asked).not.toContain('Grows heirloom tomatoes');
  await sidebar.click('Yes, show Sam Ortiz');
  const text = await sidebar.waitForText('Grows heirloom tomatoes');
  expect(text).toContain('Matched on: name “Sam Ortiz”');
});

test('nothing on the inbox page', async ({ context, page, sw }) => {
  await seed(sw);
  await serve(context, 'https://outlook.office.com/**', fixture('outlook/inbox-no-message.2026-11.html'));
  await page.goto('https://outlook.office.com/mail/inbox');
  const sidebar = await SidebarFrame.of(page);
  const text = await sidebar.waitForText("Open a conversation to see who it's with.");
  expect(text).not.toContain('Mari');
});

test('the same client card in Gmail and in Outlook', async ({ context, page, sw }) => {
  await seed(sw);
  await serve(context, 'https://outlook.office.com/**', readingPane);
  await serve(context, 'https://mail.google.com/**', fixture('gmail/thread-several-messages.2026-11.html'));
  await page.goto(`https://outlook.office.com/mail/inbox/id/${ITEM}`);
  await (await SidebarFrame.of(page)).waitForText('Daughters Sofia and Ana');
  const gmailTab = await context.newPage();
  await gmailTab.goto('https://mail.google.com/mail/u/0/#inbox/FMfcgzQXKlmzRgTfrJMhVdSxVbcmqnXw');
  // Gmail logs Maria's dated messages as she is read; once that settles, both cards must agree.
  await (await SidebarFrame.of(gmailTab)).waitForText(/Last contact:\s*\d+ weeks? ago/);
  // Each card is read from the tab in front, so both are laid out alike (a frame's text read before layout has no line breaks).
  await gmailTab.reload();
  await gmailTab.bringToFront();
  const gmailSidebar = await SidebarFrame.of(gmailTab);
  await gmailSidebar.waitForText('Daughters Sofia and Ana');
  // The deadlines block comes with its own answer: read the card once it is there (its last line is the brief link).
  const gmail = await gmailSidebar.waitForText('Prep brief for Mari');
  await page.reload();
  await page.bringToFront();
  const outlookSidebar = await SidebarFrame.of(page);
  await outlookSidebar.waitForText(/Last contact:\s*\d+ weeks? ago/);
  const outlook = await outlookSidebar.waitForText('Prep brief for Mari');
  // The client card, without the per-thread "Waiting for your reply" line (it depends on the thread, not the client).
  const card = (t: string) =>
    t
      .slice(t.indexOf('Maria Alvarez'), t.indexOf('Renew the lease for five years'))
      .split('\n')
      .filter((l) => l.trim() && !l.startsWith('Waiting for your reply'))
      .join('\n');
  expect(card(gmail)).toBe(card(outlook));
});
