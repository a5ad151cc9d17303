// The sidebar follows Gmail's and Outlook's own theme (issue 14): while
// Settings → Display → Colours is "As the system", the framed sidebar is light
// or dark as the mail page around it is painted — read from the page's
// computed background by the content script, which tells the frame only the
// word. It follows a switch while open (a class on <html>, a style on <body>),
// and a chosen Light or Dark still wins. Portal badges and the sidebar's
// resize edge follow the page the same way. The system's scheme is emulated
// as the opposite of the page's throughout, so following the system would
// fail each check. Screenshots go to test-results/host-theme/ to be looked at.
import type { CDPSession, Frame, Page } from '@playwright/test';
import path from 'node:path';
import { expect, fixture, rapport, ROOT, serve, test } from './fixtures';
import { SidebarFrame } from './sidebar-frame';

const THREAD = 'https://mail.google.com/mail/u/0/#inbox/FMfcgzQXKlmzRgTfrJMhVdSxVbcmqnXw';
const OUTLOOK_ITEM = 'https://outlook.office.com/mail/inbox/id/AAQkADAwATM0MDAAMS1hNmQ0LTQ5NzgtMDACLTAwCgAQAJx1ZqK7%2BzVKmXKq0vZpW1c%3D';
const ORDERS = 'https://app.onelegal.com/orders?status=all';
const MARIA = 'maria.alvarez@alvarezbakery.com';
const SHOTS = path.join(ROOT, 'test-results/host-theme');

/**
 * A saved page restyled as its app's dark theme does it: a class on <html>
 * (Gmail's and Outlook's dark themes are stylesheets keyed on the document),
 * its colours applied to <body> and to the app's own containers.
 */
function darkPage(html: string, css: string): string {
  return html.replace('<html', '<html class="test-dark"').replace('<head>', `<head><style>${css}</style>`);
}
// Gmail's dark surface #202124 and text #e8eaed; Outlook's #292827 / #ffffff.
const GMAIL_DARK = 'html.test-dark body{background:#202124;color:#e8eaed}';
const OUTLOOK_DARK = 'html.test-dark body{background:#292827;color:#fff}';

/** Relative luminance of a computed colour, the WCAG formula, computed here rather than by the code under test. */
function luminance(css: string): number {
  const m = /rgba?\(([\d.]+), ([\d.]+), ([\d.]+)/.exec(css);
  if (!m) throw new Error(`not an rgb colour: ${css}`);
  const lin = (c: number) => ((c /= 255) <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
  return 0.2126 * lin(+m[1]!) + 0.7152 * lin(+m[2]!) + 0.0722 * lin(+m[3]!);
}

/** The sidebar's panel as the browser paints it: 'dark' or 'light' (Rapport's own #1d2229 and #ffffff are far apart). */
async function sidebarLooks(frame: Frame): Promise<'dark' | 'light'> {
  const bg = await frame.evaluate(() => getComputedStyle(document.querySelector('.rp-root')!).backgroundColor);
  return luminance(bg) < 0.1 ? 'dark' : 'light';
}

async function chooseTheme(options: Page, label: 'As the system (light or dark)' | 'Light' | 'Dark') {
  await options.getByLabel(label, { exact: true }).check();
  await expect(options.getByLabel(label, { exact: true })).toBeChecked();
}

type DomNode = { nodeName: string; backendNodeId: number; attributes?: string[]; children?: DomNode[]; shadowRoots?: DomNode[] };

/** Every node under closed shadow roots too, the way DevTools reads them (page scripts cannot). */
async function pierce(cdp: CDPSession): Promise<DomNode[]> {
  const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: DomNode };
  const all: DomNode[] = [];
  const stack = [root];
  while (stack.length) {
    const n = stack.pop()!;
    all.push(n);
    stack.push(...(n.children ?? []), ...(n.shadowRoots ?? []));
  }
  return all;
}
const classOf = (n: DomNode) => {
  const i = n.attributes?.indexOf('class') ?? -1;
  return i >= 0 ? n.attributes![i + 1]! : '';
};

/** The sidebar's resize edge (in the host's closed root): is it styled for a dark page? */
async function edgeIsDark(cdp: CDPSession): Promise<boolean | undefined> {
  const edge = (await pierce(cdp)).find((n) => n.nodeName === 'DIV' && n.attributes?.includes('separator') && classOf(n).split(' ').includes('edge'));
  return edge && classOf(edge).split(' ').includes('dark');
}

test('Gmail in its dark theme: the sidebar is dark, follows the page switching while open, and a chosen theme wins', async ({ context, page, sw, extensionId }) => {
  await rapport(sw, 'createClient', { client: { name: 'Maria Alvarez', emails: [MARIA], notes: { family: 'Daughters Sofia and Ana' } } });
  await serve(context, 'https://mail.google.com/**', darkPage(fixture('gmail/thread-several-messages.2026-11.html'), GMAIL_DARK));
  // The system is light: a sidebar following it would be light.
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto(THREAD);
  const sidebar = await SidebarFrame.of(page);
  await sidebar.waitForText('Daughters Sofia and Ana');
  const frame = await sidebar.frame();
  const cdp = await context.newCDPSession(page);
  await cdp.send('DOM.enable');

  // Dark from the start: the frame was told as it loaded (the page has not changed since).
  await expect.poll(() => sidebarLooks(frame), 'sidebar on dark Gmail').toBe('dark');
  await expect.poll(() => edgeIsDark(cdp), 'resize edge on dark Gmail').toBe(true);
  await page.screenshot({ path: path.join(SHOTS, 'gmail-dark.png') });

  // Gmail switches to its light theme while the thread is open (the class on <html> goes).
  await page.evaluate(() => document.documentElement.classList.remove('test-dark'));
  await expect.poll(() => sidebarLooks(frame), 'after Gmail turned light').toBe('light');
  await expect.poll(() => edgeIsDark(cdp)).toBe(false);
  await page.screenshot({ path: path.join(SHOTS, 'gmail-light.png') });

  // And dark again through a style on <body>, under a dark system this time.
  await page.emulateMedia({ colorScheme: 'dark' });
  await expect.poll(() => sidebarLooks(frame), 'the system alone does not decide').toBe('light');
  await page.emulateMedia({ colorScheme: 'light' });
  await page.evaluate(() => {
    document.body.style.background = '#202124';
    document.body.style.color = '#e8eaed';
  });
  await expect.poll(() => sidebarLooks(frame), 'after <body> turned dark').toBe('dark');

  // Settings → Display → Colours: Light wins over the dark page, in the sidebar already open.
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html#settings`);
  await chooseTheme(options, 'Light');
  await expect.poll(() => sidebarLooks(frame), 'Light chosen, over dark Gmail').toBe('light');
  await page.bringToFront();
  await page.screenshot({ path: path.join(SHOTS, 'gmail-dark-setting-light.png') });
  // Dark chosen, over Gmail turned light: dark.
  await page.evaluate(() => {
    document.body.style.background = '#ffffff';
    document.body.style.color = '#202124';
  });
  await chooseTheme(options, 'Dark');
  await expect.poll(() => sidebarLooks(frame), 'Dark chosen, over light Gmail').toBe('dark');
  // Back to "As the system": the page's light theme again, though the system is dark.
  await page.emulateMedia({ colorScheme: 'dark' });
  await chooseTheme(options, 'As the system (light or dark)');
  await expect.poll(() => sidebarLooks(frame), 'As the system, over light Gmail, dark system').toBe('light');
  await cdp.detach();
});

test('Outlook in its dark theme: the sidebar is dark; light Outlook under a dark system keeps it light', async ({ context, page, sw }) => {
  await rapport(sw, 'createClient', { client: { name: 'Maria Alvarez', emails: [MARIA], notes: { family: 'Daughters Sofia and Ana' } } });
  await serve(context, 'https://outlook.office.com/**', darkPage(fixture('outlook/reading-pane-one-message.2026-11.html'), OUTLOOK_DARK));
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto(OUTLOOK_ITEM);
  const sidebar = await SidebarFrame.of(page);
  await sidebar.waitForText('Daughters Sofia and Ana');
  const frame = await sidebar.frame();
  await expect.poll(() => sidebarLooks(frame), 'sidebar on dark Outlook').toBe('dark');
  await page.screenshot({ path: path.join(SHOTS, 'outlook-dark.png') });
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.evaluate(() => document.documentElement.classList.remove('test-dark'));
  await expect.poll(() => sidebarLooks(frame), 'light Outlook, dark system').toBe('light');
});

/** Each badge's button background, read through CDP (the badges' roots are closed). */
async function badgeBackgrounds(cdp: CDPSession): Promise<string[]> {
  const out: string[] = [];
  for (const n of await pierce(cdp)) {
    if (!n.attributes?.includes('data-rapport-badge') || !n.shadowRoots?.length) continue;
    const shadow = await cdp.send('DOM.resolveNode', { backendNodeId: n.shadowRoots[0]!.backendNodeId });
    const r = await cdp.send('Runtime.callFunctionOn', {
      objectId: shadow.object.objectId!,
      functionDeclaration: `function() { return getComputedStyle(this.querySelector('button')).backgroundColor; }`,
      returnByValue: true,
    });
    out.push(r.result.value as string);
  }
  return out;
}

test('portal badges are dark on a dark portal page and light on a light one, whatever the system says', async ({ context, page, sw }) => {
  await rapport(sw, 'createClient', { client: { name: 'Maria Alvarez', matters: [{ id: 'm1', caseNumber: '22STCV11897' }] } });
  const orders = fixture('efiling/one-legal-orders.2026-11.html');
  let html = darkPage(orders, 'html.test-dark body{background:#1b1b1f;color:#e6e6e6}');
  await serve(context, 'https://app.onelegal.com/**', () => html);
  const cdp = await context.newCDPSession(page);
  await cdp.send('DOM.enable');

  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto(ORDERS);
  await expect.poll(async () => (await badgeBackgrounds(cdp)).map((bg) => (luminance(bg) < 0.1 ? 'dark' : 'light'))).toEqual(['dark']);
  await page.screenshot({ path: path.join(SHOTS, 'portal-dark.png') });

  html = orders;
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.reload();
  await expect.poll(async () => (await badgeBackgrounds(cdp)).map((bg) => (luminance(bg) < 0.1 ? 'dark' : 'light'))).toEqual(['light']);
  await cdp.detach();
});
