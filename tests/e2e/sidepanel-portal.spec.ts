// Side-panel mode on a court portal (issue 14): with Settings → Display on
// "the browser's side panel", clicking a client's badge opens Chrome's real
// side panel on that client, and never brings the sidebar frame into the
// page. Chrome opens its panel only inside a user's gesture: a real mouse
// click in the page (Playwright's, through the browser's input pipeline)
// carries one through the content script's message to the background, which
// opens the panel before anything awaits (lib/display/panel-open.ts).
import type { Page, Worker } from '@playwright/test';
import { answered, expect, fixture, rapport, routed, serve, test } from './fixtures';
import { badges, clickBadge, waitForBadges } from './badges';
import { BrowserSidePanel, openSidePanels } from './browser-side-panel';
import { sidebarFrameOf } from './sidebar-frame';
import { HAS_SHARED_FIXTURES, NO_SHARED_FIXTURES, sharedFixture } from '../shared-fixtures';

const DAY = 86_400_000;
const ORDERS_URL = 'https://app.onelegal.com/orders?status=all';
const orders = fixture('efiling/one-legal-orders.2026-11.html');
const PANEL_REQUEST = 'rapport-panel:open';

async function seed(sw: Worker) {
  const client = (name: string, caseNumber: string, extra: Record<string, unknown> = {}) => ({ name, matters: [{ id: `m-${caseNumber}`, caseNumber }], ...extra });
  const maria = await rapport(sw, 'createClient', { client: client('Maria Alvarez', '22STCV11897', { notes: { family: 'Daughters Sofia and Ana' } }) });
  await rapport(sw, 'createClient', { client: client('Pacific Cell Purchasers Group', '4:13-MD-2420', { notes: { background: 'Indirect purchasers; lead plaintiff since 2014' } }) });
  await rapport(sw, 'createClient', { client: client('Thomas Becker', '23CV00274', { notes: { interests: 'Sailing on the Elbe' } }) });
  await rapport(sw, 'logInteraction', { interaction: { clientId: maria.client.id, kind: 'call', at: Date.now() - 3 * DAY, summary: 'Motion strategy' } });
}

/** The user moves Rapport to the browser's side panel in Settings. */
async function choosePanel(page: Page, extensionId: string) {
  await page.goto(`chrome-extension://${extensionId}/options.html#settings`);
  await page.getByLabel('The browser’s side panel').check();
  await expect(page.getByText('Saved', { exact: true })).toBeVisible();
}

test('a badge click opens the browser’s side panel on that client, never a frame in the page; a click the page forges opens nothing', async ({ context, page, sw, extensionId }) => {
  await seed(sw);
  await choosePanel(page, extensionId);
  await serve(context, 'https://app.onelegal.com/**', orders);
  await page.goto(ORDERS_URL);
  // The tab the user clicks in is the one in front (headless Chromium does not bring it there by itself).
  await page.bringToFront();
  const found = await waitForBadges(page, 3);
  const panel = await BrowserSidePanel.of(page, extensionId);
  expect(await openSidePanels(sw)).toBe(0);

  // The portal's own script tries first: clicks on the badges' elements, all
  // it can reach (the buttons are in closed roots). Playwright runs this with a
  // user gesture, so only our own code stands in the way.
  await page.evaluate(() => {
    for (const host of document.querySelectorAll<HTMLElement>('[data-rapport-badge]')) {
      host.click();
      host.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    }
  });

  await clickBadge(page, found.find((b) => b.row === '31845201')!);
  await panel.waitForText('Motion strategy');
  const shown = await panel.text();
  expect(shown).toContain('Maria Alvarez');
  expect(shown).toContain('Daughters Sofia and Ana');
  // The browser's real panel, opened once: the forged clicks asked for nothing.
  expect(await openSidePanels(sw)).toBe(1);
  await answered(sw, PANEL_REQUEST, 1);
  expect((await routed(sw)).received[PANEL_REQUEST]).toBe(1);
  expect(sidebarFrameOf(page), 'no sidebar frame in the portal page').toBeUndefined();

  // The open panel follows the clicks: another row's client.
  await clickBadge(page, (await badges(page)).find((b) => b.row === '31845203')!);
  const tom = await panel.waitForText('Sailing on the Elbe');
  expect(tom).toContain('Thomas Becker');
  expect(tom).not.toContain('Daughters Sofia');
  expect(await openSidePanels(sw)).toBe(1);
  expect(sidebarFrameOf(page)).toBeUndefined();
  await panel.detach();
});

test('when the browser will not open its panel, the badge says how to open it, the page still gets no frame, and the panel opened later shows that client', async ({ context, page, sw, extensionId }) => {
  await seed(sw);
  await choosePanel(page, extensionId);
  // A browser that refuses (as Firefox does for a click in a page): Chrome
  // refuses too when the extension's panel is switched off.
  await sw.evaluate(() =>
    (globalThis as unknown as { chrome: { sidePanel: { setOptions(o: object): Promise<void> } } }).chrome.sidePanel.setOptions({ enabled: false }),
  );
  await serve(context, 'https://app.onelegal.com/**', orders);
  await page.goto(ORDERS_URL);
  const found = await waitForBadges(page, 3);

  await clickBadge(page, found.find((b) => b.row === '31845203')!);
  await expect
    .poll(async () => (await badges(page)).find((b) => b.row === '31845203')!.hint)
    .toBe('Rapport shows in the browser’s side panel: open it from the side panel menu or with Alt+Shift+S to see this client.');
  // Under that badge only.
  expect((await badges(page)).filter((b) => b.hint).map((b) => b.row)).toEqual(['31845203']);
  expect(await openSidePanels(sw)).toBe(0);
  expect(sidebarFrameOf(page), 'no sidebar frame in the portal page').toBeUndefined();

  // A click elsewhere takes the hint away.
  await page.mouse.click(5, 5);
  await expect.poll(async () => (await badges(page)).find((b) => b.row === '31845203')!.hint).toBe('');

  // The user opens the panel themselves (here its page as a tab following the
  // portal's window, as tests/e2e/sidepanel.spec.ts does): it shows the client clicked.
  await page.bringToFront();
  const windowId = await sw.evaluate(async () => {
    const tabs = (globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<{ windowId: number }[]> } } }).chrome.tabs;
    return (await tabs.query({ active: true, lastFocusedWindow: true }))[0]!.windowId;
  });
  const opened = await context.newPage();
  await opened.goto(`chrome-extension://${extensionId}/sidepanel.html?window=${windowId}`);
  await page.bringToFront();
  await expect(opened.locator('#app')).toContainText('Sailing on the Elbe');
});

test('the open side panel follows its tab from a portal’s list to a client’s docket on another host', async ({ context, page, sw, extensionId }) => {
  test.skip(!HAS_SHARED_FIXTURES, NO_SHARED_FIXTURES);
  await seed(sw);
  await choosePanel(page, extensionId);
  await serve(context, 'https://app.onelegal.com/**', orders);
  // The real N.D. Cal. docket of the MDL, read from ../shared at test time.
  await serve(context, 'https://ecf.cand.uscourts.gov/**', () => sharedFixture('pacer/dockets__cand_263146.html'));
  await page.goto(ORDERS_URL);
  await page.bringToFront();
  const found = await waitForBadges(page, 3);
  const panel = await BrowserSidePanel.of(page, extensionId);
  await clickBadge(page, found.find((b) => b.row === '31845201')!);
  await panel.waitForText('Motion strategy');

  // A page load in the followed tab (not a click): the panel shows the docket's client.
  await page.goto('https://ecf.cand.uscourts.gov/cgi-bin/DktRpt.pl?102907374645-L_1_0-1');
  const text = await panel.waitForText('Indirect purchasers; lead plaintiff since 2014');
  expect(text).toContain('Pacific Cell Purchasers Group');
  expect(text).not.toContain('Motion strategy');
  await panel.detach();
});
