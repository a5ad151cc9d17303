// Beside, not over (issue 14). In Gmail and Outlook the expanded sidebar
// reserves its width: the host's main column ends where the sidebar begins, so
// no message text lies under it, and Gmail's own right-hand app column stays in
// view. Built extension in Chromium, every Gmail and Outlook test page the suite
// has, served at its real address; boxes compared as the browser lays them out.
import type { CDPSession, Page } from '@playwright/test';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { parseHtml } from '../parse-html';
import { HAS_SHARED_FIXTURES, NO_SHARED_FIXTURES, sharedFixture } from '../shared-fixtures';
import { expect, fixture, ROOT, serve, test } from './fixtures';
import { contentWorld } from './isolated-world';
import { SidebarFrame, sidebarFrameOf } from './sidebar-frame';

type Box = { x: number; y: number; width: number; height: number };
type Site = 'gmail' | 'outlook';

const GMAIL_THREAD = 'https://mail.google.com/mail/u/0/#inbox/FMfcgzQXKlmzRgTfrJMhVdSxVbcmqnXw';
const ITEM = 'AAQkADAwATM0MDAAMS1hNmQ0LTQ5NzgtMDACLTAwCgAQAJx1ZqK7%2BzVKmXKq0vZpW1c%3D';
const HOSTS: Record<Site, string> = { gmail: 'https://mail.google.com/**', outlook: 'https://outlook.office.com/**' };
const urlOf = (site: Site, name: string) =>
  site === 'gmail'
    ? GMAIL_THREAD
    : name.startsWith('popout-read')
      ? `https://outlook.office.com/mail/deeplink/read/${ITEM}`
      : name.startsWith('popout-compose')
        ? 'https://outlook.office.com/mail/deeplink/compose'
        : `https://outlook.office.com/mail/inbox/id/${ITEM}`;

// Where each site shows mail: the views and compose windows (Gmail); the mail
// list, reading pane and pop-out form (Outlook). Every element in them with
// text of its own is message text.
const MAIL = { gmail: 'div.aeF, [role=main], [role=dialog], div.dw', outlook: '#MailList, [role=main], [data-app-section=Form_Content]' };
// Gmail's right-hand app column: side panel, its icon rail, the add-on panel (HOST-PAGES.md).
const GMAIL_APPS = 'div.brC-brG, div.brC-aT5-aOt-Jw, div.aUx, div.no > div.bnl';

const pagesOf = (site: Site) =>
  readdirSync(path.join(ROOT, 'tests/fixtures', site))
    .filter((f) => f.endsWith('.html'))
    .sort();

const overlaps = (a: Box, b: Box) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

async function sidebarBox(page: Page): Promise<Box> {
  const el = await sidebarFrameOf(page)?.frameElement();
  const box = el && (await el.boundingBox());
  if (!box) throw new Error('no sidebar frame');
  return box;
}

const rightEdge = async (page: Page) => {
  const b = await sidebarBox(page);
  return b.x + b.width;
};

/** The box of every visible element in `regions` that holds text of its own, or that matches `regions` itself when `own` is false. */
function boxes(page: Page, regions: string, own = true): Promise<(Box & { what: string })[]> {
  return page.evaluate(
    ([sel, ownText]) => {
      const out: (Box & { what: string })[] = [];
      const seen = new Set<Element>();
      for (const region of document.querySelectorAll(sel))
        for (const el of ownText ? [region, ...region.querySelectorAll('*')] : [region]) {
          if (seen.has(el)) continue;
          seen.add(el);
          if (ownText && ![...el.childNodes].some((n) => n.nodeType === 3 && n.textContent!.trim())) continue;
          const r = el.getBoundingClientRect();
          if (r.width > 0 && r.height > 0)
            out.push({ what: `<${el.tagName.toLowerCase()} class="${el.className}"> ${el.textContent!.trim().slice(0, 40)}`, x: r.x, y: r.y, width: r.width, height: r.height });
        }
      return out;
    },
    [regions, own] as const,
  );
}

/** Message text (and, in Gmail, app-column parts) whose box meets the sidebar's; the number of text boxes looked at. */
async function covered(page: Page, site: Site) {
  const sidebar = await sidebarBox(page);
  const texts = await boxes(page, MAIL[site]);
  const apps = site === 'gmail' ? await boxes(page, GMAIL_APPS, false) : [];
  return { sidebar, texts: texts.length, apps: apps.length, under: [...texts, ...apps].filter((b) => overlaps(b, sidebar)).map((b) => b.what) };
}

/** Opens `html` at its site's address and waits until the sidebar is there, expanded. */
async function open(page: Page, site: Site, html: string, url = urlOf(site, '')) {
  await serve(page.context(), HOSTS[site], html);
  // A fresh document every time: the same address with a #hash would only scroll the last one.
  await page.goto('about:blank');
  await page.goto(url);
  await SidebarFrame.of(page);
  await expect.poll(async () => (await sidebarBox(page)).width).toBeGreaterThan(36);
}

// The resize edge lives in the closed shadow root; the accessibility tree and
// the DOM domain of CDP see into it, as DevTools does.
async function edgeOf(page: Page): Promise<{ cdp: CDPSession; box: Box; value: number } | null> {
  const cdp = await page.context().newCDPSession(page);
  const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as {
    nodes: { role?: { value: string }; name?: { value: string }; value?: { value: unknown }; backendDOMNodeId?: number; ignored?: boolean }[];
  };
  const node = nodes.find((n) => n.role?.value === 'separator' && n.name?.value === 'Resize Rapport' && !n.ignored);
  if (!node?.backendDOMNodeId) return null;
  const { model } = (await cdp.send('DOM.getBoxModel', { backendNodeId: node.backendDOMNodeId })) as { model: { border: number[]; width: number; height: number } };
  const value = Number(node.value?.value);
  return { cdp, box: { x: model.border[0]!, y: model.border[1]!, width: model.width, height: model.height }, value };
}

/** Runs `body` in Rapport's content-script world, with `host` and its closed `root` in scope (chrome.dom reaches closed roots there). */
async function inRoot<T>(page: Page, body: string): Promise<T> {
  const world = await contentWorld(page);
  return world.evaluate<T>(`(() => {
    const host = [...document.body.children].find((e) => chrome.dom.openOrClosedShadowRoot(e)?.querySelector('[role=separator]'));
    const root = chrome.dom.openOrClosedShadowRoot(host);
    ${body}
  })()`);
}

/** Drags the sidebar's edge `dx` pixels with the real mouse (negative: to the left, wider). */
async function dragEdge(page: Page, dx: number) {
  const edge = (await edgeOf(page))!;
  const x = edge.box.x + edge.box.width / 2;
  const y = edge.box.y + edge.box.height / 2;
  await page.mouse.move(x, y);
  await page.mouse.down();
  for (let i = 1; i <= 5; i++) await page.mouse.move(x + (dx * i) / 5, y);
  await page.mouse.up();
}

for (const site of ['gmail', 'outlook'] as const) {
  test(`every ${site === 'gmail' ? 'Gmail' : 'Outlook'} test page: with the sidebar open, no message text lies under it`, async ({ page }) => {
    for (const name of pagesOf(site)) {
      await test.step(name, async () => {
        await open(page, site, fixture(`${site}/${name}`), urlOf(site, name));
        await expect.poll(async () => (await covered(page, site)).under, `${name}: text under the sidebar`).toEqual([]);
        const { texts, sidebar } = await covered(page, site);
        // Not vacuous: the page had message text, and the sidebar was open at its full width.
        expect(texts, name).toBeGreaterThan(0);
        expect(sidebar.width, name).toBe(340);
        // The page made room (the sidebar did not fall back to covering it).
        expect((await edgeOf(page))?.box.width, `${name}: resize edge`).toBeGreaterThan(0);
        await page.unrouteAll();
      });
    }
  });
}

test("Gmail's right-hand app column stays in view and the thread ends before the sidebar; collapsing gives the page its layout back", async ({ context, page }) => {
  const html = fixture('gmail/thread-side-panel.2026-11.html');
  // The page's own layout: the same page where Rapport does not run.
  await serve(context, 'https://layout.example/**', html);
  await page.goto('https://layout.example/');
  const own = await boxes(page, MAIL.gmail);
  const ownApps = await boxes(page, GMAIL_APPS, false);
  expect(ownApps.length).toBe(2);
  // Without Rapport the thread runs up to the app column, so the check below can fail.
  expect(Math.max(...own.map((b) => b.x + b.width))).toBeGreaterThan(1600 - 356 - 340);

  await open(page, 'gmail', html);
  await expect.poll(async () => (await covered(page, 'gmail')).under).toEqual([]);
  const { sidebar, apps } = await covered(page, 'gmail');
  expect(apps).toBe(2);
  // Right beside the app column (300 px panel + 56 px rail), not over it, not across the window.
  expect(sidebar.x + sidebar.width).toBe(1600 - 356);
  expect(await boxes(page, GMAIL_APPS, false)).toEqual(ownApps);

  await (await SidebarFrame.of(page)).click('Hide sidebar');
  await expect.poll(async () => (await sidebarBox(page)).width).toBe(36);
  await expect.poll(() => boxes(page, MAIL.gmail)).toEqual(own);
  expect(await page.evaluate(() => document.querySelectorAll('[data-rapport-beside]').length)).toBe(0);

  // Open again: the room is made again.
  await (await SidebarFrame.of(page)).click('Rapport');
  await expect.poll(async () => (await sidebarBox(page)).width).toBe(340);
  await expect.poll(async () => (await covered(page, 'gmail')).under).toEqual([]);
});

test("Gmail's side panel closed and opened while the sidebar is open: the sidebar and the room follow", async ({ page }) => {
  await open(page, 'gmail', fixture('gmail/thread-side-panel.2026-11.html'));
  await expect.poll(async () => (await covered(page, 'gmail')).under).toEqual([]);
  const panel = (shown: boolean) => page.evaluate((s) => ((document.querySelector('div.brC-brG') as HTMLElement).style.display = s ? '' : 'none'), shown);
  // Closed: only the 56 px icon rail is left at the right; the sidebar moves up to it.
  await panel(false);
  await expect.poll(() => rightEdge(page)).toBe(1600 - 56);
  await expect.poll(async () => (await covered(page, 'gmail')).under).toEqual([]);
  // Opened again: back beside it, still covering nothing.
  await panel(true);
  await expect.poll(() => rightEdge(page)).toBe(1600 - 356);
  await expect.poll(async () => (await covered(page, 'gmail')).under).toEqual([]);
});

test('Outlook: collapsing the sidebar gives the page its own layout back', async ({ context, page }) => {
  const html = fixture('outlook/reading-pane-one-message.2026-11.html');
  await serve(context, 'https://layout.example/**', html);
  await page.goto('https://layout.example/');
  const own = await boxes(page, MAIL.outlook);
  await open(page, 'outlook', html);
  await expect.poll(async () => (await covered(page, 'outlook')).under).toEqual([]);
  expect(await boxes(page, MAIL.outlook)).not.toEqual(own);
  await (await SidebarFrame.of(page)).click('Hide sidebar');
  await expect.poll(() => boxes(page, MAIL.outlook)).toEqual(own);
});

test('when the extension is updated under the page, the room and the stylesheet go with the sidebar', async ({ context, page, sw }) => {
  const html = fixture('gmail/thread-side-panel.2026-11.html');
  await serve(context, 'https://layout.example/**', html);
  await page.goto('https://layout.example/');
  const own = await boxes(page, MAIL.gmail);
  const ownStyles = await page.evaluate(() => document.querySelectorAll('style').length);
  await open(page, 'gmail', html);
  await expect.poll(() => page.evaluate(() => document.querySelectorAll('[data-rapport-beside]').length)).toBe(1);
  expect(await page.evaluate(() => document.querySelectorAll('style').length)).toBe(ownStyles + 1);
  // What an update does to a live page: this content script's extension goes away.
  await sw.evaluate(() => (globalThis as unknown as { chrome: { runtime: { reload(): void } } }).chrome.runtime.reload()).catch(() => {});
  await expect.poll(() => page.evaluate(() => document.querySelectorAll('[data-rapport-beside]').length), { timeout: 20_000 }).toBe(0);
  expect(await page.evaluate(() => document.querySelectorAll('style').length)).toBe(ownStyles);
  expect(await boxes(page, MAIL.gmail)).toEqual(own);
});

test('the width is dragged or set with the keyboard, remembered per site after a reload, and the room follows it', async ({ context, page }) => {
  await open(page, 'gmail', fixture('gmail/thread-several-messages.2026-11.html'));
  const edge = (await edgeOf(page))!;
  expect(edge.value).toBe(340);
  await dragEdge(page, -100);
  await expect.poll(async () => (await sidebarBox(page)).width).toBe(440);
  await expect.poll(async () => (await edgeOf(page))?.value).toBe(440);
  await expect.poll(async () => (await covered(page, 'gmail')).under).toEqual([]);

  // Keyboard: the edge takes focus (a click without moving), Left widens, Right narrows.
  const at = (await edgeOf(page))!.box;
  await page.mouse.click(at.x + at.width / 2, at.y + at.height / 2);
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('ArrowRight');
  await expect.poll(async () => (await sidebarBox(page)).width).toBe(456);

  await page.reload();
  await SidebarFrame.of(page);
  await expect.poll(async () => (await sidebarBox(page)).width).toBe(456);
  await expect.poll(async () => (await covered(page, 'gmail')).under).toEqual([]);

  // Outlook keeps its own width.
  await page.unrouteAll();
  await open(context.pages()[0]!, 'outlook', fixture('outlook/reading-pane-one-message.2026-11.html'));
  expect((await sidebarBox(page)).width).toBe(340);
});

test('where the layout is not found the sidebar overlays, with a visible edge that resizes it', async ({ page }) => {
  // Gmail's column classes gone: nothing to make room in.
  const unknown = fixture('gmail/thread-several-messages.2026-11.html').replace('class="nH bkK"', 'class="nH"').replace('class="aeF"', 'class="aeF2"');
  await open(page, 'gmail', unknown);
  const edge = (await edgeOf(page))!;
  const sidebar = await sidebarBox(page);
  // Over the page, as before: the message text runs under it, the page is unchanged.
  expect((await covered(page, 'gmail')).under.length).toBeGreaterThan(0);
  expect(await page.evaluate(() => document.querySelectorAll('[data-rapport-beside]').length)).toBe(0);
  // The edge is at the sidebar's left, on top, and drawn: a grip at mid-height and a line down the edge.
  expect(Math.abs(edge.box.x + edge.box.width / 2 - sidebar.x)).toBeLessThanOrEqual(1);
  const drawn = await inRoot<{ onTop: boolean; grip: string; line: string }>(
    page,
    `const edge = root.querySelector('[role=separator]'); const r = edge.getBoundingClientRect();
     return { onTop: root.elementFromPoint(r.x + r.width / 2, r.y + r.height / 2) === edge,
              grip: getComputedStyle(edge, '::after').backgroundColor, line: getComputedStyle(edge).borderRightWidth };`,
  );
  expect(drawn.onTop).toBe(true);
  expect(drawn.grip).not.toBe('rgba(0, 0, 0, 0)');
  expect(drawn.line).toBe('2px');
  await dragEdge(page, -60);
  await expect.poll(async () => (await sidebarBox(page)).width).toBe(400);
});

test('a column that does not make room when asked (a width fixed by script) gets the overlay, not a broken page', async ({ page }) => {
  const fixed = fixture('gmail/thread-several-messages.2026-11.html').replace('class="nH bkK"', 'class="nH bkK" style="width:1600px"');
  await open(page, 'gmail', fixed);
  await expect.poll(async () => (await edgeOf(page))?.value).toBe(340);
  expect(await page.evaluate(() => document.querySelectorAll('[data-rapport-beside]').length)).toBe(0);
  expect(await page.evaluate(() => (document.querySelector('.bkK') as HTMLElement).getBoundingClientRect().width)).toBe(1600);
});

test('events a page script makes do not move the edge: only the user resizes', async ({ page }) => {
  await open(page, 'gmail', fixture('gmail/thread-several-messages.2026-11.html'));
  // Even made in the content script's own world, which can reach into the closed root.
  const moved = await inRoot<number>(
    page,
    `const edge = root.querySelector('[role=separator]');
    const r = edge.getBoundingClientRect();
    const at = { clientX: r.x + 4, clientY: r.y + 200, bubbles: true, composed: true, pointerId: 1, button: 0, isPrimary: true };
    edge.dispatchEvent(new PointerEvent('pointerdown', at));
    edge.dispatchEvent(new PointerEvent('pointermove', { ...at, clientX: at.clientX - 200 }));
    edge.dispatchEvent(new PointerEvent('pointerup', { ...at, clientX: at.clientX - 200 }));
    edge.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowLeft', bubbles: true, composed: true }));
    edge.dispatchEvent(new KeyboardEvent('keydown', { key: 'End', bubbles: true, composed: true }));
    return host.getBoundingClientRect().width;`,
  );
  expect(moved).toBe(340);
  expect((await edgeOf(page))!.value).toBe(340);
});

test('real saved Gmail pages (../shared/fixtures): no text under the sidebar, the add-on panel in view', async ({ page }) => {
  test.skip(!HAS_SHARED_FIXTURES, NO_SHARED_FIXTURES);
  // A 2014 inbox list as saved.
  await open(page, 'gmail', sharedFixture('gmail/inboxsdk__injected-thread-identifier.html'));
  await expect.poll(async () => (await covered(page, 'gmail')).under).toEqual([]);
  expect((await covered(page, 'gmail')).texts).toBeGreaterThan(0);
  await page.unrouteAll();

  // The real 2017 add-on panel fragment (div.no > div.bkK.nn + div.nH.bnl.nn),
  // with a thread in its main column and the row laid out as a row.
  const doc = parseHtml(sharedFixture('gmail/inboxsdk__gmail-2017-09-08-gmail-addon-sidebar.html'));
  const thread = parseHtml(fixture('gmail/thread-several-messages.2026-11.html'));
  doc.querySelector('div.no > div.bkK')!.innerHTML = thread.querySelector('div.bkK')!.innerHTML;
  doc.head.innerHTML = '<style>body{margin:0}.no{display:flex}.bkK{flex:1 1 auto}.bnl{flex:none}</style>';
  await open(page, 'gmail', `<!doctype html>${doc.documentElement.outerHTML}`);
  await expect.poll(async () => (await covered(page, 'gmail')).under).toEqual([]);
  const { apps, sidebar } = await covered(page, 'gmail');
  expect(apps).toBe(1);
  expect(sidebar.x + sidebar.width).toBe(1600 - 320);
});
