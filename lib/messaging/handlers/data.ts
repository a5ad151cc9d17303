// Options → Data: paged reads for backups and exports, batched lookups for
// import previews and restore plans, the last backup and storage health.
// Writes go through the staged bulk engine (handlers/bulk.ts); these only read,
// except noteBackup and undoSnapshot (which puts back what the last import or
// restore overwrote, lib/db/repos/snapshots.ts). Extension pages only (capabilities.ts: no content script
// may send any of them).
import { liveCount } from '../../db/counts';
import * as data from '../../db/repos/data';
import * as snapshots from '../../db/repos/snapshots';
import { getSettings } from '../../db/repos/settings';
import { getDeadlineSettings } from '../../db/repos/deadlines';
import { autoBackupEvery, autoBackupKeep, backupRemindDays } from '../../model/settings';
import { autoBackupState } from '../../db/repos/auto-backup';
import type { DataHealth } from '../protocol';
import type { HandlersFor } from './types';
import { syncChangedPortals } from './bulk';

const DAY_MS = 86_400_000;

export const dataHandlers: HandlersFor<'lookupExisting' | 'backupHead' | 'backupPage' | 'noteBackup' | 'dataHealth' | 'lastSnapshot' | 'undoSnapshot'> = {
  lookupExisting: (ask, env) => data.lookupExisting(env.db, ask),

  async backupHead(_req, env) {
    const [settings, deadlineSettings, portals, counts] = await Promise.all([getSettings(env.db), getDeadlineSettings(env.db), data.portalRecords(env.db), data.dataCounts(env.db)]);
    return { settings, deadlineSettings: deadlineSettings.settings, portals, counts };
  },

  backupPage: ({ section, after, limit }, env) => data.backupPage(env.db, section, after, limit),

  async noteBackup({ at }, env) {
    return { lastBackupAt: await data.noteBackup(env.db, Math.min(at, env.now())) };
  },

  async lastSnapshot(_req, env) {
    const u = await snapshots.undoable(env.db);
    if (!u.ok) return { reason: u.reason };
    const { id, kind, createdAt, added, changed } = u.snapshot;
    return { undo: { id, kind, createdAt, added, changed } };
  },

  async undoSnapshot({ id }, env) {
    const r = await snapshots.undoSnapshot(env.db, id, env.now());
    if (r.portals) await syncChangedPortals(env);
    return r;
  },

  async dataHealth({ counts: withCounts }, env) {
    const now = env.now();
    const [settings, counts, live, last, auto] = await Promise.all([
      getSettings(env.db),
      withCounts ? data.dataCounts(env.db) : undefined,
      // The popup asks without counts: the live total is one record (counts.ts), not a read of every client.
      withCounts ? undefined : liveCount(env.db, now),
      data.lastBackupAt(env.db),
      autoBackupState(env.db),
    ]);
    const remindAfterDays = backupRemindDays(settings);
    const hasData = counts ? counts.clients + counts.trash > 0 : live! > 0;
    const health: DataHealth = { remindAfterDays, backupDue: hasData && (last === undefined || now - last >= remindAfterDays * DAY_MS) };
    if (counts) health.counts = counts;
    const { downloads: _d, ...lastAuto } = auto;
    health.auto = { every: autoBackupEvery(settings), keep: autoBackupKeep(settings), ...lastAuto };
    if (last !== undefined) health.lastBackupAt = last;
    return health;
  },
};
