// The e-filing overlay in Chromium with the built extension: a CM/ECF docket
// opens the sidebar for its client; a One Legal orders page gets exactly the
// right badges (closed shadow roots the page cannot read); a rejected row
// flags its client until acknowledged; a portal added in options runs the
// scanner, and raises flags only once the user marks it as e-filing. Host
// pages are served at their real URLs; nothing touches the network.
import { chromium, type CDPSession, type Page, type Worker } from '@playwright/test';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { answered, CHROMIUM, chromiumArgs, EXTENSION, expect, fixture, rapport, routed, serve, test } from './fixtures';
import type { WxtBrowser } from 'wxt/browser';
import { contentWorld } from './isolated-world';
import { SidebarFrame, sidebarFrameOf } from './sidebar-frame';
import { HAS_SHARED_FIXTURES, NO_SHARED_FIXTURES, sharedFixture } from '../shared-fixtures';

// Inside sw.evaluate this runs in the service worker, where `chrome` is the extension API.
declare const chrome: WxtBrowser;

const DAY = 86_400_000;
const ORDERS_URL = 'https://app.onelegal.com/orders?status=all';
const orders = fixture('efiling/one-legal-orders.2026-11.html');
// The real N.D. Cal. docket, read from ../shared at test time (never copied into the repo).
const docket = () => sharedFixture('pacer/dockets__cand_263146.html');
const DOCKET_URL = 'https://ecf.cand.uscourts.gov/cgi-bin/DktRpt.pl?102907374645-L_1_0-1';

type DomNode = { nodeName: string; backendNodeId: number; attributes?: string[]; children?: DomNode[]; shadowRoots?: DomNode[] };
type BadgeInfo = { row: string; text: string; label: string; objectId: string };

// One CDP session per page: the objectIds it hands out live as long as it does.
const sessions = new WeakMap<Page, CDPSession>();
async function cdpOf(page: Page): Promise<CDPSession> {
  let cdp = sessions.get(page);
  if (!cdp) {
    cdp = await page.context().newCDPSession(page);
    await cdp.send('DOM.enable');
    await cdp.send('Runtime.enable');
    sessions.set(page, cdp);
  }
  return cdp;
}

async function call<T>(cdp: CDPSession, objectId: string, fn: string, byValue = true): Promise<{ value: T; objectId?: string }> {
  const r = await cdp.send('Runtime.callFunctionOn', { objectId, functionDeclaration: fn, returnByValue: byValue });
  return { value: r.result.value as T, objectId: r.result.objectId };
}

/**
 * Every badge on the page, read the way DevTools can (CDP pierces closed
 * roots; page scripts cannot): its row's first cell, its visible text and its
 * accessible label. `objectId` is the badge's button, for clicking.
 */
async function badges(page: Page): Promise<BadgeInfo[]> {
  const cdp = await cdpOf(page);
  const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: DomNode };
  const out: BadgeInfo[] = [];
  const stack = [root];
  while (stack.length) {
    const n = stack.pop()!;
    if (n.attributes?.includes('data-rapport-badge') && n.shadowRoots?.length) {
      const host = await cdp.send('DOM.resolveNode', { backendNodeId: n.backendNodeId });
      const shadow = await cdp.send('DOM.resolveNode', { backendNodeId: n.shadowRoots[0]!.backendNodeId });
      const row = await call<string>(cdp, host.object.objectId!, `function() { const r = this.closest('tr,[role=row]'); return r ? r.querySelector('td,[role=gridcell]').textContent.trim() : ''; }`);
      const info = await call<{ text: string; label: string }>(cdp, shadow.object.objectId!, `function() { const b = this.querySelector('button'); return { text: b.textContent, label: b.getAttribute('aria-label') }; }`);
      const btn = await call(cdp, shadow.object.objectId!, `function() { return this.querySelector('button'); }`, false);
      out.push({ row: row.value, ...info.value, objectId: btn.objectId! });
    }
    stack.push(...(n.children ?? []), ...(n.shadowRoots ?? []));
  }
  return out.sort((a, b) => a.row.localeCompare(b.row));
}

/** A real mouse click at the badge's on-screen box. */
async function clickBadge(page: Page, b: BadgeInfo) {
  const cdp = await cdpOf(page);
  await call(cdp, b.objectId, `function() { this.scrollIntoView({ block: 'center' }); }`);
  const { model } = await cdp.send('DOM.getBoxModel', { objectId: b.objectId });
  const q = model.content;
  await page.mouse.click((q[0]! + q[4]!) / 2, (q[1]! + q[5]!) / 2);
}

/**
 * Waits for exactly `n` badges, settled: the background has answered every
 * lookup the page made and holds nothing more, and the count is still `n`
 * (no late, wrong badge).
 */
async function waitForBadges(page: Page, sw: Worker, n: number, timeout = 30_000): Promise<BadgeInfo[]> {
  await expect.poll(async () => (await badges(page)).length, { timeout, message: `expected ${n} badges` }).toBe(n);
  await answered(sw, 'resolveCases', 1);
  const settled = await badges(page);
  expect(settled.map((b) => [b.row, b.text]), 'badges once every lookup was answered').toHaveLength(n);
  return settled;
}

const hasSidebar = (page: Page) => !!sidebarFrameOf(page);

const client = (name: string, caseNumber: string, extra: Record<string, unknown> = {}) => ({
  name,
  matters: [{ id: `m-${caseNumber}`, caseNumber }],
  ...extra,
});

test('a CM/ECF docket of a client opens the sidebar for that client directly', async ({ context, page, sw }) => {
  test.skip(!HAS_SHARED_FIXTURES, NO_SHARED_FIXTURES);
  const c = await rapport(sw, 'createClient', {
    client: client('Pacific Cell Purchasers Group', '4:13-md-02420-YGR', { notes: { background: 'Indirect purchasers; lead plaintiff since 2014' } }),
  });
  await rapport(sw, 'logInteraction', { interaction: { clientId: c.client.id, kind: 'call', at: Date.now() - 2 * DAY, summary: 'Settlement update' } });
  await serve(context, 'https://ecf.cand.uscourts.gov/**', docket);
  await page.goto(DOCKET_URL);

  const sidebar = await SidebarFrame.of(page);
  // Open (not the collapsed tab) without any click: the panel's text is rendered.
  const text = await sidebar.waitForText('Pacific Cell Purchasers Group');
  expect(text).toContain('Matched on: case 4:13-md-02420-YGR');
  expect(text).toContain('Indirect purchasers; lead plaintiff since 2014');
  expect(text).toMatch(/Last contact:\s*2 days ago/);
  // A docket's own text (member cases, other courts) gets no badges.
  expect(await badges(page)).toEqual([]);
});

test("a docket nobody holds brings in no sidebar at all", async ({ context, page, sw }) => {
  test.skip(!HAS_SHARED_FIXTURES, NO_SHARED_FIXTURES);
  await rapport(sw, 'createClient', { client: client('Someone Else', '3:17-cv-05729-RS') });
  await serve(context, 'https://ecf.cand.uscourts.gov/**', docket);
  await page.goto(DOCKET_URL);
  // The page has reported its docket and the background has looked it up: nobody holds it.
  await answered(sw, 'reportScreen', 1);
  expect(hasSidebar(page)).toBe(false);
});

// What efiling.js does not carry comes when needed (lib/background/inject.ts):
// the readers of a whole page for a docket, the badge's code for the first
// client on a list. Both land in the content script's own world, never in the page's.
test.describe('code on demand', () => {
  const INJECTED = `[Symbol.for('rapport.efiling.readers'), Symbol.for('rapport.overlay.badges')].map((s) => typeof globalThis[s])`;

  test('a client’s docket gets the readers and its sidebar, and no badge code', async ({ context, page, sw }) => {
    test.skip(!HAS_SHARED_FIXTURES, NO_SHARED_FIXTURES);
    await rapport(sw, 'createClient', { client: client('Pacific Cell Purchasers Group', '4:13-md-02420-YGR') });
    await serve(context, 'https://ecf.cand.uscourts.gov/**', docket);
    await page.goto(DOCKET_URL);
    expect(await (await SidebarFrame.of(page)).waitForText('Pacific Cell Purchasers Group')).toContain('Matched on: case 4:13-md-02420-YGR');
    const world = await contentWorld(page);
    expect(await world.evaluate(INJECTED)).toEqual(['object', 'undefined']);
    expect(await page.evaluate(INJECTED)).toEqual(['undefined', 'undefined']);
    await world.cdp.detach();
  });

  test('a list page loads no code while nobody on it is a client, then the badge’s code alone for the first one', async ({ context, page, sw }) => {
    await serve(context, 'https://app.onelegal.com/**', orders);
    await page.goto(ORDERS_URL);
    // Every number asked about; nobody holds one: no script asked for.
    await answered(sw, 'resolveCases', 1);
    expect(await badges(page)).toEqual([]);
    expect((await routed(sw)).received.loadScript).toBeUndefined();

    // A client who holds a number on the page is added: the page asks again, and its badge comes.
    await rapport(sw, 'createClient', { client: client('Maria Alvarez', '22STCV11897') });
    await expect.poll(async () => (await badges(page)).map((b) => b.row)).toEqual(['31845201']);
    const world = await contentWorld(page);
    expect(await world.evaluate(INJECTED)).toEqual(['undefined', 'function']);
    expect(await page.evaluate(INJECTED)).toEqual(['undefined', 'undefined']);
    await world.cdp.detach();
    expect((await routed(sw)).answered.loadScript).toBe(1);
  });

  test('the popup asking who is on a list page gets every row: the readers come for that question', async ({ context, page, sw }) => {
    await serve(context, 'https://app.onelegal.com/**', orders);
    await page.goto(ORDERS_URL);
    await answered(sw, 'resolveCases', 1);
    const world = await contentWorld(page);
    expect(await world.evaluate(INJECTED)).toEqual(['undefined', 'undefined']);
    // What the popup asks each tab (popup.spec.ts), here from the worker.
    const screens = await sw.evaluate(async () =>
      Promise.all((await chrome.tabs.query({})).map((t) => chrome.tabs.sendMessage(t.id!, { type: 'getScreenContext' }).catch(() => null))),
    );
    const screen = screens.find((x) => (x as { site?: string } | null)?.site === 'one-legal') as { view: string; cases: { caseNumber?: string }[] };
    expect(screen.view).toBe('list');
    expect(screen.cases.map((c) => c.caseNumber)).toContain('22STCV11897');
    expect(await world.evaluate(INJECTED)).toEqual(['object', 'undefined']);
    await world.cdp.detach();
  });
});

test.describe('One Legal orders page', () => {
  const seed = async (sw: Parameters<typeof rapport>[0]) => {
    const maria = await rapport(sw, 'createClient', { client: client('Maria Alvarez', '22STCV11897', { emails: ['maria@alvarezbakery.com'] }) });
    const mdl = await rapport(sw, 'createClient', { client: client('Pacific Cell Purchasers Group', '4:13-MD-2420') });
    const tom = await rapport(sw, 'createClient', { client: client('Thomas Becker', '23CV00274', { preferredName: 'Tom' }) });
    // Cases on the page where nobody may see them: the hidden template row, a <select> option, the script.
    for (const [n, cn] of [['Hidden Row Client', '26STCV99903'], ['Select Option Client', '26STCV99902'], ['Script Client', '26STCV99901']] as const)
      await rapport(sw, 'createClient', { client: client(n, cn) });
    await rapport(sw, 'logInteraction', { interaction: { clientId: maria.client.id, kind: 'call', at: Date.now() - 3 * DAY, summary: 'Motion strategy' } });
    return { maria: maria.client, mdl: mdl.client, tom: tom.client };
  };

  test('20 rows, 3 of them clients’: exactly 3 correct badges, none on near-misses', async ({ context, page, sw }) => {
    await seed(sw);
    await serve(context, 'https://app.onelegal.com/**', orders);
    await page.goto(ORDERS_URL);
    const found = await waitForBadges(page, sw, 3);
    expect(found.map((b) => [b.row, b.label])).toEqual([
      ['31845201', 'Rapport: Maria Alvarez, last contact 3 days ago. Open in the Rapport sidebar'],
      ['31845202', 'Rapport: Pacific Cell Purchasers Group, last contact never. Open in the Rapport sidebar'],
      // The rejected row's badge says so.
      ['31845203', 'Rapport: Tom, last contact never. A rejected filing to tell the client about. Open in the Rapport sidebar'],
    ]);
    // What the pill shows (the name is cut with an ellipsis to the room in the cell; the time shortens to "3d").
    expect(found[0]!.text).toMatch(/^Maria Alvarez(3 days ago|3d)$/);
    // Every badge sits in the Case Number cell, not in Notes.
    const cells = await page.evaluate(() => [...document.querySelectorAll('[data-rapport-badge]')].map((b) => (b.closest('td') as HTMLTableCellElement).cellIndex));
    expect(cells).toEqual([1, 1, 1]);
  });

  test('badges do not change row heights', async ({ context, page, sw }) => {
    await seed(sw);
    await serve(context, 'https://app.onelegal.com/**', orders);
    await page.goto(ORDERS_URL);
    await waitForBadges(page, sw, 3);
    const heights = await page.evaluate(() => {
      const rows = [...document.querySelectorAll('table.orders tbody tr:not([hidden])')] as HTMLElement[];
      const withBadges = rows.map((r) => r.getBoundingClientRect().height);
      const hosts = [...document.querySelectorAll('[data-rapport-badge]')];
      const marks = hosts.map((h) => [h, h.parentNode, h.nextSibling] as const);
      for (const h of hosts) h.remove();
      const without = rows.map((r) => r.getBoundingClientRect().height);
      for (const [h, parent, next] of marks) parent!.insertBefore(h, next);
      return { withBadges, without };
    });
    heights.withBadges.forEach((h, i) => expect(Math.abs(h - heights.without[i]!), `row ${i}`).toBeLessThanOrEqual(1));
  });

  test('the host page cannot read client names from badges or sidebar', async ({ context, page, sw }) => {
    await seed(sw);
    await serve(context, 'https://app.onelegal.com/**', orders);
    await page.goto(ORDERS_URL);
    const found = await waitForBadges(page, sw, 3);
    await clickBadge(page, found[0]!);
    await (await SidebarFrame.of(page)).waitForText('Motion strategy');
    const names = ['Maria Alvarez', 'Pacific Cell Purchasers Group', 'Thomas Becker', 'Motion strategy', 'days ago', 'no contact'];
    // What any script of One Legal's own could do.
    const seen = await page.evaluate(async (secrets) => {
      const html = document.documentElement.outerHTML;
      const attrs = [...document.querySelectorAll('*')].flatMap((e) => [...e.attributes].map((a) => a.value)).join('\n');
      const sel = getSelection()!;
      sel.selectAllChildren(document.body);
      const selected = sel.toString();
      sel.removeAllRanges();
      return {
        badgeRoots: [...document.querySelectorAll('[data-rapport-badge]')].map((h) => h.shadowRoot),
        openRoots: [...document.querySelectorAll('*')].filter((e) => e.shadowRoot).length,
        // The sidebar is a frame in a closed root: not in the page's DOM, not in window.frames.
        frames: window.length + document.querySelectorAll('iframe').length,
        leaks: secrets.filter((s) => html.includes(s) || attrs.includes(s) || document.body.innerText.includes(s) || selected.includes(s)),
        databases: (await indexedDB.databases()).map((d) => d.name),
        storage: JSON.stringify({ ...localStorage }) + JSON.stringify({ ...sessionStorage }),
      };
    }, names);
    expect(seen).toEqual({ badgeRoots: [null, null, null], openRoots: 0, frames: 0, leaks: [], databases: [], storage: '{}{}' });
  });

  test('a page that defines custom elements of our name reads nothing through ElementInternals, and the sidebar still works', async ({ context, page, sw }) => {
    await seed(sw);
    // The attack: define <rapport-sidebar> before Rapport creates it, keep its ElementInternals, read .shadowRoot (closed or not).
    const hostile = orders.replace(
      '<head>',
      `<head><script>
        window.__internals = [];
        customElements.define('rapport-sidebar', class extends HTMLElement { constructor() { super(); window.__internals.push(this.attachInternals()); } });
      </script>`,
    );
    await serve(context, 'https://app.onelegal.com/**', hostile);
    await page.goto(ORDERS_URL);
    const found = await waitForBadges(page, sw, 3);
    await clickBadge(page, found[0]!);
    await (await SidebarFrame.of(page)).waitForText('Motion strategy');
    const seen = await page.evaluate(() => ({
      roots: (window as unknown as { __internals: ElementInternals[] }).__internals.map((i) => i.shadowRoot),
      text: document.documentElement.outerHTML.includes('Maria Alvarez'),
    }));
    // Rapport never creates an element of a name the page could define: the sidebar's host is a
    // plain <div>, the badges plain <span>s, so the page's constructor never ran on them.
    expect(seen).toEqual({ roots: [], text: false });
  });

  test('a number held by two clients gets one “2 clients” badge that opens the switcher with both', async ({ context, page, sw }) => {
    await rapport(sw, 'createClient', { client: client('Ruth Harper', '23SMCV00021') });
    await rapport(sw, 'createClient', { client: client('Ocean Avenue Tenants Assn', '23-SMCV-00021') });
    await serve(context, 'https://app.onelegal.com/**', orders);
    await page.goto(ORDERS_URL);
    const [b] = await waitForBadges(page, sw, 1);
    expect(b!.row).toBe('31845204');
    expect(b!.text).toMatch(/^2 clients(which)?\?$/);
    expect(b!.label).toMatch(/^Rapport: this case number matches 2 clients: (Ruth Harper, Ocean Avenue Tenants Assn|Ocean Avenue Tenants Assn, Ruth Harper)\./);
    await clickBadge(page, b!);
    const sidebar = await SidebarFrame.of(page);
    const text = await sidebar.waitForText('Ocean Avenue Tenants Assn');
    expect(text).toContain('Ruth Harper');
    // The switcher, as assistive technology sees it: one tab per client.
    const tabs = await (await sidebar.frame()).getByRole('tab').allInnerTexts();
    expect(tabs.sort()).toEqual(['Ocean Avenue Tenants Assn', 'Ruth Harper']);
  });

  test('a rejected row flags its client until acknowledged; other statuses log in one click', async ({ context, page, sw }) => {
    const { tom, mdl } = await seed(sw);
    await serve(context, 'https://app.onelegal.com/**', orders);
    await page.goto(ORDERS_URL);
    const found = await waitForBadges(page, sw, 3);

    // The rejection was recorded on Tom without a click: exactly one flag, once.
    await expect.poll(async () => (await rapport(sw, 'listFilingFlags', { clientId: tom.id })).flags.map((f) => [f.caseNumber, f.ref, f.status])).toEqual([
      ['23CV00274', '31845203', 'Rejected by Court'],
    ]);

    // Tom's badge opens the sidebar on him, flag first.
    await clickBadge(page, found[2]!);
    const sidebar = await SidebarFrame.of(page);
    let text = await sidebar.waitForText('Filing rejected: 23CV00274 — order 31845203 · Tell the client');
    expect(text).toContain('Tom');
    await sidebar.click('Acknowledge');
    await sidebar.waitForNoText('Filing rejected');
    expect((await rapport(sw, 'listFilingFlags', {})).flags).toEqual([]);

    // Visiting again does not raise it again: the page logs the row once more, and the background keeps the first.
    const logged = (await routed(sw)).answered.logFilings ?? 0;
    await page.reload();
    await waitForBadges(page, sw, 3);
    await answered(sw, 'logFilings', logged + 1);
    expect((await rapport(sw, 'listFilingFlags', {})).flags).toEqual([]);
    const tomView = await rapport(sw, 'getClient', { id: tom.id });
    expect(tomView.recent.filter((i) => i.kind === 'filing')).toHaveLength(1);

    // An in-progress row: logged on the client in one click, and only once.
    const again = await badges(page);
    await clickBadge(page, again.find((b) => b.row === '31845202')!);
    const s2 = await SidebarFrame.of(page);
    text = await s2.waitForText('In Progress — order 31845202');
    await s2.click('Log filing');
    await s2.waitForText('Logged');
    const mdlView = await rapport(sw, 'getClient', { id: mdl.id });
    expect(mdlView.recent.map((i) => [i.kind, i.summary, i.source])).toEqual([
      ['filing', 'In Progress — order 31845202 · 4:13-md-02420-YGR In re: Lithium Ion Batteries Antitrust Litigation', 'one-legal'],
    ]);
    // Filings are not contact with the client.
    expect(mdlView.lastContact).toBeUndefined();
  });

  test('a row that turns Rejected while the page is open flags its client', async ({ context, page, sw }) => {
    const { maria } = await seed(sw);
    await serve(context, 'https://app.onelegal.com/**', orders);
    await page.goto(ORDERS_URL);
    await waitForBadges(page, sw, 3);
    await page.evaluate(() => {
      const row = [...document.querySelectorAll('tr')].find((r) => r.cells[0]?.textContent?.trim() === '31845201')!;
      row.cells[6]!.textContent = 'Rejected by Court';
    });
    await expect.poll(async () => (await rapport(sw, 'listFilingFlags', { clientId: maria.id })).flags.map((f) => f.ref)).toEqual(['31845201']);
  });
});

test('in-app navigation: the sidebar goes back to the page and the badges follow the new rows', async ({ context, page, sw }) => {
  await rapport(sw, 'createClient', { client: client('Maria Alvarez', '22STCV11897') });
  await rapport(sw, 'createClient', { client: client('Luis Ortega', '24STCV05521') });
  await serve(context, 'https://app.onelegal.com/**', orders);
  await page.goto(ORDERS_URL);
  const found = await waitForBadges(page, sw, 2);
  await clickBadge(page, found[0]!);
  const sidebar = await SidebarFrame.of(page);
  await sidebar.waitForText('Matched on: case 22STCV11897');
  // The app shows page 2 of the orders without a reload: Maria's row is gone.
  await page.evaluate(() => {
    history.pushState({}, '', '/orders?page=2');
    for (const r of [...document.querySelectorAll('tbody tr')]) if (!/31845212/.test(r.textContent!)) r.remove();
  });
  await sidebar.waitForText('Click a Rapport badge beside a case number to see that client here.');
  // The overlay re-places its badges after the navigation: wait until the one left sits beside its row
  // (a badge read while being moved has no row yet), then check nothing else turns up.
  await expect.poll(async () => (await badges(page)).map((b) => b.row)).toEqual(['31845212']);
  // Once every lookup is answered there is still exactly one badge; the overlay may move it once
  // more as its answers land (a badge read mid-move has no row), so its row is read by polling again.
  await waitForBadges(page, sw, 1);
  await expect.poll(async () => (await badges(page)).map((b) => b.row)).toEqual(['31845212']);
});

test.describe('a portal the user adds in options', () => {
  const HOST = 'efile.example-court.test';
  const PORTAL = `https://${HOST}/filings`;

  /**
   * The browser's permission prompt is native UI that headless Chromium
   * cannot show or answer (permissions.request just waits). So this test runs
   * a copy of the built extension whose manifest already holds this one host
   * (a required host permission, granted at install): permissions.request then
   * resolves true at once, without a prompt, and everything after it — the
   * options form, the background's registerContentScripts, the registered
   * scanner on the page, the injected sidebar, removal — is the shipped code.
   * Only the prompt itself and permissions.remove (a required permission
   * cannot be released) are not exercised; removal is checked by the script
   * being unregistered and no longer running.
   */
  async function launchGranted() {
    const ext = mkdtempSync(path.join(tmpdir(), 'rapport-ext-'));
    cpSync(EXTENSION, ext, { recursive: true });
    const manifestPath = path.join(ext, 'manifest.json');
    const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as { host_permissions?: string[] };
    (manifest.host_permissions ??= []).push(`https://${HOST}/*`);
    writeFileSync(manifestPath, JSON.stringify(manifest));
    const profile = mkdtempSync(path.join(tmpdir(), 'rapport-e2e-'));
    const open = async () => {
      const context = await chromium.launchPersistentContext(profile, {
        executablePath: CHROMIUM,
        headless: true,
        args: chromiumArgs(ext),
        viewport: { width: 1600, height: 1000 },
      });
      const sw = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
      return { context, sw, extensionId: new URL(sw.url()).host };
    };
    return {
      open,
      cleanup: () => {
        rmSync(ext, { recursive: true, force: true });
        rmSync(profile, { recursive: true, force: true });
      },
    };
  }

  type Registered = { id: string; js?: string[]; matches?: string[] };
  /** The sites our content scripts report in the open tabs: a script that is there answers; one that is not cannot. */
  const answering = (sw: Worker) =>
    sw.evaluate(async () => {
      const { tabs } = (globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<{ id?: number }[]>; sendMessage(id: number, m: unknown): Promise<unknown> } } }).chrome;
      const sites: string[] = [];
      for (const t of await tabs.query({})) {
        const screen = (await tabs.sendMessage(t.id!, { type: 'getScreenContext' }).catch(() => 'none')) as { site?: string } | null | 'none';
        if (screen !== 'none') sites.push(screen?.site ?? 'nothing on screen');
      }
      return sites;
    });
  const registered = (sw: Worker) =>
    sw.evaluate(async () => {
      const { scripting } = (globalThis as unknown as { chrome: { scripting: { getRegisteredContentScripts(): Promise<Registered[]> } } }).chrome;
      return (await scripting.getRegisteredContentScripts()).map((s) => ({ id: s.id, js: s.js, matches: s.matches }));
    });

  test('Add portal registers the scanner there, it survives a restart, Remove unregisters it', async () => {
    // Two browser launches and a restart: longer than one page's test.
    test.setTimeout(150_000);
    const env = await launchGranted();
    try {
      let { context, sw, extensionId } = await env.open();
      const options = context.pages()[0] ?? (await context.newPage());
      await options.goto(`chrome-extension://${extensionId}/options.html#settings`);
      const address = options.getByLabel('Portal address');

      // Clear refusals before anything is asked of the browser.
      await address.fill('http://efile.example-court.test');
      await options.getByRole('button', { name: 'Add portal' }).click();
      await expect(options.getByRole('alert')).toContainText('Only https:// portals can be added');
      await address.fill('https://app.onelegal.com/orders');
      await options.getByRole('button', { name: 'Add portal' }).click();
      await expect(options.getByRole('alert')).toContainText('Rapport already recognises app.onelegal.com');
      await address.fill('https://*.example-court.test');
      await options.getByRole('button', { name: 'Add portal' }).click();
      await expect(options.getByRole('alert')).toContainText('wildcards');

      await address.fill(PORTAL);
      await options.getByRole('button', { name: 'Add portal' }).click();
      await expect(options.getByText(`Added https://${HOST}.`)).toBeVisible();
      await expect(options.getByRole('list', { name: 'Added portals' })).toContainText(`https://${HOST}`);
      expect(await registered(sw)).toEqual([{ id: `rapport-portal-${HOST}`, js: ['content-scripts/portal.js'], matches: [`https://${HOST}/*`] }]);

      // The scanner runs on the portal: its filings table gets the clients' badges.
      const maria = await rapport(sw, 'createClient', { client: client('Maria Alvarez', '22STCV11897') });
      const delgado = await rapport(sw, 'createClient', { client: client('Rosa Delgado', 'MSC1800717') });
      await serve(context, `https://${HOST}/**`, fixture('efiling/fsx-filings.2026-11.html'));
      const page = await context.newPage();
      const before = (await routed(sw)).answered.logFilings ?? 0;
      await page.goto(PORTAL);
      const found = await waitForBadges(page, sw, 2);
      expect(found.map((b) => [b.row, b.label.split(',')[0]])).toEqual([
        ['71234501', 'Rapport: Maria Alvarez'],
        ['71234503', 'Rapport: Rosa Delgado'],
      ]);
      // Not marked as an e-filing portal (the box was left unticked): its "Rejected" row raises no flag.
      await answered(sw, 'logFilings', before + 1);
      expect((await rapport(sw, 'listFilingFlags', {})).flags).toEqual([]);

      // The user marks it as e-filing: the same row now flags Rosa.
      await options.getByRole('list', { name: 'Added portals' }).getByRole('checkbox', { name: 'E-filing portal' }).check();
      await expect(options.getByText(`https://${HOST} is marked as an e-filing portal.`)).toBeVisible();
      await page.reload();
      await waitForBadges(page, sw, 2);
      await expect
        .poll(async () => (await rapport(sw, 'listFilingFlags', { clientId: delgado.client.id })).flags.map((f) => [f.site, f.ref, f.status]))
        .toEqual([['portal', '71234503', 'Rejected']]);

      // The sidebar comes to user-added portals too: in a window of its own, as our frame may load only on known hosts.
      const opened = context.waitForEvent('page', { predicate: (p) => p.url().includes('/sidebar.html'), timeout: 10_000 });
      await clickBadge(page, (await badges(page))[0]!);
      const window = await opened;
      await (await SidebarFrame.of(window)).waitForText('Matched on: case 22STCV11897');
      expect(maria.client.name).toBe('Maria Alvarez');
      expect(hasSidebar(page)).toBe(false);

      // Registered for good: a browser restart keeps it (and the startup sync leaves it alone).
      await context.close();
      ({ context, sw, extensionId } = await env.open());
      // Kept by the browser (persistAcrossSessions), or put back by the worker's startup sync.
      await expect.poll(async () => (await registered(sw)).map((s) => s.id)).toEqual([`rapport-portal-${HOST}`]);
      await serve(context, `https://${HOST}/**`, fixture('efiling/fsx-filings.2026-11.html'));
      const again = context.pages()[0] ?? (await context.newPage());
      await again.goto(PORTAL);
      await waitForBadges(again, sw, 2);
      expect(await answering(sw)).toEqual(['portal']);

      // Remove: unregistered, and the page is left alone.
      const options2 = await context.newPage();
      await options2.goto(`chrome-extension://${extensionId}/options.html#settings`);
      await options2.getByRole('button', { name: `Remove https://${HOST}` }).click();
      await expect(options2.getByText('No portals added.')).toBeVisible();
      expect(await registered(sw)).toEqual([]);
      await again.reload();
      // Loaded, and the page's own event loop idle: a content script of ours would have been injected by now,
      // and would answer the background.
      await again.evaluate(() => new Promise((r) => requestIdleCallback(() => r(null))));
      expect(await answering(sw)).toEqual([]);
      expect(await badges(again)).toEqual([]);
      await context.close();
    } finally {
      env.cleanup();
    }
  });
});

test.describe('Tyler Odyssey', () => {
  test('a register of actions (real Napa page) opens the sidebar for the client holding the case', async ({ context, page, sw }) => {
    test.skip(!HAS_SHARED_FIXTURES, NO_SHARED_FIXTURES);
    await rapport(sw, 'createClient', { client: client('Loving Life Real Estate, LLC', '18CV001704') });
    const napa = sharedFixture('odyssey/court-scraper__ca_napa_18CV001704.html');
    await serve(context, 'https://canapaportal.tylerhost.net/**', napa);
    await page.goto('https://canapaportal.tylerhost.net/Portal/Case/CaseDetail?caseId=480035');
    const text = await (await SidebarFrame.of(page)).waitForText('Loving Life Real Estate, LLC');
    expect(text).toContain('Matched on: case 18CV001704');
    expect(await badges(page)).toEqual([]);
  });

  test('an eFile filings grid (ARIA rows) badges the clients’ envelopes; the rejected one is flagged', async ({ context, page, sw }) => {
    await rapport(sw, 'createClient', { client: client('Maria Alvarez', '22STCV11897') });
    const tom = await rapport(sw, 'createClient', { client: client('Thomas Becker', '23CV00274') });
    await serve(context, 'https://california.tylerhost.net/**', fixture('efiling/efileca-dashboard.2026-11.html'));
    await page.goto('https://california.tylerhost.net/ofsweb/Filings');
    const found = await waitForBadges(page, sw, 2);
    expect(found.map((b) => [b.row, b.label.split(',')[0]])).toEqual([
      ['23456781', 'Rapport: Maria Alvarez'],
      ['23456782', 'Rapport: Thomas Becker'],
    ]);
    await expect
      .poll(async () => (await rapport(sw, 'listFilingFlags', { clientId: tom.client.id })).flags.map((f) => f.summary))
      .toEqual(['Rejected — envelope 23456782 · 23CV00274 Becker v. Nordlicht GmbH']);
  });
});
