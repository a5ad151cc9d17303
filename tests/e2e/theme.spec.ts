// Dark mode (issue 14): every extension page follows the system's colour
// scheme — the sidebar framed in a mail page follows that page instead — and
// Settings → Display → Colours overrides it (light or dark), in pages already open. Colours are read as the browser computes them: the
// page's background (or the sidebar's panel) is dark or light. Screenshots of
// each page in both themes go to test-results/theme/ to be looked at.
import type { Frame, Page } from '@playwright/test';
import path from 'node:path';
import { expect, fixture, rapport, ROOT, serve, test } from './fixtures';
import { SidebarFrame } from './sidebar-frame';

const THREAD = 'https://mail.google.com/mail/u/0/#inbox/FMfcgzQXKlmzRgTfrJMhVdSxVbcmqnXw';
const MARIA = 'maria.alvarez@alvarezbakery.com';
const SHOTS = path.join(ROOT, 'test-results/theme');

/** Relative luminance (0 black … 1 white) of the background `selector` shows, as computed. */
function backgroundLuminance(where: Page | Frame, selector: string): Promise<number> {
  return where.evaluate((sel) => {
    const el = document.querySelector(sel)!;
    const m = /rgba?\(([\d.]+), ([\d.]+), ([\d.]+)/.exec(getComputedStyle(el).backgroundColor)!;
    const lin = (c: number) => ((c /= 255) <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
    return 0.2126 * lin(+m[1]!) + 0.7152 * lin(+m[2]!) + 0.0722 * lin(+m[3]!);
  }, selector);
}
const isDark = async (where: Page | Frame, selector: string) => (await backgroundLuminance(where, selector)) < 0.1;

async function chooseTheme(options: Page, label: 'As the system (light or dark)' | 'Light' | 'Dark') {
  await options.getByLabel(label, { exact: true }).check();
  await expect(options.getByLabel(label, { exact: true })).toBeChecked();
}

test('extension pages follow the system scheme, and the Settings choice overrides it in pages already open', async ({ context, page, sw, extensionId }) => {
  const { client: maria } = await rapport(sw, 'createClient', { client: { name: 'Maria Alvarez', emails: [MARIA], notes: { family: 'Daughters Sofia and Ana' } } });
  const url = (p: string) => `chrome-extension://${extensionId}/${p}`;

  await serve(context, 'https://mail.google.com/**', fixture('gmail/thread-several-messages.2026-11.html'));
  await page.goto(THREAD);
  const sidebar = await SidebarFrame.of(page);
  await sidebar.waitForText('Daughters Sofia and Ana');
  const frame = await sidebar.frame();

  const pages: [string, Page, () => Page | Frame, string][] = [];
  for (const [name, address, selector] of [
    ['options', 'options.html#settings', 'html'],
    ['popup', 'popup.html', 'html'],
    ['brief', `brief.html?client=${maria.id}`, 'html'],
    ['welcome', 'welcome.html', 'html'],
    ['sidepanel', 'sidepanel.html', '.rp-root'],
  ] as const) {
    const p = await context.newPage();
    if (name === 'popup') await p.setViewportSize({ width: 380, height: 600 });
    await p.goto(url(address));
    await p.locator(selector).first().waitFor();
    pages.push([name, p, () => p, selector]);
  }
  pages.push(['sidebar', page, () => frame, '.rp-root']);
  const options = pages[0]![1];
  await expect(options.getByRole('heading', { name: 'Display' })).toBeVisible();

  // The framed sidebar follows its mail page rather than the system while the
  // setting is "As the system" (host-theme.spec.ts); this Gmail page is
  // unstyled, so light: `sidebarDark` says what it should be.
  const expectAll = async (dark: boolean, scheme: string, sidebarDark = dark) => {
    for (const [name, p, where, selector] of pages) {
      await expect.poll(() => isDark(where(), selector), `${name} in ${scheme}`).toBe(name === 'sidebar' ? sidebarDark : dark);
      if (name !== 'sidepanel') await p.screenshot({ path: path.join(SHOTS, `${name}-${scheme}.png`) });
    }
  };

  // System light, then system dark.
  for (const [, p] of pages) await p.emulateMedia({ colorScheme: 'light' });
  await expectAll(false, 'system-light');
  for (const [, p] of pages) await p.emulateMedia({ colorScheme: 'dark' });
  await expectAll(true, 'system-dark', false);

  // The user's choice wins over the system's, at once.
  await chooseTheme(options, 'Light');
  await expectAll(false, 'chosen-light');
  for (const [, p] of pages) await p.emulateMedia({ colorScheme: 'light' });
  await chooseTheme(options, 'Dark');
  await expectAll(true, 'chosen-dark');
  await chooseTheme(options, 'As the system (light or dark)');
  await expectAll(false, 'system-again');
});
