// Options → Data: paged reads for backups and exports, batched lookups for
// import previews and restore plans, the last backup and storage health.
// Writes go through the staged bulk engine (handlers/bulk.ts); these only read,
// except noteBackup. Extension pages only (capabilities.ts: no content script
// may send any of them).
import * as data from '../../db/repos/data';
import { getSettings } from '../../db/repos/settings';
import { backupRemindDays } from '../../model/settings';
import type { DataHealth } from '../protocol';
import type { HandlersFor } from './types';

const DAY_MS = 86_400_000;

export const dataHandlers: HandlersFor<'lookupExisting' | 'backupHead' | 'backupPage' | 'noteBackup' | 'dataHealth'> = {
  lookupExisting: (ask, env) => data.lookupExisting(env.db, ask),

  async backupHead(_req, env) {
    const [settings, portals, counts] = await Promise.all([getSettings(env.db), data.portalRecords(env.db), data.dataCounts(env.db)]);
    return { settings, portals, counts };
  },

  backupPage: ({ section, after, limit }, env) => data.backupPage(env.db, section, after, limit),

  async noteBackup({ at }, env) {
    return { lastBackupAt: await data.noteBackup(env.db, Math.min(at, env.now())) };
  },

  async dataHealth(_req, env) {
    const [settings, counts, last] = await Promise.all([getSettings(env.db), data.dataCounts(env.db), data.lastBackupAt(env.db)]);
    const remindAfterDays = backupRemindDays(settings);
    const hasData = counts.clients + counts.trash > 0;
    const health: DataHealth = { counts, remindAfterDays, backupDue: hasData && (last === undefined || env.now() - last >= remindAfterDays * DAY_MS) };
    if (last !== undefined) health.lastBackupAt = last;
    return health;
  },
};
