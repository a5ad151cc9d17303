#!/usr/bin/env node
// `npm run demo`: build the extension, start Chromium with it and a fresh
// profile seeded with a dozen sample clients, open the bundled host pages at
// their real URLs (served locally — nothing touches the network), save
// screenshots, and record a short video of the main flow (scripts/demo-video.mjs;
// needs the system's ffmpeg, skipped with a note without it). Headed when a
// display exists, headless otherwise.
import { chromium } from '@playwright/test';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { sampleClients } from './sample-data.mjs';
import { findFfmpeg, recordMainFlow, until } from './demo-video.mjs';

const root = path.resolve(import.meta.dirname, '..');
const ext = path.join(root, '.output/chrome-mv3-e2e'); // the test build: it has globalThis.rapport
const out = path.join(root, 'demo-screenshots');
const headless = !process.env.DISPLAY || process.env.HEADLESS === '1';
const page = (rel) => readFileSync(path.join(root, 'tests/fixtures', rel), 'utf8');

// Bundled host pages, the real URLs they are served at, and what each shows
// once it is ready for its screenshot: `sidebar` a text in the sidebar frame
// (any of several), `badges` the portal's client badges placed and settled,
// `collapsed` the sidebar frame rendered as its collapsed tab.
const SCENES = [
  { name: '01-gmail-client-thread', url: 'https://mail.google.com/mail/u/0/#inbox/FMfcgzQXKlmzRgTfrJMhVdSxVbcmqnXw', html: page('gmail/thread-several-messages.2026-11.html'), width: 1600, sidebar: ['Married to Luis'] },
  { name: '02-gmail-many-recipients', url: 'https://mail.google.com/mail/u/0/#inbox/FMfcgzQXKlnDbbWNsnCkBqPvKHtKTRwd', html: page('gmail/thread-many-recipients.2026-11.html'), width: 1600, sidebar: ['Married to Luis'] },
  { name: '03-gmail-started-by-user', url: 'https://mail.google.com/mail/u/0/#sent/FMfcgzQXKlpKcGfLdBvvtmcWfKSjCQxF', html: page('gmail/thread-started-by-user.2026-11.html'), width: 1600, sidebar: ['Married to Luis'] },
  { name: '04-gmail-inbox-no-thread', url: 'https://mail.google.com/mail/u/0/#inbox', html: page('gmail/inbox-list.2026-11.html'), width: 1600, sidebar: ['Open a conversation to see who it'] },
  { name: '05-outlook-reading-pane', url: 'https://outlook.office.com/mail/inbox/id/AAQkADAwATM0MDAAMS1hNmQ0LTQ5NzgtMDACLTAwCgAQAJx1ZqK7%2BzVKmXKq0vZpW1c%3D', html: page('outlook/reading-pane-one-message.2026-11.html'), width: 1600, sidebar: ['Married to Luis', 'Wife Katrin'] },
  { name: '06-outlook-compose', url: 'https://outlook.office.com/mail/inbox', html: page('outlook/compose-chips.2026-11.html'), width: 1600, sidebar: ['Married to Luis', 'Wife Katrin'] },
  { name: '08-one-legal-orders-badges', url: 'https://app.onelegal.com/orders?status=all', html: page('efiling/one-legal-orders.2026-11.html'), width: 1600, badges: true },
  { name: '09-one-legal-matters', url: 'https://app.onelegal.com/matters', html: page('efiling/one-legal-matters.2026-11.html'), width: 1600, badges: true },
  { name: '10-efileca-dashboard', url: 'https://california.tylerhost.net/OfsWeb/FilingHistory', html: page('efiling/efileca-dashboard.2026-11.html'), width: 1600, badges: true },
  { name: '11-file-and-servexpress', url: 'https://secure.fileandservexpress.com/filings', html: page('efiling/fsx-filings.2026-11.html'), width: 1600, badges: true },
  { name: '07-outlook-narrow-window-collapsed', url: 'https://outlook.live.com/mail/0/inbox/id/AQQkADAwATNiZmYAZC0xOTAwAC1mYTg1LTAwAi0wMAoAEABE3m5nWz6iTqnS0mA4s1ZV', html: page('outlook/conversation-three-messages.2026-11.html'), width: 1200, collapsed: true },
];

const sidebarFrame = (tab) => tab.frames().find((f) => f.url().includes('/sidebar.html'));

/** The sidebar frame in `tab`, once its text holds one of `texts` (the client's card has rendered). */
const sidebarShowing = (tab, texts) =>
  until(`the sidebar showing “${texts.join('” or “')}” in ${tab.url()}`, async () => {
    const f = sidebarFrame(tab);
    const text = f && (await f.evaluate(() => document.body.innerText));
    return text && texts.some((t) => text.includes(t)) && f;
  });

/** Rapport's badges on a portal page, counted the way DevTools can (their roots are closed). */
async function badgeCount(cdp) {
  const { root } = await cdp.send('DOM.getDocument', { depth: -1, pierce: true });
  let n = 0;
  const stack = [root];
  while (stack.length) {
    const node = stack.pop();
    if (node.attributes?.includes('data-rapport-badge') && node.shadowRoots?.[0]?.children?.some((c) => c.nodeName === 'BUTTON')) n++;
    stack.push(...(node.children ?? []), ...(node.shadowRoots ?? []));
  }
  return n;
}

/** Nothing the background was sent is still unanswered (the test build counts them). */
const workerIdle = (sw) =>
  sw.evaluate(() => {
    const { received, answered } = globalThis.rapport.routed();
    return Object.keys(received).every((t) => received[t] === (answered[t] ?? 0));
  });

/**
 * A portal page's badges are all placed: there is one, the background has
 * answered every lookup, and a second look finds the same number.
 */
async function badgesSettled(tab, sw) {
  const cdp = await tab.context().newCDPSession(tab);
  try {
    await cdp.send('DOM.enable');
    let last = -1;
    await until(`badges on ${tab.url()}`, async () => {
      const n = await badgeCount(cdp);
      const settled = n > 0 && n === last && (await workerIdle(sw));
      last = n;
      return settled;
    });
  } finally {
    await cdp.detach().catch(() => {});
  }
}

/** The next two frames have been drawn in `frame` (a scroll just made is on screen). */
const painted = (frame) => frame.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));

console.log('Building the extension…');
const build = spawnSync('npx', ['wxt', 'build', '--mode', 'e2e'], { cwd: root, stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);

const profile = mkdtempSync(path.join(tmpdir(), 'rapport-demo-'));
mkdirSync(out, { recursive: true });
const context = await chromium.launchPersistentContext(profile, {
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  headless,
  viewport: { width: 1600, height: 1000 },
  args: [
    `--disable-extensions-except=${ext}`, `--load-extension=${ext}`, '--no-sandbox', '--disable-gpu',
    '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic',
  ],
});

try {
  const sw = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(sw.url()).host;

  // Seed through the background's own validated write path.
  const seeded = await sw.evaluate(async (samples) => {
    const { dispatch } = globalThis.rapport;
    let n = 0;
    for (const { client, interactions } of samples) {
      const r = await dispatch({ type: 'createClient', payload: { client } });
      if (!r.ok) throw new Error(`${client.name}: ${r.error.message}`);
      n++;
      for (const i of interactions) {
        const l = await dispatch({ type: 'logInteraction', payload: { interaction: { ...i, clientId: r.data.client.id, source: 'demo' } } });
        if (!l.ok) throw new Error(l.error.message);
      }
    }
    return n;
  }, sampleClients());
  console.log(`Seeded ${seeded} sample clients.`);

  // Deadlines, promises and an open question for two of them, dated from today.
  const mariaId = await sw.evaluate(async () => {
    const { dispatch } = globalThis.rapport;
    const ask = async (type, payload) => {
      const r = await dispatch({ type, payload });
      if (!r.ok) throw new Error(`${type}: ${r.error.message}`);
      return r.data;
    };
    const pad = (n) => String(n).padStart(2, '0');
    const day = (n) => {
      const d = new Date();
      d.setDate(d.getDate() + n);
      return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
    };
    const find = async (q) => (await ask('listClients', { query: q, limit: 1 })).clients[0];
    const maria = await find('Maria Alvarez');
    const other = (await ask('listClients', { limit: 3 })).clients.find((c) => c.id !== maria.id);
    const matter = (await ask('getClient', { id: maria.id })).client.matters[0]?.id;
    await ask('saveDeadline', { deadline: { clientId: maria.id, ...(matter ? { matterId: matter } : {}), title: 'Opposition to demurrer', kind: 'court', dueDate: day(2), notes: 'CCP 1005(b): 9 court days before the hearing' } });
    await ask('saveDeadline', { deadline: { clientId: maria.id, title: 'Send the settlement figures', kind: 'promise', dueDate: day(-1) } });
    await ask('saveDeadline', { deadline: { clientId: maria.id, title: 'Discovery responses', kind: 'court', dueDate: day(18) } });
    await ask('saveDeadline', { deadline: { clientId: maria.id, title: 'Case review with the partner', kind: 'internal', dueDate: day(25) } });
    await ask('saveOpenQuestion', { clientId: maria.id, text: 'Would she accept a payment plan from the mill?' });
    await ask('saveOpenQuestion', { clientId: maria.id, text: 'Has the insurer answered her claim?' });
    if (other) {
      await ask('saveDeadline', { deadline: { clientId: other.id, title: 'Call back about the lease renewal', kind: 'promise', dueDate: day(0) } });
      await ask('saveDeadline', { deadline: { clientId: other.id, title: 'Reply to motion to compel', kind: 'court', dueDate: day(9) } });
    }
    return maria.id;
  });

  for (const scene of SCENES) {
    const host = new URL(scene.url).origin;
    await context.unrouteAll({ behavior: 'ignoreErrors' });
    await context.route(`${host}/**`, (r) =>
      r.request().resourceType() === 'document' ? r.fulfill({ status: 200, contentType: 'text/html', body: scene.html }) : r.fulfill({ status: 404, body: '' }),
    );
    const tab = await context.newPage();
    await tab.setViewportSize({ width: scene.width, height: 1000 });
    await tab.goto(scene.url);
    // Mail hosts mount the sidebar frame at once and it shows the client; portals show badges.
    if (scene.sidebar) await sidebarShowing(tab, scene.sidebar);
    if (scene.badges) await badgesSettled(tab, sw);
    if (scene.collapsed)
      await until('the collapsed sidebar', async () => {
        const f = sidebarFrame(tab);
        return f && (await f.evaluate(() => !!document.querySelector('#app > *')));
      });
    const file = path.join(out, `${scene.name}.png`);
    await tab.screenshot({ path: file });
    console.log(`  ${file}`);
    if (scene.name.startsWith('01-')) {
      // The sidebar alone, scrolled to the client's deadlines, mood and promises.
      const frame = await sidebarShowing(tab, ['Opposition to demurrer']);
      await frame.evaluate(() => document.querySelector('.rp-deadlines')?.scrollIntoView({ block: 'start' }));
      await painted(frame);
      const side = path.join(out, '12-sidebar-deadlines-mood.png');
      await tab.screenshot({ path: side, clip: { x: scene.width - 420, y: 0, width: 420, height: 1000 } });
      console.log(`  ${side}`);
    }
    if (headless && !scene.name.startsWith('01-')) await tab.close();
  }

  // The toolbar popup, for the Gmail thread still open in its tab.
  const gmailTab = await sw.evaluate(async () => {
    for (const tab of await chrome.tabs.query({})) {
      const screen = await chrome.tabs.sendMessage(tab.id, { type: 'getScreenContext' }).catch(() => null);
      if (screen?.site === 'gmail') return tab.id;
    }
    return undefined;
  });
  const popup = await context.newPage();
  await popup.setViewportSize({ width: 380, height: 640 });
  await popup.goto(`chrome-extension://${extensionId}/popup.html${gmailTab === undefined ? '' : `?tab=${gmailTab}`}`);
  // The client on that tab, with the buttons that log a call.
  if (gmailTab !== undefined) {
    await popup.getByRole('region', { name: 'On this page' }).getByText('Maria Alvarez').first().waitFor();
    await popup.getByRole('button', { name: 'Call', exact: true }).waitFor();
  }
  await popup.screenshot({ path: path.join(out, '20-popup-quick-log.png') });
  console.log(`  ${path.join(out, '20-popup-quick-log.png')}`);
  if (headless) await popup.close();

  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  const first = options.getByText('Maria Alvarez').first();
  await first.waitFor();
  await first.click();
  // Her record open in the editor.
  await options.getByRole('form', { name: /^Edit Mari/ }).waitFor();
  await options.screenshot({ path: path.join(out, '90-options-clients.png'), fullPage: true });
  console.log(`  ${path.join(out, '90-options-clients.png')}`);

  const brief = await context.newPage();
  await brief.goto(`chrome-extension://${extensionId}/brief.html?client=${mariaId}`);
  await brief.getByText('Opposition to demurrer').first().waitFor();
  await brief.screenshot({ path: path.join(out, '30-prep-brief.png'), fullPage: true });
  await brief.pdf({ path: path.join(out, '31-prep-brief.pdf'), format: 'A4', printBackground: true }).catch(() => {});
  console.log(`  ${path.join(out, '30-prep-brief.png')}`);

  await options.goto(`chrome-extension://${extensionId}/options.html#deadlines`);
  await options.getByText('Opposition to demurrer').first().waitFor();
  await options.screenshot({ path: path.join(out, '91-options-deadlines.png'), fullPage: true });
  console.log(`  ${path.join(out, '91-options-deadlines.png')}`);

  // Last, as it logs a call: the screenshots above show the clients as seeded.
  const ffmpeg = findFfmpeg();
  const file = path.join(out, 'main-flow.mp4');
  // An older run's video is not this build's.
  rmSync(file, { force: true });
  if (!ffmpeg) console.log('Video skipped: no ffmpeg found. Install it (Debian/Ubuntu: sudo apt-get install ffmpeg) or set FFMPEG_PATH, then run npm run demo again.');
  else {
    console.log('Recording the main flow…');
    const serve = async (glob, html) => {
      await context.unrouteAll({ behavior: 'ignoreErrors' });
      await context.route(glob, (r) =>
        r.request().resourceType() === 'document' ? r.fulfill({ status: 200, contentType: 'text/html', body: html }) : r.fulfill({ status: 404, body: '' }),
      );
    };
    try {
      const video = await recordMainFlow({ context, sw, extensionId, serve, fixture: page, ffmpeg, file });
      console.log(`  ${file}${video ? ` (${video.seconds.toFixed(1)} s, ${video.frames} frames, ${video.width}×${video.height})` : ''}`);
    } catch (e) {
      // The screenshots are made; say what broke, and end the run as failed.
      console.error(`Video not made: ${e.message}`);
      rmSync(file, { force: true });
      process.exitCode = 1;
    }
  }

  if (!headless) {
    console.log('Chromium is open with Rapport and the sample clients. Close the window to end the demo.');
    await new Promise((resolve) => context.on('close', resolve));
  }
} finally {
  await context.close().catch(() => {});
  rmSync(profile, { recursive: true, force: true });
}
console.log(`Screenshots${existsSync(path.join(out, 'main-flow.mp4')) ? ' and the video' : ''} are in ${out}`);
