// The build that ships (npm run build → .output/chrome-mv3) carries no test
// hooks: no globalThis.rapport in the service worker, no popup.html?tab=. The
// rest of the suite drives the test build (npm run build:test), which has
// both; this spec checks the shipped one directly, and that it works.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page, Worker } from '@playwright/test';
import { EXTENSION, SHIPPED, expect, fixture, launch, serve, test } from './fixtures';
import { SidebarFrame } from './sidebar-frame';

const THREAD = 'https://mail.google.com/mail/u/0/#inbox/FMfcgzQXKlmzRgTfrJMhVdSxVbcmqnXw';

/** The JS files of a build whose path contains `part` (all of them by default), concatenated. */
const code = (dir: string, part = '') =>
  readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.js') && f.includes(part))
    .map((f) => readFileSync(path.join(dir, f), 'utf8'))
    .join('\n');

test('the shipped build’s code has neither hook; the test build’s has both', () => {
  const has = (dir: string, part: string, needle: RegExp) => needle.test(code(dir, part));
  // The worker's global, and the popup reading ?tab= (the sidebar page's own ?tab= is not a hook: it names the tab a sidebar window follows).
  expect(has(EXTENSION, 'background', /globalThis\.rapport=/)).toBe(true);
  expect(has(EXTENSION, 'popup', /get\(`tab`\)/)).toBe(true);
  expect(has(SHIPPED, '', /globalThis\.rapport\b/)).toBe(false);
  expect(has(SHIPPED, 'popup', /get\(`tab`\)/)).toBe(false);
});

/** The tab whose content script reports `site`, asked from the worker as the popup asks (no test hook needed). */
const tabShowing = (sw: Worker, site: string) =>
  sw.evaluate(async (s) => {
    const { tabs } = (globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<{ id?: number }[]>; sendMessage(id: number, m: unknown): Promise<unknown> } } }).chrome;
    for (const t of await tabs.query({})) {
      const screen = (await tabs.sendMessage(t.id!, { type: 'getScreenContext' }).catch(() => null)) as { site?: string } | null;
      if (screen?.site === s) return t.id!;
    }
    throw new Error(`no ${s} tab`);
  }, site);

test('the shipped build: no globalThis.rapport in the worker, popup.html?tab= ignored, and the sidebar works', async () => {
  const ext = await launch({ extension: SHIPPED });
  try {
    const { context, sw, extensionId } = ext;
    expect(await sw.evaluate(() => typeof (globalThis as { rapport?: unknown }).rapport)).toBe('undefined');

    // A client, added as the user would: through the options page (an extension page may).
    const options: Page = context.pages()[0] ?? (await context.newPage());
    await options.goto(`chrome-extension://${extensionId}/options.html`);
    await options.getByRole('button', { name: 'New client' }).click();
    await options.getByLabel('Name', { exact: true }).fill('Maria Alvarez');
    await options.getByLabel('E-mail addresses').fill('maria.alvarez@alvarezbakery.com');
    await options.getByRole('button', { name: 'Save' }).click();
    await expect(options.getByText('Saved', { exact: true })).toBeVisible();

    await serve(context, 'https://mail.google.com/**', fixture('gmail/thread-several-messages.2026-11.html'));
    const gmail = await context.newPage();
    await gmail.goto(THREAD);
    await (await SidebarFrame.of(gmail)).waitForText('Matched on: maria.alvarez@alvarezbakery.com');

    // In the test build this page would show Maria (tests/e2e/popup.spec.ts); here ?tab= means nothing,
    // and the popup speaks of its own tab, where no content script runs.
    const popup = await context.newPage();
    await popup.goto(`chrome-extension://${extensionId}/popup.html?tab=${await tabShowing(sw, 'gmail')}`);
    await expect(popup.getByText('No client on this page.')).toBeVisible();
    await expect(popup.getByRole('region', { name: 'On this page' })).not.toContainText('Maria Alvarez');
  } finally {
    await ext.close();
  }
});
