// A restore's settings, deadline settings and portals (lib/db/restore-meta.ts):
// written by the bulk commit in the same transaction as the records, put
// back by undo in the undo's transaction, and the portals' scripts
// registered once the list has them. Over the real router and handlers, on
// fake-indexeddb, with a fake browser behind the portal API.
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';
import { applyRecords, remoteExistingData, restoreMeta, restoreRecords, runBackup, type Send } from '../../../lib/backup/remote';
import { planRestore } from '../../../lib/backup/restore-plan';
import { validateBackup } from '../../../lib/backup/validate';
import { commitJob } from '../../../lib/db/bulk';
import { openRapportDb, type Db } from '../../../lib/db/open';
import { BACKGROUND } from '../../../lib/messaging/caller';
import { handlers, type Env } from '../../../lib/messaging/handlers';
import type { MessageType, ReplyMap, RequestOf } from '../../../lib/messaging/protocol';
import { route } from '../../../lib/messaging/router';
import { PORTAL_SYNC_KEY, portalSyncDue, scriptId, syncIfDue, type PortalApi } from '../../../lib/portals/user-portals';
import { KNOWN_MATCHES } from '../../../lib/sites/hosts';

const NOW = Date.UTC(2026, 10, 26, 12);
const DAY = 86_400_000;
const COURT = 'https://efile.example-court.gov';
const OTHER = 'https://other.example-court.gov';

/** The browser behind the portal API: origins the user allowed, scripts registered. */
function fakeBrowser(granted: string[]) {
  const perms = new Set(granted.map((o) => `${o}/*`));
  const scripts = new Map<string, string>();
  const api: PortalApi = {
    known: () => KNOWN_MATCHES,
    hasPermission: async (p) => perms.has(p),
    removePermission: async (p) => perms.delete(p),
    registeredIds: async () => [...scripts.keys()],
    register: async (id, p) => void scripts.set(id, p),
    unregister: async (ids) => ids.forEach((id) => scripts.delete(id)),
  };
  return { api, scripts };
}

async function database(name: string, portals?: PortalApi): Promise<{ db: Db; send: Send }> {
  const db = await openRapportDb(name);
  const env: Env = { db, now: () => NOW, ...(portals ? { portals } : {}) };
  const send = (async <K extends MessageType>(type: K, payload: RequestOf<K>): Promise<ReplyMap[K]> => {
    const r = await route({ type, payload }, BACKGROUND, handlers, env);
    if (!r.ok) throw Object.assign(new Error(r.error.message), { code: r.error.code });
    return r.data as ReplyMap[K];
  }) as Send;
  return { db, send };
}

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
});

/** A backup made where the settings, the deadline buffers and the portal list were the user's own. */
async function backupWithMeta(): Promise<string> {
  const a = await database('a', fakeBrowser([COURT]).api);
  await a.send('createClient', { client: { name: 'Ana Ruiz', emails: ['ana@example.com'] }, id: 'ana' });
  const settings = await a.send('getSettings', {});
  await a.send('updateSettings', { settings: { ...settings, cadence: { default: { idealDays: 7, maxDays: 14 }, byTag: {} }, reminders: { enabled: true, hour: 6 } } });
  const ds = await a.send('getDeadlineSettings', {});
  await a.send('updateDeadlineSettings', { settings: { ...ds.settings, bufferDays: { ...ds.settings.bufferDays, court: 10 } }, version: ds.version });
  await a.send('addPortal', { url: COURT, efiling: true });
  return (await runBackup(a.send, { appVersion: '0.1.0', now: NOW })).parts.join('');
}

async function plan(send: Send, text: string) {
  const v = validateBackup(text);
  if (!v.ok) throw new Error(JSON.stringify(v.errors.slice(0, 3)));
  const at = new Map(v.backup.interactions.map((i) => [i.id, { clientId: i.clientId, at: i.at }]));
  const existing = remoteExistingData(send, at);
  const p = await planRestore(v.backup, existing);
  if (!p.ok) throw new Error(JSON.stringify(p.errors));
  return { plan: p.plan, seen: existing.seen };
}

/** What the restore may change besides records, as the user would see it. */
async function metaOf(send: Send) {
  const settings = await send('getSettings', {});
  const ds = await send('getDeadlineSettings', {});
  const portals = (await send('listPortals', {})).portals.map((p) => ({ origin: p.origin, efiling: p.efiling, registered: p.registered }));
  return { cadence: settings.cadence.default, hour: settings.reminders.hour, settingsVersion: settings.version, court: ds.settings.bufferDays.court, dsVersion: ds.version, portals };
}

describe('a restore brings settings and portals in its commit', () => {
  it('applies them with the records, registers the new portal, and undo puts everything back', async () => {
    const text = await backupWithMeta();
    expect(JSON.parse(text).portals).toEqual([{ origin: COURT, addedAt: NOW, efiling: true }]);

    const browser = fakeBrowser([COURT, OTHER]);
    const b = await database('b', browser.api);
    // What b had: a client of its own (not in the backup) with a court deadline, and a portal of its own.
    await b.send('createClient', { client: { name: 'Bo Lind', emails: ['bo@example.com'] }, id: 'bo' });
    const { deadline } = await b.send('saveDeadline', { deadline: { clientId: 'bo', title: 'Opposition', kind: 'court', dueDate: '2026-12-20' } });
    await b.send('addPortal', { url: OTHER });
    const before = await metaOf(b.send);
    expect(before).toEqual({ cadence: { idealDays: 30, maxDays: 60 }, hour: 9, settingsVersion: 0, court: 3, dsVersion: 0, portals: [{ origin: OTHER, efiling: false, registered: true }] });
    const alertBefore = (await b.db.get('deadlines', deadline.id))!.alertOn;

    const { plan: p, seen } = await plan(b.send, text);
    expect(p.writes.portals.map((x) => x.origin)).toEqual([COURT]);
    const status = await applyRecords(b.send, 'restore', restoreRecords(p, seen), undefined, restoreMeta(p));
    expect(status).toMatchObject({ state: 'committed', clients: 1, portals: [COURT], deadlineSettings: true });
    expect(status.settings?.cadence.default).toEqual({ idealDays: 7, maxDays: 14 });

    // Settings replaced (their version moves on), deadline buffers too, the portal added with its mark and registered.
    expect(await metaOf(b.send)).toEqual({
      cadence: { idealDays: 7, maxDays: 14 },
      hour: 6,
      settingsVersion: 1,
      court: 10,
      dsVersion: 1,
      portals: [
        { origin: OTHER, efiling: false, registered: true },
        { origin: COURT, efiling: true, registered: true },
      ],
    });
    expect([...browser.scripts.keys()].sort()).toEqual([scriptId(COURT), scriptId(OTHER)].sort());
    expect(await portalSyncDue(b.db)).toBe(false);
    // A client the restore did not touch follows the new settings: its cadence, and its deadline's target date.
    expect((await b.send('getClient', { id: 'bo' })).cadence).toMatchObject({ idealDays: 7, maxDays: 14 });
    expect((await b.db.get('deadlines', deadline.id))!.alertOn).toBe('2026-12-10');
    expect(alertBefore).toBe('2026-12-17');

    // Undo: the clients, the settings, the buffers and the portal list as they were; the restored portal's script goes.
    const last = await b.send('lastSnapshot', {});
    if (!('undo' in last)) throw new Error(last.reason);
    const undone = await b.send('undoSnapshot', { id: last.undo.id });
    expect(undone).toMatchObject({ kind: 'restore', added: 1, deadlineSettings: true, portals: true });
    expect(undone.settings?.reminders.hour).toBe(9);
    expect(await metaOf(b.send)).toEqual(before);
    expect([...browser.scripts.keys()]).toEqual([scriptId(OTHER)]);
    expect((await b.send('getClient', { id: 'bo' })).cadence).toMatchObject({ idealDays: 30, maxDays: 60 });
    expect((await b.db.get('deadlines', deadline.id))!.alertOn).toBe(alertBefore);
    expect((await b.send('listClients', {})).clients.map((c) => c.name)).toEqual(['Bo Lind']);
  });

  it('a commit that dies leaves the old settings and portals with the old records; sent again it lands once', async () => {
    const text = await backupWithMeta();
    const b = await database('b', fakeBrowser([COURT]).api);
    const { plan: p, seen } = await plan(b.send, text);
    const { job } = await b.send('bulkBegin', { kind: 'restore', restore: restoreMeta(p) });
    await b.send('bulkStage', { job, seq: 0, records: restoreRecords(p, seen) });
    // Killed once the records are written inside the commit's transaction.
    await expect(
      commitJob(b.db, job, NOW, () => {
        throw new Error('worker killed');
      }),
    ).rejects.toThrow('worker killed');
    const untouched = { cadence: { idealDays: 30, maxDays: 60 }, hour: 9, settingsVersion: 0, court: 3, dsVersion: 0, portals: [] };
    expect(await metaOf(b.send)).toEqual(untouched);
    expect(await b.db.get('meta', PORTAL_SYNC_KEY)).toBeUndefined();
    expect((await b.send('listClients', {})).total).toBe(0);

    const done = await b.send('bulkCommit', { job });
    expect(done).toMatchObject({ state: 'committed', portals: [COURT] });
    expect(await b.send('bulkCommit', { job })).toMatchObject({ state: 'committed', portals: [COURT] });
    expect((await metaOf(b.send)).settingsVersion).toBe(1);
    expect((await b.send('listPortals', {})).portals.map((x) => x.origin)).toEqual([COURT]);
  });

  it('a worker killed between the commit and its sync: the flag the commit left makes the next sync register the portal', async () => {
    const text = await backupWithMeta();
    // No portal API in this worker: the commit cannot sync (as if it died right after committing).
    const b = await database('b');
    const { plan: p, seen } = await plan(b.send, text);
    await applyRecords(b.send, 'restore', restoreRecords(p, seen), undefined, restoreMeta(p));
    expect(await portalSyncDue(b.db)).toBe(true);
    // The next worker: its wake (lib/background/portals.ts) finds the flag and syncs; a wake after that does nothing.
    const browser = fakeBrowser([COURT]);
    expect(await syncIfDue(b.db, browser.api)).toBe(true);
    expect([...browser.scripts.keys()]).toEqual([scriptId(COURT)]);
    expect(await portalSyncDue(b.db)).toBe(false);
    expect(await syncIfDue(b.db, browser.api)).toBe(false);
  });

  it('the same settings are no change: no new version, nothing for undo to put back; only a restore carries them', async () => {
    const b = await database('b');
    const settings = await b.send('getSettings', {});
    const { job } = await b.send('bulkBegin', { kind: 'restore', restore: { settings: { ...settings, version: 41 } } });
    await b.send('bulkStage', { job, seq: 0, records: [{ client: { name: 'Cy' }, interactions: [{ kind: 'call', at: NOW - DAY }] }] });
    const r = await b.send('bulkCommit', { job });
    expect(r.settings).toBeUndefined();
    expect((await b.send('getSettings', {})).version).toBe(0);
    const last = await b.send('lastSnapshot', {});
    if (!('undo' in last)) throw new Error(last.reason);
    const undone = await b.send('undoSnapshot', { id: last.undo.id });
    expect(undone).toEqual({ kind: 'restore', added: 1, changed: 0 });
    expect((await b.send('getSettings', {})).version).toBe(0);
    await expect(b.send('bulkBegin', { kind: 'import', restore: { portals: [] } })).rejects.toMatchObject({ code: 'bad-request' });
  });
});
