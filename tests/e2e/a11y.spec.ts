// Accessibility (issue 14): axe-core on every extension page — options (each
// view), popup, welcome, brief, the sidebar page and the side panel — in light
// and dark, with zero violations of any impact; and the keyboard path from the
// mail page into the sidebar and back.
import AxeBuilder from '@axe-core/playwright';
import type { Page, Worker } from '@playwright/test';
import type { WxtBrowser } from 'wxt/browser';
import { expect, fixture, rapport, serve, test } from './fixtures';
import { SidebarFrame } from './sidebar-frame';

declare const chrome: WxtBrowser;

const THREAD = 'https://mail.google.com/mail/u/0/#inbox/FMfcgzQXKlmzRgTfrJMhVdSxVbcmqnXw';
const MARIA = 'maria.alvarez@alvarezbakery.com';
const DAY = 86_400_000;

/** The Gmail tab's id as the worker sees it (it may not read tab addresses: it asks each tab's content script). */
async function gmailTab(sw: Worker): Promise<number> {
  const id = await sw.evaluate(async () => {
    for (const tab of await chrome.tabs.query({})) {
      const screen = await chrome.tabs.sendMessage(tab.id!, { type: 'getScreenContext' }).catch(() => null);
      if ((screen as { site?: string } | null)?.site === 'gmail') return tab.id;
    }
    return undefined;
  });
  if (typeof id !== 'number') throw new Error('No Gmail tab');
  return id;
}

/** Every axe violation on `page`, one line each, so a failure says what and where. */
async function violations(page: Page): Promise<string[]> {
  const { violations: found } = await new AxeBuilder({ page }).analyze();
  return found.flatMap((v) => v.nodes.map((n) => `${v.impact} ${v.id}: ${n.target.join(' ')} — ${n.failureSummary?.split('\n').slice(1).join(' ').trim()}`));
}

async function seed(sw: Worker) {
  const { client: maria } = await rapport(sw, 'createClient', {
    client: {
      name: 'Maria Alvarez',
      preferredName: 'Mari',
      emails: [MARIA],
      tags: ['VIP'],
      notes: { family: 'Daughters Sofia and Ana' },
      goals: [{ id: 'g1', text: 'Recover the cost of the spoiled flour', acceptableOutcome: 'Settlement of at least $70,000', status: 'open', updatedAt: Date.now() }],
      matters: [{ id: 'm1', caseName: 'Alvarez v. Harbor Property', caseNumber: '22STCV11897' }],
    },
  });
  await rapport(sw, 'logInteraction', { interaction: { clientId: maria.id, kind: 'call', at: Date.now() - 3 * DAY, summary: 'Mediation prep call', sentiment: -1 } });
  await rapport(sw, 'createClient', { client: { name: 'Thomas Becker', emails: ['tom@beckerlogistics.de'] } });
  return maria;
}

// [name, address, a text that says the page has rendered what it shows]; the
// pages are split in groups so each test stays within its time on a loaded machine.
type Target = [string, (ids: Ids) => string, string | RegExp];
interface Ids {
  maria: string;
  tabId: number;
  windowId: number;
}
const GROUPS: Record<string, Target[]> = {
  options: [
    ['options: clients', (i) => `options.html#client=${i.maria}`, 'Mediation prep call'],
    ['options: losing touch', () => 'options.html#losing-touch', /Losing touch/],
    ['options: deadlines', () => 'options.html#deadlines', /Deadlines/],
    ['options: data', () => 'options.html#data', /Back up now/],
    ['options: settings', () => 'options.html#settings', /Show Rapport in/],
  ],
  'popup, welcome and brief': [
    ['popup', (i) => `popup.html?tab=${i.tabId}`, 'Maria Alvarez'],
    ['welcome', () => 'welcome.html', 'Welcome to Rapport'],
    ['brief', (i) => `brief.html?client=${i.maria}`, 'Recover the cost of the spoiled flour'],
  ],
  'sidebar page and side panel': [
    ['sidebar page', (i) => `sidebar.html?tab=${i.tabId}`, 'Daughters Sofia and Ana'],
    ['side panel', (i) => `sidepanel.html?window=${i.windowId}`, 'Daughters Sofia and Ana'],
  ],
};

for (const [group, targets] of Object.entries(GROUPS))
  test(`no axe violations of any impact in ${group}, light and dark`, async ({ context, page, sw, extensionId }) => {
    // A bound, not a timing: axe's full run takes seconds a page on a loaded 2-core machine.
    test.setTimeout(360_000);
    const maria = await seed(sw);
    await serve(context, 'https://mail.google.com/**', fixture('gmail/thread-several-messages.2026-11.html'));
    await page.goto(THREAD);
    await (await SidebarFrame.of(page)).waitForText('Daughters Sofia and Ana');
    await page.bringToFront();
    const tabId = await gmailTab(sw);
    const windowId = await sw.evaluate(async (id) => (await chrome.tabs.get(id)).windowId, tabId);
    const ids: Ids = { maria: maria.id, tabId, windowId };

    const found: string[] = [];
    const view = await context.newPage();
    for (const [name, address, ready] of targets) {
      await view.setViewportSize(name === 'popup' ? { width: 380, height: 600 } : { width: 1280, height: 800 });
      await view.goto(`chrome-extension://${extensionId}/${address(ids)}`);
      // The side panel follows the window's tab in front: the Gmail tab, not itself.
      if (name === 'side panel') await page.bringToFront();
      await expect(view.locator('body')).toContainText(ready);
      for (const scheme of ['light', 'dark'] as const) {
        await view.emulateMedia({ colorScheme: scheme });
        for (const v of await violations(view)) found.push(`${name} (${scheme}): ${v}`);
      }
    }
    expect(found).toEqual([]);
  });

test('keyboard: the focus shortcut moves into the sidebar, Tab reaches every control, Esc gives the keyboard back to the mail', async ({ context, page, sw }) => {
  await seed(sw);
  await serve(context, 'https://mail.google.com/**', fixture('gmail/thread-several-messages.2026-11.html'));
  await page.goto(THREAD);
  const sidebar = await SidebarFrame.of(page);
  await sidebar.waitForText('Daughters Sofia and Ana');
  const frame = await sidebar.frame();
  const tabId = await gmailTab(sw);
  expect(await page.evaluate(() => document.hasFocus())).toBe(true);

  // Playwright's key presses go to the page, never to the browser's own
  // shortcut handling, so Alt+Shift+S cannot be pressed here: the test calls
  // what the command's listener calls for the tab (lib/background/display.ts).
  await sw.evaluate((id) => (globalThis as unknown as { rapport: { focusSidebar(id: number): Promise<void> } }).rapport.focusSidebar(id), tabId);
  const FOCUSABLE = 'button:not([disabled]), [href], input:not([disabled]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])';
  // In the sidebar: the page's focus is on the sidebar's host element (the frame's
  // closed root is in it), and the frame's own focus on one of its controls.
  const iframe = await frame.frameElement();
  const inSidebar = () => page.evaluate((el) => document.activeElement === (el.getRootNode() as ShadowRoot).host, iframe);
  const describe = async () => {
    if (!(await inSidebar())) return null;
    return frame.evaluate(() => {
      const el = document.activeElement;
      if (!el || el === document.body) return null;
      return `${el.tagName.toLowerCase()}|${el.getAttribute('aria-label') ?? el.textContent?.trim().slice(0, 40) ?? ''}|${el.id}`;
    });
  };
  const controls = await frame.evaluate(
    (sel) =>
      [...document.querySelectorAll<HTMLElement>(`#app :is(${sel})`)]
        .filter((el) => el.getClientRects().length > 0 && !el.closest('[hidden]') && el.tabIndex >= 0)
        .map((el) => `${el.tagName.toLowerCase()}|${el.getAttribute('aria-label') ?? el.textContent?.trim().slice(0, 40) ?? ''}|${el.id}`),
    FOCUSABLE,
  );
  expect(controls.length).toBeGreaterThan(5);
  await expect.poll(describe).toBe(controls[0]);

  // Tab walks every control in order, and then leaves the sidebar.
  const visited: string[] = [];
  for (let i = 0; i < controls.length + 5; i++) {
    const now = await describe();
    if (!now) break;
    visited.push(now);
    await page.keyboard.press('Tab');
  }
  expect(visited).toEqual(controls);

  // Back in, then Esc: the keyboard returns to the mail page.
  await sw.evaluate((id) => (globalThis as unknown as { rapport: { focusSidebar(id: number): Promise<void> } }).rapport.focusSidebar(id), tabId);
  await expect.poll(describe).toBe(controls[0]);
  await page.keyboard.press('Escape');
  await expect.poll(describe).toBeNull();
  expect(await page.evaluate(() => document.hasFocus())).toBe(true);
});
