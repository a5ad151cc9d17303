// Automatic backups in the built extension: turned on in Options → Data, the
// alarm's handler run in the service worker (as the alarm runs it), the file
// saved through chrome.downloads via the offscreen document into
// "Rapport backups/" of the download directory, and the "last backup" lines.
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createServer } from 'node:net';
import { chromium } from '@playwright/test';
import { chromiumArgs, CHROMIUM, expect, rapport, test as base } from './fixtures';

type Hooks = { rapport: { autoBackupAlarm(): Promise<{ ran: boolean; file?: string }>; autoBackupAlarmSet(): Promise<boolean> } };

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });
}

/**
 * The extension in a browser whose downloads Chrome names as it would for a
 * user: Playwright's own launch saves every download under a random name in
 * its artifacts folder, which would hide the "Rapport backups/" path. The
 * DevTools endpoint gives the browser-wide session that sets the folder.
 */
const test = base.extend<{ downloads: string }>({
  ext: async ({}, use) => {
    const profile = mkdtempSync(path.join(tmpdir(), 'rapport-e2e-'));
    mkdirSync(path.join(profile, 'Default'));
    writeFileSync(path.join(profile, 'Default', 'Preferences'), JSON.stringify({ download: { default_directory: path.join(profile, 'Downloads'), prompt_for_download: false } }));
    const port = await freePort();
    const context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      headless: true,
      args: [...chromiumArgs(), `--remote-debugging-port=${port}`],
      viewport: { width: 1600, height: 1000 },
    });
    const sw = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    const close = async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    };
    await use({ context, sw, extensionId: new URL(sw.url()).host, close, port, downloads: path.join(profile, 'Downloads') } as never);
    await close();
  },
  downloads: async ({ ext }, use) => {
    const dir = (ext as unknown as { downloads: string }).downloads;
    const cdp = await chromium.connectOverCDP(`http://127.0.0.1:${(ext as unknown as { port: number }).port}`);
    const session = await cdp.newBrowserCDPSession();
    // 'default': the browser's own download rules, with the folder the profile names (above).
    await session.send('Browser.setDownloadBehavior', { behavior: 'default' });
    await use(dir);
    await session.detach().catch(() => {});
  },
});

test('automatic daily backups: the alarm saves the backup into Rapport backups/ with no page open, and Options → Data says when', async ({ page, sw, extensionId, downloads: dir }) => {
  await rapport(sw, 'createClient', { client: { name: 'Maria Alvarez', emails: ['maria@alvarezbakery.com'] } });

  await page.goto(`chrome-extension://${extensionId}/options.html#data`);
  await expect(page.getByTestId('auto-backup-line')).toHaveText('No automatic backup yet.');
  expect(await sw.evaluate(() => (globalThis as unknown as Hooks).rapport.autoBackupAlarmSet())).toBe(false);
  await page.getByLabel('Back up automatically').selectOption('daily');
  await page.getByLabel('Keep the last').fill('2');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByText('Automatic backups: daily, keeping the last 2 in “Rapport backups” in your downloads folder.')).toBeVisible();
  await expect.poll(() => sw.evaluate(() => (globalThis as unknown as Hooks).rapport.autoBackupAlarmSet())).toBe(true);

  // No Rapport page open: the worker alone makes the file.
  await page.goto('about:blank');
  const result = await sw.evaluate(() => (globalThis as unknown as Hooks).rapport.autoBackupAlarm());
  expect(result.ran, JSON.stringify(result)).toBe(true);
  const folder = path.join(dir, 'Rapport backups');
  expect(existsSync(folder)).toBe(true);
  const files = readdirSync(folder);
  expect(files).toHaveLength(1);
  expect(files[0]).toMatch(/^rapport-backup-\d{4}-\d\d-\d\dT\d\d-\d\d-\d\dZ\.json$/);
  expect(result.file).toBe(path.join(folder, files[0]!));
  const doc = JSON.parse(readFileSync(path.join(folder, files[0]!), 'utf8')) as { format: string; version: number; clients: { name: string }[] };
  expect([doc.format, doc.version, doc.clients.map((c) => c.name)]).toEqual(['rapport-backup', 2, ['Maria Alvarez']]);
  // Not due again the same day.
  expect(await sw.evaluate(() => (globalThis as unknown as Hooks).rapport.autoBackupAlarm())).toEqual({ ran: false, reason: 'not-due' });

  await page.goto(`chrome-extension://${extensionId}/options.html#data`);
  await expect(page.getByTestId('auto-backup-line')).toContainText(`saved as ${result.file}`);
  await expect(page.getByTestId('storage-line')).toContainText('Last backup:');
  await page.goto(`chrome-extension://${extensionId}/popup.html`);
  await expect(page.getByRole('contentinfo')).toHaveText('Last backup today.');
});
