// Restore is atomic under worker kills (issue 9, "Restore is atomic"): a
// backup of 1,000 clients × 10 interactions (with deadlines, questions, trash
// entries and settings of its own) restored over an existing database, and
// the service worker killed (CDP Target.closeTarget) at 20 seeded
// pseudo-random points — between staged chunks (the driver held before chunk
// k until the worker is gone, then stopped or let go on), part-way through the
// commit, or once the commit has landed. After each kill the worker is woken and the
// database read whole from an extension page: it holds exactly the old data
// (and the snapshots it had) or exactly the new data (with this restore's
// complete snapshot), never a mixture. Each time it is then put back to the
// old data (the job aborted, or committed again and undone) for the next.
// Nothing waits for a time: every step waits for a state — the driver's
// phase, the commit's own progress (bulkStatus), a worker answering.
import { writeFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import type { WxtBrowser } from 'wxt/browser';
import { chunkRecords, remoteExistingData, restoreMeta, restoreRecords, type Send } from '../../lib/backup/remote';
import { planRestore } from '../../lib/backup/restore-plan';
import { validateBackup } from '../../lib/backup/validate';
import { expect, rapport, test } from './fixtures';
import { workerKiller } from './worker-kill';

// Inside page.evaluate on an extension page, `chrome` is the extension API.
declare const chrome: WxtBrowser;

const CLIENTS = 1000;
const PER_CLIENT = 10;
/** Clients already in the database: the first SHARED have ids the backup has too (they merge), the rest are the user's own. */
const OLD = 300;
const SHARED = 150;
const KILLS = 20;
const DAY = 86_400_000;
const BASE = Date.UTC(2026, 9, 1, 12);
const KINDS = ['email-in', 'email-out', 'call', 'meeting', 'note'] as const;
const pad = (k: number) => String(k).padStart(4, '0');

function prng(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The backup file: deterministic, with merges into the old data, deadlines, questions, trash and settings that differ. */
function backupText(): string {
  const rnd = prng(20261130);
  const clients = [];
  const interactions = [];
  const deadlines = [];
  const questions = [];
  for (let k = 0; k < CLIENTS; k++) {
    const id = `c${pad(k)}`;
    clients.push({
      id,
      name: `Backup Client ${k}`,
      emails: [`client${k}@restore.example`],
      phones: [`(415) 555-${pad(k)}`],
      domains: [],
      matters: k % 3 === 0 ? [{ id: `m${k}`, caseNumber: `22STCV${10_000 + k}`, people: [] }] : [],
      goals: [],
      tags: [k % 2 ? 'litigation' : 'estate'],
      notes: { family: `Family note ${k}`, interests: '', background: '', howWeMet: '', notes: '' },
      createdAt: BASE - 400 * DAY,
      updatedAt: BASE - 10 * DAY,
    });
    for (let j = 0; j < PER_CLIENT; j++) {
      const kind = KINDS[Math.floor(rnd() * KINDS.length)]!;
      interactions.push({
        id: `i${k}-${j}`,
        clientId: id,
        kind,
        at: BASE - (j + 1) * 7 * DAY - k * 1000,
        summary: `Restored ${kind} ${j}`,
        ...(rnd() < 0.3 ? { sentiment: Math.floor(rnd() * 5) - 2 } : {}),
        source: 'import',
        ...(kind.startsWith('email') ? { messageId: `msg-${k}-${j}` } : {}),
      });
    }
    if (k % 10 === 0) deadlines.push({ id: `d${k}`, clientId: id, title: `Filing ${k}`, kind: 'court', dueDate: '2027-01-15', notes: '', createdAt: BASE, updatedAt: BASE, history: [{ type: 'created', at: BASE }] });
    if (k % 20 === 0) questions.push({ id: `q${k}`, clientId: id, text: `Question ${k}?`, addedAt: BASE });
  }
  const trash = Array.from({ length: 5 }, (_, k) => ({
    deletedAt: BASE - DAY,
    client: { id: `t${k}`, name: `Trashed ${k}`, emails: [], phones: [], domains: [], matters: [], goals: [], tags: [], createdAt: BASE - 100 * DAY, updatedAt: BASE - 2 * DAY },
    interactions: [{ id: `ti${k}`, clientId: `t${k}`, kind: 'call', at: BASE - 3 * DAY, summary: 'Before the trash', source: 'popup' }],
  }));
  return JSON.stringify({
    format: 'rapport-backup',
    version: 2,
    createdAt: new Date(BASE).toISOString(),
    app: { name: 'Rapport', version: '0.1.0' },
    settings: { cadence: { default: { idealDays: 14, maxDays: 28 }, byTag: { litigation: { idealDays: 7, maxDays: 21 } } }, reminders: { enabled: true, hour: 7 } },
    // A whole heads-up template, as every backup made since templates exist carries: an older
    // file would have the browser's default filled in, which this Node process cannot read.
    deadlineSettings: {
      bufferDays: { court: 5, internal: 2, promise: 1 },
      headsUp: { template: { subject: 'About {title}', body: 'Dear {client}, {title} moves from {due} to {newDate}. {reason} {apology} {sender}', apology: 'Sorry.' }, compose: 'gmail', sender: '' },
    },
    portals: [],
    clients,
    interactions,
    trash,
    deadlines,
    questions,
  });
}

type Snap = { id: string; seq: number; hash: string; job?: string; kind?: string; added?: number; changed?: number; createdAt?: number; undoneAt?: number; meta?: boolean; partAdded?: number; partPrior?: number };
/**
 * The database, summed up inside an extension page (the extension's origin
 * owns it) from one read transaction, so megabytes never cross the DevTools
 * protocol: a hash of every store of the user's data and of each meta record
 * that is data, and each snapshot record's hash and counts.
 *
 * The user's data: every record of the live stores, and the meta records
 * that are data — settings and deadline settings without their version
 * (every save moves it on), the portal list, the counts. Left out: the bulk
 * engine's bookkeeping (job records, staging, the last job, the portal sync
 * flag) and the snapshots, which are checked on their own.
 */
type Dump = { data: Record<string, string>; snapshots: Snap[]; lastBulkJob: unknown; staged: number };

function dump(page: Page): Promise<Dump> {
  return page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const r = indexedDB.open('rapport');
      r.onsuccess = () => resolve(r.result);
      r.onerror = () => reject(r.error);
    });
    const names = ['clients', 'stats', 'history', 'deadlines', 'questions', 'snapshots', 'staging', 'meta'];
    const tx = db.transaction(names);
    const req = <T,>(r: IDBRequest) =>
      new Promise<T>((resolve, reject) => {
        r.onsuccess = () => resolve(r.result as T);
        r.onerror = () => reject(r.error);
      });
    const [clients, stats, history, deadlines, questions, snapshots, staged, meta, metaKeys] = await Promise.all([
      ...['clients', 'stats', 'history', 'deadlines', 'questions', 'snapshots'].map((n) => req<unknown[]>(tx.objectStore(n).getAll())),
      req<number>(tx.objectStore('staging').count()),
      req<unknown[]>(tx.objectStore('meta').getAll()),
      req<string[]>(tx.objectStore('meta').getAllKeys()),
    ]);
    db.close();
    const canonical = (v: unknown) =>
      JSON.stringify(v, (_k, x: unknown) => (x && typeof x === 'object' && !Array.isArray(x) ? Object.fromEntries(Object.entries(x as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : 1))) : x));
    const hash = async (v: unknown) => [...new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(canonical(v))))].map((b) => b.toString(16).padStart(2, '0')).join('');
    const data: Record<string, string> = {};
    for (const [n, v] of Object.entries({ clients, stats, history, deadlines, questions })) data[n] = await hash(v);
    let lastBulkJob: unknown;
    for (const [i, k] of (metaKeys as string[]).entries()) {
      const v = (meta as unknown[])[i];
      if (k === 'lastBulkJob') lastBulkJob = v;
      if (k.startsWith('bulk:') || k === 'lastBulkJob' || k === 'userPortalsSyncDue') continue;
      data[`meta ${k}`] = await hash(k === 'settings' || k === 'deadlineSettings' ? { ...(v as object), version: 0 } : v);
    }
    type Raw = { id: string; seq: number; job?: string; kind?: string; added?: number | string[]; changed?: number; createdAt?: number; undoneAt?: number; meta?: unknown; prior?: unknown[] };
    const snaps = [];
    for (const r of snapshots as Raw[]) {
      const s: Record<string, unknown> = { id: r.id, seq: r.seq, hash: await hash(r) };
      if (r.seq === 0) Object.assign(s, { job: r.job, kind: r.kind, added: r.added, changed: r.changed, createdAt: r.createdAt, undoneAt: r.undoneAt, meta: r.meta !== undefined });
      else Object.assign(s, { partAdded: (r.added as string[]).length, partPrior: r.prior!.length });
      snaps.push(s);
    }
    return { data, snapshots: snaps as Snap[], lastBulkJob, staged: staged as number };
  });
}

/** This job's snapshot is whole (head and every part it counts); the others are as they were, less whole old ones only. */
function checkNewSnapshots(after: Dump, before: Dump, job: string, where: string): void {
  const mine = after.snapshots.filter((s) => s.id === job);
  const head = mine.find((s) => s.seq === 0);
  expect(head, `${where}: the restore's snapshot head`).toMatchObject({ job, kind: 'restore', meta: true });
  expect(head!.undoneAt).toBeUndefined();
  const parts = mine.filter((s) => s.seq > 0);
  expect(parts.map((p) => p.seq)).toEqual(parts.map((_, i) => i + 1));
  expect(parts.reduce((n, p) => n + p.partAdded!, 0), `${where}: every added client in the snapshot`).toBe(head!.added);
  expect(parts.reduce((n, p) => n + p.partPrior!, 0), `${where}: every changed client in the snapshot`).toBe(head!.changed);
  const others = after.snapshots.filter((s) => s.id !== job);
  const was = new Map(before.snapshots.map((s) => [`${s.id}/${s.seq}`, s.hash]));
  for (const s of others) expect(was.get(`${s.id}/${s.seq}`), `${where}: snapshot ${s.id}/${s.seq} unchanged`).toBe(s.hash);
  // A snapshot no longer kept (beyond the newest three) went whole.
  const kept = new Set(others.map((s) => s.id));
  for (const s of before.snapshots) if (!kept.has(s.id)) expect(others.some((o) => o.id === s.id)).toBe(false);
}

test('20 worker kills during a restore of 1,000 clients × 10 interactions: each time the old data or the new, never a mixture', async ({ context, sw, extensionId, page }, info) => {
  test.setTimeout(300_000);
  // The database the user has: 300 clients, half of them also in the backup (by id), with deadlines and questions.
  const own = (k: number, shared: boolean) => ({
    client: shared
      ? { id: `c${pad(k)}`, name: `Old Name ${k}`, emails: [`client${k}@restore.example`], notes: { background: `Old background ${k}` } }
      : { id: `o${pad(k)}`, name: `Own Client ${k}`, emails: [`own${k}@firm.example`] },
    interactions: Array.from({ length: 4 }, (_, j) => ({ id: `o${shared ? 'c' : 'o'}${k}-${j}`, kind: 'call' as const, at: BASE - (j + 2) * 5 * DAY - k * 1000, summary: `Old call ${j}` })),
  });
  await rapport(sw, 'importClients', { records: [...Array.from({ length: SHARED }, (_, k) => own(k, true)), ...Array.from({ length: OLD - SHARED }, (_, k) => own(k, false))] });
  await rapport(sw, 'saveDeadline', { deadline: { clientId: 'o0000', title: 'Own deadline', kind: 'court', dueDate: '2027-02-01' }, id: 'own-d' });
  await rapport(sw, 'saveOpenQuestion', { clientId: 'c0001', text: 'Does the lease allow subletting?', id: 'own-q' });

  const file = info.outputPath('rapport-backup.json');
  const text = backupText();
  writeFileSync(file, text);

  // The records the options page sends for this file, planned against this database as the page plans them.
  const send: Send = (type, payload) => rapport(sw, type, payload);
  const v = validateBackup(text);
  if (!v.ok) throw new Error(`backup not valid: ${JSON.stringify(v.errors.slice(0, 3))}`);
  const existing = remoteExistingData(send, new Map(v.backup.interactions.map((i) => [i.id, { clientId: i.clientId, at: i.at }])));
  const planned = await planRestore(v.backup, existing);
  if (!planned.ok) throw new Error(JSON.stringify(planned.errors.slice(0, 3)));
  expect(planned.plan.counts.clients).toMatchObject({ new: CLIENTS - SHARED, conflict: SHARED });
  // Smaller chunks than the page's 5,000 records, so that kills can land between many staged chunks.
  const chunks = chunkRecords(restoreRecords(planned.plan, existing.seen), 1500);
  const meta = restoreMeta(planned.plan);
  const total = chunks.flat().reduce((n, r) => n + 1 + (r.interactions?.length ?? 0), 0);

  // Once through Options → Data as the user does it: the new data, then "Undo this restore" puts the old back.
  await page.goto(`chrome-extension://${extensionId}/options.html#data`);
  const oldData = (await dump(page)).data;
  await page.getByLabel('Restore from a backup…').setInputFiles(file);
  await page.getByRole('button', { name: 'Restore', exact: true }).click();
  await expect(page.getByText(/^Restored from rapport-backup\.json: 1,005 clients/)).toBeVisible({ timeout: 120_000 });
  const newData = (await dump(page)).data;
  expect(newData).not.toEqual(oldData);
  await page.getByRole('button', { name: 'Undo this restore' }).click();
  await page.getByRole('button', { name: 'Yes, undo the restore' }).click();
  await expect(page.getByText(/^The restore was undone/)).toBeVisible({ timeout: 60_000 });
  let before = await dump(page);
  expect(before.data, 'undo puts back exactly the old data').toEqual(oldData);

  // The driver: the messages the options page sends for a restore, from an extension page, stopping at the first failure (no abort, no retry).
  await page.evaluate(([chunks, meta]) => ((window as unknown as { restore: unknown }).restore = { chunks, meta, state: null }), [chunks, meta] as const);
  type State = { job: string; phase: 'begin' | 'staging' | 'committing' | 'committed'; staged: number; error?: string; done: boolean; held: boolean };
  type Driver = { chunks: unknown[][]; meta: unknown; state: State; holdAt: number | null; release: ((go: boolean) => void) | null };
  const state = () => page.evaluate(() => (window as unknown as { restore: { state: State } }).restore.state);
  const message = <T,>(type: string, payload: unknown) =>
    page.evaluate(([type, payload]) => chrome.runtime.sendMessage({ type, payload }).catch(() => null) as Promise<{ ok: boolean; data?: T } | null>, [type, payload] as const);
  /** Starts the driver; with `holdAt`, it waits before staging that chunk until released (go on, or stop as a closed page would). */
  const start = (job: string, holdAt: number | null = null) =>
    page.evaluate(([job, holdAt]) => {
      const r = (window as unknown as { restore: Driver }).restore;
      const s: State = (r.state = { job, phase: 'begin', staged: 0, done: false, held: false });
      r.holdAt = holdAt;
      const call = async (type: string, payload: unknown) => {
        const reply = (await chrome.runtime.sendMessage({ type, payload })) as { ok: boolean; error?: { message: string } } | undefined;
        if (!reply?.ok) throw new Error(reply?.error?.message ?? 'no reply');
      };
      void (async () => {
        try {
          await call('bulkBegin', { kind: 'restore', job, ...(r.meta ? { restore: r.meta } : {}) });
          s.phase = 'staging';
          for (let seq = 0; seq < r.chunks.length; seq++) {
            if (seq === r.holdAt) {
              s.held = true;
              const go = await new Promise<boolean>((resolve) => (r.release = resolve));
              s.held = false;
              if (!go) throw new Error('stopped before chunk ' + seq);
            }
            await call('bulkStage', { job, seq, records: r.chunks[seq] });
            s.staged = seq + 1;
          }
          s.phase = 'committing';
          await call('bulkCommit', { job });
          s.phase = 'committed';
        } catch (e) {
          s.error = String(e);
        } finally {
          s.done = true;
        }
      })();
    }, [job, holdAt] as const);
  const release = (go: boolean) => page.evaluate((go) => (window as unknown as { restore: Driver }).restore.release!(go), go);

  /**
   * Asks the job's status from the page, one question a frame, until the
   * commit has landed or (with `least`) has written at least that many
   * records inside its transaction (it answers from memory while it runs).
   */
  const commitReaches = (job: string, least?: number) =>
    page.evaluate(
      async ([job, least]) => {
        for (;;) {
          const r = (await chrome.runtime.sendMessage({ type: 'bulkStatus', payload: { job } }).catch(() => null)) as { ok: boolean; data: { state: string; done?: number } } | null;
          if (r?.ok && (r.data.state === 'committed' || (least !== null && r.data.state === 'committing' && (r.data.done ?? 0) >= least))) return;
          await new Promise(requestAnimationFrame);
        }
      },
      [job, least ?? null] as const,
    );
  const killer = await workerKiller(context, page, extensionId);
  // The schedule of kills, and (apart, so that where a kill happened to land cannot shift the schedule) whether a fully staged job is committed again.
  const rnd = prng(9);
  const recommit = prng(11);
  const outcomes: string[] = [];
  // Kills between staged chunks alternate: the driver stops (the page was closed: the old data stays), or goes on (the staging survived the worker).
  let stagingKills = 0;
  for (let i = 0; i < KILLS; i++) {
    const job = `restore-kill-${i}`;
    const r = rnd();
    let point: string;
    let afterKill: (() => Promise<unknown>) | undefined;
    if (r < 0.3) {
      // During staging: the driver holds before chunk k (0: right after the job began) until the worker is gone, so the kill lands there whatever the machine's load.
      const k = Math.floor(rnd() * chunks.length);
      const go = stagingKills++ % 2 === 1;
      point = `staging, held after ${k} of ${chunks.length} chunks staged, then ${go ? 'going on' : 'stopped'}`;
      await start(job, k);
      await page.waitForFunction(() => ((s) => s.held || s.done)((window as unknown as { restore: Driver }).restore.state), undefined, { polling: 5 });
      afterKill = () => release(go);
    } else if (r < 0.9) {
      await start(job);
      // During the commit: once it reports a fraction of the records written inside its transaction.
      const f = rnd() * 0.95;
      point = `committing, ≥ ${Math.round(f * 100)} % of records written`;
      await commitReaches(job, f * total);
    } else {
      // Once the commit has landed, before or while its reply travels.
      await start(job);
      point = 'commit landed';
      await commitReaches(job);
    }
    expect(await killer.kill(), `kill ${i + 1}: a worker to kill`).toBe(true);
    await afterKill?.();
    // The driver's pending message fails with the worker (or had its answer); either way it stops.
    await expect.poll(async () => (await state()).done).toBe(true);
    // Wake the worker: the next message starts a new one.
    await expect.poll(async () => !!(await message('bulkStatus', { job }))).toBe(true);
    expect(await killer.running()).toBe(true);

    const after = await dump(page);
    // Where the kill landed, as the driver saw it: its message then in flight died with the worker.
    const phase = (await state()).phase;
    const where = `kill ${i + 1} (aimed at ${point}; landed while ${phase})`;
    if (JSON.stringify(after.data) === JSON.stringify(oldData)) {
      outcomes.push(`${phase}: old`);
      expect(after.snapshots, `${where}: snapshots as they were`).toEqual(before.snapshots);
      expect(after.lastBulkJob, `${where}: no new last job`).toEqual(before.lastBulkJob);
      const status = await message<{ state: string }>('bulkStatus', { job });
      if (status?.ok && status.data!.state === 'staging' && (await state()).phase === 'committing' && recommit() < 0.3) {
        // Every chunk was staged: the commit sent again lands, once and whole.
        expect(await message('bulkCommit', { job })).toMatchObject({ ok: true, data: { state: 'committed', clients: chunks.flat().length } });
        const again = await dump(page);
        expect(again.data, `${where}: committed again`).toEqual(newData);
        checkNewSnapshots(again, before, job, `${where}, committed again`);
        expect(await message('undoSnapshot', { id: job })).toMatchObject({ ok: true });
      } else {
        // As the options page does after a failure: the job is dropped with its staging.
        await message('bulkAbort', { job });
      }
    } else {
      outcomes.push(`${phase}: new`);
      expect(phase, `${where}: new data only once the commit was sent`).not.toMatch(/begin|staging/);
      expect(after.data, `${where}: the old data or the new, never a mixture`).toEqual(newData);
      checkNewSnapshots(after, before, job, where);
      expect(after.lastBulkJob).toMatchObject({ job, kind: 'restore' });
      expect(await message('undoSnapshot', { id: job })).toMatchObject({ ok: true });
    }
    before = await dump(page);
    expect(before.data, `${where}: back to the old data`).toEqual(oldData);
    expect(before.staged, `${where}: no staging left`).toBe(0);
  }
  await killer.detach();
  test.info().annotations.push({ type: 'kills', description: outcomes.join('; ') });
  // The kills landed while staging and while committing, and both outcomes happened.
  expect(outcomes).toContain('staging: old');
  expect(outcomes).toContain('committing: old');
  expect(outcomes.some((o) => o.endsWith(': new'))).toBe(true);
});
