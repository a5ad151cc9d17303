import type { Page } from '@playwright/test';
import { SidebarFrame } from './sidebar-frame';
import { expect, fixture, rapport, serve, test } from './fixtures';
import { sidebarFrameOf } from './sidebar-frame';

const THREAD = 'https://mail.google.com/mail/u/0/#inbox/FMfcgzQXKlmzRgTfrJMhVdSxVbcmqnXw';
const MARIA = 'maria.alvarez@alvarezbakery.com';
const several = fixture('gmail/thread-several-messages.2026-11.html');

/** The same thread page, but written by someone else (for a second client, or a stranger). */
const asSender = (html: string, email: string, name: string) =>
  html.replaceAll(MARIA, email).replaceAll('Maria Alvarez', name).replaceAll('luis@alvarezbakery.com', `assistant@${email.split('@')[1]}`);

/** Gmail's in-app navigation: hide the current view under div.aeF, add the next thread's view, change the hash. */
async function navigateInApp(page: Page, html: string, hash: string) {
  await page.evaluate(
    ([next, h]) => {
      const doc = new DOMParser().parseFromString(next, 'text/html');
      const views = document.querySelector('div.aeF')!;
      for (const v of views.children) (v as HTMLElement).style.display = 'none';
      const visible = [...doc.querySelectorAll('div.aeF > div')].find((v) => !(v as HTMLElement).style.display)!;
      views.append(document.importNode(visible, true));
      document.title = doc.title;
      location.hash = h;
    },
    [html, hash] as const,
  );
}

test('a client created in options shows in the sidebar of their thread, and the sidebar follows navigation', async ({ context, page, sw, extensionId }) => {
  // Create Maria through the options form, as a user would.
  await page.goto(`chrome-extension://${extensionId}/options.html`);
  await page.getByRole('button', { name: 'New client' }).click();
  await page.getByLabel('Name', { exact: true }).fill('Maria Alvarez');
  await page.getByLabel('Preferred name').fill('Mari');
  await page.getByLabel('E-mail addresses').fill(MARIA);
  await page.getByLabel('Family').fill('Daughters Sofia (12) and Ana (9)');
  await page.getByRole('button', { name: 'Add goal' }).click();
  const goal = page.getByRole('group', { name: 'Goal 1' });
  await goal.getByLabel('Goal', { exact: true }).fill('Recover the cost of the spoiled flour');
  await goal.getByLabel('Acceptable outcome').fill('Settlement of at least $70,000');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByText('Saved', { exact: true })).toBeVisible();
  const [maria] = (await rapport(sw, 'listClients', { query: 'Maria' })).clients;
  await rapport(sw, 'logInteraction', { interaction: { clientId: maria!.id, kind: 'call', at: Date.now() - 3 * 86_400_000, summary: 'Mediation prep call' } });
  // A second client, for the navigation step.
  await rapport(sw, 'createClient', { client: { name: 'Thomas Becker', preferredName: 'Tom', emails: ['tom@beckerlogistics.de'], notes: { interests: 'Sailing on the Elbe' } } });

  await serve(context, 'https://mail.google.com/**', several);
  await page.goto(THREAD);
  const sidebar = await SidebarFrame.of(page);
  const text = await sidebar.waitForText('Mari');
  expect(text).toContain('Maria Alvarez');
  expect(text).toContain('Daughters Sofia (12) and Ana (9)');
  expect(text).toContain('Recover the cost of the spoiled flour');
  expect(text).toContain('Settlement of at least $70,000');
  expect(text).toMatch(/Last contact:\s*3 days ago/);
  expect(text).toContain('Mediation prep call');
  expect(text).toContain(`Matched on: ${MARIA}`);

  // In-app navigation to Tom's thread: the sidebar follows without a reload.
  await navigateInApp(page, asSender(several, 'tom@beckerlogistics.de', 'Thomas Becker'), '#inbox/FMfcgzQXKlnTomThread');
  const tomText = await sidebar.waitForText('Sailing on the Elbe');
  expect(tomText).toContain('Tom');
  expect(tomText).not.toContain('Daughters Sofia');

  // Back to the inbox list: no thread, no client.
  await page.evaluate(() => {
    for (const v of document.querySelector('div.aeF')!.children) (v as HTMLElement).style.display = 'none';
    location.hash = '#inbox';
  });
  await sidebar.waitForText("Open a conversation to see who it's with.");
});

test('an unknown sender can be added as a client in place, and a note edited in the sidebar persists', async ({ context, page, extensionId }) => {
  await serve(context, 'https://mail.google.com/**', several);
  await page.goto(THREAD);
  const sidebar = await SidebarFrame.of(page);
  await sidebar.waitForText(/Not a client yet/i);
  await sidebar.click('Add as client');
  expect(await sidebar.value('Name')).toBe('Maria Alvarez');
  expect(await sidebar.value('E-mail')).toBe(MARIA);
  await sidebar.click('Add client');
  await sidebar.waitForText(`Matched on: ${MARIA}`);

  await sidebar.click('Edit notes');
  await sidebar.fill('Family', 'Husband Luis runs the ovens');
  await sidebar.click('Save');
  await sidebar.waitForText('Husband Luis runs the ovens');

  await page.reload();
  const again = await SidebarFrame.of(page);
  await again.waitForText('Husband Luis runs the ovens');

  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  await options.getByRole('button', { name: /Maria Alvarez/ }).first().click();
  await expect(options.getByLabel('Family')).toHaveValue('Husband Luis runs the ovens');
});

test('an interaction logged from the sidebar updates last contact at once', async ({ context, page, sw }) => {
  await rapport(sw, 'createClient', { client: { name: 'Maria Alvarez', emails: [MARIA] } });
  await serve(context, 'https://mail.google.com/**', several);
  await page.goto(THREAD);
  const sidebar = await SidebarFrame.of(page);
  // Reading the thread already logged Maria's messages (dated weeks ago).
  await sidebar.waitForText(/Last contact:\s*\d+ weeks? ago/);
  await sidebar.select('Kind', 'Call');
  await sidebar.fill('Summary', 'Agreed the mediation date');
  await sidebar.click('Log');
  const text = await sidebar.waitForText('Agreed the mediation date');
  expect(text).toMatch(/Last contact:\s*just now/);
  expect(text).toContain('On track');
  const [m] = (await rapport(sw, 'listClients', { query: MARIA })).clients;
  expect(m!.cadence.status).toBe('on-track');
});

test('the host page cannot read the client from its DOM or its IndexedDB', async ({ context, page, sw }) => {
  const secret = 'Confidential: considering bankruptcy';
  await rapport(sw, 'createClient', { client: { name: 'Maria Alvarez', emails: [MARIA], notes: { background: secret } } });
  await serve(context, 'https://mail.google.com/**', several);
  await page.goto(THREAD);
  const sidebar = await SidebarFrame.of(page);
  await sidebar.waitForText(secret);

  // What any script of Gmail's own could do.
  const seen = await page.evaluate(async (s) => {
    const all = [...document.querySelectorAll('*')];
    return {
      // The sidebar's frame sits in a closed shadow root: not in the DOM the page can walk, not in window.frames.
      iframes: document.querySelectorAll('iframe').length,
      frames: window.length,
      openRoots: all.filter((e) => e.shadowRoot).length,
      inHtml: document.documentElement.outerHTML.includes(s),
      inText: document.body.innerText.includes(s),
      databases: (await indexedDB.databases()).map((d) => d.name),
      storage: JSON.stringify({ ...localStorage }) + JSON.stringify({ ...sessionStorage }),
    };
  }, secret);
  expect(seen).toEqual({ iframes: 0, frames: 0, openRoots: 0, inHtml: false, inText: false, databases: [], storage: '{}{}' });
  // …while the user sees the client there.
  expect(await sidebar.text()).toContain(secret);
});

test('markup in a sender name is shown as text and never runs', async ({ context, page }) => {
  const dialogs: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  await serve(context, 'https://mail.google.com/**', fixture('gmail/thread-hostile.2026-11.html'));
  await page.goto('https://mail.google.com/mail/u/0/#inbox/FMfcgzQXKlhostile');
  const sidebar = await SidebarFrame.of(page);
  const text = await sidebar.waitForText(/Not a client yet/i);
  expect(text).toContain('<img src=x onerror=alert(1)>');
  expect(text).toContain('billing@evil-invoices.example');
  await sidebar.click('Add as client');
  expect(await sidebar.value('Name')).toBe('<img src=x onerror=alert(1)>');
  await sidebar.click('Add client');
  await sidebar.waitForText('Matched on: billing@evil-invoices.example');
  // Shown as text: no element was made of it, so nothing could load or run.
  const frame = await sidebar.frame();
  expect(await frame.evaluate(() => document.querySelectorAll('img').length)).toBe(0);
  expect(dialogs).toEqual([]);
});

test('the sidebar collapses to a tab and stays so after a reload; the page holds only a frame of fixed size', async ({ context, page, sw }) => {
  await rapport(sw, 'createClient', { client: { name: 'Maria Alvarez', emails: [MARIA] } });
  await serve(context, 'https://mail.google.com/**', several);
  await page.goto(THREAD);
  const sidebar = await SidebarFrame.of(page);
  await sidebar.waitForText('Matched on');
  const box = async () => (await sidebarFrameOf(page)!.frameElement()).boundingBox();
  expect((await box())!.width).toBe(340);

  await sidebar.click('Hide sidebar');
  await expect.poll(async () => (await box())!.width).toBe(36);
  // The tab still says how many clients are on screen — inside the frame, not in the page.
  await sidebar.waitForText('1');

  await page.reload();
  const again = await SidebarFrame.of(page);
  await expect.poll(async () => (await box())?.width).toBe(36);
  await again.click('Rapport');
  await expect.poll(async () => (await box())!.width).toBe(340);
  await again.waitForText('Matched on');
});

test('a reply arriving in the open thread is seen without any navigation, and logged once', async ({ context, page, sw }) => {
  const { client: maria } = await rapport(sw, 'createClient', { client: { name: 'Maria Alvarez', emails: [MARIA] } });
  await serve(context, 'https://mail.google.com/**', several);
  await page.goto(THREAD);
  await (await SidebarFrame.of(page)).waitForText('Matched on');
  const received = async () => (await rapport(sw, 'getClient', { id: maria.id })).recent.filter((i) => i.kind === 'email-in').length;
  await expect.poll(received).toBe(2);

  // Gmail renders a new message from Maria into the thread while it is open: a copy of her first, with its own id.
  await page.evaluate(() => {
    const first = document.querySelector('[data-legacy-message-id="19a3f0c2d1e4b5dc"]')!.closest('.Bk')!;
    const reply = first.cloneNode(true) as Element;
    const m = reply.querySelector('[data-legacy-message-id]')!;
    m.setAttribute('data-legacy-message-id', '19a5000000000001');
    m.setAttribute('data-message-id', '#msg-f:1850300000000000001');
    first.parentElement!.append(reply);
  });
  await expect.poll(received).toBe(3);
});
