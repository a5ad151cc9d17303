// The built Firefox add-on in Debian's firefox-esr, headless, over WebDriver
// BiDi (puppeteer-core): it installs, its options page opens, and a client
// saved there is still there after a reload — so the background answered and
// wrote to its IndexedDB.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../..');
const EXTENSION = path.join(ROOT, '.output/firefox-mv3');
const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
const missing = !existsSync(FIREFOX) ? `${FIREFOX} is not installed (apt-get install -y firefox-esr)` : !existsSync(path.join(EXTENSION, 'manifest.json')) ? `${EXTENSION} is not built (npm run build:firefox)` : null;
if (missing) console.log(`Firefox smoke test skipped: ${missing}`);

const GECKO_ID = (JSON.parse(readFileSync(path.join(EXTENSION, 'manifest.json'), 'utf8')) as { browser_specific_settings: { gecko: { id: string } } })
  .browser_specific_settings.gecko.id;
// Firefox gives each add-on a random moz-extension:// host per profile; the
// pref below fixes it for this profile so the test knows the options address.
const UUID = '3f0a7c52-2d1e-4b8a-9c6f-5e4d3b2a1f00';
const OPTIONS = `moz-extension://${UUID}/options.html`;

/** Puppeteer's ARIA selector: the element with this role and accessible name. */
const aria = (role: string, name: string) => `::-p-aria([name="${name}"][role="${role}"])`;

describe.skipIf(missing !== null)('Firefox (firefox-esr) smoke', () => {
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    browser = await puppeteer.launch({
      browser: 'firefox',
      executablePath: FIREFOX,
      headless: true,
      extraPrefsFirefox: { 'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: UUID }) },
      // BiDi refuses to navigate to moz-extension:// pages without it.
      args: ['--remote-allow-system-access'],
    });
    expect(await browser.installExtension(EXTENSION)).toBe(GECKO_ID);
    page = await browser.newPage();
  });
  afterAll(async () => {
    await browser?.close();
  });

  async function openOptions() {
    // The extension page loads in another content process and puppeteer's
    // navigation promise never settles across that switch (Firefox 153), so
    // it is not awaited: the test waits for the page the user then sees.
    page.goto(OPTIONS).catch(() => undefined);
    await page.waitForFunction((url) => location.href === url && document.readyState === 'complete', { polling: 100 }, OPTIONS);
  }

  it('opens the options page and saves a client that is still there after a reload', async () => {
    await openOptions();
    expect(await page.title()).toMatch(/Rapport/);
    await page.locator('::-p-text(0 clients)').wait();

    await page.locator(aria('button', 'New client')).click();
    await page.locator(aria('textbox', 'Name')).fill('Maria Alvarez');
    await page.locator(aria('textbox', 'E-mail addresses')).fill('maria.alvarez@alvarezbakery.com');
    await page.locator(aria('button', 'Save')).click();
    await page.locator('::-p-text(1 client)').wait();

    // A fresh page: the list comes from the background's IndexedDB, not from memory.
    await openOptions();
    await page.locator('::-p-text(1 client)').wait();
    await page.locator('::-p-text(Maria Alvarez)').wait();
  });
});
