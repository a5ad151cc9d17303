import type { BrowserContext, Page } from '@playwright/test';
import type { WxtBrowser } from 'wxt/browser';
import { expect, rapport, test } from './fixtures';

// Inside page.evaluate on an extension page, `chrome` is the extension API.
declare const chrome: WxtBrowser;

// Writes survive a service worker that is killed at any moment (issue 9,
// "Worker kills while logging"). The caller chooses each interaction's id and
// sends it again until it is acknowledged; the background writes each id
// once. Nothing here waits for a time: every step waits for a state the
// pages can see (an acknowledgement, a count).

declare global {
  interface Window {
    logger: { acked: string[]; attempts: number; lost: number; stop: boolean; done: boolean };
  }
}

/** Closes the extension's service worker through the DevTools protocol, as Chrome does to an idle or hung worker. */
async function killWorker(context: BrowserContext, page: Page, extensionId: string): Promise<boolean> {
  const cdp = await context.newCDPSession(page);
  try {
    const { targetInfos } = await cdp.send('Target.getTargets');
    const worker = targetInfos.find((t) => t.type === 'service_worker' && t.url.startsWith(`chrome-extension://${extensionId}/`));
    if (!worker) return false;
    await cdp.send('Target.closeTarget', { targetId: worker.targetId });
    return true;
  } finally {
    await cdp.detach().catch(() => {});
  }
}

/**
 * Starts logging calls on `clientId` from an extension page: ids `<prefix>-0`,
 * `<prefix>-1`, …, each sent again until the background acknowledges it (a
 * lost reply or a refusal both mean "not acknowledged"). Runs until `count`
 * are acknowledged, or until window.logger.stop is set.
 */
async function startLogging(page: Page, clientId: string, prefix: string, count = Number.POSITIVE_INFINITY) {
  await page.evaluate(
    ([clientId, prefix, count]) => {
      const log: Window['logger'] = (window.logger = { acked: [], attempts: 0, lost: 0, stop: false, done: false });
      const base = Date.now() - 86_400_000;
      void (async () => {
        for (let i = 0; i < count && !log.stop; i++) {
          const message = { type: 'logInteraction', payload: { interaction: { id: `${prefix}-${i}`, clientId, kind: 'call', at: base + i, summary: `Call ${i}` } } };
          for (;;) {
            log.attempts++;
            try {
              const reply = (await chrome.runtime.sendMessage(message)) as { ok?: boolean } | undefined;
              if (reply?.ok) break;
            } catch {
              // The worker died before it answered: the write may or may not have landed.
            }
            log.lost++;
          }
          log.acked.push(`${prefix}-${i}`);
        }
        log.done = true;
      })();
    },
    [clientId, prefix, count] as const,
  );
}

/**
 * What the database holds for one client, read from an extension page (the
 * extension's origin owns the database): every interaction id, how often each
 * occurs, the page invariants, and the client's stats.
 */
function readClient(page: Page, clientId: string) {
  return page.evaluate(async (clientId) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const r = indexedDB.open('rapport');
      r.onsuccess = () => resolve(r.result);
      r.onerror = () => reject(r.error);
    });
    const get = <T,>(store: string, query: IDBValidKey | IDBKeyRange) =>
      new Promise<T>((resolve, reject) => {
        const r = db.transaction(store).objectStore(store).getAll(query);
        r.onsuccess = () => resolve(r.result as T);
        r.onerror = () => reject(r.error);
      });
    type Page = { at: number; id: string; items: { id: string; at: number; kind: string }[] };
    const pages = await get<Page[]>('history', IDBKeyRange.bound([clientId], [clientId, []]));
    const [stats] = await get<{ counts: Record<string, number>; lastContact?: number }[]>('stats', clientId);
    db.close();
    const items = pages.flatMap((p) => p.items);
    const sorted = pages.every((p) => p.items.every((it, k) => k === 0 || p.items[k - 1]!.at <= it.at));
    return { ids: items.map((i) => i.id), maxAt: Math.max(...items.map((i) => i.at)), sorted, stats };
  }, clientId);
}

test('100 worker kills while a page logs with retries: nothing acknowledged lost, nothing half-written, no duplicates', async ({ context, sw, extensionId }) => {
  test.setTimeout(300_000);
  const { client } = await rapport(sw, 'createClient', { client: { name: 'Durable Client', emails: ['durable@example.com'] } });
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/options.html`);
  await startLogging(page, client.id, 'kill');

  let kills = 0;
  let seen = 0;
  while (kills < 100) {
    // Kill only a worker that has made progress since the last kill: each kill then lands on a live, busy worker.
    await page.waitForFunction((n) => window.logger.acked.length > n, seen);
    seen = await page.evaluate(() => window.logger.acked.length);
    if (await killWorker(context, page, extensionId)) kills++;
  }
  await page.evaluate(() => (window.logger.stop = true));
  await page.waitForFunction(() => window.logger.done);

  const { acked, attempts, lost } = await page.evaluate(() => window.logger);
  const stored = await readClient(page, client.id);
  test.info().annotations.push({ type: 'durability', description: `${kills} kills, ${acked.length} acknowledged, ${attempts} sends, ${lost} replies lost or refused` });
  // Some replies really were lost (otherwise the test proved nothing about retries).
  expect(lost).toBeGreaterThan(0);
  // Nothing acknowledged is lost, and nothing is there twice.
  expect(new Set(stored.ids).size).toBe(stored.ids.length);
  expect([...stored.ids].sort()).toEqual([...acked].sort());
  // Nothing half-written: the stats agree with the history they summarise.
  expect(stored.sorted).toBe(true);
  expect(stored.stats?.counts).toEqual({ call: acked.length });
  expect(stored.stats?.lastContact).toBe(stored.maxAt);
  await page.close();
});

test('two tabs logging 1,000 interactions each at once: all 2,000 are there', async ({ context, sw, extensionId }) => {
  test.setTimeout(300_000);
  const { client } = await rapport(sw, 'createClient', { client: { name: 'Busy Client' } });
  const tabs = [await context.newPage(), await context.newPage()];
  for (const tab of tabs) await tab.goto(`chrome-extension://${extensionId}/popup.html`);
  await Promise.all(tabs.map((tab, k) => startLogging(tab, client.id, `tab${k}`, 1000)));
  await Promise.all(tabs.map((tab) => tab.waitForFunction(() => window.logger.done, undefined, { timeout: 240_000 })));
  const stored = await readClient(tabs[0]!, client.id);
  expect(stored.ids).toHaveLength(2000);
  expect(new Set(stored.ids).size).toBe(2000);
  expect(stored.stats?.counts).toEqual({ call: 2000 });
  expect((await rapport(sw, 'getClient', { id: client.id })).counts).toEqual({ call: 2000 });
});

test('a staged bulk commit killed part-way leaves the old data or the new, never a mixture; sent again it lands once', async ({ context, sw, extensionId }) => {
  test.setTimeout(300_000);
  await rapport(sw, 'createClient', { client: { name: 'Already Here' } });
  const job = await rapport(sw, 'bulkBegin', { kind: 'import' });
  const CHUNKS = 6;
  const PER = 400;
  for (let seq = 0; seq < CHUNKS; seq++) {
    const records = Array.from({ length: PER }, (_, i) => ({
      client: { name: `Imported ${seq}-${i}`, emails: [`imported.${seq}.${i}@example.com`] },
      interactions: Array.from({ length: 9 }, (_, j) => ({ kind: 'email-in' as const, at: Date.now() - (j + 1) * 86_400_000 })),
    }));
    await rapport(sw, 'bulkStage', { job: job.job, seq, records });
  }
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/options.html`);
  const send = (type: string, payload: unknown) =>
    page.evaluate(([type, payload]) => chrome.runtime.sendMessage({ type, payload }).catch(() => null) as Promise<{ ok: boolean; data: unknown } | null>, [type, payload] as const);
  // Start the commit, and kill the worker once it reports writing.
  void send('bulkCommit', { job: job.job });
  await expect.poll(async () => ((await send('bulkStatus', { job: job.job }))?.data as { state?: string } | undefined)?.state, { timeout: 120_000 }).toMatch(/committing|committed/);
  expect(await killWorker(context, page, extensionId)).toBe(true);

  const total = async () => ((await send('listClients', {}))!.data as { total: number }).total;
  const after = await total();
  test.info().annotations.push({ type: 'commit killed', description: after === 1 ? 'mid-way: nothing was in' : 'after it finished: all was in' });
  // Either the commit had finished (all in) or it died (nothing in): never part.
  expect([1, 1 + CHUNKS * PER]).toContain(after);
  const retried = await send('bulkCommit', { job: job.job });
  expect(retried).toMatchObject({ ok: true, data: { state: 'committed', clients: CHUNKS * PER } });
  expect(await total()).toBe(1 + CHUNKS * PER);
});
