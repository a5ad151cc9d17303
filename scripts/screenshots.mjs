#!/usr/bin/env node
// `npm run screenshots`: the store listings' 1280×800 images, made from the
// built extension on the bundled test pages (served at their real addresses,
// nothing touches the network) with the demo's fictional clients. Writes
// store/screenshots/ (git-ignored: made again whenever the UI changes):
//   1-sidebar-gmail.png   the sidebar beside a client's Gmail thread
//   2-portal-badges.png   client badges on a One Legal order list
//   3-popup.png           the toolbar popup over that thread
//   4-options.png         the client list and editor
//   5-brief.png           the prep brief
// Each shot is taken once the page shows what it is for (a client's name, a
// badge), never after a fixed wait. `THEME=dark npm run screenshots` makes the
// dark set.
import { chromium } from '@playwright/test';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { sampleClients } from './sample-data.mjs';

const root = path.resolve(import.meta.dirname, '..');
const ext = path.join(root, '.output/chrome-mv3-e2e'); // the test build: the shipped UI plus the seeding hook
const out = path.join(root, 'store/screenshots');
const SIZE = { width: 1280, height: 800 };
const scheme = process.env.THEME === 'dark' ? 'dark' : 'light';
const fixture = (rel) => readFileSync(path.join(root, 'tests/fixtures', rel), 'utf8');
const GMAIL = 'https://mail.google.com/mail/u/0/#inbox/FMfcgzQXKlmzRgTfrJMhVdSxVbcmqnXw';
const ONE_LEGAL = 'https://app.onelegal.com/orders?status=all';

/** Polls `check` until it returns something truthy; a state, not a time. */
async function until(what, check, timeout = 60_000) {
  const end = Date.now() + timeout;
  for (;;) {
    const v = await check().catch(() => undefined);
    if (v) return v;
    if (Date.now() > end) throw new Error(`Never saw ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

if (!process.argv.includes('--no-build')) {
  console.log('Building the extension…');
  const build = spawnSync('npx', ['wxt', 'build', '--mode', 'e2e'], { cwd: root, stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

const profile = mkdtempSync(path.join(tmpdir(), 'rapport-shots-'));
mkdirSync(out, { recursive: true });
const context = await chromium.launchPersistentContext(profile, {
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  headless: true,
  viewport: SIZE,
  colorScheme: scheme,
  args: [
    `--disable-extensions-except=${ext}`, `--load-extension=${ext}`, '--no-sandbox', '--disable-gpu',
    '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic',
  ],
});

const shot = async (page, name) => {
  const file = path.join(out, name);
  await page.screenshot({ path: file });
  console.log(`  ${file}`);
};

try {
  const sw = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(sw.url()).host;
  const url = (p) => `chrome-extension://${extensionId}/${p}`;

  // Seed through the background's own validated write path.
  const mariaId = await sw.evaluate(async (samples) => {
    const { dispatch } = globalThis.rapport;
    const ask = async (type, payload) => {
      const r = await dispatch({ type, payload });
      if (!r.ok) throw new Error(`${type}: ${r.error.message}`);
      return r.data;
    };
    let maria;
    for (const { client, interactions } of samples) {
      const { client: c } = await ask('createClient', { client });
      if (client.name === 'Maria Alvarez') maria = c.id;
      for (const i of interactions) await ask('logInteraction', { interaction: { ...i, clientId: c.id, source: 'demo' } });
    }
    const day = (n) => {
      const d = new Date();
      d.setDate(d.getDate() + n);
      return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
    };
    await ask('saveDeadline', { deadline: { clientId: maria, title: 'Opposition to demurrer', kind: 'court', dueDate: day(2) } });
    await ask('saveDeadline', { deadline: { clientId: maria, title: 'Send the settlement figures', kind: 'promise', dueDate: day(5) } });
    await ask('saveOpenQuestion', { clientId: maria, text: 'Would she accept a payment plan from the mill?' });
    return maria;
  }, sampleClients());

  const serve = async (glob, html) => {
    await context.unrouteAll({ behavior: 'ignoreErrors' });
    await context.route(glob, (r) =>
      r.request().resourceType() === 'document' ? r.fulfill({ status: 200, contentType: 'text/html', body: html }) : r.fulfill({ status: 404, body: '' }),
    );
  };

  // 1. The sidebar beside a client's Gmail thread: open, as the user would have
  // it (below 1500 px wide it starts collapsed until opened once).
  await sw.evaluate(() => chrome.storage.local.set({ 'rapport:sidebarCollapsed': false }));
  await serve('https://mail.google.com/**', fixture('gmail/thread-several-messages.2026-11.html'));
  const gmail = context.pages()[0] ?? (await context.newPage());
  await gmail.goto(GMAIL);
  await gmail.bringToFront();
  const frame = await until('the sidebar', async () => {
    const f = gmail.frames().find((x) => x.url().includes('/sidebar.html'));
    return f && (await f.evaluate(() => document.body.innerText.includes('Opposition to demurrer'))) && f;
  });
  await until('the sidebar’s mood line', () => frame.evaluate(() => !document.querySelector('[aria-busy="true"]')));
  await shot(gmail, '1-sidebar-gmail.png');

  // 3. The popup over that thread: the popup page, drawn over the thread's screenshot.
  const tabId = await sw.evaluate(async () => {
    for (const tab of await chrome.tabs.query({})) {
      const screen = await chrome.tabs.sendMessage(tab.id, { type: 'getScreenContext' }).catch(() => null);
      if (screen?.site === 'gmail') return tab.id;
    }
    return undefined;
  });
  const popup = await context.newPage();
  await popup.setViewportSize({ width: 380, height: 600 });
  await popup.goto(url(`popup.html?tab=${tabId}`));
  await until('the popup’s client', () => popup.evaluate(() => document.body.innerText.includes('Maria Alvarez')));
  const popupPng = (await popup.screenshot()).toString('base64');
  const behind = (await gmail.screenshot()).toString('base64');
  const canvas = await context.newPage();
  await canvas.setContent(
    `<body style="margin:0;width:${SIZE.width}px;height:${SIZE.height}px;background:url(data:image/png;base64,${behind}) no-repeat;position:relative">` +
      `<img alt="" src="data:image/png;base64,${popupPng}" style="position:absolute;top:8px;right:24px;border-radius:8px;box-shadow:0 8px 28px rgba(0,0,0,.35)"></body>`,
  );
  await until('the composed popup', () => canvas.evaluate(() => document.images[0].complete));
  await shot(canvas, '3-popup.png');
  await canvas.close();
  await popup.close();

  // 2. Badges beside the client's case numbers on a portal.
  await serve('https://app.onelegal.com/**', fixture('efiling/one-legal-orders.2026-11.html'));
  const portal = await context.newPage();
  await portal.goto(ONE_LEGAL);
  await until('portal badges', () => portal.evaluate(() => document.querySelectorAll('[data-rapport-badge]').length > 0));
  // Every number on the page is answered in one message and placed in one pass.
  await until('the badges’ answer', async () => {
    const r = await sw.evaluate(() => globalThis.rapport.routed());
    return Object.keys(r.received).every((t) => (r.received[t] ?? 0) <= (r.answered[t] ?? 0));
  });
  await shot(portal, '2-portal-badges.png');

  // 4. The client list and editor.
  const options = await context.newPage();
  await options.goto(url(`options.html#client=${mariaId}`));
  await until('the client editor', () => options.evaluate(() => document.body.innerText.includes('Recent contact')));
  await shot(options, '4-options.png');

  // 5. The prep brief.
  const brief = await context.newPage();
  await brief.goto(url(`brief.html?client=${mariaId}`));
  await until('the brief', () => brief.evaluate(() => document.body.innerText.includes('Opposition to demurrer')));
  await shot(brief, '5-brief.png');
} finally {
  await context.close().catch(() => {});
  rmSync(profile, { recursive: true, force: true });
}
console.log(`Store screenshots (${scheme}) are in ${out}`);
