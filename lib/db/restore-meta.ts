// A restore's settings, deadline settings and portal list: written by the
// bulk commit (bulk.ts) in the same transaction as the records, so a worker
// killed during it leaves the old of everything or the new of everything; and
// put back by undo (repos/snapshots.ts) in the undo's transaction. Each is one
// record in `meta`. What the records were before goes into the snapshot's
// head, raw as they were stored.
//
// Settings carry a version that every save moves on (an editor working from
// an older version is refused): a restore that changes them moves it on too,
// whatever version the backup's copy says; an undo puts back the very record
// the restore replaced, version and all.
import type { DeadlineSettings } from '../model/deadline-settings';
import { SETTINGS_KEY, settingsFromStored, type Settings } from '../model/settings';
import { PORTALS_KEY, PORTAL_SYNC_KEY, mergePortals, portalList, type StoredPortal } from '../portals/user-portals';
import { DEADLINE_SETTINGS_KEY, readSettings, rebuffer, rememberDeadlineSettings, type VersionedDeadlineSettings } from './repos/deadlines';
import { recadence, rememberSettings } from './repos/settings';
import type { Db } from './open';
import { issue } from './request';
import type { WriteTx } from './write';
import { newId } from '../model/ids';

/** What a restore job carries besides records (bulkBegin's `restore`). */
export interface RestoreMeta {
  portals?: StoredPortal[];
  settings?: Settings;
  deadlineSettings?: DeadlineSettings;
}

/**
 * The meta records a restore replaced, as they were stored (null: there was
 * none). Only those it changed are present.
 */
export interface PriorMeta {
  settings?: unknown;
  deadlineSettings?: unknown;
  portals?: unknown;
}

/** What a write of meta records changed: the new settings, the new deadline settings, the portals added. */
export interface MetaChange {
  settings?: Settings;
  deadlineSettings?: VersionedDeadlineSettings;
  portals?: string[];
}

/** Equal apart from the version (and key order): a restore of the same settings is no change. */
const sameSettings = (a: Settings, b: Settings) => canonical({ ...a, version: 0 }) === canonical({ ...b, version: 0 });

function canonical(v: unknown): string {
  return JSON.stringify(v, (_k, x: unknown) =>
    x && typeof x === 'object' && !Array.isArray(x) ? Object.fromEntries(Object.entries(x as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) : x,
  );
}

async function current(tx: WriteTx): Promise<{ settings: unknown; deadlineSettings: unknown; portals: unknown }> {
  const meta = tx.objectStore('meta');
  const [settings, deadlineSettings, portals] = await Promise.all([meta.get(SETTINGS_KEY), meta.get(DEADLINE_SETTINGS_KEY), meta.get(PORTALS_KEY)]);
  return { settings, deadlineSettings, portals };
}

/**
 * Writes a restore's meta records inside `tx` (after its records, so the
 * snapshot saw every client as it was): settings and deadline settings when
 * they differ from the stored ones — then every client's cadence and every
 * open deadline's target date follow them — and the portals not listed yet.
 */
export async function writeRestoreMeta(tx: WriteTx, meta: RestoreMeta): Promise<{ change: MetaChange; prior: PriorMeta }> {
  const now = await current(tx);
  const change: MetaChange = {};
  const prior: PriorMeta = {};
  const store = tx.objectStore('meta');
  if (meta.settings) {
    const was = settingsFromStored(now.settings);
    if (!sameSettings(was, meta.settings)) {
      const next: Settings = { ...meta.settings, version: was.version + 1 };
      issue(store.put(next, SETTINGS_KEY));
      if (canonical(was.cadence) !== canonical(next.cadence)) await recadence(tx, next.cadence);
      change.settings = next;
      prior.settings = now.settings ?? null;
    }
  }
  if (meta.deadlineSettings) {
    const was = readSettings(now.deadlineSettings);
    if (canonical(was.settings) !== canonical(meta.deadlineSettings)) {
      const next = { settings: meta.deadlineSettings, version: was.version + 1 };
      issue(store.put(next, DEADLINE_SETTINGS_KEY));
      await rebuffer(tx, was.settings.bufferDays, next.settings.bufferDays);
      change.deadlineSettings = next;
      prior.deadlineSettings = now.deadlineSettings ?? null;
    }
  }
  if (meta.portals?.length) {
    const { list, added } = mergePortals(portalList(now.portals), meta.portals);
    if (added.length) {
      issue(store.put(list, PORTALS_KEY));
      issue(store.put(newId(), PORTAL_SYNC_KEY));
      change.portals = added;
      prior.portals = now.portals ?? null;
    }
  }
  return { change, prior };
}

/**
 * Puts back, inside `tx`, the meta records a restore replaced (an undo),
 * exactly as they were stored — their versions too, so an editor opened
 * before the restore, which saw these very settings, can still save, and
 * one opened since cannot. Clients' cadences and deadlines' target dates
 * follow, as they did when the restore wrote them.
 */
export async function putBackMeta(tx: WriteTx, prior: PriorMeta): Promise<{ settings?: Settings; deadlineSettings?: VersionedDeadlineSettings; portals?: true }> {
  const now = await current(tx);
  const store = tx.objectStore('meta');
  const putBack = (key: string, raw: unknown) => issue(raw === null || raw === undefined ? store.delete(key) : store.put(raw, key));
  const out: { settings?: Settings; deadlineSettings?: VersionedDeadlineSettings; portals?: true } = {};
  if ('settings' in prior) {
    putBack(SETTINGS_KEY, prior.settings);
    const next = settingsFromStored(prior.settings);
    if (canonical(settingsFromStored(now.settings).cadence) !== canonical(next.cadence)) await recadence(tx, next.cadence);
    out.settings = next;
  }
  if ('deadlineSettings' in prior) {
    putBack(DEADLINE_SETTINGS_KEY, prior.deadlineSettings);
    const next = readSettings(prior.deadlineSettings);
    await rebuffer(tx, readSettings(now.deadlineSettings).settings.bufferDays, next.settings.bufferDays);
    out.deadlineSettings = next;
  }
  if ('portals' in prior) {
    putBack(PORTALS_KEY, prior.portals);
    issue(store.put(newId(), PORTAL_SYNC_KEY));
    out.portals = true;
  }
  return out;
}

/** Once the transaction that wrote them committed: the settings caches hold what is stored. */
export function rememberMeta(db: Db, change: { settings?: Settings; deadlineSettings?: VersionedDeadlineSettings }): void {
  if (change.settings) rememberSettings(db, change.settings);
  if (change.deadlineSettings) rememberDeadlineSettings(db, change.deadlineSettings);
}
