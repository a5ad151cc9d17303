import { test as base, chromium, expect, type BrowserContext, type Page, type Worker } from '@playwright/test';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { MessageType, ReplyMap, RequestOf } from '../../lib/messaging/protocol';

export const ROOT = path.resolve(import.meta.dirname, '../..');
/** The test build (npm run build:test): the shipped code plus the hooks these tests drive it through. */
export const EXTENSION = path.join(ROOT, '.output/chrome-mv3-e2e');
/** The shipped build (npm run build): tests/e2e/shipped-build.spec.ts checks it has no test hooks. */
export const SHIPPED = path.join(ROOT, '.output/chrome-mv3');
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const chromiumArgs = (ext = EXTENSION) => [
  `--disable-extensions-except=${ext}`,
  `--load-extension=${ext}`,
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

/**
 * `lang`: the browser's language (Chromium's --lang), which picks the
 * extension's `_locales` messages; English when absent.
 */
export async function launch(opts: { headless?: boolean; viewport?: { width: number; height: number }; extension?: string; lang?: string } = {}) {
  const dir = mkdtempSync(path.join(tmpdir(), 'rapport-e2e-'));
  const context = await chromium.launchPersistentContext(dir, {
    executablePath: CHROMIUM,
    headless: opts.headless ?? true,
    args: [...chromiumArgs(opts.extension), ...(opts.lang ? [`--lang=${opts.lang}`] : [])],
    ...(opts.lang ? { locale: opts.lang } : {}),
    viewport: opts.viewport ?? { width: 1600, height: 1000 },
  });
  const sw = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(sw.url()).host;
  return {
    context,
    sw,
    extensionId,
    async close() {
      await context.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Sends a protocol message from inside the service worker, through the same validation as the UI. */
export async function rapport<K extends MessageType>(sw: Worker, type: K, payload: RequestOf<K>): Promise<ReplyMap[K]> {
  const reply = await sw.evaluate(
    ([t, p]) => (globalThis as unknown as { rapport: { dispatch(m: unknown): Promise<unknown> } }).rapport.dispatch({ type: t, payload: p }),
    [type, payload] as const,
  );
  const r = reply as { ok: boolean; data?: ReplyMap[K]; error?: { message: string } };
  if (!r.ok) throw new Error(`${type} failed: ${r.error?.message}`);
  return r.data!;
}

export type Routed = { received: Record<string, number>; answered: Record<string, number> };

/** How many messages of each type the background has taken in and answered (test build only). */
export function routed(sw: Worker): Promise<Routed> {
  return sw.evaluate(() => (globalThis as unknown as { rapport: { routed(): Routed } }).rapport.routed());
}

/** Waits until the background has answered at least `n` messages of `type`, and has none of any type still in hand. */
export async function answered(sw: Worker, type: string, n: number): Promise<void> {
  await expect
    .poll(async () => {
      const r = await routed(sw);
      const busy = Object.keys(r.received).some((t) => (r.received[t] ?? 0) > (r.answered[t] ?? 0));
      return !busy && (r.answered[type] ?? 0) >= n;
    })
    .toBe(true);
}

export function fixture(rel: string): string {
  return readFileSync(path.join(ROOT, 'tests/fixtures', rel), 'utf8');
}

/** Serves `html` at every URL under `glob` (with `headers`, e.g. a CSP), so the manifest's content scripts run on it. */
export async function serve(context: BrowserContext, glob: string, html: string | (() => string), headers: Record<string, string> = {}) {
  await context.route(glob, (route) =>
    route.request().resourceType() === 'document'
      ? route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', headers, body: typeof html === 'string' ? html : html() })
      : route.fulfill({ status: 404, body: '' }),
  );
}

type Fixtures = { ext: Awaited<ReturnType<typeof launch>>; context: BrowserContext; sw: Worker; extensionId: string; page: Page };

export const test = base.extend<Fixtures>({
  ext: async ({}, use) => {
    const ext = await launch();
    await use(ext);
    await ext.close();
  },
  context: async ({ ext }, use) => use(ext.context),
  sw: async ({ ext }, use) => use(ext.sw),
  extensionId: async ({ ext }, use) => use(ext.extensionId),
  page: async ({ ext }, use) => use(ext.context.pages()[0] ?? (await ext.context.newPage())),
});

export { expect };
