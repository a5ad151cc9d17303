// A backup's portal list restored through Options → Data: the preview names
// the new portal, Restore adds it to the list in the same commit as the
// clients, Options → Portals lists it (with its e-filing mark), and the
// portal scanner runs there.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Worker } from '@playwright/test';
import { badges, waitForBadges } from './badges';
import { EXTENSION, expect, fixture, launch, rapport, serve, test } from './fixtures';

const HOST = 'efile.example-court.test';
const ORIGIN = `https://${HOST}`;
const NOW = Date.UTC(2026, 10, 20, 15);

/**
 * Headless Chromium cannot show or answer the browser's permission prompt
 * (permissions.request just waits), so this runs a copy of the test build
 * whose manifest already holds this one host: the request the page makes
 * during the Restore click then resolves true at once, and everything after
 * it is the shipped code (as tests/e2e/efiling.spec.ts does for Add portal).
 */
function grantedCopy(): string {
  const ext = mkdtempSync(path.join(tmpdir(), 'rapport-ext-'));
  cpSync(EXTENSION, ext, { recursive: true });
  const manifestPath = path.join(ext, 'manifest.json');
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as { host_permissions?: string[] };
  (manifest.host_permissions ??= []).push(`${ORIGIN}/*`);
  writeFileSync(manifestPath, JSON.stringify(manifest));
  return ext;
}

/** A backup made on another machine: two clients with the portal's case numbers, and the portal, marked as e-filing. */
function backupFile(file: string): void {
  const client = (id: string, name: string, caseNumber: string) => ({
    id,
    name,
    emails: [],
    phones: [],
    domains: [],
    matters: [{ id: `m-${id}`, caseNumber, people: [] }],
    goals: [],
    tags: [],
    createdAt: NOW,
    updatedAt: NOW,
  });
  const doc = {
    format: 'rapport-backup',
    version: 2,
    createdAt: new Date(NOW).toISOString(),
    app: { name: 'Rapport', version: '0.1.0' },
    settings: {},
    portals: [{ origin: ORIGIN, addedAt: NOW - 86_400_000, efiling: true }],
    clients: [client('maria', 'Maria Alvarez', '22STCV11897'), client('rosa', 'Rosa Delgado', 'MSC1800717')],
    interactions: [],
  };
  writeFileSync(file, JSON.stringify(doc));
}

type Registered = { id: string; matches?: string[] };
const registered = (sw: Worker) =>
  sw.evaluate(async () => {
    const { scripting } = (globalThis as unknown as { chrome: { scripting: { getRegisteredContentScripts(): Promise<Registered[]> } } }).chrome;
    return (await scripting.getRegisteredContentScripts()).map((s) => ({ id: s.id, matches: s.matches }));
  });

test('a restored backup brings its portal: listed in Options → Portals, and the scanner runs there', async ({}, info) => {
  const extension = grantedCopy();
  const ext = await launch({ extension });
  try {
    const { context, sw, extensionId } = ext;
    const file = info.outputPath('rapport-backup.json');
    backupFile(file);
    const options = context.pages()[0] ?? (await context.newPage());
    await options.goto(`chrome-extension://${extensionId}/options.html#data`);
    await options.getByLabel('Restore from a backup…').setInputFiles(file);
    // The preview names the portal that is new here, before anything changes.
    await expect(options.getByRole('list', { name: 'New portals' })).toHaveText(`${ORIGIN} e-filing portal, new: added to your portals`);
    expect((await rapport(sw, 'listPortals', {})).portals).toEqual([]);
    await options.getByRole('button', { name: 'Restore', exact: true }).click();
    await expect(options.getByText(`Portals added: ${HOST}.`)).toBeVisible();

    // Options → Portals lists it, marked as e-filing, and its scanner is registered.
    await options.goto(`chrome-extension://${extensionId}/options.html#settings`);
    const listed = options.getByRole('list', { name: 'Added portals' });
    await expect(listed).toContainText(ORIGIN);
    await expect(listed.getByRole('checkbox', { name: 'E-filing portal' })).toBeChecked();
    expect(await registered(sw)).toEqual([{ id: `rapport-portal-${HOST}`, matches: [`${ORIGIN}/*`] }]);

    // On the portal, the restored clients get their badges, and its rejected row flags Rosa (the mark came back too).
    await serve(context, `${ORIGIN}/**`, fixture('efiling/fsx-filings.2026-11.html'));
    const portal = await context.newPage();
    await portal.goto(`${ORIGIN}/filings`);
    const found = await waitForBadges(portal, 2);
    expect(found.map((b) => [b.row, b.label.split(',')[0]])).toEqual([
      ['71234501', 'Rapport: Maria Alvarez'],
      ['71234503', 'Rapport: Rosa Delgado'],
    ]);
    await expect.poll(async () => (await rapport(sw, 'listFilingFlags', { clientId: 'rosa' })).flags.map((f) => [f.site, f.ref, f.status])).toEqual([['portal', '71234503', 'Rejected']]);
    expect((await badges(portal)).length).toBe(2);
  } finally {
    await ext.close();
    rmSync(extension, { recursive: true, force: true });
  }
});
