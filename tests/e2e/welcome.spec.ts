// First run (issues 14 and 15): installing Rapport into a fresh profile opens
// the welcome wizard. Walked through, it saves exactly what was chosen, where
// Options keeps it, and nothing else; skipped, it changes nothing; bad input
// is refused with its reason and saves nothing. Every step is axe-clean in
// light and dark and usable with the keyboard alone.
import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page, Worker } from '@playwright/test';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { WxtBrowser } from 'wxt/browser';
import { EXTENSION, expect, launch, rapport, test } from './fixtures';

declare const chrome: WxtBrowser;
type Ext = Awaited<ReturnType<typeof launch>>;

const SANTA_BARBARA = 'portal.sbcourts.org';

/** The welcome page the install opened (it may open before the test looks). */
async function welcomePage(ext: Ext): Promise<Page> {
  const url = `chrome-extension://${ext.extensionId}/welcome.html`;
  await expect.poll(() => ext.context.pages().some((p) => p.url() === url)).toBe(true);
  return ext.context.pages().find((p) => p.url() === url)!;
}

/** What the display choice is stored as (undefined: never chosen). */
const storedDisplay = (sw: Worker) => sw.evaluate(async () => (await chrome.storage.local.get('rapport:display'))['rapport:display']);
const registeredScripts = (sw: Worker) => sw.evaluate(async () => (await chrome.scripting.getRegisteredContentScripts()).map((s) => s.id));

/** Every axe violation on the page as it shows now, one line each. */
async function violations(page: Page): Promise<string[]> {
  const { violations: found } = await new AxeBuilder({ page }).analyze();
  return found.flatMap((v) => v.nodes.map((n) => `${v.impact} ${v.id}: ${n.target.join(' ')}`));
}

/** Presses Tab until `target` has the keyboard, as a user would; fails if it never gets there. */
async function tabTo(page: Page, target: Locator) {
  for (let i = 0; i < 60; i++) {
    if (await target.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${String(target)}`);
}

test('walked through, the wizard saves exactly what was chosen, Options shows it, and nothing else is reset', async () => {
  // Two launches' worth of work (a copied extension, every step, then Options).
  test.setTimeout(240_000);
  /**
   * Headless Chromium cannot show or answer the browser's permission prompt
   * (permissions.request just waits), so this runs a copy of the test build
   * whose manifest already holds the one portal host ticked below: the request
   * then resolves at once, and everything after it — the step's addPortal, the
   * background's registration — is the shipped code. (tests/e2e/efiling.spec.ts
   * does the same for Options → Portals.)
   */
  const copy = mkdtempSync(path.join(tmpdir(), 'rapport-ext-'));
  cpSync(EXTENSION, copy, { recursive: true });
  const manifestPath = path.join(copy, 'manifest.json');
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as { host_permissions?: string[] };
  (manifest.host_permissions ??= []).push(`https://${SANTA_BARBARA}/*`);
  writeFileSync(manifestPath, JSON.stringify(manifest));
  const ext = await launch({ extension: copy });
  try {
    const { sw } = ext;
    const welcome = await welcomePage(ext);

    // Someone who has used Rapport a little: a client, settings of their own, and Gmail seen signed in at the firm.
    await rapport(sw, 'createClient', { client: { name: 'Elena Ruiz', emails: ['elena@example.org'] } });
    const mine = await rapport(sw, 'updateSettings', {
      settings: {
        ...(await rapport(sw, 'getSettings', {})),
        cadence: { default: { idealDays: 30, maxDays: 60 }, byTag: { VIP: { idealDays: 7, maxDays: 10 } } },
        mail: { logSent: false, logRead: true, neverLog: ['opposing.com'] },
        awaitingReply: { warnAfterHours: 12, urgentAfterHours: 48 },
        trash: { keepDays: 90 },
        backup: { remindAfterDays: 7 },
      },
    });
    await rapport(sw, 'getClientContext', { context: { site: 'gmail', url: 'https://mail.google.com/mail/u/0/', self: 'jordan.lee@ruizlaw.com', people: [], cases: [] } });
    await expect.poll(async () => (await rapport(sw, 'firmGuess', {})).domain).toBe('ruizlaw.com');
    await welcome.reload();

    // 1: the clients there are now, and the way to Options' importer.
    await expect(welcome.getByText('Step 1 of 6')).toBeVisible();
    await expect(welcome.getByText('Rapport holds 1 client now.')).toBeVisible();
    await expect(welcome.getByRole('link', { name: 'Import contacts' })).toHaveAttribute('href', '/options.html#data');
    await welcome.getByRole('button', { name: 'Next' }).click();

    // 2: the mail hosts; the new step's heading takes the keyboard.
    await expect(welcome.getByText('Step 2 of 6')).toBeVisible();
    await expect(welcome.getByRole('heading', { name: 'Where Rapport works' })).toBeFocused();
    await expect(welcome.getByText('outlook.office.com', { exact: false })).toBeVisible();
    await welcome.getByRole('button', { name: 'Next' }).click();

    // 3: tick a court portal from the catalogue.
    await expect(welcome.getByText('Step 3 of 6')).toBeVisible();
    await welcome.getByLabel('Santa Barbara Superior Court').check();
    await welcome.getByRole('button', { name: 'Save and continue' }).click();

    // 4: the defaults as stored, then new ones.
    await expect(welcome.getByText('Step 4 of 6')).toBeVisible();
    await expect(welcome.getByLabel('Default ideal days')).toHaveValue('30');
    await welcome.getByLabel('Default ideal days').fill('14');
    await welcome.getByLabel('Default maximum days').fill('30');
    await welcome.getByLabel('Reminder hour').selectOption('7');
    await welcome.getByRole('button', { name: 'Save and continue' }).click();

    // 5: the guess is offered, put in the box, and not saved until the user goes on.
    await expect(welcome.getByText('Step 5 of 6')).toBeVisible();
    await expect(welcome.getByText('You are signed in as jordan.lee@ruizlaw.com.')).toBeVisible();
    await welcome.getByRole('button', { name: 'Add ruizlaw.com' }).click();
    await expect(welcome.getByLabel('Your firm’s domains')).toHaveValue('ruizlaw.com');
    expect((await rapport(sw, 'getSettings', {})).firm).toBeUndefined();

    // Back and forth keeps what was entered.
    await welcome.getByRole('button', { name: 'Back' }).click();
    await expect(welcome.getByLabel('Default ideal days')).toHaveValue('14');
    await expect(welcome.getByLabel('Reminder hour')).toHaveValue('7');
    await welcome.getByRole('button', { name: 'Save and continue' }).click();
    await expect(welcome.getByLabel('Your firm’s domains')).toHaveValue('ruizlaw.com');
    await welcome.getByRole('button', { name: 'Save and continue' }).click();

    // 6: the side panel.
    await expect(welcome.getByText('Step 6 of 6')).toBeVisible();
    await expect(welcome.getByLabel('The page, beside the mail')).toBeChecked();
    await welcome.getByLabel('The browser’s side panel').check();
    await welcome.getByRole('button', { name: 'Save and continue' }).click();

    // The end: what is set now.
    await expect(welcome.getByRole('heading', { name: 'You’re set' })).toBeFocused();
    const summary = welcome.locator('dl.summary');
    await expect(summary).toContainText('Santa Barbara Superior Court (portal.sbcourts.org) — Set just now');
    await expect(summary).toContainText('Due after 14 days without contact, overdue after 30; daily reminder at 7:00 AM — Set just now');
    await expect(summary).toContainText('ruizlaw.com — Set just now');
    await expect(summary).toContainText('The browser’s side panel — Set just now');
    await expect(summary).toContainText('1 client');

    // Stored: exactly the choices, and every other section as it was.
    const after = await rapport(sw, 'getSettings', {});
    expect(after).toEqual({
      ...mine,
      cadence: { ...mine.cadence, default: { idealDays: 14, maxDays: 30 } },
      reminders: { enabled: true, hour: 7 },
      firm: { domains: ['ruizlaw.com'], addresses: [] },
      // Settings' own form writes the backup section whole, with the defaults of what was unset.
      backup: { remindAfterDays: 7, auto: 'off', keep: 5 },
      version: after.version,
    });
    expect((await rapport(sw, 'listPortals', {})).portals.map((p) => [p.origin, p.granted, p.efiling])).toEqual([[`https://${SANTA_BARBARA}`, true, false]]);
    expect(await registeredScripts(sw)).toEqual([`rapport-portal-${SANTA_BARBARA}`]);

    // Options shows the same.
    await welcome.getByRole('link', { name: 'Open Settings' }).click();
    await expect(welcome.getByLabel('Default ideal days')).toHaveValue('14');
    await expect(welcome.getByLabel('Default maximum days')).toHaveValue('30');
    await expect(welcome.getByLabel('Reminder hour')).toHaveValue('7');
    await expect(welcome.getByLabel('Your firm’s domains')).toHaveValue('ruizlaw.com');
    await expect(welcome.getByLabel('Never log')).toHaveValue('opposing.com');
    await expect(welcome.getByLabel('Remind to back up after (days)')).toHaveValue('7');
    await expect(welcome.getByLabel('Warn after (hours)')).toHaveValue('12');
    await expect(welcome.getByLabel('The browser’s side panel')).toBeChecked();
    await expect(welcome.getByRole('list', { name: 'Added portals' })).toContainText(`https://${SANTA_BARBARA}`);
    await expect(welcome.getByRole('button', { name: 'Enable Santa Barbara Superior Court' })).toHaveCount(0);
    await expect(welcome.getByRole('button', { name: 'Enable Santa Clara Superior Court' })).toBeVisible();
    expect((await rapport(sw, 'listTrash', {})).keepDays).toBe(90);

    // Options links back to the wizard, which now starts from what is set.
    await welcome.getByRole('link', { name: 'Welcome and setup steps' }).click();
    await expect(welcome.getByRole('heading', { level: 1 })).toHaveText('Welcome to Rapport');
    await welcome.getByRole('button', { name: 'Next' }).click();
    await welcome.getByRole('button', { name: 'Next' }).click();
    await expect(welcome.getByLabel('Santa Barbara Superior Court')).toBeChecked();
    await expect(welcome.getByLabel('Santa Barbara Superior Court')).toBeDisabled();
  } finally {
    await ext.close();
    rmSync(copy, { recursive: true, force: true });
  }
});

test('skipping every step, with the keyboard alone, changes nothing; Back finds what was entered', async ({ ext, sw }) => {
  const welcome = await welcomePage(ext);
  const before = { settings: await rapport(sw, 'getSettings', {}), portals: await rapport(sw, 'listPortals', {}), display: await storedDisplay(sw) };
  const press = async (name: string) => {
    await tabTo(welcome, welcome.getByRole('button', { name, exact: true }));
    await welcome.keyboard.press('Enter');
  };

  await expect(welcome.getByText('Step 1 of 6')).toBeVisible();
  await expect(welcome.getByText('Rapport holds no clients yet.')).toBeVisible();
  await press('Next');
  await expect(welcome.getByRole('heading', { name: 'Where Rapport works' })).toBeFocused();
  await press('Next');

  // Ticked, typed and chosen, then skipped: none of it is saved.
  await expect(welcome.getByText('Step 3 of 6')).toBeVisible();
  await tabTo(welcome, welcome.getByLabel('Santa Barbara Superior Court'));
  await welcome.keyboard.press('Space');
  await expect(welcome.getByLabel('Santa Barbara Superior Court')).toBeChecked();
  await press('Skip');

  await expect(welcome.getByText('Step 4 of 6')).toBeVisible();
  await tabTo(welcome, welcome.getByLabel('Default ideal days'));
  await welcome.keyboard.press('Control+A');
  await welcome.keyboard.type('5');
  await press('Skip');

  await expect(welcome.getByText('Step 5 of 6')).toBeVisible();
  await tabTo(welcome, welcome.getByLabel('Your firm’s domains'));
  await welcome.keyboard.type('ruizlaw.com');
  await press('Skip');

  await expect(welcome.getByText('Step 6 of 6')).toBeVisible();
  await tabTo(welcome, welcome.getByLabel('The page, beside the mail'));
  await welcome.keyboard.press('ArrowDown');
  await expect(welcome.getByLabel('The browser’s side panel')).toBeChecked();
  await press('Skip');

  await expect(welcome.getByRole('heading', { name: 'You’re set' })).toBeFocused();
  const summary = welcome.locator('dl.summary');
  await expect(summary).toContainText('None added — Skipped: left as it was');
  await expect(summary).toContainText('Due after 30 days without contact, overdue after 60; daily reminder at 9:00 AM — Skipped: left as it was');
  await expect(summary).toContainText('The page, beside the mail — Skipped: left as it was');

  // Back finds what was entered, still unsaved.
  await press('Back');
  await expect(welcome.getByLabel('The browser’s side panel')).toBeChecked();
  await press('Back');
  await expect(welcome.getByLabel('Your firm’s domains')).toHaveValue('ruizlaw.com');
  await press('Back');
  await expect(welcome.getByLabel('Default ideal days')).toHaveValue('5');

  expect(await rapport(sw, 'getSettings', {})).toEqual(before.settings);
  expect(await rapport(sw, 'listPortals', {})).toEqual(before.portals);
  expect(await storedDisplay(sw)).toEqual(before.display);
  expect(await registeredScripts(sw)).toEqual([]);
});

test('every step, and the summary, has no axe violations of any impact in light and dark', async ({ ext }) => {
  // A bound, not a timing: fourteen axe runs on a loaded 2-core machine.
  test.setTimeout(480_000);
  const welcome = await welcomePage(ext);
  const found: string[] = [];
  const axe = async (where: string) => {
    for (const scheme of ['light', 'dark'] as const) {
      await welcome.emulateMedia({ colorScheme: scheme });
      for (const v of await violations(welcome)) found.push(`${where} (${scheme}): ${v}`);
    }
  };
  for (let n = 1; n <= 6; n++) {
    await expect(welcome.getByText(`Step ${n} of 6`)).toBeVisible();
    await axe(`step ${n}`);
    await welcome.getByRole('button', { name: n <= 2 ? 'Next' : 'Skip', exact: true }).click();
  }
  await expect(welcome.locator('dl.summary')).toContainText('Skipped: left as it was');
  await axe('the summary');
  expect(found).toEqual([]);
});

test('bad input is refused with its reason, beside the field, and saves nothing', async ({ ext, sw }) => {
  const welcome = await welcomePage(ext);
  const before = await rapport(sw, 'getSettings', {});
  await welcome.getByRole('button', { name: 'Next' }).click();
  await welcome.getByRole('button', { name: 'Next' }).click();
  await welcome.getByRole('button', { name: 'Skip' }).click();

  // Keep in touch: a maximum under the ideal (the background's rule), then days that are not a number (the form's).
  await expect(welcome.getByText('Step 4 of 6')).toBeVisible();
  await welcome.getByLabel('Default maximum days').fill('3');
  await welcome.getByRole('button', { name: 'Save and continue' }).click();
  await expect(welcome.getByText('Maximum days must be at least the ideal days')).toBeVisible();
  await expect(welcome.getByLabel('Default maximum days')).toBeFocused();
  await expect(welcome.getByText('Step 4 of 6')).toBeVisible();
  await welcome.getByLabel('Default ideal days').fill('');
  await welcome.getByLabel('Default maximum days').fill('60');
  await welcome.getByRole('button', { name: 'Save and continue' }).click();
  await expect(welcome.getByText('Enter a whole number of days')).toBeVisible();
  await expect(welcome.getByLabel('Default ideal days')).toBeFocused();
  expect(await rapport(sw, 'getSettings', {})).toEqual(before);
  await welcome.getByRole('button', { name: 'Skip' }).click();

  // Your firm: a public mail service is not a firm.
  await expect(welcome.getByText('Step 5 of 6')).toBeVisible();
  await welcome.getByLabel('Your firm’s domains').fill('gmail.com');
  await welcome.getByRole('button', { name: 'Save and continue' }).click();
  await expect(welcome.getByText('gmail.com is a public mail service: everyone there would count as a colleague.')).toBeVisible();
  await expect(welcome.getByLabel('Your firm’s domains')).toBeFocused();
  await expect(welcome.getByText('Step 5 of 6')).toBeVisible();
  expect(await rapport(sw, 'getSettings', {})).toEqual(before);

  // Corrected, it saves, and the step goes on.
  await welcome.getByLabel('Your firm’s domains').fill('ruizlaw.com');
  await welcome.getByRole('button', { name: 'Save and continue' }).click();
  await expect(welcome.getByText('Step 6 of 6')).toBeVisible();
  const after = await rapport(sw, 'getSettings', {});
  expect(after.firm).toEqual({ domains: ['ruizlaw.com'], addresses: [] });
  expect(after.cadence).toEqual(before.cadence);
});
