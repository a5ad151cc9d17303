// Rapport in the browser's side panel (issue 14): Settings → Display → "The
// browser’s side panel" takes the frame out of the mail page, and the panel
// shows the client of whichever tab is in front, following tab switches and
// in-app navigations through the background's screen hub.
//
// Chrome opens its real side panel only on a user's gesture: a click in a
// page of ours does it (sidepanel-portal.spec.ts, a portal badge), but a mail
// page has nothing of ours to click once the frame is gone. So here the panel's
// page is opened as a tab at sidepanel.html?window=<id>: the same page and
// code, following the active tab of the Gmail window (never its own tab).
import type { Page } from '@playwright/test';
import { answered, expect, fixture, rapport, serve, test } from './fixtures';
import { sidebarFrameOf, SidebarFrame } from './sidebar-frame';

const THREAD = 'https://mail.google.com/mail/u/0/#inbox/FMfcgzQXKlmzRgTfrJMhVdSxVbcmqnXw';
const MARIA = 'maria.alvarez@alvarezbakery.com';
const several = fixture('gmail/thread-several-messages.2026-11.html');
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
      location.hash = h;
    },
    [html, hash] as const,
  );
}

const panelText = (panel: Page) => panel.locator('#app').innerText();

test('the side panel shows the client of the tab in front, follows its navigation and tab switches; the page gets no frame', async ({ context, page, sw, extensionId }) => {
  await rapport(sw, 'createClient', { client: { name: 'Maria Alvarez', emails: [MARIA], notes: { family: 'Daughters Sofia and Ana' } } });
  await rapport(sw, 'createClient', { client: { name: 'Thomas Becker', emails: ['tom@beckerlogistics.de'], notes: { interests: 'Sailing on the Elbe' } } });

  // The user moves Rapport to the side panel in Settings.
  await page.goto(`chrome-extension://${extensionId}/options.html#settings`);
  await page.getByLabel('The browser’s side panel').check();
  await expect(page.getByText('Saved', { exact: true })).toBeVisible();

  await serve(context, 'https://mail.google.com/**', several);
  await page.goto(THREAD);
  // The page has reported its screen (the panel needs it), and put no frame of ours in.
  await answered(sw, 'reportScreen', 1);
  expect(sidebarFrameOf(page)).toBeUndefined();
  expect(await page.evaluate(() => document.querySelector('[data-rapport-beside]'))).toBeNull();

  // The Gmail tab is in front of its window (the extension may not read tab addresses, so it is found that way).
  await page.bringToFront();
  const windowId = await sw.evaluate(async () => {
    const tabs = (globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<{ windowId: number }[]> } } }).chrome.tabs;
    return (await tabs.query({ active: true, lastFocusedWindow: true }))[0]!.windowId;
  });
  const panel = await context.newPage();
  await panel.goto(`chrome-extension://${extensionId}/sidepanel.html?window=${windowId}`);
  // The panel's own tab is in front: nothing of ours there.
  await expect(panel.locator('#app')).toContainText('Open a client’s e-mail');

  await page.bringToFront();
  await expect(panel.locator('#app')).toContainText('Daughters Sofia and Ana');
  expect(await panelText(panel)).toContain('Maria Alvarez');

  // In-app navigation in the followed tab: the panel follows.
  await navigateInApp(page, asSender(several, 'tom@beckerlogistics.de', 'Thomas Becker'), '#inbox/FMfcgzQXKlnTomThread');
  await expect(panel.locator('#app')).toContainText('Sailing on the Elbe');
  expect(await panelText(panel)).not.toContain('Daughters Sofia');

  // Another tab comes to the front: the panel shows its client instead.
  const second = await context.newPage();
  await second.goto(THREAD);
  await second.bringToFront();
  await expect(panel.locator('#app')).toContainText('Daughters Sofia and Ana');
  expect(sidebarFrameOf(second)).toBeUndefined();
  await page.bringToFront();
  await expect(panel.locator('#app')).toContainText('Sailing on the Elbe');

  // Back to the page: the open mail tab gets its frame again, without a reload, showing the same client.
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html#settings`);
  await options.getByLabel('The page, beside the mail').check();
  await expect(options.getByText('Saved', { exact: true })).toBeVisible();
  const framed = await SidebarFrame.of(page);
  await framed.waitForText('Sailing on the Elbe');
});
