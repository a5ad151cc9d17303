// A move to a new computer at a size where paging matters: 2,000 clients ×
// 20 interactions backed up through Options → Data in one browser profile,
// restored through Options → Data in a fresh one. The figures at 10,000 +
// 200,000 and their timings are in `npm run bench:data`, not here.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page, Worker } from '@playwright/test';
import { expect, launch, rapport, test } from './fixtures';

const CLIENTS = 2000;
const PER_CLIENT = 20;
const DAY = 86_400_000;

/** Seeds through the staged bulk engine, as a large import would. */
async function seed(sw: Worker) {
  const now = Date.now();
  const job = (await rapport(sw, 'bulkBegin', { kind: 'import' })).job;
  const perChunk = Math.floor(5000 / (1 + PER_CLIENT));
  for (let from = 0, seq = 0; from < CLIENTS; from += perChunk, seq++) {
    const records = Array.from({ length: Math.min(perChunk, CLIENTS - from) }, (_, k) => {
      const i = from + k;
      return {
        client: { name: `Client ${String(i).padStart(4, '0')}`, emails: [`client${i}@example.com`], matters: [{ id: `m${i}`, caseNumber: `22STCV${String(10000 + i)}` }] },
        interactions: Array.from({ length: PER_CLIENT }, (_, j) => ({ kind: j % 3 ? ('call' as const) : ('email-in' as const), at: now - (i % 50) * DAY - j * 3_600_000, summary: `Talked ${j}`, ...(j % 3 ? {} : { messageId: `gmail:${i}-${j}` }) })),
      };
    });
    await rapport(sw, 'bulkStage', { job, seq, records });
  }
  await rapport(sw, 'bulkCommit', { job });
}

async function backUp(page: Page, dir: string): Promise<string> {
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Back up now' }).click()]);
  const file = path.join(dir, `${Date.now()}-${download.suggestedFilename()}`);
  await download.saveAs(file);
  await expect(page.getByText(/^Backup saved:/)).toBeVisible();
  return file;
}

/** The file without its header's creation time, which is the only line two backups of the same data differ in. */
const body = (file: string) => readFileSync(file, 'utf8').replace(/^"createdAt": ".*",$/m, '');

test('2,000 clients × 20 interactions: back up in one profile, restore in a fresh one, and every record is back', async ({ page, extensionId, sw }, info) => {
  test.setTimeout(600_000);
  await seed(sw);
  await page.goto(`chrome-extension://${extensionId}/options.html#data`);
  await expect(page.getByTestId('storage-line')).toContainText(`${CLIENTS.toLocaleString('en-US')} clients with ${(CLIENTS * PER_CLIENT).toLocaleString('en-US')} interactions`);
  const first = await backUp(page, info.outputPath());
  await expect(page.getByText(`Backup saved: 2,000 clients, 40,000 interactions, 0 in the trash.`)).toBeVisible();
  const sample = await rapport(sw, 'getClient', { id: (await rapport(sw, 'listClients', { query: 'Client 1234' })).clients[0]!.id });

  const fresh = await launch();
  try {
    const other = fresh.context.pages()[0] ?? (await fresh.context.newPage());
    await other.goto(`chrome-extension://${fresh.extensionId}/options.html#data`);
    await other.getByLabel('Restore from a backup…').setInputFiles(first);
    await expect(other.getByRole('status').filter({ hasText: 'Clients: 2,000 new, 0 already here (0 in conflict). Interactions: 40,000 new, 0 already here.' })).toBeVisible({ timeout: 120_000 });
    await other.getByRole('button', { name: 'Restore', exact: true }).click();
    await expect(other.getByText(/^Restored from .*: 2,000 clients, 40,000 interactions, 0 deadlines and 0 open questions written\.$/)).toBeVisible({ timeout: 240_000 });
    expect(await rapport(fresh.sw, 'getClient', { id: sample.client.id })).toEqual(sample);
    // Staged in chunks, never one message: 42,000 records at most 5,000 a message.
    const second = await backUp(other, info.outputPath());
    expect(body(second)).toBe(body(first));
  } finally {
    await fresh.close();
  }
});
